/**
 * Phase "print changed": the SOPs to print, in batches of SOPs sharing a paper setup, on a pool of
 * browser pages; each batch PDF is split into per-SOP PDFs, stamped and written. A failing batch
 * is printed again one SOP at a time to name the SOP that fails.
 */
import { pdfWatermark } from '../../core/pdf/watermark';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import type { Catalog, SopSource } from '../../core/catalog/catalog';
import { sopPdfMetadata } from '../../core/pdf/metadata';
import { withTimeout } from './browser-pool';
import type { PdfJob } from './hash-inputs';
import { pdfPath, type Manifest } from './manifest';
import type { PdfBrowser } from './pdf-browser';
import { printBatch, type PrintItem } from './print-batch';
import { splitBatch } from './stamp';
import { printArticleHtml } from '../../core/pdf/print-article';
import { flowchartLayout } from '../../core/pdf/flowchart';

export interface PrintInput {
  todo: readonly PdfJob[];
  browser: PdfBrowser;
  catalog: Catalog;
  distDir: string;
  /** The new manifest: an entry per printed SOP is added to it. */
  manifest: Manifest;
  producer: string;
  /** Most SOPs in one batch. */
  batchSize: number;
  /** Allowed for one SOP (a batch of n gets `timeoutMs * (1 + n / 10)`). */
  timeoutMs: number;
  /** Most pages printing at once. */
  concurrency: number | undefined;
  /** Called once a batch's PDFs are written. */
  onPrinted: (jobs: readonly PdfJob[]) => void;
}

export interface PrintResult {
  blocked: string[];
  /** The browser closing (after printing), or undefined when it was not needed. */
  closing: Promise<void> | undefined;
  printSeconds: number;
  browserMs: number;
  splitMs: number;
  batches: number;
}

function errorFor(src: SopSource, reason: string): Error {
  return new Error(`Gagal membuat PDF SOP "${src.id}" (${src.data.nomor} — ${src.data.judul}): ${reason}`);
}

/** Batches of SOPs sharing a paper setup, spread over the pool's pages. */
function planBatches(todo: readonly PdfJob[], batchSize: number, pages: number): PdfJob[][] {
  const groups = new Map<string, PdfJob[]>();
  for (const j of todo) groups.set(j.setup.key, [...(groups.get(j.setup.key) ?? []), j]);
  const batches: PdfJob[][] = [];
  for (const group of groups.values()) {
    const size = Math.min(batchSize, Math.max(1, Math.ceil(group.length / pages)));
    for (let i = 0; i < group.length; i += size) batches.push(group.slice(i, i + size));
  }
  return batches;
}

export async function printChanged(input: PrintInput): Promise<PrintResult> {
  const { todo, browser, catalog, distDir, manifest, producer, batchSize, timeoutMs } = input;
  const result: PrintResult = { blocked: [], closing: undefined, printSeconds: 0, browserMs: 0, splitMs: 0, batches: 0 };
  if (!todo.length) {
    // Not needed after all: close it in the background (nothing waits on it).
    void browser.close();
    return result;
  }
  const printStart = performance.now();
  const { server, pool } = await browser.ready;
  // No more pages than batches: one edited SOP needs one page.
  await pool.grow(Math.min(input.concurrency ?? availableParallelism(), Math.ceil(todo.length / batchSize) || 1, todo.length));
  try {
    const batches = planBatches(todo, batchSize, pool.concurrency);
    result.batches = batches.length;
    const printOne = async (batch: PdfJob[]) => {
      const items: PrintItem[] = batch.map((j) => {
        // The printed markup is made here, only for the SOPs printed; the layout is shared with the fitting.
        const layout = flowchartLayout(j.src.data);
        return { id: j.src.id, sop: j.src.data, article: printArticleHtml(j.input, layout), layout };
      });
      const head = [...new Set(batch.map((j) => j.head))].join('');
      const limit = timeoutMs * (1 + batch.length / 10);
      const { parts } = await pool.use(async (page) => {
        const t0 = performance.now();
        try {
          return await withTimeout(printBatch(page, server.url, head, batch[0]!.setup, items), limit, `waktu habis setelah ${Math.round(limit / 1000)} detik`);
        } finally {
          result.browserMs += performance.now() - t0;
        }
      });
      const t1 = performance.now();
      const splitItem = (j: PdfJob) => ({
        id: j.src.id,
        nomor: j.src.data.nomor,
        watermark: j.oldVersion?.watermark ?? pdfWatermark(j.src.data.status),
        footerNote: j.oldVersion?.footerNote,
        meta: sopPdfMetadata(j.src.data, catalog.agencies.get(j.src.data.instansi)?.data ?? { nama: j.src.data.instansi, singkatan: j.src.data.instansi }),
      });
      for (const part of parts) {
        const kept = new Set(part.kept);
        const results = await splitBatch(part.pdf, part.printed.map((i) => splitItem(batch[i]!)), producer, (k) => kept.has(part.printed[k]!));
        // In print order: the kept items' PDFs.
        const jobs = part.printed.filter((i) => kept.has(i)).map((i) => batch[i]!);
        results.forEach((r, k) => {
          const file = pdfPath(distDir, r.id);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, r.bytes);
          manifest.sop[r.id] = { hash: jobs[k]!.hash, pages: r.pages };
        });
      }
      result.splitMs += performance.now() - t1;
      input.onPrinted(batch);
    };
    // A few workers take the batches in turn, one more than the pages: each batch's markup is made
    // when a worker takes it, so the next batch waits ready for the first page set free, and no
    // more than that is held (making every batch's markup up front held 10,000 SOPs' markup in
    // memory and kept the browser idle while it was made). The first failure stops the others.
    let next = 0;
    let failed = false;
    const printWithFallback = async (batch: PdfJob[]) => {
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
    };
    const worker = async () => {
      while (!failed && next < batches.length) {
        try {
          await printWithFallback(batches[next++]!);
        } catch (err) {
          failed = true;
          throw err;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(batches.length, pool.concurrency + 1) }, worker));
  } finally {
    result.blocked = pool.blocked.slice();
    // Closed while the last books are assembled; awaited by the caller.
    result.closing = browser.close();
  }
  result.printSeconds = (performance.now() - printStart) / 1000;
  return result;
}
