/**
 * The PDF engine on a synthetic project written to tests/.out/pdf-project: a 30-step SOP split
 * over several pages (headers repeated, pentagon pairs with matching labels), paper settings,
 * blocking of outside requests, byte-identical rebuilds, incremental republishing, timeouts.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { publish, type PublishResult } from '../../src/node/publish/publish';
import { renderSitePdfs } from '../../src/node/pdf/render-site-pdfs';
import { printStylesheet } from '../../src/node/pdf/print-styles';
import { loadSources } from '../../src/node/load-sources';
import { scaffoldProject, syntheticSopMdx } from '../../testkit/synthetic';
import { ROOT, TEST_OUT } from '../../testkit/paths';
import { hasDrafWatermark, pageCount, pageSizeMm, pdfText, positionsInOrder, squash } from '../support/pdf';

const DIR = join(TEST_OUT, 'pdf-project');
const quiet = () => {};
let first: PublishResult;

const SOPS: Record<string, Parameters<typeof syntheticSopMdx>[0]> = {
  'sintetis-a/tiga-puluh-langkah': { steps: 30, actors: 5, seed: 11, instansi: 'dinsos-sintetis-a', nomor: '460/30/SINT/2024', judul: 'Tiga Puluh Langkah' },
  'sintetis-a/kecil': { steps: 5, actors: 2, seed: 12, instansi: 'dinsos-sintetis-a', nomor: '460/5/SINT/2024', judul: 'Lima Langkah' },
  'sintetis-a/draf': { steps: 8, actors: 3, seed: 13, instansi: 'dinsos-sintetis-a', nomor: '460/8/SINT/2024', judul: 'Masih Draf', status: 'draf' },
  'sintetis-b/lanskap': { steps: 10, actors: 4, seed: 14, instansi: 'dinsos-sintetis-b', nomor: '460/10/SINT/2024', judul: 'F4 Lanskap', cetak: { orientasi: 'lanskap' } },
  'sintetis-c/luar': { steps: 6, actors: 3, seed: 15, instansi: 'dinsos-sintetis-c', nomor: '460/6/SINT/2024', judul: 'Gambar Luar' },
};

const pdf = (out: string, id: string) => join(DIR, out, 'pdf', `${id}.pdf`);
const bytes = (f: string) => readFileSync(f);

function letters(file: string, page: number): { text: string; y: number }[] {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  return [...xml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([A-Z]{1,2})<\/word>/g)].map((m) => ({ y: Number(m[1]), text: m[2]! }));
}

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  scaffoldProject(DIR, ROOT);
  for (const [id, o] of Object.entries(SOPS)) {
    mkdirSync(join(DIR, 'sops', id.split('/')[0]!), { recursive: true });
    let mdx = syntheticSopMdx(o);
    if (id === 'sintetis-c/luar') mdx += '\n![Gambar dari luar](https://contoh.invalid/gambar.png)\n';
    writeFileSync(join(DIR, 'sops', `${id}.mdx`), mdx);
  }
  first = await publish({ root: DIR, outDir: 'out1', log: quiet });
}, 300_000);

describe('synthetic SOP PDFs', () => {
  it('splits a 30-step flowchart over several pages with the header on each and matching pentagons', () => {
    const file = pdf('out1', 'sintetis-a/tiga-puluh-langkah');
    const n = pageCount(file);
    const flowPages = Array.from({ length: n }, (_, i) => i + 1).filter((p) => squash(pdfText(file, p)).includes('Mutu Baku'));
    expect(flowPages.length).toBeGreaterThanOrEqual(2);
    for (const p of flowPages) {
      const t = squash(pdfText(file, p));
      expect(positionsInOrder(t, ['Kegiatan', 'Pelaksana', 'Mutu Baku']).every((i) => i >= 0), `page ${p}`).toBe(true);
    }
    // The connector row at the bottom of a page and the one at the top of the next share a label
    // (the flow goes on down: every synthetic step leads to the next one); every label is used
    // exactly twice in the document, leaving and entering.
    const count = new Map<string, number>();
    const rows = flowPages.map((p) => {
      const ls = letters(file, p);
      ls.forEach((l) => count.set(l.text, (count.get(l.text) ?? 0) + 1));
      const ys = ls.map((l) => l.y);
      return {
        top: new Set(ls.filter((l) => l.y <= Math.min(...ys) + 3).map((l) => l.text)),
        bottom: new Set(ls.filter((l) => l.y >= Math.max(...ys) - 3).map((l) => l.text)),
      };
    });
    for (let k = 0; k + 1 < rows.length; k++) {
      const shared = [...rows[k]!.bottom].filter((l) => rows[k + 1]!.top.has(l));
      expect(shared.length, `page ${flowPages[k]} -> ${flowPages[k + 1]}: ${[...rows[k]!.bottom]} / ${[...rows[k + 1]!.top]}`).toBeGreaterThan(0);
    }
    expect(count.size).toBeGreaterThanOrEqual(flowPages.length - 1);
    for (const [label, n] of count) expect(n, `label ${label}`).toBe(2);
    // Every step's activity appears, in order, over the pages.
    const all = squash(pdfText(file));
    const steps = Array.from({ length: 30 }, (_, i) => `(langkah ${i + 1})`);
    expect(positionsInOrder(all, steps).every((i) => i >= 0)).toBe(true);
    expect(all).toContain('Jumlah waktu penyelesaian');
  });

  it('keeps the columns of the whole flowchart on each of its pages', () => {
    const file = pdf('out1', 'sintetis-a/tiga-puluh-langkah');
    const flowPages = Array.from({ length: pageCount(file) }, (_, i) => i + 1).filter((p) => squash(pdfText(file, p)).includes('Mutu Baku'));
    expect(flowPages.length).toBeGreaterThanOrEqual(3);
    // Where each column heading starts on the page (pt): the same on every page of the flowchart.
    const headings = ['No', 'Kegiatan', 'Pelaksana', 'Waktu', 'Output'];
    const columnsAt = (page: number) => {
      const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
      const words = [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]+)<\/word>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3]! }));
      return headings.map((h) => {
        const first = words.filter((w) => w.text === h).sort((a, b) => a.y - b.y)[0];
        return first ? Math.round(first.x) : -1;
      });
    };
    const first = columnsAt(flowPages[0]!);
    expect(first.every((x) => x >= 0), `headings found on page ${flowPages[0]}: ${first}`).toBe(true);
    for (const p of flowPages.slice(1)) expect(columnsAt(p), `page ${p}`).toEqual(first);
  });

  it('prints a split again, measured page by page, when its pages turn out taller than planned', async () => {
    // Step rows grow only once the flowchart is split (the unsplit table has no second page), so
    // the split printed as planned overflows; its markers show it and the SOP is printed again.
    const out = join(DIR, 'out-taller');
    rmSync(out, { recursive: true, force: true });
    cpSync(join(DIR, 'out1'), out, { recursive: true });
    const { catalog } = loadSources(DIR);
    const printCss = `${printStylesheet()}\n.swl-table[data-page="2"] tr[data-step] { height: 190px !important; }\n`;
    await renderSitePdfs({ root: DIR, distDir: out, previousDir: join(DIR, 'tidak-ada'), catalog, log: quiet, printCss });
    const file = pdf('out-taller', 'sintetis-a/tiga-puluh-langkah');
    const flowPages = Array.from({ length: pageCount(file) }, (_, i) => i + 1).filter((p) => squash(pdfText(file, p)).includes('Mutu Baku'));
    // One table per flowchart page: every page after the first begins with its incoming connector
    // row, every page before the last ends with its outgoing one; a table that overflowed would
    // continue on a page beginning with a step.
    expect(flowPages.length).toBeGreaterThanOrEqual(3);
    const texts = flowPages.map((p) => squash(pdfText(file, p)));
    const layout = texts.map((t, k) => ({
      page: flowPages[k],
      opensWithConnector: t.indexOf('Penghubung') >= 0 && t.indexOf('Penghubung') < t.indexOf('(langkah'),
      endsWithConnector: t.lastIndexOf('Penghubung') > t.lastIndexOf('(langkah'),
    }));
    expect(layout).toEqual(texts.map((_, k) => ({ page: flowPages[k], opensWithConnector: k > 0, endsWithConnector: k < texts.length - 1 })));
    const steps = Array.from({ length: 30 }, (_, i) => `(langkah ${i + 1})`);
    expect(positionsInOrder(squash(pdfText(file)), steps).every((i) => i >= 0)).toBe(true);
  }, 300_000);

  it('prints a split again when only the bottom of a page table spills onto the next page', async () => {
    // Printed as planned, each page's table is laid out in one piece: one that does not fit is
    // carried on to the next page from where the page ends, inside its last row. Here the last
    // page's table grows at its bottom: it starts a page (so it is not moved whole), no table
    // follows it, and its last row starts on its page; only the marker at its bottom shows it.
    const out = join(DIR, 'out-spill');
    rmSync(out, { recursive: true, force: true });
    cpSync(join(DIR, 'out1'), out, { recursive: true });
    const { catalog } = loadSources(DIR);
    const printCss = `${printStylesheet()}\n.swl-page--utuh:last-child > .swl-table:not([data-page="1"]) > tbody > tr:last-child > td { padding-bottom: 300mm !important; }\n`;
    await renderSitePdfs({ root: DIR, distDir: out, previousDir: join(DIR, 'tidak-ada'), catalog, log: quiet, printCss });
    const id = 'sintetis-a/tiga-puluh-langkah';
    const file = pdf('out-spill', id);
    // Printed again without the rule (it only matches a split printed as planned): the pages of
    // the publish without it, each flowchart page holding one whole table.
    expect(pageCount(file)).toBe(pageCount(pdf('out1', id)));
    const flowPages = Array.from({ length: pageCount(file) }, (_, i) => i + 1).filter((p) => squash(pdfText(file, p)).includes('Mutu Baku'));
    expect(flowPages.map((p) => squash(pdfText(file, p)))).toEqual(flowPages.map((p) => squash(pdfText(pdf('out1', id), p))));
  }, 300_000);

  it('leaves none of the batch markers in the PDFs and books it writes', () => {
    const files = execFileSync('find', ['.', '-name', '*.pdf'], { cwd: join(DIR, 'out1', 'pdf'), encoding: 'utf8' }).trim().split('\n');
    expect(files.length).toBeGreaterThan(5);
    // Written without object streams: a link's address would stand in the file as text.
    expect(files.filter((f) => bytes(join(DIR, 'out1', 'pdf', f)).includes('penanda.invalid'))).toEqual([]);
  });

  it('uses the agency paper and the SOP override, and watermarks only the draf', () => {
    expect(pageSizeMm(pdf('out1', 'sintetis-a/kecil'))).toEqual([210, 297]);
    expect(pageSizeMm(pdf('out1', 'sintetis-b/lanskap'))).toEqual([330, 215]);
    expect(pageSizeMm(pdf('out1', 'sintetis-c/luar'))).toEqual([297, 210]);
    const draf = pdf('out1', 'sintetis-a/draf');
    for (let p = 1; p <= pageCount(draf); p++) expect(hasDrafWatermark(pdfText(draf, p)), `draf p${p}`).toBe(true);
    const kecil = pdf('out1', 'sintetis-a/kecil');
    for (let p = 1; p <= pageCount(kecil); p++) expect(hasDrafWatermark(pdfText(kecil, p))).toBe(false);
  });

  it('blocks requests that leave the machine, and says so', () => {
    expect(first.pdf!.blocked).toContain('https://contoh.invalid/gambar.png');
  });
});

describe('determinism and incremental publishing', () => {
  it('gives byte-identical PDFs and books when built twice from the same sources', async () => {
    await publish({ root: DIR, outDir: 'out2', log: quiet });
    const files = execFileSync('find', ['.', '-name', '*.pdf'], { cwd: join(DIR, 'out1', 'pdf'), encoding: 'utf8' }).trim().split('\n');
    expect(files.length).toBe(Object.keys(SOPS).length + 3); // 5 SOPs + the books of agencies a, b and c
    for (const f of files) expect(bytes(join(DIR, 'out2', 'pdf', f)).equals(bytes(join(DIR, 'out1', 'pdf', f))), f).toBe(true);
  }, 300_000);

  it('reuses every PDF when nothing changed and renders only the edited SOP', async () => {
    const before = new Map(Object.keys(SOPS).map((id) => [id, bytes(pdf('out1', id))]));
    const bookA = bytes(join(DIR, 'out1', 'pdf', 'dinsos-sintetis-a-buku-sop.pdf'));
    const same = await publish({ root: DIR, outDir: 'out1', log: quiet });
    expect(same.pdf).toMatchObject({ rendered: 0, reused: 5, booksRebuilt: 0 });

    const file = join(DIR, 'sops', 'sintetis-a', 'kecil.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('judul: Lima Langkah', 'judul: Lima Langkah Direvisi'));
    const edited = await publish({ root: DIR, outDir: 'out1', log: quiet });
    expect(edited.pdf).toMatchObject({ rendered: 1, reused: 4, booksRebuilt: 1 });
    for (const [id, b] of before) expect(bytes(pdf('out1', id)).equals(b), id).toBe(id !== 'sintetis-a/kecil');
    expect(squash(pdfText(pdf('out1', 'sintetis-a/kecil'), 1))).toContain('LIMA LANGKAH DIREVISI');
    const newBook = bytes(join(DIR, 'out1', 'pdf', 'dinsos-sintetis-a-buku-sop.pdf'));
    expect(newBook.equals(bookA)).toBe(false);
    expect(squash(pdfText(join(DIR, 'out1', 'pdf', 'dinsos-sintetis-a-buku-sop.pdf'), 2))).toContain('Lima Langkah Direvisi');
  }, 300_000);

  it('re-renders every PDF when a print stylesheet changes, and only its SOPs when an agency changes', async () => {
    const { catalog } = loadSources(DIR);
    const copyOf = (name: string) => {
      const d = join(DIR, name);
      rmSync(d, { recursive: true, force: true });
      cpSync(join(DIR, 'out1'), d, { recursive: true });
      return d;
    };
    // The print stylesheet (the hash covers its text).
    const cssDir = copyOf('out-css');
    const css = await renderSitePdfs({ root: DIR, distDir: cssDir, previousDir: join(DIR, 'out1'), catalog, log: quiet, printCss: `${printStylesheet()}\n.cetak-sop{letter-spacing:0}\n` });
    expect(css).toMatchObject({ rendered: 5, reused: 0, booksRebuilt: 3 });

    // Agency a's data (its three SOPs print its name and paper): only those re-render, one book.
    const agencyDir = copyOf('out-instansi');
    const agencies = new Map(catalog.agencies);
    const a = agencies.get('dinsos-sintetis-a')!;
    agencies.set('dinsos-sintetis-a', { ...a, data: { ...a.data, nama: `${a.data.nama} Baru` } });
    const agency = await renderSitePdfs({ root: DIR, distDir: agencyDir, previousDir: join(DIR, 'out1'), catalog: { ...catalog, agencies }, log: quiet });
    expect(agency).toMatchObject({ rendered: 3, reused: 2, booksRebuilt: 1 });
    for (const id of ['sintetis-b/lanskap', 'sintetis-c/luar']) expect(bytes(pdf('out-instansi', id)).equals(bytes(pdf('out1', id))), id).toBe(true);
  }, 300_000);

  it('names the SOP when its PDF times out', async () => {
    const copy = join(DIR, 'out-timeout');
    rmSync(copy, { recursive: true, force: true });
    cpSync(join(DIR, 'out1'), copy, { recursive: true });
    const { catalog } = loadSources(DIR);
    await expect(
      renderSitePdfs({ root: DIR, distDir: copy, previousDir: join(DIR, 'tidak-ada'), catalog, log: quiet, timeoutSeconds: 0.001, concurrency: 1 }),
    ).rejects.toThrow(/Gagal membuat PDF SOP "sintetis-[a-c]\/[a-z-]+" \(460\/\d+\/SINT\/2024 — .+\): waktu habis/);
  }, 120_000);
});
