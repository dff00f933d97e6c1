import { describe, expect, it } from 'vitest';
import { addMonths, datedReviews, daysBetween, reviewDate, reviewsByAgency, type ReviewSopInput } from '../../../src/core/review/review-date';
import { escapeIcsText, foldIcsLine, reviewCalendar, reviewEventUid } from '../../../src/core/review/calendar-feed';
import { dueText, reviewFeed } from '../../../src/core/review/atom-feed';
import { agencySchema } from '../../../src/core/model/agency';

const sop = (id: string, instansi: string, extra: Partial<ReviewSopInput['data']> = {}): ReviewSopInput => ({
  id,
  data: { judul: `Judul ${id}`, nomor: `N/${id}`, instansi, status: 'berlaku', tanggal: { efektif: '2024-03-04' }, ...extra },
});
const agencies = [
  { id: 'a', data: { nama: 'Dinas A', siklus_tinjau_bulan: 12 } },
  { id: 'b', data: { nama: 'Dinas B' } },
];

describe('review dates', () => {
  it('adds months keeping the day, or the last day of a shorter month', () => {
    expect(addMonths('2024-03-04', 12)).toBe('2025-03-04');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
  });

  it('counts days across months and years', () => {
    expect(daysBetween('2025-02-01', '2025-03-03')).toBe(30);
    expect(daysBetween('2025-01-01', '2024-12-31')).toBe(-1);
  });

  it("prefers the SOP's own date, then the agency's cycle after efektif; none for drafts or partial dates", () => {
    expect(reviewDate(sop('x', 'a', { tinjau_ulang: '2025-06-01' }), 12)).toEqual({ date: '2025-06-01', source: 'sop' });
    expect(reviewDate(sop('x', 'a'), 12)).toEqual({ date: '2025-03-04', source: 'siklus' });
    expect(reviewDate(sop('x', 'a'), 6)).toEqual({ date: '2024-09-04', source: 'siklus' });
    expect(reviewDate(sop('x', 'b'), undefined)).toBeNull();
    expect(reviewDate(sop('x', 'a', { tanggal: { efektif: 'Agustus 2017' } }), 12)).toBeNull();
    expect(reviewDate(sop('x', 'a', { status: 'draf', tinjau_ulang: '2025-06-01' }), 12)).toBeNull();
    expect(reviewDate(sop('x', 'a', { status: 'dicabut' }), 12)).toBeNull();
  });

  it('groups per agency: overdue, due within 30 days (inclusive), no date; later ones only in the dated list', () => {
    const sops = [
      sop('a/lewat', 'a'), // 2025-03-04 by the cycle
      sop('a/pas-30', 'a', { tinjau_ulang: '2025-03-31' }),
      sop('a/hari-ini', 'a', { tinjau_ulang: '2025-03-01' }),
      sop('a/31-hari', 'a', { tinjau_ulang: '2025-04-01' }),
      sop('a/draf', 'a', { status: 'draf' }),
      sop('b/tanpa', 'b'),
      sop('b/lewat', 'b', { tinjau_ulang: '2024-12-31' }),
    ];
    const groups = reviewsByAgency(sops, agencies, '2025-03-01');
    expect(groups.map((g) => g.agencyId)).toEqual(['a', 'b']);
    const [a, b] = groups;
    expect(a!.overdue).toEqual([]);
    expect(a!.dueSoon.map((r) => [r.sopId, r.date, r.daysLeft, r.source])).toEqual([
      ['a/hari-ini', '2025-03-01', 0, 'sop'],
      ['a/lewat', '2025-03-04', 3, 'siklus'],
      ['a/pas-30', '2025-03-31', 30, 'sop'],
    ]);
    expect(a!.undated).toEqual([]);
    expect(b!.overdue.map((r) => [r.sopId, r.daysLeft])).toEqual([['b/lewat', -60]]);
    expect(b!.undated).toEqual([{ sopId: 'b/tanpa', judul: 'Judul b/tanpa', nomor: 'N/b/tanpa', agencyId: 'b' }]);
    expect(datedReviews(sops, agencies, '2025-03-01').map((r) => r.sopId)).toEqual(['b/lewat', 'a/hari-ini', 'a/lewat', 'a/pas-30', 'a/31-hari']);
  });

  it('leaves out agencies with nothing to review', () => {
    expect(reviewsByAgency([sop('a/nanti', 'a', { tinjau_ulang: '2030-01-01' })], agencies, '2025-03-01')).toEqual([]);
  });
});

