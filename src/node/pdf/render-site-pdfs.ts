/**
 * PDF step of the publish pipeline: after the Astro build and the search index, before
 * the staging folder replaces dist/. Writes
 *   dist/pdf/<id>.pdf              every SOP, printed from its print page /cetak/sop/<id>/
 *   dist/pdf/<agency>-buku-sop.pdf the book of every agency with `berlaku` SOPs
 *   dist/pdf/manifest.json         the input hash of every PDF, for incremental republishing.
 * A PDF whose inputs did not change is copied from the previous output instead of being printed.
 */
import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { availableParallelism } from 'node:os';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog, SopSource } from '../../core/catalog/catalog';
import { canonicalInputs, stableJson } from '../../core/pdf/hash';
import { bookYear, sopDates, sopPdfMetadata } from '../../core/pdf/metadata';
import { resolvePageSetup, type PageSetup } from '../../core/pdf/paper';
import { serveStatic } from '../static-server';
import { BrowserPool, withTimeout } from './browser-pool';
import { assembleBook } from './book';
import { printBatch, type PrintItem } from './print-batch';
import { splitBatch } from './stamp';

export interface RenderSitePdfsOptions {
  root: string;
  /** The freshly built site (staging folder). */
  distDir: string;
  /** The previous output, whose PDFs may be reused when their inputs did not change. */
  previousDir: string;
  catalog: Catalog;
  log: (line: string) => void;
  /** Pages printed in parallel (default: the number of cores). */
  concurrency?: number;
  /** Most SOPs printed in one call (default 12: print time grows faster than linearly with the batch; 1 = one call per SOP). */
  batchSize?: number;
  /** Seconds allowed for one SOP (default 30; env SOP_PDF_TIMEOUT). */
  timeoutSeconds?: number;
  /** Ignore the previous output (print everything). */
  force?: boolean;
  /**
   * A browser started earlier with `startPdfBrowser(distDir)` (publish starts it before the Astro
   * build, so that its start-up is off the PDF step's critical path). Closed by renderSitePdfs.
   */
  browser?: PdfBrowser;
}

export interface PdfBrowser {
  ready: Promise<{ server: { url: string; close(): Promise<void> }; pool: BrowserPool }>;
  /** Closes the browser and the server (idempotent; waits for the start-up to finish). */
  close(): Promise<void>;
}

/**
 * Starts the local server over `distDir` (files may still be being written: it reads them on
 * request) and one Chromium with one page. Nothing is printed until renderSitePdfs asks.
 */
export function startPdfBrowser(distDir: string, log: (line: string) => void = () => {}): PdfBrowser {
  const seenLines = new Set<string>();
  const ready = (async () => {
    const server = await serveStatic(distDir);
    try {
      const pool = await BrowserPool.open({
        allowOrigin: server.url,
        concurrency: 1,
        log: (line) => {
          if (!seenLines.has(line)) log(line);
          seenLines.add(line);
        },
      });
      return { server, pool };
    } catch (err) {
      await server.close();
      throw err;
    }
  })();
  // Do not let an early failure go unhandled; it is rethrown where awaited.
  ready.catch(() => {});
  let closing: Promise<void> | undefined;
  return {
    ready,
    close: () =>
      (closing ??= ready.then(
        ({ server, pool }) => Promise.all([pool.close(), server.close()]).then(() => {}, () => {}),
        () => {},
      )),
  };
}

