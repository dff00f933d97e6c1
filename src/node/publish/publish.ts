/**
 * Publishing: check -> Astro build into a fresh temporary folder -> search index -> PDFs ->
 * swap into the output folder. Any failure leaves the previous output exactly as it was.
 * Shared by `npm run build`, `npm start`, the site tests and the benchmarks.
 *
 * When only SOP files changed since the previous output (incremental.ts), the temporary folder
 * starts as hard links to the previous output and Astro builds only the pages that depend on the
 * edited SOPs (build-scope.ts), which are moved over it. The search index starts from the
 * previous output's pages while the check and Astro run, and takes the rebuilt pages in their
 * place (search-index.ts); the PDF step reuses every PDF whose inputs did not change.
 *
 * With `instansi` it builds one shard of a portal (src/core/catalog/shard.ts), always whole,
 * merged by src/node/publish/merge-shards.ts.
 */
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { selectShard, shardCatalog } from '../../core/catalog/shard';
import { checkProject, todayIso, type ProjectReport } from '../check-project';
import { openSopReadCache } from '../sop-read-cache';
import { withShardAgencies } from '../shard-env';
import { BUILD_SCOPE_ENV, type BuildScope } from './build-scope';
import { engineHash, INCREMENTAL_MANIFEST, incrementalManifest, planIncremental, projectInputs, readIncrementalManifest, type IncrementalPlan } from './incremental';
import { linkTree, moveTreeOver, pageFile } from './output-tree';
import { recordedPageDependencies, resetPageDependencies } from './page-deps';
import { buildSearchIndex, closeSearchIndexer, keepSearchIndex, startSearchIndex, type SearchIndexBegun, type SearchIndexWritten } from './search-index';
import { shareCheckedSources } from './checked-sources';
import { writeShardInfo } from './shard-info';
import { beginBuildGeneration } from './build-generation';
import { dropKeptRenderer, keepNextRenderer, keptRenderer } from './kept-renderer';

/** Renderers kept in this process so far: each gets its own folder (its modules stay loaded). */
let renderers = 0;
/** Outputs replaced in this process so far: each previous output gets its own folder to be removed from. */
let swaps = 0;

export interface PublishOptions {
  /** Project root (holds sops/, astro.config.mjs). */
  root: string;
  /** Output folder; replaced only when everything succeeded. */
  outDir: string;
  /** Render the PDFs (default true). */
  pdf?: boolean;
  /** Build every page even when the previous output allows rebuilding only what changed (default false). */
  full?: boolean;
  /** Progress output (default console.log). */
  log?: (line: string) => void;
  /**
   * Build one shard: only these agencies' SOPs, services and agency pages with their PDFs, plus
   * the global pages; the checker still checks the whole project. Merged by `npm run merge`.
   */
  instansi?: string[];
  /** Called as each timed phase starts and ends (the scale benchmark measures memory per phase). */
  onPhase?: (phase: string, event: 'start' | 'end') => void;
}

export interface PublishResult {
  report: ProjectReport;
  /** Seconds per phase, in order. */
  timings: Record<string, number>;
  /** What the PDF step did (rendered, reused, books ...), when it ran. */
  pdf?: import('../pdf/render-site-pdfs').PdfStats;
  /** Resolves when the previous output, replaced by this one, is removed from the disk. */
  removed: Promise<void>;
  /** Whether the pages were all built, or only those an edit touched (with their number). */
  build:
    | { kind: 'full'; reason: string }
    | {
        kind: 'partial';
        changed: string[];
        pages: number;
        /** "tersimpan": rendered with the renderer kept from an earlier build of this process (kept-renderer.ts). */
        renderer: 'astro' | 'tersimpan';
        /** "tersimpan": the search index kept open from this process's last publish; "dibaca": the previous output was read again. */
        search: 'dibaca' | 'tersimpan';
      };
}

export class PublishError extends Error {
  constructor(message: string, readonly report?: ProjectReport) {
    super(message);
    this.name = 'PublishError';
  }
}

