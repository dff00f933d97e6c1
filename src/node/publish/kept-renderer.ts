/**
 * The page renderer kept between publishes in one process. After an Astro build, Astro's own page
 * generation for the project is kept (the build's server bundle and the options it generated the
 * pages with), so that a republish in the same process (`npm run build -- --pantau`, the benchmark)
 * renders the pages an edit touches without building again: Vite and Rollup's fixed cost of a build
 * (about 5 s on a 2-core machine, whatever the number of pages) is paid once.
 *
 * The bundle holds no SOP: the pages read the checker's catalog (src/site/catalog.ts) and render the
 * narratives as data (src/node/narrative), so it renders any later state of the SOP files, as long
 * as everything else is what it was built from (the publisher keys it by engineHash).
 *
 * Astro 5 has no public API for this. Its page generation (astro/dist/core/build/generate.js) is
 * called again with the options it was given, taken at BuildPipeline.create, and the server chunks
 * are copied then, before Astro deletes them. Written for Astro 5.18: when those internals are not
 * as expected nothing is kept, and a republish builds with Astro as before.
 */
import { cpSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { listFiles } from '../list-files';

/** What Astro's generatePages takes (opaque here, passed back as captured). */
interface Captured {
  options: { settings: { config: { outDir: URL } } };
  internals: unknown;
}

type CreatePipeline = (args: Captured & { manifest: unknown }) => unknown;

interface AstroInternals {
  generatePages: (options: Captured['options'], internals: unknown) => Promise<void>;
}

interface Armed {
  root: string;
  engine: string;
  dir: string;
}

export interface KeptRenderer {
  root: string;
  engine: string;
  /** The folder holding the server chunks. */
  dir: string;
  /** Renders the pages of the build scope in force (SOP_BUILD_SCOPE) into `out`. */
  render(out: string): Promise<void>;
  /**
   * Loads the kept chunks now (after the build, while the PDFs print), so that the first republish
   * does not wait for them. Failures are left to the render.
   */
  load(): Promise<void>;
}

let internals: Promise<AstroInternals | undefined> | undefined;
let armed: Armed | undefined;
let kept: KeptRenderer | undefined;
/** Folders to remove when the process ends. */
const toRemove = new Set<string>();

function astroInternals(root: string): Promise<AstroInternals | undefined> {
  internals ??= (async () => {
    try {
      const dist = dirname(createRequire(join(root, 'package.json')).resolve('astro'));
      const pipeline = (await import(pathToFileURL(join(dist, 'core/build/pipeline.js')).href)) as { BuildPipeline?: { create: CreatePipeline } };
      const generate = (await import(pathToFileURL(join(dist, 'core/build/generate.js')).href)) as { generatePages?: AstroInternals['generatePages'] };
      const BuildPipeline = pipeline.BuildPipeline;
      if (typeof BuildPipeline?.create !== 'function' || typeof generate.generatePages !== 'function') return undefined;
      const create = BuildPipeline.create;
      BuildPipeline.create = function (this: unknown, args) {
        if (armed) capture(armed, args);
        return create.call(this, args);
      };
      return { generatePages: generate.generatePages };
    } catch {
      return undefined;
    }
  })();
  return internals;
}

/** The server chunks Astro has just written into the output folder, copied before it deletes them. */
function capture(at: Armed, args: Captured): void {
  armed = undefined;
  const out = fileURLToPath(args.options.settings.config.outDir);
  rmSync(at.dir, { recursive: true, force: true });
  toRemove.add(at.dir);
  // The server chunks (.mjs) with their folders; not the client assets (_astro/) nor public/'s files.
  cpSync(out, at.dir, { recursive: true, filter: (src) => src.endsWith('.mjs') || (src !== join(out, '_astro') && statSync(src).isDirectory()) });
  removeEmptyDirs(at.dir);
  const chunks = new Set(listFiles(at.dir));
  // Entry points Astro imports by address (the middleware's) now live in the kept folder.
  const from = pathToFileURL(out + sep).href;
  const record = args.internals as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (value instanceof URL && value.href.startsWith(from)) record[key] = new URL(value.href.slice(from.length), pathToFileURL(at.dir + sep));
  }
  const astro = internals!;
  let rendering: Promise<void> = Promise.resolve();
  kept = {
    root: at.root,
    engine: at.engine,
    dir: at.dir,
    load() {
      const shared = [...chunks].filter((rel) => !rel.startsWith('pages/'));
      return Promise.all(shared.map((rel) => import(pathToFileURL(join(at.dir, rel)).href))).then(
        () => undefined,
        () => undefined,
      );
    },
    render(target: string) {
      const run = async () => {
        const { generatePages } = (await astro)!;
        args.options.settings.config.outDir = pathToFileURL(at.dir + sep);
        try {
          await generatePages(args.options, args.internals);
        } finally {
          // The pages were written beside the chunks: moved into `target`, the chunks stay.
          for (const rel of listFiles(at.dir)) {
            if (chunks.has(rel)) continue;
            mkdirSync(dirname(join(target, rel)), { recursive: true });
            renameSync(join(at.dir, rel), join(target, rel));
          }
          removeEmptyDirs(at.dir);
        }
      };
      rendering = rendering.then(run, run);
      return rendering;
    },
  };
}

function removeEmptyDirs(dir: string): boolean {
  let empty = true;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory() && removeEmptyDirs(join(dir, e.name))) rmdirSync(join(dir, e.name));
    else empty = false;
  }
  return empty;
}

process.once('exit', () => {
  for (const dir of toRemove) rmSync(dir, { recursive: true, force: true });
});

/**
 * Before an Astro build of the project at `root` (inputs other than SOP files: `engine`): its
 * renderer is kept in `dir` (a folder beside the output, removed when the process ends), replacing
 * any kept before.
 */
export async function keepNextRenderer(root: string, engine: string, dir: string): Promise<void> {
  dropKeptRenderer();
  if (!(await astroInternals(root))) return;
  armed = { root, engine, dir };
}

/** The renderer kept for this project and engine, if the last build of this process was one. */
export function keptRenderer(root: string, engine: string): KeptRenderer | undefined {
  return kept && kept.root === root && kept.engine === engine ? kept : undefined;
}

/** Forgets the kept renderer (after a build that failed, or one of a shard). */
export function dropKeptRenderer(): void {
  armed = undefined;
  if (kept) {
    rmSync(kept.dir, { recursive: true, force: true });
    toRemove.delete(kept.dir);
  }
  kept = undefined;
}
