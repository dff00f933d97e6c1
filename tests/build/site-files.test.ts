/**
 * Files of the built site: /sops.json agrees with the sources, every internal link resolves,
 * the public pages carry no inline script, and the search index covers every SOP in Indonesian.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/core/catalog/catalog';
import { loadSources } from '../../src/node/load-sources';
import { SEARCHED_FOLDERS } from '../../src/node/publish/search-index';
import { ROOT, SITE_DIST } from '../../testkit/paths';
import { sampleSop } from '../support/sample-sops';

let catalog: Catalog;
beforeAll(() => {
  catalog = loadSources(ROOT).catalog;
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** Site path of a built file: dist/sop/a/index.html -> /sop/a/. */
function sitePath(file: string): string {
  return '/' + relative(SITE_DIST, file).replace(/index\.html$/, '').split('\\').join('/');
}

function resolves(path: string): boolean {
  const full = join(SITE_DIST, decodeURIComponent(path));
  if (!existsSync(full)) return false;
  return statSync(full).isDirectory() ? existsSync(join(full, 'index.html')) : true;
}

/** Pages of other parts of the toolkit, built by their owners (letters forms, print pages). */
const OTHER_OWNERS = /^\/(surat|cetak)\//;

describe('/sops.json', () => {
  it('has one entry per SOP with the documented fields, agreeing with the sources', () => {
    const json = JSON.parse(readFileSync(join(SITE_DIST, 'sops.json'), 'utf8')) as Record<string, unknown>[];
    expect(json.map((e) => e.id).sort()).toEqual(catalog.sops.map((s) => s.id).sort());
    for (const sop of catalog.sops) {
      const entry = json.find((e) => e.id === sop.id)!;
      const { total } = sampleSop(sop.id);
      expect(entry).toMatchObject({
        id: sop.id,
        nomor: sop.data.nomor,
        judul: sop.data.judul,
        instansi: sop.data.instansi,
        bidang: sop.data.bidang,
        status: sop.data.status,
        url: `/sop/${sop.id}/`,
        langkah: sop.data.langkah.length,
        pelaksana: sop.data.pelaksana.map((p) => p.label),
        waktu_total: { min_menit: total.min, max_menit: total.max, teks: total.text },
        dasar_hukum: sop.data.dasar_hukum,
      });
      expect(resolves(entry.url as string)).toBe(true);
    }
  });
});

describe('links', () => {
  it('every internal link of every page resolves (PDFs and letter forms once they are built)', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlFiles(SITE_DIST)) {
      const html = readFileSync(file, 'utf8');
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      for (const [, raw] of html.matchAll(/\shref="([^"]*)"/g)) {
        const href = raw!.replace(/&amp;/g, '&');
        if (href.startsWith('#')) {
          checked++;
          if (href.length > 1 && !ids.has(decodeURIComponent(href.slice(1)))) broken.push(`${sitePath(file)} -> ${href}`);
          continue;
        }
        if (!href.startsWith('/') || href.startsWith('//')) continue;
        const path = href.split(/[?#]/)[0]!;
        checked++;
        if (!resolves(path)) broken.push(`${sitePath(file)} -> ${href}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(catalog.sops.length);
  });
});

describe('scripts', () => {
  it('no public page has an inline script: only external files (the search on the home page)', () => {
    const inline: string[] = [];
    const external = new Map<string, string[]>();
    for (const file of htmlFiles(SITE_DIST)) {
      const path = sitePath(file);
      if (OTHER_OWNERS.test(path)) continue;
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        const src = /\ssrc="([^"]+)"/.exec(m[1]!)?.[1];
        if (!src || m[2]!.trim() !== '') inline.push(path);
        else external.set(path, [...(external.get(path) ?? []), src]);
      }
    }
    expect(inline).toEqual([]);
    expect([...external.keys()]).toEqual(['/']);
  });
});

describe('search index', () => {
  it('indexes exactly the SOP pages and the service pages, in Indonesian', () => {
    const entry = JSON.parse(readFileSync(join(SITE_DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['id']);
    expect(entry.languages.id!.page_count).toBe(catalog.sops.length + catalog.services!.length);
  });

  it('reads only the folders of the pages marked for search (src/node/publish/search-index.ts)', () => {
    const marked = htmlFiles(SITE_DIST).filter((f) => readFileSync(f, 'utf8').includes('data-pagefind-body'));
    const folders = new Set(marked.map((f) => sitePath(f).split('/')[1]));
    expect([...folders].sort()).toEqual([...SEARCHED_FOLDERS].sort());
  });
});
