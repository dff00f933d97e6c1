/**
 * Astro content collections over the same sources and schemas as `npm run check`
 * (src/core/model). The checker runs first in every build (src/integrations/astro-sop-check.ts), so
 * authors see its messages rather than Astro's.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { agencySchema } from './core/model/agency';
import { regulationSchema } from './core/model/regulation';
import { sopSchema } from './core/model/sop';

const sops = defineCollection({
  loader: glob({
    pattern: ['**/*.mdx', '!_*/**', '!**/_*.mdx'],
    base: './sops',
    // The SOP id is its path under sops/ without extension (also its URL: /sop/<id>/).
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: sopSchema,
});

const instansi = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: './sops/_data/instansi', generateId: ({ entry }) => entry.replace(/\.ya?ml$/, '') }),
  schema: agencySchema,
});

const dasarHukum = defineCollection({
  loader: file('./sops/_data/dasar-hukum.yaml'),
  schema: regulationSchema,
});

export const collections = { sops, instansi, dasarHukum };
