/**
 * PDF step of the publish pipeline: after the Astro build and the search index, before
 * the staging folder replaces dist/. Writes
 *   dist/pdf/<id>.pdf              every SOP, printed from markup made from its view model and the
 *                                  narrative of its page /sop/<id>/ (src/core/pdf/print-article.ts)
 *   dist/pdf/<id>/v<n>.pdf         every old effective version (git history, old-versions.ts), the
 *                                  same way from /sop/<id>/v/<n>/, watermarked
 *   dist/pdf/<agency>-buku-sop.pdf the book of every agency with `berlaku` SOPs
 *   dist/pdf/layanan/<id>-*.pdf    every service's poster (A4, A3) and decree annex
 *   dist/pdf/<agency>-maklumat-pelayanan.pdf, <agency>-buku-standar-pelayanan.pdf
 *                                  the Maklumat and the book of service standards of every agency with services
 *   dist/pdf/manifest.json         the input hash of every PDF, for incremental republishing.
 * A PDF whose inputs did not change is copied from the previous output instead of being printed.
 *
 * The step is a list of phases, each in the file named after it:
 *   hashInputs      hash-inputs.ts      gather and hash what each SOP's printed markup is made from
 *   reuseUnchanged  reuse-unchanged.ts  take over the previous PDFs whose hash is unchanged
 *   scheduleBooks   schedule-books.ts   assemble each agency's book as soon as its SOPs are ready
 *   printServiceDocuments service-pdfs.ts print the services' documents whose inputs changed
 *   printChanged    print-changed.ts    print the rest in batches (split, stamp, write)
 *   writeManifest   manifest.ts         record the hashes for the next publish
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../../core/catalog/catalog';
import { pdfProducer } from './engine-hash';
import { hashInputs, type PdfJob } from './hash-inputs';
import { oldVersionInputs } from './old-versions';
import { writeManifest } from './manifest';
import { startPdfBrowser, type PdfBrowser } from './pdf-browser';
import { printChanged } from './print-changed';
import { reuseUnchanged } from './reuse-unchanged';
import { scheduleBooks } from './schedule-books';
import { printServiceDocuments } from './service-pdfs';

export interface RenderSitePdfsOptions {
  root: string;
  /** The freshly built site (staging folder). */
  distDir: string;
  /** The previous output, whose PDFs may be reused when their inputs did not change. */
  previousDir: string;
  catalog: Catalog;
  /** The SOPs whose titles a printed SOP may name under keterkaitan (default catalog.sops; a shard passes the whole project's). */
  allSops?: Catalog['sops'];
  log: (line: string) => void;
  /** Pages printed in parallel (default: the number of cores). */
  concurrency?: number;
  /** Most SOPs printed in one call (default 12: print time grows faster than linearly with the batch; 1 = one call per SOP). */
  batchSize?: number;
  /** Seconds allowed for one SOP (default 30; env SOP_PDF_TIMEOUT). */
  timeoutSeconds?: number;
  /** Ignore the previous output (print everything). */
  force?: boolean;
  /** The print stylesheet (default: the toolkit's, src/node/pdf/print-styles.ts). */
  printCss?: string;
  /**
   * A browser started earlier with `startPdfBrowser(distDir)` (publish starts it before the Astro
   * build, so that its start-up is off the PDF step's critical path). Closed by renderSitePdfs.
   */
  browser?: PdfBrowser;
}

export interface PdfStats {
  total: number;
  rendered: number;
  reused: number;
  books: number;
  booksRebuilt: number;
  /** The services' documents (posters, annexes, Maklumat, books of service standards) and how many were printed. */
  documents: number;
  documentsRendered: number;
  blocked: string[];
  seconds: number;
  /** Seconds of the printing stage (browser + splitting), 0 when nothing was printed. */
  printSeconds: number;
  /** Summed over batches: seconds inside the browser (load, measure, print) and splitting/stamping. */
  browserSeconds: number;
  splitSeconds: number;
  /** Seconds after printing until the books were done (the part of book work not overlapped). */
  bookSeconds: number;
  /** Seconds spent assembling books in all, partly while the browser printed. */
  bookAssemblySeconds: number;
  batches: number;
}

