/**
 * The per-file floor of PDF printing, shared by the publish and scale benchmarks: a bare
 * `page.pdf` of each SOP's print page, one call per file, in one warm browser, `concurrency` pages
 * at a time, on a sample spread over the SOPs. The PDF step is compared with it in the same run.
 */
import { launchChromium } from '../src/node/chromium';

export interface PdfFloor {
  sample: number;
  seconds: number;
  perSecond: number;
}

/** The print page of an SOP, as the PDF step prints it. */
export function printPagePath(sopId: string): string {
  return `/cetak/sop/${sopId}/`;
}

/** Every k-th SOP, at most `size` of them, spread over the list. */
export function spreadSample(ids: string[], size: number): string[] {
  return ids.filter((_, i) => i % Math.max(1, Math.floor(ids.length / size)) === 0).slice(0, size);
}

async function runPool<T>(items: T[], concurrency: number, fn: (item: T, worker: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      while (next < items.length) await fn(items[next++]!, w);
    }),
  );
}

/** Measures the floor on `sample` (site served at `baseUrl`); one warm-up print is not counted. */
export async function measurePdfFloor(baseUrl: string, sample: string[], concurrency: number): Promise<PdfFloor> {
  const browser = await launchChromium();
  try {
    const pages = await Promise.all(Array.from({ length: concurrency }, () => browser.newPage()));
    await pages[0]!.goto(`${baseUrl}${printPagePath(sample[0]!)}`, { waitUntil: 'load' });
    await pages[0]!.pdf({ preferCSSPageSize: true, printBackground: true });
    const start = performance.now();
    await runPool(sample, concurrency, async (id, w) => {
      await pages[w]!.goto(`${baseUrl}${printPagePath(id)}`, { waitUntil: 'load' });
      await pages[w]!.pdf({ preferCSSPageSize: true, printBackground: true });
    });
    const seconds = (performance.now() - start) / 1000;
    return { sample: sample.length, seconds, perSecond: sample.length / seconds };
  } finally {
    await browser.close();
  }
}
