/**
 * A portal built in shards and merged, against the same portal built at once, on a synthetic
 * project of four agencies written to tests/.out/shard-project: three shards (a; b; c and d
 * together, as a CI matrix would build them, `npm run build -- --instansi`), merged with
 * mergeShards (`npm run merge`). The merged site has the same files as the single build, the
 * same bytes for every page and data file, one PDF manifest, links between shards that resolve,
 * and one search (in Chromium) that finds SOPs of every shard, exactly what the single build finds.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeShards, type MergeResult } from '../../src/node/publish/merge-shards';
import { publish } from '../../src/node/publish/publish';
import { openSite, screenshot, type SiteSession } from '../../testkit/browser';
import { ROOT, SITE_BUILD_DATE, TEST_OUT } from '../../testkit/paths';
import { scaffoldProject, SYNTHETIC_AGENCIES, syntheticSopMdx } from '../../testkit/synthetic';

const DIR = join(TEST_OUT, 'shard-project');
const SINGLE = join(DIR, 'tunggal');
const MERGED = join(DIR, 'gabungan');
const SHARDS: Record<string, string[]> = {
  'bagian-1': ['dinsos-sintetis-a'],
  'bagian-2': ['dinsos-sintetis-b'],
  'bagian-3': ['dinsos-sintetis-c', 'dinsos-sintetis-d'],
};
const AGENCIES = ['dinsos-sintetis-a', 'dinsos-sintetis-b', 'dinsos-sintetis-c', 'dinsos-sintetis-d'];

const SOPS: Record<string, Parameters<typeof syntheticSopMdx>[0]> = {
  // Links to a SOP of another shard.
  'sintetis-a/penanganan-alfa': { steps: 4, actors: 2, seed: 31, instansi: 'dinsos-sintetis-a', nomor: '460/1/A/2024', judul: 'Penanganan Gelandangan Alfa', lists: { keterkaitan: [{ sop: 'sintetis-b/penanganan-beta' }] } },
  'sintetis-a/rujukan-alfa': { steps: 5, actors: 3, seed: 32, instansi: 'dinsos-sintetis-a', nomor: '460/2/A/2024', judul: 'Rujukan Panti Alfa' },
  'sintetis-b/penanganan-beta': { steps: 4, actors: 2, seed: 33, instansi: 'dinsos-sintetis-b', nomor: '460/1/B/2024', judul: 'Penanganan Gelandangan Beta' },
  'sintetis-b/rujukan-beta': { steps: 4, actors: 2, seed: 34, instansi: 'dinsos-sintetis-b', nomor: '460/2/B/2024', judul: 'Rujukan Panti Beta', status: 'draf' },
  'sintetis-c/penanganan-gama': { steps: 4, actors: 2, seed: 35, instansi: 'dinsos-sintetis-c', nomor: '460/1/C/2024', judul: 'Penanganan Gelandangan Gama' },
  'sintetis-d/penanganan-delta': { steps: 4, actors: 2, seed: 36, instansi: 'dinsos-sintetis-d', nomor: '460/1/D/2024', judul: 'Penanganan Gelandangan Delta', lists: { keterkaitan: [{ sop: 'sintetis-a/rujukan-alfa' }] } },
};

/** Every file under `dir`, relative, sorted; the search bundles apart (they differ by design). */
function filesOf(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix))
    .sort()
    .flatMap((name) => {
      const rel = prefix ? `${prefix}/${name}` : name;
      if (rel === 'pagefind') return [];
      return statSync(join(dir, rel)).isDirectory() ? filesOf(dir, rel) : [rel];
    });
}
/** The SOP pages (without their history pages /sop/<id>/riwayat/). */
const sopPages = (files: string[]) => files.filter((f) => /^sop\/.*index\.html$/.test(f) && !f.endsWith('/riwayat/index.html'));
/** The single build's files but its incremental-republish record (a merged site is always built whole). */
const singleFiles = () => filesOf(SINGLE).filter((f) => f !== '.terbit-ulang.json');

