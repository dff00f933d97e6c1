/**
 * Phase "hash inputs": gathers, for every SOP, the data its printed markup is made from
 * (src/core/pdf/print-article.ts: the SOP, its agency, the regulations it cites, the titles of the
 * SOPs it names, the narrative of its built page /sop/<id>/) and hashes it with the engine's code
 * (all of src/core, src/node/pdf), the print stylesheet and the paper, in id order. The markup is
 * made only for the SOPs that are printed (print-changed.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, SopSource } from '../../core/catalog/catalog';
import { canonicalInputs, stableJson } from '../../core/pdf/hash';
import { resolvePageSetup, type PageSetup } from '../../core/pdf/paper';
import { relatedSopIds, sopPageNarrative, type PrintArticleInput } from '../../core/pdf/print-article';
import { citationArticle, citationId } from '../../core/model/regulation';
import { engineHash, sha } from './engine-hash';
import { printStylesheet } from './print-styles';

/** One SOP to publish as a PDF: its source, what its printed markup is made from, its paper and the hash of its inputs. */
export interface PdfJob {
  src: SopSource;
  input: PrintArticleInput;
  /** The print stylesheet, as a <style> tag for the print call's <head>. */
  head: string;
  setup: PageSetup;
  hash: string;
  /**
   * An old effective version (src/node/pdf/old-versions.ts): `src.id` is its PDF id "<id>/v<n>",
   * its narrative read from /sop/<id>/v/<n>/, printed with this watermark and footer note; never in a book.
   */
  oldVersion?: { watermark: string; footerNote: string; notice: string };
}

/** An old version to print: its source (id "<id>/v<n>"), its built page's path under /sop/ (its narrative), its marks. */
export interface OldVersionInput {
  src: SopSource;
  pagePath: string;
  watermark: string;
  footerNote: string;
  /** Printed above its narrative. */
  notice: string;
}

/** The MDX narrative of an SOP as its built page (/sop/<id>/) shows it. */
export function readSopPageNarrative(distDir: string, id: string): string {
  const file = join(distDir, 'sop', id, 'index.html');
  if (!existsSync(file)) throw new Error(`Halaman SOP "${id}" tidak ada (${file}); PDF tidak dapat dibuat.`);
  const body = sopPageNarrative(readFileSync(file, 'utf8'));
  if (body === undefined) throw new Error(`Halaman SOP "${id}" (${file}) tidak memuat uraian SOP (.sop-narrative__body); PDF tidak dapat dibuat.`);
  return body;
}

/** What the printed markup of one SOP is made from (plain data: hashed as it is). */
export function printInput(
  distDir: string,
  catalog: Catalog,
  src: SopSource,
  setup: PageSetup,
  titleOf: (id: string) => string | undefined,
  pagePath: string = src.id,
): PrintArticleInput {
  const agency = catalog.agencies.get(src.data.instansi);
  if (!agency) throw new Error(`SOP "${src.id}": instansi "${src.data.instansi}" tidak ditemukan; PDF tidak dapat dibuat.`);
  const sopTitles: Record<string, string> = {};
  for (const id of relatedSopIds(src.data)) {
    const title = titleOf(id);
    if (title !== undefined) sopTitles[id] = title;
  }
  return {
    id: src.id,
    data: src.data,
    body: src.body,
    bodyHtml: readSopPageNarrative(distDir, pagePath),
    agency: { id: agency.id, data: agency.data },
    regulations: src.data.dasar_hukum.flatMap((c) => {
      const r = catalog.regulations.get(citationId(c));
      return r ? [{ id: citationId(c), data: r, pasal: citationArticle(c) }] : [];
    }),
    sopTitles,
    setup,
  };
}

/**
 * @param css the print stylesheet (default: printStylesheet(), from the toolkit's sources).
 * @param oldVersions earlier effective versions (old-versions.ts), printed after the SOPs in force.
 * @param allSops the SOPs whose titles a printed SOP may name (a shard's catalog holds only its own).
 */
export function hashInputs(
  distDir: string,
  catalog: Catalog,
  css: string = printStylesheet(),
  oldVersions: readonly OldVersionInput[] = [],
  allSops: Catalog['sops'] = catalog.sops,
): PdfJob[] {
  const head = `<style>${css}</style>`;
  const cssHash = sha(canonicalInputs({ css }));
  const titles = new Map(allSops.map((s) => [s.id, s.data.judul]));
  const titleOf = (id: string) => titles.get(id);
  const job = (src: SopSource, pagePath: string, oldVersion?: PdfJob['oldVersion']): PdfJob => {
    const setup = resolvePageSetup(src.data, catalog.agencies.get(src.data.instansi)?.data);
    const input = { ...printInput(distDir, catalog, src, setup, titleOf, pagePath), ...(oldVersion ? { notice: oldVersion.notice } : {}) };
    const hash = sha(
      canonicalInputs({
        engine: engineHash(),
        css: cssHash,
        paper: setup.key,
        input: stableJson(input),
        ...(oldVersion ? { oldVersion: stableJson(oldVersion) } : {}),
      }),
    );
    return { src, input, head, setup, hash, ...(oldVersion ? { oldVersion } : {}) };
  };
  const current = catalog.sops
    .slice()
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .map((src) => job(src, src.id));
  return [...current, ...oldVersions.map((o) => job(o.src, o.pagePath, { watermark: o.watermark, footerNote: o.footerNote, notice: o.notice }))];
}
