/**
 * Pagefind search index over a built site (Indonesian stemming comes from the pages'
 * lang="id"). Writes <dist>/pagefind/, with gabungan.json: the further Pagefind bundles the
 * search merges into this one (src/components/search/search-client.ts). A single build has
 * none; `npm run merge` lists the other shards' bundles there (merge-shards.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MERGED_BUNDLES_FILE = 'gabungan.json';

/** pagefind/gabungan.json: the site paths of the further bundles, e.g. "/pagefind/bagian/2/". */
export interface MergedBundles {
  indeks: string[];
}

export function writeMergedBundles(pagefindDir: string, paths: readonly string[]): void {
  const content: MergedBundles = { indeks: [...paths] };
  writeFileSync(join(pagefindDir, MERGED_BUNDLES_FILE), JSON.stringify(content) + '\n');
}

export async function buildSearchIndex(distDir: string): Promise<{ pages: number }> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind gagal dimulai: ' + errors.join('; '));
  const added = await index.addDirectory({ path: distDir });
  if (added.errors.length) throw new Error('Pagefind gagal mengindeks: ' + added.errors.join('; '));
  const outputPath = join(distDir, 'pagefind');
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error('Pagefind gagal menulis indeks: ' + written.errors.join('; '));
  await pagefind.close();
  writeMergedBundles(outputPath, []);
  return { pages: added.page_count };
}