describe('iCalendar feed', () => {
  it('escapes backslash, semicolon, comma and newline', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = 'DESCRIPTION:' + 'x'.repeat(100);
    expect(foldIcsLine(line)).toEqual(['DESCRIPTION:' + 'x'.repeat(63), ' ' + 'x'.repeat(37)]);
    const wide = 'SUMMARY:' + 'é'.repeat(40); // 8 + 80 octets
    const folded = foldIcsLine(wide);
    expect(folded).toEqual(['SUMMARY:' + 'é'.repeat(33), ' ' + 'é'.repeat(7)]);
    expect(new TextEncoder().encode(folded[0]).length).toBe(74);
    expect(foldIcsLine('VERSION:2.0')).toEqual(['VERSION:2.0']);
  });

  it('writes one all-day event per review with a 30-day alarm, stable UID and CRLF lines', () => {
    const reviews = datedReviews([sop('kota/pemulangan', 'a', { judul: 'Pemulangan, Rujukan; Lanjut' })], agencies, '2025-03-01');
    const text = reviewCalendar(reviews, {
      today: '2025-03-01',
      agencyNames: new Map([['a', 'Dinas A']]),
      pageUrl: (id) => `https://sop.example/sop/${id}/`,
    });
    expect(text).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//SOP AP//Pengingat Tinjau Ulang SOP//ID',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Tinjau ulang SOP',
        'BEGIN:VEVENT',
        'UID:tinjau-ulang-kota.pemulangan@sop-ap',
        'DTSTAMP:20250301T000000Z',
        'DTSTART;VALUE=DATE:20250304',
        'DTEND;VALUE=DATE:20250305',
        'SUMMARY:Tinjau ulang SOP: Pemulangan\\, Rujukan\\; Lanjut',
        'DESCRIPTION:SOP N/kota/pemulangan (Dinas A) dijadwalkan ditinjau ulang pada',
        '  4 Maret 2025 (siklus tinjau ulang instansi).\\nhttps://sop.example/sop/kot',
        ' a/pemulangan/',
        'URL:https://sop.example/sop/kota/pemulangan/',
        'TRANSP:TRANSPARENT',
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        'TRIGGER:-P30D',
        'DESCRIPTION:Tinjau ulang SOP Pemulangan\\, Rujukan\\; Lanjut dalam 30 hari',
        'END:VALARM',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(reviewEventUid('kota/pemulangan')).toBe('tinjau-ulang-kota.pemulangan@sop-ap');
  });
});

describe('Atom feed', () => {
  it('says when the review is', () => {
    expect(dueText(-12)).toBe('sudah lewat 12 hari');
    expect(dueText(0)).toBe('hari ini');
    expect(dueText(5)).toBe('dalam 5 hari');
  });

  it('writes one escaped entry per due SOP with absolute links when the site has an address', () => {
    const reviews = datedReviews([sop('kota/x', 'a', { judul: 'A & B <C>', tinjau_ulang: '2025-02-27' })], agencies, '2025-03-01');
    const xml = reviewFeed(reviews, { today: '2025-03-01', agencyNames: new Map([['a', 'Dinas A']]), siteUrl: 'https://sop.example', sopPath: (id) => `/sop/${id}/` });
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://sop.example/tinjau.xml"/>');
    expect(xml).toContain(
      [
        '  <entry>',
        '    <id>urn:sop-ap:tinjau-ulang:kota.x:2025-02-27</id>',
        '    <title>Tinjau ulang SOP: A &amp; B &lt;C&gt;</title>',
        '    <updated>2025-03-01T00:00:00Z</updated>',
        '    <link rel="alternate" type="text/html" href="https://sop.example/sop/kota/x/"/>',
        '    <summary>SOP N/kota/x (Dinas A): tinjau ulang 27 Februari 2025, sudah lewat 2 hari.</summary>',
        '  </entry>',
      ].join('\n'),
    );
    const relative = reviewFeed([], { today: '2025-03-01', agencyNames: new Map(), siteUrl: null, sopPath: (id) => `/sop/${id}/` });
    expect(relative).toContain('<link rel="alternate" type="text/html" href="/tinjau/"/>');
    expect(relative).not.toContain('<entry>');
  });
});

describe('agency review cycle field', () => {
  const base = { nama: 'Dinas A', kota: 'Kota', alamat: '[ISI: alamat kantor]', kepala: { jabatan: 'Kepala' }, pola_nomor_surat: '{nomor}' };
  it('reads a whole number of months, also as text from the editor', () => {
    expect(agencySchema.parse({ ...base, siklus_tinjau_bulan: 12 }).siklus_tinjau_bulan).toBe(12);
    expect(agencySchema.parse({ ...base, siklus_tinjau_bulan: '6' }).siklus_tinjau_bulan).toBe(6);
    expect(agencySchema.parse(base).siklus_tinjau_bulan).toBeUndefined();
  });
  it('rejects zero, fractions and words with an Indonesian message', () => {
    const message = (v: unknown) => agencySchema.safeParse({ ...base, siklus_tinjau_bulan: v }).error?.issues[0]?.message;
    expect(message(0)).toBe('Siklus tinjau ulang paling sedikit 1 bulan.');
    expect(message(1.5)).toBe('Siklus tinjau ulang ditulis sebagai bilangan bulat, misalnya 12.');
    // Sweep 12: a period in words is named with the months it means.
    expect(message('setahun')).toBe('Siklus tinjau ulang ditulis "setahun", padahal kolom ini berisi jumlah bulannya saja: siklus_tinjau_bulan: 12.');
    expect(message('sebulan penuh')).toBe('Siklus tinjau ulang ditulis sebagai jumlah bulan, misalnya 12.');
  });
});
