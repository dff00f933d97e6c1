/**
 * The per-file floor of PDF printing, shared by the publish and scale benchmarks: a bare
 * `page.pdf` of each SOP's print page, one call per file, in one warm browser, `concurrency` pages
 * at a time, on a sample spread over the SOPs. The PDF step is compared with it in the same run.
 *
 * The PDF step makes each SOP's printed markup itself (src/core/pdf/print-article.ts); for the
 * floor each SOP of the sample is written as its own print page (that markup, its paper and the
 * print stylesheet linked), opened at its address and printed, as a print page of the site would
 * be. (b') prints the same documents given to the page as strings, without navigating.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../src/core/catalog/catalog';
import { pageCss } from '../src/core/pdf/paper';
import { printArticleHtml } from '../src/core/pdf/print-article';
import { launchChromium } from '../src/node/chromium';
import { hashInputs } from '../src/node/pdf/hash-inputs';
import { batchDocument } from '../src/node/pdf/print-batch';
import { printStylesheet } from '../src/node/pdf/print-styles';
import { serveStatic } from '../src/node/static-server';

export interface PdfFloor {
  sample: number;
  seconds: number;
  perSecond: number;
}

/** Every k-th SOP, at most `size` of them, spread over the list. */
export function spreadSample(ids: string[], size: number): string[] {
  return ids.filter((_, i) => i % Math.max(1, Math.floor(ids.length / size)) === 0).slice(0, size);
}

export async function runPool<T>(items: T[], concurrency: number, fn: (item: T, worker: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      while (next < items.length) await fn(items[next++]!, w);
    }),
  );
}

export interface FloorPages {
  /** Address of the sample SOP's print page. */
  urlOf(id: string): string;
  /** The same page as one document string (for setContent). */
  documentOf(id: string): string;
  close(): Promise<void>;
}

/**
 * Writes the print page of every SOP of `sample` into `dir` and serves it; `siteUrl` is the built
 * site (served), which the pages take their images from.
 */
export async function floorPages(distDir: string, siteUrl: string, catalog: Catalog, sample: string[], dir: string): Promise<FloorPages> {
  const jobs = new Map(hashInputs(distDir, catalog).filter((j) => sample.includes(j.src.id)).map((j) => [j.src.id, j]));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'print.css'), printStylesheet());
  const server = await serveStatic(dir);
  sample.forEach((id, k) => {
    const j = jobs.get(id)!;
    writeFileSync(
      join(dir, `${k}.html`),
      `<!doctype html><html lang="id"><head><meta charset="utf-8"><base href="${siteUrl}/"><style>${pageCss(j.setup)}</style><link rel="stylesheet" href="${server.url}/print.css"></head><body class="cetak">${printArticleHtml(j.input)}</body></html>`,
    );
  });
  return {
    urlOf: (id) => `${server.url}/${sample.indexOf(id)}.html`,
    documentOf: (id) => {
      const j = jobs.get(id)!;
      return batchDocument(siteUrl, j.head, j.setup, [{ id, sop: j.src.data, article: printArticleHtml(j.input) }]);
    },
    close: () => server.close(),
  };
}

/**
 * Measures the floor on `sample`: (b) each page opened at its address and printed; with
 * `documents`, also (b') each given as a string. One warm-up print is not counted.
 */
export async function measurePdfFloor(pages: FloorPages, sample: string[], concurrency: number): Promise<{ floor: PdfFloor; memoryFloor: PdfFloor }> {
  const browser = await launchChromium();
  try {
    const tabs = await Promise.all(Array.from({ length: concurrency }, () => browser.newPage()));
    await tabs[0]!.goto(pages.urlOf(sample[0]!), { waitUntil: 'load' });
    await tabs[0]!.pdf({ preferCSSPageSize: true, printBackground: true });
    const timed = async (open: (tab: (typeof tabs)[number], id: string) => Promise<unknown>): Promise<PdfFloor> => {
      const start = performance.now();
      await runPool(sample, concurrency, async (id, w) => {
        await open(tabs[w]!, id);
        await tabs[w]!.pdf({ preferCSSPageSize: true, printBackground: true });
      });
      const seconds = (performance.now() - start) / 1000;
      return { sample: sample.length, seconds, perSecond: sample.length / seconds };
    };
    const floor = await timed((tab, id) => tab.goto(pages.urlOf(id), { waitUntil: 'load' }));
    const documents = new Map(sample.map((id) => [id, pages.documentOf(id)]));
    const memoryFloor = await timed((tab, id) => tab.setContent(documents.get(id)!, { waitUntil: 'load' }));
    return { floor, memoryFloor };
  } finally {
    await browser.close();
  }
}
