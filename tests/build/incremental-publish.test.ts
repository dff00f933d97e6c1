/**
 * Incremental republishing (src/node/publish/incremental.ts) on a synthetic project written to
 * tests/.out/incremental-project: publish, edit three SOPs (a title and a body, the regulations
 * cited, a draft that becomes replaced by another SOP), republish, and compare the output file by
 * file with a full publish of the same sources. The republish is made twice: with the renderer
 * kept from the first publish in this process (src/node/publish/kept-renderer.ts), and with Astro
 * building the pages, as a new process does. Build-time noise allowed: Pagefind's filter
 * files and the two files naming them (pagefind-entry.json, pagefind.*.pf_meta) differ between
 * two full builds of the same site too (Pagefind does not write its filters in a fixed order).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { publish, type PublishResult } from '../../src/node/publish/publish';
import { dropKeptRenderer } from '../../src/node/publish/kept-renderer';
import { scaffoldProject, syntheticSopMdx, type SyntheticSopOptions } from '../../testkit/synthetic';
import { ROOT, TEST_OUT } from '../../testkit/paths';

const DIR = join(TEST_OUT, 'incremental-project');
const A = 'dinsos-sintetis-a';
const B = 'dinsos-sintetis-b';

const SOPS: Record<string, SyntheticSopOptions> = {
  'sintetis-a/satu': { steps: 5, actors: 3, seed: 31, instansi: A, nomor: '460/1/SINT/2025', judul: 'Penerimaan Laporan Warga' },
  'sintetis-a/dua': {
    steps: 4, actors: 2, seed: 32, instansi: A, nomor: '460/2/SINT/2025', judul: 'Rujukan ke Panti Sosial',
    lists: { keterkaitan: [{ sop: 'sintetis-a/satu' }] as unknown as string[] },
  },
  'sintetis-a/empat': { steps: 4, actors: 2, seed: 34, instansi: A, nomor: '460/4/SINT/2025', judul: 'Pendataan Lama', status: 'draf' },
  'sintetis-b/tiga': { steps: 6, actors: 3, seed: 33, instansi: B, nomor: '460/3/SINT/2025', judul: 'Pendampingan Klien', lists: { dasar_hukum: ['uu-11-2009'] } },
  'sintetis-c/lima': { steps: 4, actors: 2, seed: 35, instansi: 'dinsos-sintetis-c', nomor: '460/5/SINT/2025', judul: 'Pelayanan Tidak Disentuh' },
};

const EDITS: Record<string, SyntheticSopOptions> = {
  'sintetis-a/satu': { ...SOPS['sintetis-a/satu']!, judul: 'Penerimaan dan Pencatatan Laporan Warga' },
  'sintetis-b/tiga': { ...SOPS['sintetis-b/tiga']!, lists: { dasar_hukum: ['uu-23-2014'] } },
  'sintetis-a/empat': { ...SOPS['sintetis-a/empat']!, status: 'digantikan', extra: { digantikan_oleh: 'sintetis-a/satu' } },
};

const write = (id: string, o: SyntheticSopOptions, bodyNote = '') =>
  writeFileSync(join(DIR, 'sops', `${id}.mdx`), syntheticSopMdx(o) + bodyNote);

/** Every file under `dir`, relative, sorted. */
function files(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix))
    .flatMap((name) => {
      const rel = prefix ? `${prefix}/${name}` : name;
      return statSync(join(dir, rel)).isDirectory() ? files(dir, rel) : [rel];
    })
    .sort();
}

/** Pagefind's files that differ between two full builds of the same site. */
const NOISE = /^pagefind\/(filter\/|pagefind-entry\.json$|pagefind\.[^/]*\.pf_meta$)/;

const inode = (file: string) => statSync(join(DIR, 'out', file)).ino;

let first: PublishResult;
let again: PublishResult;
/** The same republish without the renderer kept in the process (as `npm run build` in a new process): Astro builds the pages. */
let againAstro: PublishResult;
let full: PublishResult;
const inodesBefore: Record<string, number> = {};
/** The first publish's record of what each page depends on (src/node/publish/incremental.ts). */
let firstPages: Record<string, string[]> = {};

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  scaffoldProject(DIR, ROOT);
  for (const id of Object.keys(SOPS)) mkdirSync(join(DIR, 'sops', id.split('/')[0]!), { recursive: true });
  for (const [id, o] of Object.entries(SOPS)) write(id, o);
  mkdirSync(join(DIR, 'sops', '_layanan'), { recursive: true });
  writeFileSync(
    join(DIR, 'sops', '_layanan', 'laporan-warga.yaml'),
    'nama: Laporan Warga\nringkasan: Layanan uji yang dijalankan satu SOP.\nsop: [sintetis-a/satu]\n' +
      'persyaratan: [Identitas pelapor]\nprosedur: [Pelapor datang ke kantor.]\n',
  );
  const log = () => {};
  first = await publish({ root: DIR, outDir: 'out', log });
  firstPages = (JSON.parse(readFileSync(join(DIR, 'out', '.terbit-ulang.json'), 'utf8')) as { halaman: Record<string, string[]> }).halaman;
  cpSync(join(DIR, 'out'), join(DIR, 'out-astro'), { recursive: true });
  for (const f of ['sop/sintetis-a/satu/index.html', 'instansi/dinsos-sintetis-c/index.html', 'sop/sintetis-c/lima/index.html', 'sop/sintetis-c/lima/riwayat/index.html', 'pdf/sintetis-c/lima.pdf']) inodesBefore[f] = inode(f);

  for (const [id, o] of Object.entries(EDITS)) write(id, o, id === 'sintetis-a/satu' ? '\n## F. Catatan\n\nLaporan yang masuk setelah pukul 15.00 dicatat hari berikutnya.\n' : '');
  again = await publish({ root: DIR, outDir: 'out', log });
  dropKeptRenderer();
  againAstro = await publish({ root: DIR, outDir: 'out-astro', log });
  full = await publish({ root: DIR, outDir: 'full', log, full: true });
}, 600_000);

