import { describe, expect, it } from 'vitest';
import type { SopChange } from '../../../src/core/diff/changes';
import { changesHtml, wordsHtml } from '../../../src/core/diff/render-html';
import { changeSummary } from '../../../src/core/diff/summary';

const INS = (t: string) => `<ins class="sop-diff__ins"><span class="sop-diff__sign" aria-hidden="true">+</span><span class="visually-hidden">ditambah: </span>${t}</ins>`;
const DEL = (t: string) => `<del class="sop-diff__del"><span class="sop-diff__sign" aria-hidden="true">−</span><span class="visually-hidden">dihapus: </span>${t}</del>`;

describe('changeSummary', () => {
  it('says there is no change for an empty list', () => {
    expect(changeSummary([])).toBe('Tidak ada perubahan.');
  });

  it('counts the changes by kind in one sentence', () => {
    const changes: SopChange[] = [
      { kind: 'field', path: 'judul', label: 'Nama SOP', before: 'A', after: 'B', words: [] },
      { kind: 'step-added', after: 2, kegiatan: 'X', cells: [] },
      { kind: 'step-added', after: 4, kegiatan: 'Y', cells: [] },
      { kind: 'total', before: '1 jam', after: '2 jam' },
    ];
    expect(changeSummary(changes)).toBe('1 isian identitas diubah, 2 langkah ditambah dan total waktu berubah.');
  });
});

describe('changesHtml (the change list as accessible Indonesian HTML)', () => {
  it('marks insertions and deletions with <ins>/<del>, a visible sign and words for screen readers', () => {
    expect(wordsHtml([{ op: 'removed', text: '1' }, { op: 'added', text: '2' }, { op: 'same', text: ' hari' }])).toBe(`${DEL('1')}${INS('2')} hari`);
  });

  it('shortens long unchanged text to its ends', () => {
    const long = Array.from({ length: 30 }, (_, i) => `kata${i}`).join(' ');
    expect(wordsHtml([{ op: 'same', text: `${long} ` }, { op: 'added', text: 'baru' }])).toBe(
      `… kata20 kata21 kata22 kata23 kata24 kata25 kata26 kata27 kata28 kata29 ${INS('baru')}`,
    );
  });

  it('renders an empty list as the heading and "Tidak ada perubahan."', () => {
    expect(changesHtml([], { title: 'Perubahan dibanding versi terbit', id: 'beda' })).toBe(
      `<section class="sop-diff" id="beda" aria-labelledby="beda-judul" data-sop-diff><h2 id="beda-judul">Perubahan dibanding versi terbit</h2>
<p class="sop-diff__summary" data-diff-summary>Tidak ada perubahan.</p></section>`,
    );
  });

  it('groups identity, actors, steps, total and narrative, each item with a visible word', () => {
    const changes: SopChange[] = [
      { kind: 'field-items', path: 'peralatan', label: 'Peralatan/perlengkapan', added: ['Pemindai'], removed: ['Printer'] },
      { kind: 'actor-renamed', id: 'kabid', before: 'Kepala Bidang', after: 'Kabid', words: [{ op: 'removed', text: 'Kepala Bidang' }, { op: 'added', text: 'Kabid' }] },
      { kind: 'step-added', after: 2, kegiatan: 'Mencatat permohonan', cells: [{ field: 'waktu', label: 'Waktu', text: '5 menit' }] },
      { kind: 'step-removed', before: 5, kegiatan: 'Mengarsipkan berkas', cells: [] },
      { kind: 'step-moved', before: 4, after: 3, follows: 2, kegiatan: 'Menyerahkan surat', cells: [] },
      {
        kind: 'step-changed',
        before: 3,
        after: 4,
        kegiatan: 'Menandatangani surat',
        cells: [{ field: 'waktu', label: 'Waktu', before: '1 hari', after: '2 hari', words: [{ op: 'removed', text: '1' }, { op: 'added', text: '2' }, { op: 'same', text: ' hari' }] }],
      },
      { kind: 'total', before: '1 hari', after: '2 hari' },
      { kind: 'narrative', change: 'added', heading: 'E. Biaya', words: [{ op: 'added', text: 'Gratis.' }] },
    ];
    const html = changesHtml(changes, { title: 'Perubahan', id: 'beda' });
    expect(html).toContain('<p class="sop-diff__summary" data-diff-summary>1 isian identitas diubah, 1 pelaksana diganti nama, 1 langkah ditambah, 1 langkah dihapus, 1 langkah dipindah, 1 langkah diubah, total waktu berubah dan 1 bagian narasi diubah.</p>');
    expect(html).toContain(`<h3>Identitas</h3><dl class="sop-diff__fields"><dt>Peralatan/perlengkapan</dt><dd><ul><li>${DEL('Printer')}</li><li>${INS('Pemindai')}</li></ul></dd></dl>`);
    expect(html).toContain(`<h3>Pelaksana</h3><ul class="sop-diff__items"><li><span class="sop-diff__badge sop-diff__badge--renamed">Diganti nama</span> ${DEL('Kepala Bidang')}${INS('Kabid')}</li></ul>`);
    expect(html).toContain('<li data-diff="step-added"><p><span class="sop-diff__badge sop-diff__badge--added">Ditambah</span> <strong>Langkah 2</strong>: Mencatat permohonan</p><dl class="sop-diff__cells"><dt>Waktu</dt><dd>5 menit</dd></dl></li>');
    expect(html).toContain('<li data-diff="step-removed"><p><span class="sop-diff__badge sop-diff__badge--removed">Dihapus</span> <strong>Langkah 5 lama</strong>: Mengarsipkan berkas</p></li>');
    expect(html).toContain('<li data-diff="step-moved"><p><span class="sop-diff__badge sop-diff__badge--moved">Dipindah</span> <strong>Langkah 3</strong> (sebelumnya langkah 4): Menyerahkan surat; kini sesudah langkah 2.</p></li>');
    expect(html).toContain(`<li data-diff="step-changed"><p><span class="sop-diff__badge sop-diff__badge--changed">Diubah</span> <strong>Langkah 4</strong> (sebelumnya langkah 3): Menandatangani surat</p><dl class="sop-diff__cells"><dt>Waktu</dt><dd>${DEL('1')}${INS('2')} hari</dd></dl></li>`);
    expect(html).toContain(`<h3>Total waktu</h3><p data-diff="total">Sebelumnya ${DEL('1 hari')}, kini ${INS('2 hari')}.</p>`);
    expect(html).toContain(`<h3>Narasi</h3><ul class="sop-diff__items"><li><span class="sop-diff__badge sop-diff__badge--added">Ditambah</span> <strong>E. Biaya</strong><p class="sop-diff__text">${INS('Gratis.')}</p></li></ul>`);
  });

  it('escapes every value', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const changes: SopChange[] = [
      { kind: 'field', path: 'judul', label: evil, before: evil, after: 'B', words: [{ op: 'removed', text: evil }, { op: 'added', text: '"B"' }] },
      { kind: 'actor-added', id: 'x', label: evil },
      { kind: 'step-added', after: 1, kegiatan: evil, cells: [{ field: 'output', label: 'Output', text: evil }] },
      { kind: 'narrative', change: 'changed', heading: evil, headingBefore: evil, words: [{ op: 'same', text: evil }] },
    ];
    const html = changesHtml(changes, { title: evil, id: '"x' });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(html).toContain('id="&quot;x"');
    expect(html).toContain('&quot;B&quot;');
  });
});
