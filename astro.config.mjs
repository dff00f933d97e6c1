// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { sopCheckIntegration } from './src/node/astro-sop-check.ts';

// The publish script (scripts/publish.ts) builds into a temporary folder and swaps it into
// dist/ only when everything succeeded, so a failed build never damages the previous site.
const outDir = process.env.SOP_OUT_DIR || './dist';

export default defineConfig({
  site: process.env.SOP_SITE_URL || 'http://localhost:4321',
  outDir,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [sopCheckIntegration(), mdx()],
  markdown: {
    remarkPlugins: [],
    rehypePlugins: [],
  },
  vite: {
    plugins: [],
    build: { assetsInlineLimit: 0 },
  },
});
