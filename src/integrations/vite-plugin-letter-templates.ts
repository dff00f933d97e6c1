/**
 * Vite plugin: `import { templates, partials } from 'virtual:letter-templates'` gives every letter
 * template of `letter-templates/` checked (zod header, catalog, no unescaped output) and
 * precompiled at build time. The browser then needs only `handlebars/runtime`: no compiler,
 * no eval, no `new Function`. A bad template fails the build with its file and field named.
 */
import type { Plugin } from 'vite';
import { DEFAULT_TEMPLATES_DIR, lettersModuleSource } from '../node/letter-template-files';

export const LETTERS_MODULE_ID = 'virtual:letter-templates';
const RESOLVED_ID = '\0' + LETTERS_MODULE_ID;

export function letterTemplatesPlugin(options: { dir?: string } = {}): Plugin {
  const dir = options.dir ?? DEFAULT_TEMPLATES_DIR;
  return {
    name: 'letter-templates',
    buildStart() {
      // Check every template even when no page imports them yet.
      lettersModuleSource(dir);
    },
    resolveId(id) {
      return id === LETTERS_MODULE_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const { code, files } = lettersModuleSource(dir);
      for (const file of files) this.addWatchFile(file);
      return { code, map: null };
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(dir) || !file.endsWith('.hbs')) return;
      const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
      if (mod) server.moduleGraph.invalidateModule(mod);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
