/**
 * PDFs of SOPs whose content is longer than a page, on a synthetic project written to
 * tests/.out/pdf-long-project: an identity block with long lists (it fits the first page, or
 * continues on the next one without orphaned headings or a near-empty page), and a step whose
 * kegiatan is taller than a page (its page keeps the header, the step and both connector rows).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { publish } from '../../src/node/publish/publish';
import { scaffoldProject, syntheticSopMdx } from '../../testkit/synthetic';
import { LONG_SOPS } from '../../testkit/long-content-sops';
import { ROOT, TEST_OUT } from '../../testkit/paths';
import { pageCount, pdfText, squash } from '../support/pdf';

const DIR = join(TEST_OUT, 'pdf-long-project');
const pdf = (id: string) => join(DIR, 'out', 'pdf', `${id}.pdf`);
/** Text lines of one page in reading order, without the stamped footer. */
const lines = (file: string, page: number) =>
  pdfText(file, page)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^SOP Nomor .* Halaman \d+ dari \d+$/.test(l) && !/^Halaman \d+ dari \d+$/.test(l) && !/^SOP Nomor /.test(l));

const GRID_HEADINGS = ['Dasar Hukum:', 'Kualifikasi Pelaksana:', 'Keterkaitan:', 'Peralatan/Perlengkapan:', 'Peringatan:', 'Pencatatan dan Pendataan:'];

beforeAll(async () => {
  scaffoldProject(DIR, ROOT);
  for (const [id, o] of Object.entries(LONG_SOPS)) {
    mkdirSync(join(DIR, 'sops', id.split('/')[0]!), { recursive: true });
    writeFileSync(join(DIR, 'sops', `${id}.mdx`), syntheticSopMdx(o));
  }
  await publish({ root: DIR, outDir: 'out', log: () => {} });
}, 300_000);

describe('identity block with long lists', () => {
  it('fits the first page when it is a little too long', () => {
    const file = pdf('panjang/daftar-agak-panjang');
    const p1 = squash(pdfText(file, 1));
    for (const h of GRID_HEADINGS) expect(p1, h).toContain(h);
    expect(p1).toContain('Pencatatan keenam dalam buku register');
    // Page 2 is the flowchart, not the rest of the identity block.
    expect(squash(pdfText(file, 2))).toContain('DIAGRAM ALIR SOP');
  });

  it('continues on the next page with no heading left alone and no near-empty page', () => {
    for (const id of Object.keys(LONG_SOPS)) {
      const file = pdf(id);
      const n = pageCount(file);
      for (let p = 1; p <= n; p++) {
        const ls = lines(file, p);
        // No page ends with a grid heading whose list is on the next page.
        expect(GRID_HEADINGS.includes(ls.at(-1)!), `${id} p${p} ends with "${ls.at(-1)}"`).toBe(false);
        // Every page before the last carries real content (a near-empty page has one or two lines).
        if (p < n) expect(ls.length, `${id} p${p}: ${ls.join(' | ')}`).toBeGreaterThan(5);
      }
    }
    // The very long block goes on over the next page(s), then the flowchart starts on a new page.
    const file = pdf('panjang/daftar-sangat-panjang');
    const pages = Array.from({ length: pageCount(file) }, (_, i) => squash(pdfText(file, i + 1)));
    const last = pages.findIndex((t) => t.includes('Pencatatan keenam belas dalam buku register'));
    expect(last).toBeGreaterThan(0);
    expect(pages[last + 1]).toContain('DIAGRAM ALIR SOP');
  });
});

describe('a step taller than a page', () => {
  it('keeps the step on one page with the header and both connectors, the flow unbroken', () => {
    const file = pdf('panjang/kegiatan-panjang');
    const n = pageCount(file);
    const flowPages = Array.from({ length: n }, (_, i) => i + 1).filter((p) => squash(pdfText(file, p)).includes('Mutu Baku'));
    const tall = flowPages.filter((p) => squash(pdfText(file, p)).includes('(awal kegiatan panjang)'));
    expect(tall.length).toBe(1);
    const t = squash(pdfText(file, tall[0]!));
    // The whole kegiatan on that page, with the connector rows above and below it.
    expect(t).toContain('(akhir kegiatan panjang)');
    expect(t).toMatch(/Penghubung [A-Z]+: sambungan dari langkah 2 di halaman sebelumnya ke langkah 3\./);
    expect(t).toMatch(/Penghubung [A-Z]+: dari langkah 3, bersambung ke langkah 4 di halaman berikutnya\./);
    // No page of the flowchart holds only its header and a connector row.
    for (const p of flowPages) expect(squash(pdfText(file, p)), `page ${p}`).toMatch(/\(langkah \d+\)|\(awal kegiatan panjang\)/);
    // Each connector letter appears exactly twice (leaving and entering): none lost.
    const count = new Map<string, number>();
    const words = flowPages.map((p) => execFileSync('pdftotext', ['-bbox', '-f', String(p), '-l', String(p), file, '-'], { encoding: 'utf8' })).join('');
    for (const m of words.matchAll(/<word [^>]*>([A-Z]{1,2})<\/word>/g)) count.set(m[1]!, (count.get(m[1]!) ?? 0) + 1);
    for (const [label, k] of count) expect(k, `label ${label}`).toBe(2);
  });
});
