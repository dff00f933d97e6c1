/**
 * The narrative of an old SOP version is rendered outside Astro's content collections
 * (src/node/history/render-narrative.ts), but it is read as the MDX it is, as the current SOP
 * page reads it: an editor's comment stays hidden, a tag renders as HTML, an indented line is not
 * code, footnotes are labelled in Indonesian (the site's Markdown setting).
 */
import { describe, expect, it } from 'vitest';
import { renderNarrativeHtml } from '../../../src/node/history/render-narrative';

describe('renderNarrativeHtml (old versions)', () => {
  it('hides MDX comments, on their own line and inside a sentence', async () => {
    const html = await renderNarrativeHtml(
      '## C. Ketentuan Umum\n\n{/* Catatan penyusun: disalin dari dokumen 2023. */}\n\nPemohon membawa KTP{/* cek lagi */} dan KK.\n',
    );
    expect(html).toBe('<h2 id="c-ketentuan-umum">C. Ketentuan Umum</h2>\n<p>Pemohon membawa KTP dan KK.</p>');
  });

  it('renders the tags the checker allows as HTML, and keeps only the content of a component', async () => {
    const html = await renderNarrativeHtml(
      'Berkas diterima.<br/>Diserahkan ke loket<sup>1</sup>.\n\n<u>Penting</u>: tanpa biaya.\n\n<img src="/gambar/alur.png" alt="Alur layanan" />\n\n<Peringatan>Isi komponen</Peringatan>\n',
    );
    expect(html).toBe(
      '<p>Berkas diterima.<br>Diserahkan ke loket<sup>1</sup>.</p>\n' +
        '<p><u>Penting</u>: tanpa biaya.</p>\n' +
        '<img src="/gambar/alur.png" alt="Alur layanan">\n' +
        '<p>Isi komponen</p>',
    );
  });

  it('reads an indented line as text, as MDX does, not as a code block', async () => {
    expect(await renderNarrativeHtml('Langkah:\n\n    Berkas diperiksa petugas.\n')).toBe('<p>Langkah:</p>\n<p>Berkas diperiksa petugas.</p>');
  });

  it('labels footnotes in Indonesian, as the SOP page does', async () => {
    const html = await renderNarrativeHtml('Sesuai peraturan.[^1]\n\n[^1]: Perda Nomor 2 Tahun 2020.\n');
    expect(html).toContain('<h2 class="sr-only" id="footnote-label">Catatan kaki</h2>');
    expect(html).toContain('aria-label="Kembali ke rujukan 1"');
    expect(html).not.toMatch(/Footnotes|Back to/);
  });
});
