// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { sopCheckIntegration } from './src/integrations/astro-sop-check.ts';
import { letterTemplatesPlugin } from './src/integrations/vite-plugin-letter-templates.ts';
import { narrativeMarkdown } from './src/node/narrative/markdown-options.ts';
import { sopFilesIntegration } from './src/integrations/sop-files.ts';

// The publish script (scripts/publish.ts) builds into a temporary folder and swaps it into
// dist/ only when everything succeeded, so a failed build never damages the previous site.
const outDir = process.env.SOP_OUT_DIR || './dist';

export default defineConfig({
  site: process.env.SOP_SITE_URL || 'http://localhost:4321',
  outDir,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [sopCheckIntegration(), sopFilesIntegration()],
  // The narratives are rendered by src/node/narrative with the same setting.
  markdown: narrativeMarkdown,
  vite: {
    // The project folder, for the pages that read sources through the checker's readers
    // (src/site/project-root.ts): the build may run from another working directory.
    define: { 'import.meta.env.SOP_ROOT': JSON.stringify(fileURLToPath(new URL('.', import.meta.url))) },
    plugins: [letterTemplatesPlugin({ dir: fileURLToPath(new URL('./letter-templates/', import.meta.url)) })],
    build: { assetsInlineLimit: 0 },
  },
});