let previousToday: string | undefined;
let merged: MergeResult;

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  scaffoldProject(DIR, ROOT);
  // Four agencies only: every agency must belong to one shard.
  for (const a of SYNTHETIC_AGENCIES) if (!AGENCIES.includes(a.id)) rmSync(join(DIR, 'sops/_data/instansi', `${a.id}.yaml`));
  for (const [id, o] of Object.entries(SOPS)) {
    mkdirSync(join(DIR, 'sops', id.split('/')[0]!), { recursive: true });
    writeFileSync(join(DIR, 'sops', `${id}.mdx`), syntheticSopMdx(o));
  }
  mkdirSync(join(DIR, 'sops', '_layanan'), { recursive: true });
  writeFileSync(
    join(DIR, 'sops', '_layanan', 'layanan-beta.yaml'),
    'nama: Layanan Penjangkauan Beta\nringkasan: Layanan uji bagian kedua.\nsop: [sintetis-b/penanganan-beta]\n' +
      'persyaratan: [Identitas pemohon]\nprosedur: [Pemohon datang ke kantor.]\n',
  );
  // The shards of a CI matrix are built with one date (see docs/shards.md).
  previousToday = process.env.SOP_TODAY;
  process.env.SOP_TODAY = SITE_BUILD_DATE;
  for (const [name, instansi] of Object.entries(SHARDS)) await publish({ root: DIR, outDir: name, instansi, log: () => {} });
  // After the shards, on the same content cache: a shard leaves the other agencies' SOPs
  // uncompiled there, and the whole build must still render every SOP.
  await publish({ root: DIR, outDir: 'tunggal', log: () => {} });
  merged = await mergeShards({ shardDirs: Object.keys(SHARDS).map((n) => join(DIR, n)), outDir: MERGED });
}, 900_000);

afterAll(() => {
  if (previousToday === undefined) delete process.env.SOP_TODAY;
  else process.env.SOP_TODAY = previousToday;
});

describe('a shard build', () => {
  it('refuses an unknown agency, naming the agencies there are', async () => {
    await expect(publish({ root: DIR, outDir: 'salah', instansi: ['dinsos-sintetis-a', 'dinsos-entah'], pdf: false, log: () => {} })).rejects.toThrow(
      'Instansi "dinsos-entah" tidak dikenal (tidak ada berkas sops/_data/instansi/dinsos-entah.yaml). ' +
        'Instansi yang ada: dinsos-sintetis-a, dinsos-sintetis-b, dinsos-sintetis-c, dinsos-sintetis-d.',
    );
    expect(existsSync(join(DIR, 'salah'))).toBe(false);
  });

  it('holds its own agencies\' SOP pages, PDFs and agency pages, and the global pages', () => {
    const files = filesOf(join(DIR, 'bagian-3'));
    expect(sopPages(files)).toEqual(['sop/sintetis-c/penanganan-gama/index.html', 'sop/sintetis-d/penanganan-delta/index.html']);
    expect(files.filter((f) => /^instansi\/.+index\.html$/.test(f))).toEqual([
      'instansi/dinsos-sintetis-c/index.html',
      'instansi/dinsos-sintetis-d/index.html',
    ]);
    expect(files.filter((f) => f.startsWith('pdf/')).sort()).toEqual([
      'pdf/dinsos-sintetis-c-buku-sop.pdf',
      'pdf/dinsos-sintetis-d-buku-sop.pdf',
      'pdf/manifest.json',
      'pdf/sintetis-c/penanganan-gama.pdf',
      'pdf/sintetis-d/penanganan-delta.pdf',
    ]);
    for (const global of ['index.html', 'sops.json', 'layanan.json', 'tinjau/index.html', 'instansi/index.html', 'status/berlaku/index.html']) {
      expect(files, global).toContain(global);
    }
    expect(JSON.parse(readFileSync(join(DIR, 'bagian-3', 'bagian.json'), 'utf8'))).toEqual({
      versi: 1,
      instansi: ['dinsos-sintetis-c', 'dinsos-sintetis-d'],
      semua_instansi: AGENCIES,
    });
  });
});

