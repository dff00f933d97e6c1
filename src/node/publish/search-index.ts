/**
 * Pagefind search index over a built site (Indonesian stemming comes from the pages'
 * lang="id"). Writes <dist>/pagefind/.
 */
import { join } from 'node:path';

export async function buildSearchIndex(distDir: string): Promise<{ pages: number }> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind gagal dimulai: ' + errors.join('; '));
  const added = await index.addDirectory({ path: distDir });
  if (added.errors.length) throw new Error('Pagefind gagal mengindeks: ' + added.errors.join('; '));
  const written = await index.writeFiles({ outputPath: join(distDir, 'pagefind') });
  if (written.errors.length) throw new Error('Pagefind gagal menulis indeks: ' + written.errors.join('; '));
  await pagefind.close();
  return { pages: added.page_count };
}
