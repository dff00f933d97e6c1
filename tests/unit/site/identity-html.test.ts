/**
 * The identity block's one markup (core/site/identity-html.ts), shared by the SOP page, the print
 * page behind the PDF and the editor preview.
 */
import { describe, expect, it } from 'vitest';
import { AbbrTracker } from '../../../src/core/glossary/annotate';
import { identityHtml, identityListHtml } from '../../../src/core/site/identity-html';
import { buildSopView } from '../../../src/core/site/sop-view';
import { totalWaktu } from '../../../src/core/flow/total-time';
import { AGENCY, REGULATION, parseSop, validSopInput } from '../support/fixtures';

/** `after` replaces fields once read, for values the checker rejects but the markup must still escape. */
function identity(overrides: Record<string, unknown> = {}, after: Record<string, unknown> = {}) {
  const data = { ...parseSop({ ...validSopInput(), ...overrides }), ...after };
  return buildSopView({
    id: 'contoh/sop-a',
    data,
    agency: { id: 'dinsos-contoh', data: AGENCY },
    regulations: [{ id: 'uu-11-2009', data: REGULATION }],
    sopTitle: (id) => (id === 'contoh/sop-b' ? 'SOP B' : undefined),
    letterTitle: (t) => t,
    tracker: new AbbrTracker(),
    total: totalWaktu(data.langkah),
  }).identity;
}

const texts = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));

describe('identityHtml', () => {
  it('writes the letterhead, the office, the identity rows and the six grid cells in reading order', () => {
    const html = identityHtml(identity({ keterkaitan: [{ sop: 'contoh/sop-b' }], peralatan: ['ATK', 'Komputer'] }));
    expect(texts(html, /<p class="sop-identity__(?:pemerintah|instansi)">(.*?)<\/p>/g)).toEqual(['Pemerintah Kota Contoh', 'Dinas Sosial Kota Contoh']);
    expect(texts(html, /<p class="sop-identity__kontak">(.*?)<\/p>/g)).toEqual(['[ISI: alamat kantor] · Telp. [ISI: nomor telepon] · [ISI: e-mail]']);
    expect(texts(html, /<div class="sop-identity__office">(.*?)<\/div>/g)).toEqual(['STANDAR OPERASIONAL PROSEDURDinas Sosial Kota ContohRehabilitasi Sosial']);
    expect(texts(html, /<th scope="row">(.*?)<\/th>/g)).toEqual(['Nomor SOP', 'Tanggal Pembuatan', 'Tanggal Revisi', 'Tanggal Efektif', 'Disahkan oleh', 'Nama SOP']);
    expect(texts(html, /<span class="signatory__(?:jabatan|nama|nip)">(.*?)<\/span>/g)).toEqual(['Kepala Dinas Sosial Kota Contoh', 'Nama Contoh', 'NIP. 19670720 199303 2 008']);
    expect(texts(html, /<h3>(.*?)<\/h3>/g)).toEqual(['Dasar Hukum', 'Kualifikasi Pelaksana', 'Keterkaitan', 'Peralatan/Perlengkapan', 'Peringatan', 'Pencatatan dan Pendataan']);
    expect(texts(html, /id="identitas-peralatan"><h3>[^<]*<\/h3><ol>(.*?)<\/ol>/g)).toEqual(['ATKKomputer']);
    expect(html).toContain('<li><a href="/dasar-hukum/uu-11-2009/">');
    expect(html).toContain('<li><a href="/sop/contoh/sop-b/"><abbr title="Standar Operasional Prosedur">SOP</abbr> B</a></li>');
    expect(html).not.toContain('sop-identity__draf');
  });

  it('prints without links, with the draft note when asked (the PDF of a draf SOP)', () => {
    const html = identityHtml(identity({ keterkaitan: [{ sop: 'contoh/sop-b' }] }), { links: false, draftNote: true });
    expect(html).not.toContain('<a ');
    expect(html).toContain('<li><abbr title="Standar Operasional Prosedur">SOP</abbr> B</li>');
    expect(html).toContain('<p class="sop-identity__draf">DRAF: belum disahkan, bukan dokumen resmi.</p>');
  });

  it('escapes what authors write and marks placeholders', () => {
    const html = identityHtml(identity({}, { judul: 'Uji <b>tebal</b> & "kutip"', peringatan: ['<script>x</script>'] }));
    expect(html).toContain('<td class="sop-identity__nama">Uji &lt;b&gt;tebal&lt;/b&gt; &amp; &quot;kutip&quot;</td>');
    expect(html).toContain('<li>&lt;script&gt;x&lt;/script&gt;</li>');
    expect(html).toContain('<span class="placeholder">[ISI: logo]</span>');
    expect(html).not.toMatch(/undefined|null/);
  });
});

describe('identityListHtml', () => {
  it('says "-" (read out as "Tidak ada") for an empty list', () => {
    expect(identityListHtml([])).toBe('<p class="empty-cell"><span aria-hidden="true">-</span><span class="visually-hidden">Tidak ada</span></p>');
  });
});