describe('the merged site against a single build', () => {
  it('has the same files', () => {
    const merged = filesOf(MERGED);
    expect(merged).toEqual(singleFiles());
    expect(merged.filter((f) => f.endsWith('/riwayat/index.html'))).toEqual(Object.keys(SOPS).sort().map((id) => `sop/${id}/riwayat/index.html`));
    expect(sopPages(merged)).toEqual(Object.keys(SOPS).sort().map((id) => `sop/${id}/index.html`));
    expect(merged).not.toContain('bagian.json');
  });

  it('has the same bytes in every page and data file, sops.json and layanan.json included', () => {
    const differing = singleFiles()
      .filter((f) => !f.endsWith('.pdf'))
      .filter((f) => !readFileSync(join(SINGLE, f)).equals(readFileSync(join(MERGED, f))));
    expect(differing).toEqual([]);
    const sops = JSON.parse(readFileSync(join(MERGED, 'sops.json'), 'utf8')) as { id: string }[];
    expect(sops.map((s) => s.id).sort()).toEqual(Object.keys(SOPS).sort());
  });

  it('links between shards resolve to pages of the merged site', () => {
    const page = readFileSync(join(MERGED, 'sop/sintetis-a/penanganan-alfa/index.html'), 'utf8');
    expect(page).toContain('href="/sop/sintetis-b/penanganan-beta/"');
    const broken = filesOf(MERGED)
      .filter((f) => f.endsWith('.html'))
      .flatMap((f) =>
        [...readFileSync(join(MERGED, f), 'utf8').matchAll(/(?:href|src)="(\/[^"#?]*)/g)]
          .map((m) => m[1]!)
          .filter((path) => !path.startsWith('//') && !existsSync(join(MERGED, path, path.endsWith('/') ? 'index.html' : '')))
          .map((path) => `${f} -> ${path}`),
      );
    expect(broken).toEqual([]);
  });

  it('is indexed once for search, as the single build is: the SOP and service pages of every shard', () => {
    expect(merged.shards).toBe(3);
    // The global pages, built by every shard, were found the same in each.
    expect(merged.shared).toBeGreaterThan(0);
    // The same pages in the index (6 SOPs and 1 service), with the same content: Pagefind's page
    // fragments are named by their content. (Its filter files number pages in the order it met them.)
    const entry = (dir: string) => JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry(MERGED).languages.id?.page_count).toBe(7);
    expect(entry(SINGLE).languages.id?.page_count).toBe(7);
    const fragments = (dir: string) => readdirSync(join(dir, 'pagefind/fragment')).sort();
    expect(fragments(MERGED)).toHaveLength(7);
    expect(fragments(MERGED)).toEqual(fragments(SINGLE));
    // The shards carry no index of their own.
    for (const name of Object.keys(SHARDS)) expect(existsSync(join(DIR, name, 'pagefind')), name).toBe(false);
  });
});

describe('merging refuses shards that do not fit together', () => {
  it('names the agencies no shard built', async () => {
    await expect(mergeShards({ shardDirs: [join(DIR, 'bagian-1'), join(DIR, 'bagian-3')], outDir: join(DIR, 'gagal') })).rejects.toThrow(
      'Instansi dinsos-sintetis-b tidak dibangun oleh bagian mana pun. Tambahkan ke salah satu bagian, misalnya: npm run build -- --instansi dinsos-sintetis-b',
    );
    expect(existsSync(join(DIR, 'gagal'))).toBe(false);
  });

  it('names a global page that differs between shards', async () => {
    const copy = join(DIR, 'bagian-2-beda');
    rmSync(copy, { recursive: true, force: true });
    cpSync(join(DIR, 'bagian-2'), copy, { recursive: true });
    writeFileSync(join(copy, 'sops.json'), '{}\n');
    await expect(mergeShards({ shardDirs: [join(DIR, 'bagian-1'), copy, join(DIR, 'bagian-3')], outDir: join(DIR, 'gagal') })).rejects.toThrow(
      /Halaman bersama berbeda antarbagian \(1 berkas\):\n- sops\.json \(.*bagian-1 lawan .*bagian-2-beda\)/,
    );
    expect(existsSync(join(DIR, 'gagal'))).toBe(false);
  });
});

describe('one search over every shard', () => {
  const sites: Record<'merged' | 'single', { site?: SiteSession; page?: Page }> = { merged: {}, single: {} };
  beforeAll(async () => {
    for (const [key, dir] of [['merged', MERGED], ['single', SINGLE]] as const) {
      const site = await openSite(dir);
      sites[key] = { site, page: await site.newPage() };
    }
  });
  afterAll(async () => {
    for (const s of Object.values(sites)) await s.site?.close();
  });

  /** The result links of a search typed into the home page's search box. */
  async function search(which: 'merged' | 'single', query: string): Promise<string[]> {
    const { site, page } = sites[which] as { site: SiteSession; page: Page };
    await page.goto(site.url('/'));
    await page.waitForSelector('[data-search-ready]');
    await page.click('#cari-kata');
    await page.keyboard.type(query);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const s = document.querySelector('[data-search-status]')?.textContent ?? '';
      return s !== '' && s !== 'Mencari…';
    });
    return page.$$eval('[data-search-list] a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
  }

  it('finds the SOPs of all three shards', async () => {
    const found = await search('merged', 'gelandangan');
    await screenshot(sites.merged.page!, 'shards-merged-search');
    expect(found.sort()).toEqual([
      '/sop/sintetis-a/penanganan-alfa/',
      '/sop/sintetis-b/penanganan-beta/',
      '/sop/sintetis-c/penanganan-gama/',
      '/sop/sintetis-d/penanganan-delta/',
    ]);
  });

  it('finds a service of a later shard, and nothing else, as the single build does', async () => {
    expect(await search('merged', 'penjangkauan')).toEqual(['/layanan/layanan-beta/']);
    expect(await search('single', 'penjangkauan')).toEqual(['/layanan/layanan-beta/']);
  });

  it('finds and ranks what the single build finds', async () => {
    for (const query of ['rujukan panti', 'klien', 'gelandangan beta', 'berkas permohonan']) {
      const found = await search('merged', query);
      expect(found.length, query).toBeGreaterThan(0);
      expect(found, query).toEqual(await search('single', query));
    }
  });
});