async function runPhases(options: RenderSitePdfsOptions, browserOut: { b?: PdfBrowser }): Promise<PdfStats> {
  const started = performance.now();
  const { distDir, previousDir, catalog, log } = options;
  const timeoutMs = 1000 * (options.timeoutSeconds ?? Number(process.env.SOP_PDF_TIMEOUT ?? 30));
  const batchSize = Math.max(1, options.batchSize ?? Number(process.env.SOP_PDF_BATCH ?? 12));
  const producer = pdfProducer();
  mkdirSync(join(distDir, 'pdf'), { recursive: true });
  // Start the browser now (unless publish already did), while the inputs are hashed: an edited
  // SOP then waits less for it. Closed unused when every PDF can be reused.
  const browser = options.browser ?? startPdfBrowser(distDir, log);
  browserOut.b = browser;

  const all = hashInputs(distDir, catalog, options.printCss, oldVersionInputs(options.root, distDir, catalog, log), options.allSops);
  const { previous, manifest, todo, reused } = reuseUnchanged(all, distDir, previousDir, options.force ?? false);
  // The books hold the versions in force only.
  const inBooks = (j: PdfJob) => !j.oldVersion;
  const jobs = all.filter(inBooks);
  const books = scheduleBooks({ catalog, jobs, todo: todo.filter(inBooks), manifest, previous, distDir, previousDir, producer });
  // Before the SOPs: printChanged closes the browser when it is done.
  const documents = await printServiceDocuments({ catalog, browser, distDir, previousDir, manifest, previous, producer, timeoutMs });
  const printed = await printChanged({
    todo, browser, catalog, distDir, manifest, producer, batchSize, timeoutMs,
    concurrency: options.concurrency,
    onPrinted: (batch) => books.printed(batch.filter(inBooks)),
  });
  const bookStart = performance.now();
  await books.finish();
  const bookSeconds = (performance.now() - bookStart) / 1000;
  writeManifest(distDir, manifest);
  await printed.closing;

  const stats: PdfStats = {
    total: all.length,
    rendered: todo.length,
    reused,
    books: books.counts.books,
    booksRebuilt: books.counts.booksRebuilt,
    documents: documents.total,
    documentsRendered: documents.rendered,
    blocked: printed.blocked,
    seconds: (performance.now() - started) / 1000,
    printSeconds: printed.printSeconds,
    browserSeconds: printed.browserMs / 1000,
    splitSeconds: printed.splitMs / 1000,
    bookSeconds,
    bookAssemblySeconds: books.counts.bookMs / 1000,
    batches: printed.batches,
  };
  log(
    `PDF: ${stats.total} SOP (${stats.rendered} dicetak, ${stats.reused} dipakai ulang), ${stats.books} buku SOP (${stats.booksRebuilt} disusun ulang), ` +
      `${stats.documents} dokumen layanan (${stats.documentsRendered} dicetak), ` +
      `${stats.blocked.length} permintaan ke luar diblokir, ${stats.seconds.toFixed(2)} detik ` +
      `(cetak ${stats.printSeconds.toFixed(2)} dtk dalam ${stats.batches} kelompok: peramban ${stats.browserSeconds.toFixed(2)}, pemisahan ${stats.splitSeconds.toFixed(2)}; buku ${stats.bookSeconds.toFixed(2)} dtk setelah cetak, ${stats.bookAssemblySeconds.toFixed(2)} dtk seluruhnya).`,
  );
  return stats;
}

export async function renderSitePdfs(options: RenderSitePdfsOptions): Promise<PdfStats> {
  const started: { b?: PdfBrowser } = {};
  try {
    return await runPhases(options, started);
  } catch (err) {
    // Never leave the browser running after a failure.
    await (started.b ?? options.browser)?.close();
    throw err;
  }
}
