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

export async function buildSearchIndex(distDir: string): Promise<{ pages: number }> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind gagal dimulai: ' + errors.join('; '));
  const added = await index.addDirectory({ path: distDir, glob: `{${SEARCHED_FOLDERS.join(',')}}/**/*.html` });
  if (added.errors.length) throw new Error('Pagefind gagal mengindeks: ' + added.errors.join('; '));
  const out = join(distDir, 'pagefind');
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error('Pagefind gagal menulis indeks: ' + written.errors.join('; '));
  await indexWritten(out);
  return { pages: added.page_count };
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