/** Names an output by the hash of its incremental manifest (undefined without one). */
function outputStamp(outDir: string): string | undefined {
  try {
    return createHash('sha256').update(readFileSync(join(outDir, INCREMENTAL_MANIFEST))).digest('hex');
  } catch {
    return undefined;
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

  const engine = engineHash(root);
  const previous = options.full || options.instansi ? undefined : readIncrementalManifest(outDir);
  // When only SOP files may have changed, the republish's search index starts from the previous
  // output's pages now, while the check and Astro run (dropped if a full build follows).
  const stamp = previous ? outputStamp(outDir) : undefined;
  let searchBegun: SearchIndexBegun | undefined = previous?.mesin === engine ? startSearchIndex(outDir, stamp) : undefined;
  const staging = join(dirname(outDir), `.${basename(outDir)}.baru-${process.pid}`);
  const astroOut = join(dirname(outDir), `.${basename(outDir)}.astro-${process.pid}`);
  const scopeFile = join(dirname(outDir), `.${basename(outDir)}.lingkup-${process.pid}.json`);
  for (const d of [staging, astroOut, scopeFile]) rmSync(d, { recursive: true, force: true });
  // Likewise the previous output is linked into the new one (PDFs are taken over by the PDF step,
  // the search index is written anew: neither is linked).
  let linking: Promise<number> | undefined;
  const beginLinking = () => {
    mkdirSync(staging, { recursive: true });
    return timed(timings, 'link', () => linkTree(outDir, staging, new Set(['pdf', 'pagefind', INCREMENTAL_MANIFEST])));
  };
  if (searchBegun) linking = beginLinking();
  const dropLinking = async () => {
    await linking?.catch(() => undefined);
    linking = undefined;
    rmSync(staging, { recursive: true, force: true });
  };
  const dropSearch = async () => {
    await searchBegun?.abandon();
    searchBegun = undefined;
  };
  const stopSearch = async (err: unknown): Promise<never> => {
    await dropSearch();
    await dropLinking();
    await closeSearchIndexer();
    throw err;
  };
  const report = await timed(timings, 'check', () => checkProject(root, todayIso(), { sopCache: openSopReadCache(root, engine) }), options.onPhase).catch(stopSearch);
  for (const w of report.warnings) log(w);
  if (report.errors.length) {
    const message = `Pemeriksaan SOP gagal: ${report.errors.length} kesalahan. Situs sebelumnya tidak diubah.\n\n` + report.errors.join('\n\n');
    return stopSearch(new PublishError(message, report));
  }

  const agencyIds = [...report.catalog.agencies.keys()].sort();
  const shard = options.instansi ? selectShard(options.instansi, agencyIds) : undefined;
  if (shard && 'error' in shard) return stopSearch(new PublishError(shard.error, report));
  const shardIds = shard?.ids;
  const catalog = shardIds ? shardCatalog(report.catalog, shardIds) : report.catalog;

  let pdfStats: PublishResult['pdf'];
  const inputs = projectInputs(root, report.catalog, todayIso(), engine);
  let plan: IncrementalPlan = shardIds
    ? { kind: 'full', reason: 'bagian portal dibangun utuh' }
    : options.full
      ? { kind: 'full', reason: 'terbit penuh diminta' }
      : planIncremental(previous, inputs);
  if (plan.kind !== 'partial') {
    await dropSearch();
    await dropLinking();
  }
  if (plan.kind === 'partial') log(`Terbit ulang sebagian: ${plan.changed.length} SOP berubah, ${plan.pages.length} halaman dibangun ulang.`);
  mkdirSync(staging, { recursive: true });
  // A full build's PDF step prints every SOP: its browser starts now, while Astro builds, off the
  // PDF step's critical path. So does a republish's when the kept renderer renders its pages (a
  // second of work, which the launch does not slow much); when Astro builds them, the browser
  // starts in the PDF step, beside the search index, and leaves Astro the machine.
  const pdfModule = options.pdf !== false ? await import('../pdf/render-site-pdfs') : undefined;
  const earlyBrowser = plan.kind === 'full' || (plan.pages.length > 0 && !shardIds && keptRenderer(root, engine) !== undefined);
  const pdfBrowser = pdfModule && earlyBrowser ? (await import('../pdf/pdf-browser')).startPdfBrowser(staging, log) : undefined;

  /**
   * Astro into `out`: every page, or those of a partial plan; a partial plan with the renderer kept
   * from an earlier build of this process when there is one (kept-renderer.ts). Returns the pages
   * built with their dependencies.
   */
  const astroBuild = async (out: string, partial: boolean) => {
    resetPageDependencies();
    await timed(timings, 'astro', async () => {
      process.env.SOP_CHECKED = '1';
      if (partial) process.env[BUILD_SCOPE_ENV] = scopeFile;
      shareCheckedSources(root, report.catalog);
      try {
        const kept = partial ? keptRenderer(root, engine) : undefined;
        if (kept) {
          beginBuildGeneration();
          try {
            await kept.render(out);
            renderer = 'tersimpan';
            return;
          } catch (err) {
            // Never expected: Astro builds instead, with a fresh renderer.
            log(`Penyaji yang tersimpan gagal (${err instanceof Error ? err.message : String(err)}); Astro membangun ulang.`);
            rmSync(out, { recursive: true, force: true });
            resetPageDependencies();
          }
        }
        const { build } = await import('astro');
        if (shardIds) dropKeptRenderer();
        else await keepNextRenderer(root, engine, join(dirname(outDir), `.${basename(outDir)}.penyaji-${process.pid}-${++renderers}`));
        beginBuildGeneration();
        await withShardAgencies(shardIds, () =>
          build({
            root,
            outDir: out,
            logLevel: process.env.SOP_ASTRO_LOG === 'info' ? 'info' : 'warn',
            mode: 'production',
          }),
        ).catch((err: unknown) => {
          dropKeptRenderer();
          throw err;
        });
        renderer = 'astro';
      } finally {
        delete process.env[BUILD_SCOPE_ENV];
        shareCheckedSources(root, undefined);
      }
    }, options.onPhase);
    // Astro writes its content-layer cache files into an output folder outside the project root,
    // even with no content collection (content-assets.mjs and content-modules.mjs, seen in Astro 5.18).
    for (const leaked of ['collections', 'content-assets.mjs', 'content-modules.mjs']) {
      rmSync(join(out, leaked), { recursive: true, force: true });
    }
    return recordedPageDependencies();
  };

  /** What rendered the pages: Astro's build, or the renderer kept from an earlier build. */
  let renderer: 'astro' | 'tersimpan' = 'astro';
  /** The search index written (undefined for a shard). */
  let written: SearchIndexWritten | undefined;
  try {
    let pages: Record<string, string[]> | undefined;
    if (plan.kind === 'partial') {
      // Begun before the check (a partial plan needs the previous output built from the same
      // inputs other than SOP files, the condition for beginning both).
      linking ??= beginLinking();
      searchBegun ??= startSearchIndex(outDir, stamp);
      const scope: BuildScope = { pages: plan.pages };
      writeFileSync(scopeFile, JSON.stringify(scope));
      // The kept renderer writes its pages through the same few I/O threads as the linking: it
      // waits for it rather than queue behind thousands of links (Astro's build has seconds of
      // work before it writes a page).
      if (keptRenderer(root, engine)) await linking;
      // Nothing to rebuild (no SOP changed): the previous pages are all still right.
      const recorded = plan.pages.length ? await astroBuild(astroOut, true) : {};
      await linking;
      const missed = plan.pages.filter((url) => !recorded[url]);
      if (missed.length === 0) {
        if (plan.pages.length) moveTreeOver(astroOut, staging);
        pages = { ...previous!.halaman, ...recorded };
      } else {
        // Never expected: a page to rebuild that no route produced. Everything is built instead.
        plan = { kind: 'full', reason: `halaman ${missed.slice(0, 3).join(', ')} tidak dapat dibangun ulang sendiri` };
        log(`Terbit penuh: ${plan.reason}.`);
        for (const d of [staging, astroOut]) rmSync(d, { recursive: true, force: true });
        mkdirSync(staging, { recursive: true });
        await dropSearch();
      }
    }
    pages ??= await astroBuild(staging, false);
    // A renderer kept by this build is loaded while the search index and the PDFs are made.
    if (renderer === 'astro') void keptRenderer(root, engine)?.load();
    // A shard holds part of a site: it is always built whole, and the merged site is not republished in part.
    if (!shardIds) writeFileSync(join(staging, INCREMENTAL_MANIFEST), JSON.stringify(incrementalManifest(inputs, pages)));
    // A shard is not searched on its own: the merge indexes the merged site once (merge-shards.ts).
    const search = async () => {
      if (shardIds) return;
      const rebuilt = plan.kind === 'partial' ? plan.pages.map(pageFile) : [];
      written = await timed(timings, 'search', () => (searchBegun ? searchBegun.finish(staging, rebuilt) : buildSearchIndex(staging)), options.onPhase);
    };
    const pdfs = async () => {
      if (pdfModule) pdfStats = await timed(timings, 'pdf', () => pdfModule.renderSitePdfs({ root, distDir: staging, previousDir: outDir, catalog, allSops: report.catalog.sops, log, browser: pdfBrowser }), options.onPhase);
    };
    if (plan.kind === 'partial') {
      // Both read the built pages and write their own folder. After an edit the PDF step mostly
      // reuses, so the two run together; a full build keeps the PDF step alone on the machine
      // (its throughput is compared with a floor measured alone, docs/benchmarks.md).
      const settled = await Promise.allSettled([search(), pdfs()]);
      for (const s of settled) if (s.status === 'rejected') throw s.reason;
    } else {
      await search();
      await pdfs();
    }
    if (shardIds) writeShardInfo(staging, shardIds, agencyIds);
  } catch (err) {
    await linking?.catch(() => undefined);
    await pdfBrowser?.close();
    await closeSearchIndexer();
    rmSync(staging, { recursive: true, force: true });
    rmSync(astroOut, { recursive: true, force: true });
    throw err;
  } finally {
    rmSync(scopeFile, { force: true });
  }

  // Swap: the old output is removed only after the new one is in place.
  // The previous output is removed after the new one is published, while the caller goes on
  // (`removed` says when; the command waits for it before it ends).
  const old = join(dirname(outDir), `.${basename(outDir)}.lama-${process.pid}-${++swaps}`);
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(staging, outDir);
  const removed = rm(old, { recursive: true, force: true }).catch(() => undefined);
  // A process that keeps its renderer for the next republish keeps the search index too (open in
  // Pagefind's process); otherwise Pagefind's process ends here.
  if (written && keptRenderer(root, engine)) keepSearchIndex(outDir, outputStamp(outDir)!, written);
  else await closeSearchIndexer();
  const build: PublishResult['build'] =
    plan.kind === 'partial' ? { kind: 'partial', changed: plan.changed, pages: plan.pages.length, renderer, search: searchBegun?.reused ? 'tersimpan' : 'dibaca' } : plan;
  return { report, timings, pdf: pdfStats, build, removed };
}
