/**
 * Pagefind search index over a built site (Indonesian stemming comes from the pages'
 * lang="id"). Writes <dist>/pagefind/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The folders whose pages carry `data-pagefind-body` (the SOP and service pages): Pagefind indexes
 * only those once any page has it, so the others (print pages, lists) are not even read.
 * tests/build/site-files.test.ts checks the built site against this list.
 */
export const SEARCHED_FOLDERS = ['sop', 'layanan'] as const;

const SEARCHED_GLOB = `{${SEARCHED_FOLDERS.join(',')}}/**/*.html`;

/** Whether a file of the site (relative, "/"-separated) is one Pagefind is given. */
function isSearchedFile(rel: string): boolean {
  return rel.endsWith('.html') && SEARCHED_FOLDERS.some((f) => rel.startsWith(`${f}/`));
}

async function newIndex() {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind gagal dimulai: ' + errors.join('; '));
  return index;
}

type Index = Awaited<ReturnType<typeof newIndex>>;

async function addFolder(index: Index, dir: string): Promise<number> {
  const added = await index.addDirectory({ path: dir, glob: SEARCHED_GLOB });
  if (added.errors.length) throw new Error('Pagefind gagal mengindeks: ' + added.errors.join('; '));
  return added.page_count;
}

async function writeIndex(index: Index, distDir: string): Promise<void> {
  const out = join(distDir, 'pagefind');
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error('Pagefind gagal menulis indeks: ' + written.errors.join('; '));
  await indexWritten(out);
}

/** A search index written, still open (Pagefind keeps it until it is deleted or its process closed). */
export interface SearchIndexWritten {
  pages: number;
  index: Index;
}

export async function buildSearchIndex(distDir: string): Promise<SearchIndexWritten> {
  const index = await newIndex();
  const pages = await addFolder(index, distDir);
  await writeIndex(index, distDir);
  return { pages, index };
}

/**
 * The index of the output a running publisher wrote last, kept open for its next republish
 * (keepSearchIndex): `stamp` names that output (the hash of its incremental manifest).
 */
let kept: (SearchIndexWritten & { outDir: string; stamp: string }) | undefined;

/**
 * Keeps the index just written for the output `outDir` (`stamp`: see above), for the next
 * republish of this process: it then adds the rebuilt pages to it instead of reading the previous
 * output again. Only until closeSearchIndexer.
 */
export function keepSearchIndex(outDir: string, stamp: string, written: SearchIndexWritten): void {
  // One kept at a time: an index kept before and not taken since is dropped from Pagefind's memory.
  if (kept && kept.index !== written.index) void kept.index.deleteIndex().catch(() => undefined);
  kept = { ...written, outDir, stamp };
}

/** A search index begun on the previous output of a republish (startSearchIndex). */
export interface SearchIndexBegun {
  /** Whether it is the index kept from this process's last publish of the same output (keepSearchIndex). */
  reused: boolean;
  /** Adds the pages built again (files relative to `distDir`) and writes the index into `distDir`. */
  finish(distDir: string, rebuilt: readonly string[]): Promise<SearchIndexWritten>;
  /** Drops the index begun (the republish became a full build). */
  abandon(): Promise<void>;
}

/**
 * The search index of an incremental republish, begun while Astro builds: the pages of the
 * previous output (`previousDir`) are indexed at once; `finish` adds the pages Astro built again,
 * each in place of its previous version (Pagefind keeps one page per URL, in the place it was
 * first added). The index is the one a full build writes (tests/build/incremental-publish.test.ts).
 * In a running publisher the index it kept from writing that output is taken instead, and the
 * previous output is not read at all.
 */
export function startSearchIndex(previousDir: string, stamp?: string): SearchIndexBegun {
  // The index kept from this process's last publish of that output: its pages are already in.
  const reuse = kept && stamp !== undefined && kept.outDir === previousDir && kept.stamp === stamp ? kept : undefined;
  if (kept && !reuse) void kept.index.deleteIndex().catch(() => undefined);
  kept = undefined;
  const begun = reuse ? Promise.resolve(reuse) : newIndex().then(async (index) => ({ index, pages: await addFolder(index, previousDir) }));
  // Failures surface in finish; an unhandled rejection must not end the process meanwhile.
  begun.catch(() => undefined);
  return {
    reused: reuse !== undefined,
    async finish(distDir, rebuilt) {
      const { index, pages } = await begun;
      for (const rel of rebuilt.filter(isSearchedFile)) {
        const added = await index.addHTMLFile({ sourcePath: rel, content: readFileSync(join(distDir, rel), 'utf8') });
        if (added.errors.length) throw new Error(`Pagefind gagal mengindeks ${rel}: ` + added.errors.join('; '));
      }
      await writeIndex(index, distDir);
      return { pages, index };
    },
    async abandon() {
      const started = await begun.catch(() => undefined);
      await started?.index.deleteIndex();
    },
  };
}

/**
 * Waits until the index on disk is whole: a readable entry file, and a fragment for every page it
 * counts. Pagefind may answer writeFiles while its last files are still being written.
 */
async function indexWritten(out: string, timeoutMs = 60_000): Promise<void> {
  const whole = () => {
    try {
      const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { page_count?: number }> };
      const pages = Object.values(entry.languages ?? {}).reduce((n, l) => n + (l.page_count ?? 0), 0);
      return pages === 0 || readdirSync(join(out, 'fragment')).length >= pages;
    } catch {
      return false;
    }
  };
  const start = Date.now();
  while (!whole()) {
    if (Date.now() - start > timeoutMs) throw new Error(`Pagefind tidak selesai menulis indeks pencarian di ${out} dalam ${timeoutMs / 1000} detik.`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Stops Pagefind's indexing process. Called once the publish (or the merge) is over, not right
 * after writing: Pagefind's close kills its process at once, and on a loaded machine that was
 * seen cutting off the files it was still writing (an empty pagefind-entry.json).
 */
export async function closeSearchIndexer(): Promise<void> {
  kept = undefined;
  const pagefind = await import('pagefind');
  await pagefind.close();
}
