/** Pure helpers of the site pages: rich text, step lists, narrative parts, search filters, sops.json. */
import { describe, expect, it } from 'vitest';
import { AbbrTracker } from '../../../src/core/glossary/annotate';
import { generatedNarrativeParts } from '../../../src/core/site/narrative';
import { plainText, richText } from '../../../src/core/site/rich-text';
import { filterOptions, sopFilterValues } from '../../../src/core/site/search-filters';
import { sopsJsonEntry } from '../../../src/core/site/sops-json';
import { totalWaktu } from '../../../src/core/flow/total-time';
import { joinDan, numberRanges, stepsPhrase } from '../../../src/core/site/step-list';
import { humaniseLetterId } from '../../../src/core/site/letter-title';
import { AGENCY, REGULATION, parseSop, validSopInput } from '../support/fixtures';

describe('richText', () => {
  it('marks whole and inline placeholders and keeps the text otherwise', () => {
    expect(richText('[ISI: alamat kantor]')).toEqual([{ kind: 'placeholder', text: '[ISI: alamat kantor]', hint: 'alamat kantor' }]);
    const r = richText('Surat [ISI: bagian tidak terbaca], BAST, dan SPPD');
    expect(r.map((s) => s.kind)).toEqual(['text', 'placeholder', 'text']);
    expect(plainText(r)).toBe('Surat [ISI: bagian tidak terbaca], BAST, dan SPPD');
  });

  it('explains acronyms only with a tracker', () => {
    expect(richText('BAST').map((s) => s.kind)).toEqual(['text']);
    expect(richText('BAST', new AbbrTracker()).map((s) => s.kind)).toEqual(['abbr']);
  });
});

describe('step lists', () => {
  it('writes runs as ranges and joins with "dan"', () => {
    expect(numberRanges([1, 2, 3, 4, 6, 8, 9])).toEqual(['1–4', '6', '8', '9']);
    expect(joinDan(['5'])).toBe('5');
    expect(joinDan(['5', '13'])).toBe('5 dan 13');
    expect(stepsPhrase([14, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12])).toBe('langkah 1–4, 6–12 dan 14');
  });
});

describe('generatedNarrativeParts', () => {
  it('generates A and B unless the body writes them itself', () => {
    expect(generatedNarrativeParts('## C. Ketentuan Umum\n')).toEqual({ dasarHukum: true, sasaran: true });
    expect(generatedNarrativeParts('## A. Dasar Hukum\n\n## B. Sasaran\n')).toEqual({ dasarHukum: false, sasaran: false });
  });
});

describe('search filters', () => {
  it('gives each SOP its agency, bidang, sasaran, actor labels and regulation short titles', () => {
    const data = parseSop(validSopInput());
    const values = sopFilterValues({ data, agency: { data: AGENCY }, regulations: [{ data: REGULATION }] });
    expect(values).toEqual({
      instansi: [AGENCY.nama],
      bidang: [data.bidang],
      sasaran: [data.sasaran],
      pelaksana: data.pelaksana.map((p) => p.label),
      dasar_hukum: ['Undang-Undang 11/2009'],
    });
  });

  it('offers every value once, sorted', () => {
    const a = parseSop(validSopInput());
    const b = parseSop({ ...validSopInput(), bidang: 'Perlindungan dan Jaminan Sosial' });
    const options = filterOptions([a, b].map((data) => ({ data, agency: { data: AGENCY }, regulations: [] })));
    expect(options.bidang).toEqual(['Perlindungan dan Jaminan Sosial', 'Rehabilitasi Sosial']);
    expect(options.instansi).toEqual([AGENCY.nama]);
  });
});

describe('sopsJsonEntry', () => {
  it('lists the fields of docs/sops-json.md, the total from the main path', () => {
    const data = parseSop(validSopInput());
    const e = sopsJsonEntry('contoh/sop-a', data, totalWaktu(data.langkah));
    expect(e).toMatchObject({
      id: 'contoh/sop-a',
      nomor: data.nomor,
      judul: data.judul,
      instansi: data.instansi,
      status: 'berlaku',
      url: '/sop/contoh/sop-a/',
      langkah: 3,
      pelaksana: ['Staf ADM', 'Kabid Rehabilitasi'],
      dasar_hukum: ['uu-11-2009'],
    });
    // 15 min + (30..60 min) + (3..7 days) along 1 -> 2 (Layak) -> 3.
    expect(e.waktu_total.min_menit).toBe(15 + 30 + 3 * 24 * 60);
    expect(e.waktu_total.max_menit).toBe(15 + 60 + 7 * 24 * 60);
  });
});

describe('humaniseLetterId', () => {
  it('makes an id readable', () => {
    expect(humaniseLetterId('rekomendasi-bantuan-pemulangan')).toBe('Rekomendasi bantuan pemulangan');
  });
});
