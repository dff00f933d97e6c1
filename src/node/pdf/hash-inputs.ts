/**
 * Phase "hash inputs": reads every SOP's built print page (/cetak/sop/<id>/) and hashes what its
 * PDF depends on (engine, printed markup, stylesheets, paper, SOP and agency data), in id order.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, SopSource } from '../../core/catalog/catalog';
import { canonicalInputs, stableJson } from '../../core/pdf/hash';
import { resolvePageSetup, type PageSetup } from '../../core/pdf/paper';
import { engineHash, sha } from './engine-hash';

export interface PrintPage {
  article: string;
  /** Stylesheets of the print page (link/style tags). */
  head: string;
  cssFiles: string[];
}

/** One SOP to publish as a PDF: its source, its print page, its paper and the hash of its inputs. */
export interface PdfJob {
  src: SopSource;
  page: PrintPage;
  setup: PageSetup;
  hash: string;
  /**
   * An old effective version (src/node/pdf/old-versions.ts): `src.id` is its PDF id "<id>/v<n>",
   * printed from /cetak/sop/<id>/v/<n>/ with this watermark and footer note; never in a book.
   */
  oldVersion?: { watermark: string; footerNote: string };
}

/** An old version to print: its source (id "<id>/v<n>"), its print page's path under /cetak/sop/, its marks. */
export interface OldVersionInput {
  src: SopSource;
  pagePath: string;
  watermark: string;
  footerNote: string;
}

/** Reads the built print page of an SOP: its article and its stylesheets. */
export function readPrintPage(distDir: string, id: string): PrintPage {
  const file = join(distDir, 'cetak', 'sop', id, 'index.html');
  if (!existsSync(file)) throw new Error(`Halaman cetak SOP "${id}" tidak ada (${file}); PDF tidak dapat dibuat.`);
  const html = readFileSync(file, 'utf8');
  const a = html.indexOf('<article class="cetak-sop"');
  const b = html.lastIndexOf('</article>');
  if (a < 0 || b < a) throw new Error(`Halaman cetak SOP "${id}" tidak memuat <article class="cetak-sop">.`);
  const headHtml = html.slice(0, html.indexOf('</head>'));
  const tags = headHtml.match(/<link\b[^>]*rel="stylesheet"[^>]*>|<style\b[^>]*>[\s\S]*?<\/style>/g) ?? [];
  const cssFiles = tags.flatMap((t) => /href="([^"]+)"/.exec(t)?.[1] ?? []);
  return { article: html.slice(a, b + '</article>'.length), head: tags.join(''), cssFiles };
}

export function hashInputs(distDir: string, catalog: Catalog, oldVersions: readonly OldVersionInput[] = []): PdfJob[] {
  // The stylesheets (and the head that links them) are shared by many SOPs: hashed once per set.
  const cssCache = new Map<string, string>();
  const cssHash = (page: PrintPage) => {
    const key = page.head + '\u0000' + page.cssFiles.join('\u0000');
    let h = cssCache.get(key);
    if (h === undefined) {
      const text = page.cssFiles.map((href) => {
        const f = join(distDir, href.replace(/^\//, ''));
        return existsSync(f) ? readFileSync(f, 'utf8') : `(hilang: ${href})`;
      });
      h = sha(canonicalInputs({ css: text.join('\n'), head: page.head }));
      cssCache.set(key, h);
    }
    return h;
  };
  const job = (src: SopSource, pagePath: string, oldVersion?: PdfJob['oldVersion']): PdfJob => {
    const agency = catalog.agencies.get(src.data.instansi)?.data;
    const page = readPrintPage(distDir, pagePath);
    const setup = resolvePageSetup(src.data, agency);
    const hash = sha(
      canonicalInputs({
        engine: engineHash(),
        article: page.article,
        css: cssHash(page),
        paper: setup.key,
        sop: stableJson(src.data),
        agency: stableJson(agency ?? null),
        ...(oldVersion ? { oldVersion: stableJson(oldVersion) } : {}),
      }),
    );
    return { src, page, setup, hash, ...(oldVersion ? { oldVersion } : {}) };
  };
  const current = catalog.sops
    .slice()
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .map((src) => job(src, src.id));
  return [...current, ...oldVersions.map((o) => job(o.src, o.pagePath, { watermark: o.watermark, footerNote: o.footerNote }))];
}
