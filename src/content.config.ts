/**
 * Astro content collections over the same sources and schemas as `npm run check`
 * (src/core/model). The checker runs first in every build (src/integrations/astro-sop-check.ts), so
 * authors see its messages rather than Astro's.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { SOP_GLOB } from './core/source/source-paths';
import { sopGlobLoader } from './integrations/sop-glob-loader';

// SOPs are validated by the checker (src/node/check-project.ts) and parsed by the site catalog
// (src/site/catalog.ts) with the same core schema: the collection only finds the files (by the
// checker's own rule, SOP_GLOB) so that a mistake is reported in the checker's words, never
// Astro's.
const sops = defineCollection({
  // Astro's glob loader, quiet in the dev server about a frontmatter it cannot parse (the checker says it).
  loader: sopGlobLoader({
    pattern: SOP_GLOB,
    base: './sops',
    // The SOP id is its path under sops/ without extension (also its URL: /sop/<id>/).
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
});

// Agencies and regulations too: the collections find the entries, the site catalog reads their
// values with the checker's readers (src/site/catalog.ts), which keep "0771..." and "08" as written.
const instansi = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: './sops/_data/instansi', generateId: ({ entry }) => entry.replace(/\.ya?ml$/, '') }),
});

const dasarHukum = defineCollection({
  loader: file('./sops/_data/dasar-hukum.yaml'),
});

export const collections = { sops, instansi, dasarHukum };