export interface PdfStats {
  total: number;
  rendered: number;
  reused: number;
  books: number;
  booksRebuilt: number;
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

export const MANIFEST_VERSION = 1;

interface ManifestEntry {
  hash: string;
  pages: number;
}
interface Manifest {
  versi: number;
  sop: Record<string, ManifestEntry>;
  buku: Record<string, ManifestEntry & { sop: string[] }>;
}

const sha = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');

let engineHashCache: string | undefined;
/**
 * Hash of the code that shapes a PDF beyond the print page's HTML: the engine (src/node/pdf,
 * src/core/pdf) and the flowchart it splits (src/core/swimlane, src/components/swimlane).
 * A change there re-renders everything.
 */
export function engineHash(): string {
  if (engineHashCache) return engineHashCache;
  const here = dirname(fileURLToPath(import.meta.url));
  const src = join(here, '../..');
  const dirs = ['node/pdf', 'core/pdf', 'core/swimlane', 'components/swimlane'];
  const parts: Record<string, string> = {};
  for (const d of dirs) {
    const full = join(src, d);
    if (!existsSync(full)) continue;
    // Recursive: the flowchart renderer lives in src/core/swimlane/render/.
    const files = readdirSync(full, { recursive: true, encoding: 'utf8' }).map((f) => f.split(sep).join('/')).sort();
    for (const f of files) if (/\.(ts|css)$/.test(f)) parts[`${d}/${f}`] = readFileSync(join(full, f), 'utf8');
  }
  engineHashCache = sha(canonicalInputs(parts));
  return engineHashCache;
}

export const pdfPath = (distDir: string, id: string) => join(distDir, 'pdf', `${id}.pdf`);
export const bookPath = (distDir: string, agencyId: string) => join(distDir, 'pdf', `${agencyId}-buku-sop.pdf`);

export interface PrintPage {
  article: string;
  /** Stylesheets of the print page (link/style tags). */
  head: string;
  cssFiles: string[];
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

/** A hard link (the previous output is removed after the swap, the file lives on); else a copy. */
function reuseFile(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

interface Job {
  src: SopSource;
  page: PrintPage;
  setup: PageSetup;
  hash: string;
}

function errorFor(src: SopSource, reason: string): Error {
  return new Error(`Gagal membuat PDF SOP "${src.id}" (${src.data.nomor} — ${src.data.judul}): ${reason}`);
}

async function renderSitePdfsInner(options: RenderSitePdfsOptions, browserOut: { b?: PdfBrowser }): Promise<PdfStats> {
  const started = performance.now();
  const { distDir, previousDir, catalog, log } = options;
  const timeoutMs = 1000 * (options.timeoutSeconds ?? Number(process.env.SOP_PDF_TIMEOUT ?? 30));
  const batchSize = Math.max(1, options.batchSize ?? Number(process.env.SOP_PDF_BATCH ?? 12));
  const producer = `sop-dinsos PDF engine ${engineHash().slice(0, 12)}`;
  const outDir = join(distDir, 'pdf');
  mkdirSync(outDir, { recursive: true });
  // Start the browser now (unless publish already did), while the inputs are hashed: an edited
  // SOP then waits less for it. Closed unused when every PDF can be reused.
  const browser = options.browser ?? startPdfBrowser(distDir, log);
  browserOut.b = browser;
  const browserReady = browser.ready;

  // Inputs and their hashes.
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
  const jobs: Job[] = catalog.sops
    .slice()
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .map((src) => {
      const agency = catalog.agencies.get(src.data.instansi)?.data;
      const page = readPrintPage(distDir, src.id);
      const setup = resolvePageSetup(src.data, agency);
      const hash = sha(
        canonicalInputs({
          engine: engineHash(),
          article: page.article,
          css: cssHash(page),
          paper: setup.key,
          sop: stableJson(src.data),
          agency: stableJson(agency ?? null),
        }),
      );
      return { src, page, setup, hash };
    });

  // Reuse what did not change.
  const prevManifestFile = join(previousDir, 'pdf', 'manifest.json');
  let prev: Manifest | undefined;
  if (!options.force && existsSync(prevManifestFile)) {
    try {
      const m = JSON.parse(readFileSync(prevManifestFile, 'utf8')) as Manifest;
      if (m.versi === MANIFEST_VERSION) prev = m;
    } catch {
      prev = undefined;
    }
  }
  const manifest: Manifest = { versi: MANIFEST_VERSION, sop: {}, buku: {} };
  const todo: Job[] = [];
  let reused = 0;
  for (const job of jobs) {
    const old = prev?.sop[job.src.id];
    const oldFile = pdfPath(previousDir, job.src.id);
    if (old && old.hash === job.hash && existsSync(oldFile)) {
      mkdirSync(dirname(pdfPath(distDir, job.src.id)), { recursive: true });
      reuseFile(oldFile, pdfPath(distDir, job.src.id));
      manifest.sop[job.src.id] = old;
      reused++;
    } else todo.push(job);
  }

  // The books that will be reassembled need their unchanged SOPs parsed: start now, one file per
  // turn of the event loop, while the browser prints the changed ones.
  const dirty = new Set(todo.map((j) => j.src.data.instansi));
  const preloaded = new Map<string, Promise<PDFDocument>>();
  let chain: Promise<unknown> = Promise.resolve();
  for (const j of jobs) {
    if (j.src.data.status !== 'berlaku' || !dirty.has(j.src.data.instansi) || !manifest.sop[j.src.id]) continue;
    const file = pdfPath(distDir, j.src.id);
    const p = chain
      .then(() => new Promise((ok) => setImmediate(ok)))
      .then(() => PDFDocument.load(readFileSync(file), { updateMetadata: false, parseSpeed: Infinity }));
    p.catch(() => {});
    preloaded.set(j.src.id, p);
    chain = p.catch(() => {});
  }

  // Books: every agency with `berlaku` SOPs; reassembled only when one of them changed. A book is
  // assembled as soon as all its agency's SOPs are printed, while the browser prints the others;
  // one book at a time, in agency order for the rest.
  let books = 0;
  let booksRebuilt = 0;
  let bookMs = 0;
  const buildBook = async (agencyId: string): Promise<void> => {
    const agency = catalog.agencies.get(agencyId)!.data;
    const members = jobs
      .filter((j) => j.src.data.instansi === agencyId && j.src.data.status === 'berlaku')
      .sort((x, y) => x.src.data.bidang.localeCompare(y.src.data.bidang, 'id') || x.src.data.nomor.localeCompare(y.src.data.nomor, 'id', { numeric: true }) || (x.src.id < y.src.id ? -1 : 1));
    if (!members.length) return;
    books++;
    const hash = sha(canonicalInputs({ engine: engineHash(), agency: stableJson(agency), sop: members.map((m) => `${m.src.id}:${manifest.sop[m.src.id]!.hash}`).join('\n') }));
    const old = prev?.buku[agencyId];
    const file = bookPath(distDir, agencyId);
    if (old && old.hash === hash && existsSync(bookPath(previousDir, agencyId))) {
      reuseFile(bookPath(previousDir, agencyId), file);
      manifest.buku[agencyId] = old;
      return;
    }
    const t0 = performance.now();
    const dates = members.map((m) => sopDates(m.src.data));
    const created = dates.map((d) => d.created).sort()[0]!;
    const modified = dates.map((d) => d.modified).sort().at(-1)!;
    const book = await assembleBook({
      agencyId,
      agency,
      year: bookYear(members.map((m) => m.src.data)),
      sops: members.map((m) => ({
        id: m.src.id,
        nomor: m.src.data.nomor,
        judul: m.src.data.judul,
        bidang: m.src.data.bidang,
        load: () => preloaded.get(m.src.id) ?? PDFDocument.load(readFileSync(pdfPath(distDir, m.src.id)), { updateMetadata: false, parseSpeed: Infinity }),
      })),
      created: new Date(`${created}T00:00:00Z`),
      modified: new Date(`${modified}T00:00:00Z`),
      producer,
    });
    writeFileSync(file, book.bytes);
    manifest.buku[agencyId] = { hash, pages: book.pages, sop: members.map((m) => m.src.id) };
    booksRebuilt++;
    bookMs += performance.now() - t0;
  };
  const agencyIds = [...catalog.agencies.keys()].sort();
  const bookStarted = new Set<string>();
  let bookChain: Promise<void> = Promise.resolve();
  const startBook = (agencyId: string) => {
    if (bookStarted.has(agencyId)) return;
    bookStarted.add(agencyId);
    bookChain = bookChain.then(() => buildBook(agencyId));
    // Rethrown where awaited, after printing; not unhandled meanwhile.
    bookChain.catch(() => {});
  };
  // SOPs still to print per agency.
  const pendingOf = new Map<string, number>();
  for (const j of todo) pendingOf.set(j.src.data.instansi, (pendingOf.get(j.src.data.instansi) ?? 0) + 1);
  for (const agencyId of agencyIds) if (!pendingOf.get(agencyId)) startBook(agencyId);

  // Print the rest: batches of SOPs sharing a paper setup, on a pool of pages.
  let blocked: string[] = [];
  let closing: Promise<void> | undefined;
  let printSeconds = 0;
  let browserMs = 0;
  let splitMs = 0;
  let batchCount = 0;
  if (todo.length) {
    const printStart = performance.now();
    const { server, pool } = await browserReady;
    // No more pages than batches: one edited SOP needs one page.
    await pool.grow(Math.min(options.concurrency ?? availableParallelism(), Math.ceil(todo.length / batchSize) || 1, todo.length));
    try {
      const groups = new Map<string, Job[]>();
      for (const j of todo) groups.set(j.setup.key, [...(groups.get(j.setup.key) ?? []), j]);
      const batches: Job[][] = [];
      for (const group of groups.values()) {
        const size = Math.min(batchSize, Math.max(1, Math.ceil(group.length / pool.concurrency)));
        for (let i = 0; i < group.length; i += size) batches.push(group.slice(i, i + size));
      }
      batchCount = batches.length;
      const printOne = async (batch: Job[]) => {
        const items: PrintItem[] = batch.map((j) => ({ id: j.src.id, sop: j.src.data, article: j.page.article }));
        const head = [...new Set(batch.map((j) => j.page.head))].join('');
        const limit = timeoutMs * (1 + batch.length / 10);
        const { pdf } = await pool.use(async (page) => {
          const t0 = performance.now();
          try {
            return await withTimeout(printBatch(page, server.url, head, batch[0]!.setup, items), limit, `waktu habis setelah ${Math.round(limit / 1000)} detik`);
          } finally {
            browserMs += performance.now() - t0;
          }
        });
        const t1 = performance.now();
        const results = await splitBatch(
          pdf,
          batch.map((j) => ({
            id: j.src.id,
            nomor: j.src.data.nomor,
            draf: j.src.data.status === 'draf',
            meta: sopPdfMetadata(j.src.data, catalog.agencies.get(j.src.data.instansi)?.data ?? { nama: j.src.data.instansi, singkatan: j.src.data.instansi }),
          })),
          producer,
        );
        results.forEach((r, k) => {
          const file = pdfPath(distDir, r.id);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, r.bytes);
          manifest.sop[r.id] = { hash: batch[k]!.hash, pages: r.pages };
        });
        splitMs += performance.now() - t1;
        for (const j of batch) {
          const left = pendingOf.get(j.src.data.instansi)! - 1;
          pendingOf.set(j.src.data.instansi, left);
          if (left === 0) startBook(j.src.data.instansi);
        }
      };
      await Promise.all(
        batches.map(async (batch) => {
          try {
            await printOne(batch);
          } catch (err) {
            if (batch.length === 1) throw errorFor(batch[0]!.src, (err as Error).message);
            // Find the SOP that fails: print this batch's SOPs one by one.
            for (const job of batch) {
              try {
                await printOne([job]);
              } catch (e) {
                throw errorFor(job.src, (e as Error).message);
              }
            }
          }
        }),
      );
    } finally {
      blocked = pool.blocked.slice();
      // Closed while the last books are assembled; awaited before returning.
      closing = browser.close();
    }
    printSeconds = (performance.now() - printStart) / 1000;
  } else {
    // Not needed after all: close it in the background (nothing waits on it).
    void browser.close();
  }

  const bookStart = performance.now();
  for (const agencyId of agencyIds) startBook(agencyId);
  await bookChain;

  const bookSeconds = (performance.now() - bookStart) / 1000;
  // Keys in a fixed order: books may have been assembled in any order.
  manifest.buku = Object.fromEntries(Object.keys(manifest.buku).sort().map((k) => [k, manifest.buku[k]!]));
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
  await closing;

  const stats: PdfStats = {
    total: jobs.length,
    rendered: todo.length,
    reused,
    books,
    booksRebuilt,
    blocked,
    seconds: (performance.now() - started) / 1000,
    printSeconds,
    browserSeconds: browserMs / 1000,
    splitSeconds: splitMs / 1000,
    bookSeconds,
    bookAssemblySeconds: bookMs / 1000,
    batches: batchCount,
  };
  log(
    `PDF: ${stats.total} SOP (${stats.rendered} dicetak, ${stats.reused} dipakai ulang), ${stats.books} buku SOP (${stats.booksRebuilt} disusun ulang), ` +
      `${stats.blocked.length} permintaan ke luar diblokir, ${stats.seconds.toFixed(2)} detik ` +
      `(cetak ${stats.printSeconds.toFixed(2)} dtk dalam ${stats.batches} kelompok: peramban ${stats.browserSeconds.toFixed(2)}, pemisahan ${stats.splitSeconds.toFixed(2)}; buku ${stats.bookSeconds.toFixed(2)} dtk setelah cetak, ${stats.bookAssemblySeconds.toFixed(2)} dtk seluruhnya).`,
  );
  return stats;
}

export async function renderSitePdfs(options: RenderSitePdfsOptions): Promise<PdfStats> {
  const started: { b?: PdfBrowser } = {};
  try {
    return await renderSitePdfsInner(options, started);
  } catch (err) {
    // Never leave the browser running after a failure.
    await (started.b ?? options.browser)?.close();
    throw err;
  }
}
