import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEditorCatalog, type EditorCatalog } from '../../../src/core/editor/editor-catalog';
import { BODY_KEY, parseEntryFile } from '../../../src/core/editor/entry-file';
import { checkEntry, entryFrontmatter } from '../../../src/core/editor/check-entry';
import { previewHtml } from '../../../src/core/editor/preview-html';
import { reviewDiffHtml } from '../../../src/core/diff/review-diff';
import { loadSources } from '../../../src/node/load-sources';

const { catalog } = loadSources(process.cwd());
// The snapshot as the browser gets it: written as JSON and read back.
const snapshot = JSON.parse(JSON.stringify(buildEditorCatalog(catalog))) as EditorCatalog;
const FILE = 'sops/tanjungpinang/penanganan-eks-narapidana.mdx';
const ID = 'tanjungpinang/penanganan-eks-narapidana';

/** The entry as the editor holds it after `edit`, checked as the preview checks it. */
function liveVersion(edit: (fm: Record<string, any>) => void = () => {}, bodyEdit: (b: string) => string = (b) => b) {
  const entry = parseEntryFile(readFileSync(FILE, 'utf8'));
  const fm = entryFrontmatter(entry, [BODY_KEY, 'sumber_asli', 'hanya_baca']) as Record<string, any>;
  edit(fm);
  const checked = checkEntry(ID, FILE, fm, snapshot, '2024-06-01');
  expect(checked.data).not.toBeNull();
  return { data: checked.data!, body: bodyEdit(entry[BODY_KEY] as string) };
}

describe('reviewDiffHtml (the reviewer view: the entry against the published version)', () => {
  it('holds the published version of every SOP in the editor snapshot', () => {
    expect(snapshot.sops.map((s) => [s.id, s.published?.data.judul, typeof s.published?.body])).toEqual([
      ['provinsi/pemulangan-orang-terlantar', '[ISI: nama SOP (pemulangan Orang Terlantar ke daerah asal)]', 'string'],
      ['tanjungpinang/penanganan-eks-narapidana', 'Penanganan Eks Narapidana (BWBLP)', 'string'],
      ['tanjungpinang/penanganan-korban-perdagangan-orang', 'Penanganan Korban Perdagangan Orang', 'string'],
      ['tanjungpinang/penanganan-korban-tindak-kekerasan', 'Penanganan Korban Tindak Kekerasan', 'string'],
    ]);
  });

  it('says "Tidak ada perubahan." for an entry opened and not changed', () => {
    expect(reviewDiffHtml(ID, liveVersion(), snapshot)).toBe(
      `<section class="sop-diff" id="perubahan-terbit" aria-labelledby="perubahan-terbit-judul" data-sop-diff><h2 id="perubahan-terbit-judul">Perubahan dibanding versi terbit</h2>
<p class="sop-diff__summary" data-diff-summary>Tidak ada perubahan.</p></section>`,
    );
  });

  it('shows an edited waktu, the total before and after, and an edited narrative', () => {
    const html = reviewDiffHtml(
      ID,
      liveVersion(
        (fm) => {
          fm.langkah[0].waktu = '30 menit';
        },
        (body) => body.replace('## C.', 'Paragraf pembuka baru.\n\n## C.'),
      ),
      snapshot,
    );
    expect(html).toContain('<p class="sop-diff__summary" data-diff-summary>1 langkah diubah, total waktu berubah dan 1 bagian narasi diubah.</p>');
    const ins = (t: string) => `<ins class="sop-diff__ins"><span class="sop-diff__sign" aria-hidden="true">+</span><span class="visually-hidden">ditambah: </span>${t}</ins>`;
    const del = (t: string) => `<del class="sop-diff__del"><span class="sop-diff__sign" aria-hidden="true">−</span><span class="visually-hidden">dihapus: </span>${t}</del>`;
    expect(html).toContain(
      `<li data-diff="step-changed"><p><span class="sop-diff__badge sop-diff__badge--changed">Diubah</span> <strong>Langkah 1</strong>: Menerima Eks Narapidana (BWBLP) dari hasil laporan warga/klien sendiri</p><dl class="sop-diff__cells"><dt>Waktu</dt><dd>${del('15')}${ins('30')} menit</dd></dl></li>`,
    );
    expect(html).toContain(`<p data-diff="total">Sebelumnya ${del('3 hari 1 jam 15 menit – 7 hari 1 jam 45 menit')}, kini ${ins('3 hari 1 jam 30 menit – 7 hari 2 jam')}.</p>`);
    expect(html).toContain(`<strong>Pembuka narasi</strong><p class="sop-diff__text">${ins('Paragraf pembuka baru.')}</p>`);
  });

  it('says a new SOP has no published version', () => {
    expect(reviewDiffHtml('tanjungpinang/sop-baru', liveVersion(), snapshot)).toBe(
      `<section class="sop-diff" id="perubahan-terbit" aria-labelledby="perubahan-terbit-judul" data-sop-diff><h2 id="perubahan-terbit-judul">Perubahan dibanding versi terbit</h2>
<p class="sop-diff__summary" data-diff-summary>SOP baru: belum ada versi terbit untuk dibandingkan. Seluruh isinya baru.</p></section>`,
    );
  });

  it('sits in the preview under the SOP title, before the identity block and the flowchart', () => {
    const live = liveVersion((fm) => {
      fm.judul = 'Penanganan Eks Narapidana';
    });
    const html = previewHtml(ID, live.data, snapshot, reviewDiffHtml(ID, live, snapshot));
    const at = (s: string) => html.indexOf(s);
    expect(at('</header>\n<section class="sop-diff" id="perubahan-terbit"')).toBeGreaterThan(0);
    expect(at('data-diff-summary>1 isian identitas diubah.</p>')).toBeGreaterThan(at('</header>'));
    expect(at('data-diff-summary>')).toBeLessThan(at('id="langkah"'));
  });
});
