/**
 * An SOP's narrative rendered as data (src/node/narrative/render-narrative.ts), for the SOP page
 * and its old versions: read as the MDX it is (an author's comment stays hidden, a tag renders as
 * HTML, an indented line is not code), footnotes labelled in Indonesian (the site's Markdown
 * setting), pictures beside the SOP shown from where the site publishes them.
 */
import { describe, expect, it } from 'vitest';
import { renderNarrativeHtml } from '../../../src/node/narrative/render-narrative';

const SOP = { file: 'sops/dinsos/pelayanan.mdx' };

describe('renderNarrativeHtml', () => {
  it('hides MDX comments, on their own line and inside a sentence', async () => {
    const html = await renderNarrativeHtml(
      '## C. Ketentuan Umum\n\n{/* Catatan penyusun: disalin dari dokumen 2023. */}\n\nPemohon membawa KTP{/* cek lagi */} dan KK.\n',
      SOP,
      'old',
    );
    expect(html).toBe('<h2 id="c-ketentuan-umum">C. Ketentuan Umum</h2>\n<p>Pemohon membawa KTP dan KK.</p>');
  });

  it('renders the tags the checker allows as HTML, and keeps only the content of a component', async () => {
    const html = await renderNarrativeHtml(
      'Berkas diterima.<br/>Diserahkan ke loket<sup>1</sup>.\n\n<u>Penting</u>: tanpa biaya.\n\n<img src="/gambar/alur.png" alt="Alur layanan" />\n\n<Peringatan>Isi komponen</Peringatan>\n',
      SOP,
    );
    expect(html).toBe(
      '<p>Berkas diterima.<br>Diserahkan ke loket<sup>1</sup>.</p>\n' +
        '<p><u>Penting</u>: tanpa biaya.</p>\n' +
        '<img src="/gambar/alur.png" alt="Alur layanan">\n' +
        '<p>Isi komponen</p>',
    );
  });

  it('reads an indented line as text, as MDX does, not as a code block', async () => {
    expect(await renderNarrativeHtml('Langkah:\n\n    Berkas diperiksa petugas.\n', SOP)).toBe('<p>Langkah:</p>\n<p>Berkas diperiksa petugas.</p>');
  });

  it('labels footnotes in Indonesian, as the SOP page does', async () => {
    const html = await renderNarrativeHtml('Sesuai peraturan.[^1]\n\n[^1]: Perda Nomor 2 Tahun 2020.\n', SOP);
    expect(html).toContain('<h2 class="sr-only" id="footnote-label">Catatan kaki</h2>');
    expect(html).toContain('aria-label="Kembali ke rujukan 1"');
    expect(html).not.toMatch(/Footnotes|Back to/);
  });

  it('shows a picture named beside the SOP file from /gambar-sop/, and leaves other addresses as written', async () => {
    const html = await renderNarrativeHtml(
      '![Alur layanan](./alur.png)\n\n![Denah](gambar/denah%20loket.jpg)\n\n![Logo](../logo.svg)\n\n![Peta](/peta.png)\n\n<img src="./foto.webp" alt="Loket" />\n',
      SOP,
    );
    expect(html).toBe(
      '<p><img src="/gambar-sop/dinsos/alur.png" alt="Alur layanan"></p>\n' +
        '<p><img src="/gambar-sop/dinsos/gambar/denah%20loket.jpg" alt="Denah"></p>\n' +
        '<p><img src="/gambar-sop/logo.svg" alt="Logo"></p>\n' +
        '<p><img src="/peta.png" alt="Peta"></p>\n' +
        '<img src="/gambar-sop/dinsos/foto.webp" alt="Loket">',
    );
  });
});