describe('republishing after editing SOPs', () => {
  it('the first publish builds everything, the republish only what the edits touch', () => {
    expect(first.build).toEqual({ kind: 'full', reason: 'belum ada terbitan sebelumnya yang dapat dipakai' });
    expect(again.build.kind).toBe('partial');
    if (again.build.kind !== 'partial') return;
    expect(again.build.changed).toEqual(['sintetis-a/empat', 'sintetis-a/satu', 'sintetis-b/tiga']);
    // Rendered by the renderer kept from the first publish, without building with Astro again.
    expect(again.build.renderer).toBe('tersimpan');
    // Its search index is the one the first publish kept open: the previous output is not read again.
    expect(again.build.search).toBe('tersimpan');
    expect(againAstro.build).toEqual({ ...again.build, renderer: 'astro', search: 'dibaca' });
    const total = files(join(DIR, 'full')).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).length;
    expect(again.build.pages).toBeLessThan(total);
  });

  it('keeps the untouched pages and PDFs of the previous output as they were, and rebuilds the edited ones', () => {
    expect(inode('instansi/dinsos-sintetis-c/index.html')).toBe(inodesBefore['instansi/dinsos-sintetis-c/index.html']);
    expect(inode('sop/sintetis-c/lima/index.html')).toBe(inodesBefore['sop/sintetis-c/lima/index.html']);
    expect(inode('pdf/sintetis-c/lima.pdf')).toBe(inodesBefore['pdf/sintetis-c/lima.pdf']);
    expect(inode('sop/sintetis-a/satu/index.html')).not.toBe(inodesBefore['sop/sintetis-a/satu/index.html']);
    // The three edited SOPs, and sintetis-a/dua whose identity block names sintetis-a/satu.
    expect(again.pdf!.rendered).toBe(4);
  });

  it('records each history page as depending on its own SOP only, so editing one SOP rebuilds one history page', () => {
    // The histories are read for every SOP at once, while the first history page renders; that
    // page used to be recorded as depending on every SOP and their bodies.
    expect(firstPages['/sop/sintetis-c/lima/riwayat/']).toEqual(['isi:sintetis-c/lima', 'sop:sintetis-c/lima']);
    expect(firstPages['/sop/sintetis-a/dua/riwayat/']).toEqual(['isi:sintetis-a/dua', 'sop:sintetis-a/dua']);
    expect(firstPages['/sop/sintetis-a/empat/riwayat/']).toEqual(['isi:sintetis-a/empat', 'sop:sintetis-a/empat']);
    expect(firstPages['/sop/sintetis-a/satu/riwayat/']).toEqual(['isi:sintetis-a/satu', 'sop:sintetis-a/satu']);
    expect(firstPages['/sop/sintetis-b/tiga/riwayat/']).toEqual(['isi:sintetis-b/tiga', 'sop:sintetis-b/tiga']);
    expect(inode('sop/sintetis-c/lima/riwayat/index.html')).toBe(inodesBefore['sop/sintetis-c/lima/riwayat/index.html']);
  });

  it('shows the edits where a full build shows them', () => {
    const page = readFileSync(join(DIR, 'out', 'sop/sintetis-a/dua/index.html'), 'utf8');
    expect(page).toContain('Penerimaan dan Pencatatan Laporan Warga');
    expect(readFileSync(join(DIR, 'out', 'sop/sintetis-a/satu/index.html'), 'utf8')).toContain('dicatat hari berikutnya');
  });

  it.each(['out', 'out-astro'])('gives the same files, with the same bytes, as a full publish of the same sources (%s)', (out) => {
    const incremental = files(join(DIR, out)).filter((f) => !NOISE.test(f));
    expect(incremental).toEqual(files(join(DIR, 'full')).filter((f) => !NOISE.test(f)));
    const differ = incremental.filter((f) => !NOISE.test(f) && !readFileSync(join(DIR, out, f)).equals(readFileSync(join(DIR, 'full', f))));
    expect(differ).toEqual([]);
  });
});
