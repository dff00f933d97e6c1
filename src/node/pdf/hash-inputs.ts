/**
 * Phase "hash inputs": makes every SOP's printed markup (src/core/pdf/print-article.ts, from the
 * view model and the narrative of its built page /sop/<id>/) and hashes what its PDF depends on
 * (engine, printed markup, print stylesheet, paper, SOP and agency data), in id order.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, SopSource } from '../../core/catalog/catalog';
import { canonicalInputs, stableJson } from '../../core/pdf/hash';
import { resolvePageSetup, type PageSetup } from '../../core/pdf/paper';
import { printArticleHtml, sopPageNarrative } from '../../core/pdf/print-article';
import { citationArticle, citationId } from '../../core/model/regulation';
import { totalWaktuOfSop } from '../../core/waktu/total';
import { engineHash, sha } from './engine-hash';
import { printStylesheet } from './print-styles';

export interface PrintPage {
  /** The <article class="cetak-sop"> printed for the SOP. */
  article: string;
  /** The print stylesheet, as a <style> tag for the print call's <head>. */
  head: string;
}

/** One SOP to publish as a PDF: its source, its printed markup, its paper and the hash of its inputs. */
export interface PdfJob {
  src: SopSource;
  page: PrintPage;
  setup: PageSetup;
  hash: string;
}

/** The MDX narrative of an SOP as its built page (/sop/<id>/) shows it. */
export function readSopPageNarrative(distDir: string, id: string): string {
  const file = join(distDir, 'sop', id, 'index.html');
  if (!existsSync(file)) throw new Error(`Halaman SOP "${id}" tidak ada (${file}); PDF tidak dapat dibuat.`);
  const body = sopPageNarrative(readFileSync(file, 'utf8'));
  if (body === undefined) throw new Error(`Halaman SOP "${id}" (${file}) tidak memuat uraian SOP (.sop-narrative__body); PDF tidak dapat dibuat.`);
  return body;
}

/** The printed markup of one SOP. */
export function printArticle(distDir: string, catalog: Catalog, src: SopSource, setup: PageSetup, sopTitle: (id: string) => string | undefined): string {
  const agency = catalog.agencies.get(src.data.instansi);
  if (!agency) throw new Error(`SOP "${src.id}": instansi "${src.data.instansi}" tidak ditemukan; PDF tidak dapat dibuat.`);
  return printArticleHtml({
    id: src.id,
    data: src.data,
    body: src.body,
    bodyHtml: readSopPageNarrative(distDir, src.id),
    agency: { id: agency.id, data: agency.data },
    regulations: src.data.dasar_hukum.flatMap((c) => {
      const r = catalog.regulations.get(citationId(c));
      return r ? [{ id: citationId(c), data: r, pasal: citationArticle(c) }] : [];
    }),
    sopTitle,
    total: totalWaktuOfSop(src.data),
    setup,
  });
}

/**
 * @param css the print stylesheet (default: printStylesheet(), from the toolkit's sources).
 */
export function hashInputs(distDir: string, catalog: Catalog, css: string = printStylesheet()): PdfJob[] {
  const head = `<style>${css}</style>`;
  const cssHash = sha(canonicalInputs({ css }));
  const titles = new Map(catalog.sops.map((s) => [s.id, s.data.judul]));
  const sopTitle = (id: string) => titles.get(id);
  return catalog.sops
    .slice()
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .map((src) => {
      const agency = catalog.agencies.get(src.data.instansi)?.data;
      const setup = resolvePageSetup(src.data, agency);
      const page = { article: printArticle(distDir, catalog, src, setup, sopTitle), head };
      const hash = sha(
        canonicalInputs({
          engine: engineHash(),
          article: page.article,
          css: cssHash,
          paper: setup.key,
          sop: stableJson(src.data),
          agency: stableJson(agency ?? null),
        }),
      );
      return { src, page, setup, hash };
    });
}
