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

export async function buildSearchIndex(distDir: string): Promise<{ pages: number }> {
  const index = await newIndex();
  const pages = await addFolder(index, distDir);
  await writeIndex(index, distDir);
  return { pages };
}

/** A search index begun on the previous output of a republish (startSearchIndex). */
export interface SearchIndexBegun {
  /** Adds the pages built again (files relative to `distDir`) and writes the index into `distDir`. */
  finish(distDir: string, rebuilt: readonly string[]): Promise<{ pages: number }>;
  /** Drops the index begun (the republish became a full build). */
  abandon(): Promise<void>;
}

/**
 * The search index of an incremental republish, begun while Astro builds: the pages of the
 * previous output (`previousDir`) are indexed at once; `finish` adds the pages Astro built again,
 * each in place of its previous version (Pagefind keeps one page per URL, in the place it was
 * first added). The index is the one a full build writes (tests/build/incremental-publish.test.ts).
 */
export function startSearchIndex(previousDir: string): SearchIndexBegun {
  const begun = newIndex().then(async (index) => ({ index, pages: await addFolder(index, previousDir) }));
  // Failures surface in finish; an unhandled rejection must not end the process meanwhile.
  begun.catch(() => undefined);
  return {
    async finish(distDir, rebuilt) {
      const { index, pages } = await begun;
      for (const rel of rebuilt.filter(isSearchedFile)) {
        const added = await index.addHTMLFile({ sourcePath: rel, content: readFileSync(join(distDir, rel), 'utf8') });
        if (added.errors.length) throw new Error(`Pagefind gagal mengindeks ${rel}: ` + added.errors.join('; '));
      }
      await writeIndex(index, distDir);
      return { pages };
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
  const pagefind = await import('pagefind');
  await pagefind.close();
}
