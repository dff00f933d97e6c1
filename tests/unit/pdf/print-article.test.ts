/**
 * The printed SOP's markup (core/pdf/print-article.ts), made at PDF time from the view model and
 * the narrative read back from the SOP page, instead of a second Astro page.
 */
import { describe, expect, it } from 'vitest';
import { printArticleHtml, relatedSopIds, sopPageNarrative, type PrintArticleInput } from '../../../src/core/pdf/print-article';
import { pageSetup } from '../../../src/core/pdf/paper';
import { AGENCY, REGULATION, parseSop, validSopInput } from '../support/fixtures';

function input(overrides: Record<string, unknown> = {}, more: Partial<PrintArticleInput> = {}): PrintArticleInput {
  const data = parseSop({ ...validSopInput(), ...overrides });
  return {
    id: 'contoh/sop-a',
    data,
    body: '## C. Ketentuan Umum\n\nIsi.',
    bodyHtml: '<h2 id="c-ketentuan-umum">C. Ketentuan Umum</h2>\n<p>Isi.</p>',
    agency: { id: 'dinsos-contoh', data: AGENCY },
    regulations: [{ id: 'uu-11-2009', data: REGULATION }],
    sopTitles: {},
    setup: pageSetup('F4', 'lanskap'),
    ...more,
  };
}

/** The opening tags of the article's parts, in order. */
const outline = (html: string) => [...html.matchAll(/<(?:article|section|h2|ol)\b[^>]*>|<div class="fc-mount">/g)].map((m) => m[0].replace(/ (id|aria-labelledby)="[^"]*"/g, ''));

describe('printArticleHtml', () => {
  it('holds the identity block, the flowchart with its title and total, then A., B. and the narrative', () => {
    const html = printArticleHtml(input());
    expect(outline(html)).toEqual([
      '<article class="cetak-sop" data-sop-id="contoh/sop-a" data-kertas="F4" data-orientasi="lanskap" data-status="berlaku">',
      '<section class="sop-identity">',
      '<h2 class="sop-identity__title">',
      '<ol>',
      '<section class="cetak-alir">',
      '<h2 class="cetak-alir-judul">',
      '<div class="fc-mount">',
      '<section class="cetak-narasi">',
      '<h2>',
      '<ol>',
      '<h2>',
      '<h2>',
    ]);
    expect(html).toContain('<h2 class="cetak-alir-judul">Diagram Alir SOP Penanganan Contoh</h2>');
    expect(html).toContain('Jumlah waktu penyelesaian: <b>');
    expect(html).toContain(
      '<section class="cetak-narasi"><h2>A. Dasar Hukum</h2><ol><li>Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial</li></ol>' +
        '<h2>B. Sasaran Objek</h2><p>Klien contoh</p><h2 id="c-ketentuan-umum">C. Ketentuan Umum</h2>\n<p>Isi.</p></section></article>',
    );
    // The print has no links to the site.
    expect(html).not.toContain('<a ');
  });

  it('marks a draft, writes "-" for no dasar hukum, and leaves out the parts the body writes itself', () => {
    const html = printArticleHtml(input({ status: 'draf', dasar_hukum: [] }, { regulations: [], body: '## B. Sasaran\n\nSendiri.', bodyHtml: '<h2>B. Sasaran</h2>' }));
    expect(html).toContain('data-status="draf"');
    expect(html).toContain('class="sop-identity__draf"');
    expect(html).toContain('<section class="cetak-narasi"><h2>A. Dasar Hukum</h2><p>-</p><h2>B. Sasaran</h2></section>');
  });
});

describe('relatedSopIds and the titles of related SOPs', () => {
  it('names the SOPs of keterkaitan and prints their titles as given, unknown ones by id', () => {
    const keterkaitan = [{ sop: 'contoh/sop-b' }, { sop: 'contoh/hilang' }, 'Peraturan daerah terkait'];
    const i = input({ keterkaitan }, { sopTitles: { 'contoh/sop-b': 'Penyaluran Bantuan' } });
    expect(relatedSopIds(i.data)).toEqual(['contoh/sop-b', 'contoh/hilang']);
    const html = printArticleHtml(i);
    expect(html).toContain('Penyaluran Bantuan');
    expect(html).toContain('contoh/hilang');
    expect(html).toContain('Peraturan daerah terkait');
  });
});

describe('sopPageNarrative', () => {
  const page = (body: string) =>
    `<html><body><article class="sop"><section class="sop-narrative"><h2>A. Dasar Hukum</h2><div class="sop-narrative__body"> ${body} </div> </section> <section class="sop-revisions" id="riwayat"><h2>Riwayat</h2></section></article></body></html>`;

  it('reads the MDX narrative of a built SOP page, nested sections and divs included', () => {
    expect(sopPageNarrative(page('<h2>C. Umum</h2><div class="x"><p>a</p></div><section data-footnotes><ol><li>b</li></ol></section>'))).toBe(
      '<h2>C. Umum</h2><div class="x"><p>a</p></div><section data-footnotes><ol><li>b</li></ol></section>',
    );
    expect(sopPageNarrative(page(''))).toBe('');
  });

  it('gives undefined for a page of another shape', () => {
    expect(sopPageNarrative('<html><body><p>Bukan halaman SOP</p></body></html>')).toBeUndefined();
    expect(sopPageNarrative('<div class="sop-narrative__body"><p>a</p><div>tidak ditutup</div>')).toBeUndefined();
  });

  it('reads the narrative of an old version page, whatever follows it', () => {
    expect(sopPageNarrative('<section class="sop-narrative"><div class="sop-narrative__body"><p>lama</p></div></section><section class="sop-diff">x</section>')).toBe('<p>lama</p>');
  });
});
