/**
 * Publishing: check -> Astro build into a fresh temporary folder -> search index -> PDFs ->
 * swap into the output folder. Any failure leaves the previous output exactly as it was.
 * Shared by `npm run build`, `npm start`, the site tests and the benchmarks.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkProject, type ProjectReport } from '../check-project';
import { buildSearchIndex } from './search-index';

export interface PublishOptions {
  /** Project root (holds sops/, astro.config.mjs). */
  root: string;
  /** Output folder; replaced only when everything succeeded. */
  outDir: string;
  /** Render the PDFs (default true). */
  pdf?: boolean;
  /** Progress output (default console.log). */
  log?: (line: string) => void;
  /** Called as each timed phase starts and ends (the scale benchmark measures memory per phase). */
  onPhase?: (phase: string, event: 'start' | 'end') => void;
}

export interface PublishResult {
  report: ProjectReport;
  /** Seconds per phase, in order. */
  timings: Record<string, number>;
  /** What the PDF step did (rendered, reused, books ...), when it ran. */
  pdf?: import('../pdf/render-site-pdfs').PdfStats;
}

export class PublishError extends Error {
  constructor(message: string, readonly report?: ProjectReport) {
    super(message);
    this.name = 'PublishError';
  }
}

async function timed<T>(timings: Record<string, number>, name: string, fn: () => Promise<T>, onPhase?: PublishOptions['onPhase']): Promise<T> {
  onPhase?.(name, 'start');
  const start = performance.now();
  try {
    return await fn();
  } finally {
    timings[name] = (performance.now() - start) / 1000;
    onPhase?.(name, 'end');
  }
}

export async function publish(options: PublishOptions): Promise<PublishResult> {
  const root = resolve(options.root);
  const outDir = resolve(root, options.outDir);
  const log = options.log ?? ((l: string) => console.log(l));
  const timings: Record<string, number> = {};

  const report = await timed(timings, 'check', () => checkProject(root), options.onPhase);
  for (const w of report.warnings) log(w);
  if (report.errors.length) {
    throw new PublishError(
      `Pemeriksaan SOP gagal: ${report.errors.length} kesalahan. Situs sebelumnya tidak diubah.\n\n` +
        report.errors.join('\n\n'),
      report,
    );
  }

  let pdfStats: PublishResult['pdf'];
  const staging = join(dirname(outDir), `.${basename(outDir)}.baru-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  // The PDF step's browser starts now, while Astro builds, off the PDF step's critical path.
  const pdfModule = options.pdf !== false ? await import('../pdf/render-site-pdfs') : undefined;
  const pdfBrowser = pdfModule ? (await import('../pdf/pdf-browser')).startPdfBrowser(staging, log) : undefined;
  try {
    await timed(timings, 'astro', async () => {
      const { build } = await import('astro');
      process.env.SOP_CHECKED = '1';
      await build({ root, outDir: staging, logLevel: process.env.SOP_ASTRO_LOG === 'info' ? 'info' : 'warn', mode: 'production' });
    }, options.onPhase);
    // Astro writes its content-layer cache files into an output folder outside the project root.
    for (const leaked of ['collections', 'content-assets.mjs', 'content-modules.mjs']) {
      rmSync(join(staging, leaked), { recursive: true, force: true });
    }
    await timed(timings, 'search', () => buildSearchIndex(staging), options.onPhase);
    if (pdfModule) {
      pdfStats = await timed(timings, 'pdf', () => pdfModule.renderSitePdfs({ root, distDir: staging, previousDir: outDir, catalog: report.catalog, log, browser: pdfBrowser }), options.onPhase);
    }
  } catch (err) {
    await pdfBrowser?.close();
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }

  // Swap: the old output is removed only after the new one is in place.
  const old = join(dirname(outDir), `.${basename(outDir)}.lama-${process.pid}`);
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(staging, outDir);
  rmSync(old, { recursive: true, force: true });
  return { report, timings, pdf: pdfStats };
}
