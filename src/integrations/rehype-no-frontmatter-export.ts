/**
 * rehypeNoFrontmatterExport: an MDX file compiles without its `export const frontmatter = {...}`.
 * Astro's MDX integration writes every SOP's whole frontmatter (identity, actors, steps) into the
 * SOP's JavaScript module; nothing reads it (the site reads each SOP with the checker's reader,
 * src/site/catalog.ts), yet Rollup parses and keeps that object's syntax tree for every SOP during
 * the build. Registered in astro.config.mjs (markdown.rehypePlugins; MDX inherits it), it runs
 * before the MDX integration turns `file.data.astro.frontmatter` into the export.
 */

interface VFileLike {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

export function rehypeNoFrontmatterExport() {
  return (_tree: unknown, file: VFileLike): void => {
    if (file.data.astro) file.data.astro.frontmatter = {};
  };
}
