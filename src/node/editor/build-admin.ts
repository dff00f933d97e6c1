/**
 * Builds the editor's /admin/ folder: the Decap bundle (esbuild), its page with a strict CSP,
 * the Decap configuration, the catalog snapshot the widgets and checks use, and the preview
 * stylesheet (the site's own styles). Written outside the repository (or into dist/admin for a
 * hosted setup), so nothing here can be swept into a commit.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Catalog } from '../../core/catalog/catalog';
import { decapConfig, type BackendConfig } from '../../core/editor/decap-config';
import { buildEditorCatalog, type EditorCatalog } from '../../core/editor/editor-catalog';
import { letterTitles } from '../../core/site/letter-title';

/**
 * What the admin page needs, and nothing more. 'unsafe-eval': Decap validates its configuration
 * with ajv, which compiles schemas with `new Function`. 'unsafe-inline' styles: Decap's
 * components are styled with emotion, which inserts <style> elements. connect-src blob: an
 * uploaded file (a logo) is held as a blob: address until the entry is saved, and Decap reads it
 * back with fetch to save it and to keep the local draft copy. `connect` adds the git
 * host's API for a hosted setup ('self' is enough with `npm run editor`).
 */
export function adminCsp(connect: readonly string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' blob: ${connect.join(' ')}`.trim(),
    "frame-src 'self' blob: about:",
    "child-src 'self' blob: about:",
    "worker-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function adminHtml(csp: string): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp.replace(/; frame-ancestors [^;]*/, '')}">
<meta name="robots" content="noindex, nofollow">
<title>Editor SOP</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/admin/editor.css">
</head>
<body>
<noscript>Editor SOP memerlukan JavaScript.</noscript>
<script src="/admin/editor.js"></script>
</body>
</html>
`;
}

export async function bundleAdmin(root: string, outDir: string, minify = true): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(root, 'src/editor/main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify,
    legalComments: 'none',
    outfile: join(outDir, 'editor.js'),
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    banner: { js: 'window.CMS_MANUAL_INIT = true;' },
    logLevel: 'error',
  });
  const css = (p: string) => readFileSync(join(root, p), 'utf8');
  writeFileSync(
    join(outDir, 'preview.css'),
    ['src/styles/global.css', 'src/styles/lists.css', 'src/styles/sop.css', 'src/components/swimlane/swimlane.css', 'src/styles/sop-diff.css', 'src/editor/preview-frame.css'].map(css).join('\n'),
  );
  writeFileSync(join(outDir, 'editor.css'), css('src/editor/editor.css'));
}

/** Files under the project's public/ folder as site paths ("/logo/medan.png"), for the editor's logo check. */
export function publicFiles(root: string): string[] {
  const walk = (dir: string, prefix: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir).sort().flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`]))
      : [];
  return walk(join(root, 'public'), '/');
}

export function writeAdminData(
  outDir: string,
  catalog: Catalog,
  backend: BackendConfig,
  options: { localBackend?: string | boolean; connect?: string[]; letters?: readonly { id: string; judul: string }[]; publicFiles?: string[] } = {},
): EditorCatalog {
  mkdirSync(outDir, { recursive: true });
  const title = letterTitles(options.letters ?? []);
  const letters = new Map([...(catalog.letterTemplates ?? [])].map((id) => [id, title(id)]));
  const snapshot = buildEditorCatalog(catalog, letters, options.publicFiles);
  writeFileSync(join(outDir, 'editor-catalog.json'), JSON.stringify(snapshot));
  writeFileSync(join(outDir, 'config.json'), JSON.stringify(decapConfig(snapshot, backend, { localBackend: options.localBackend, today: new Date().toISOString().slice(0, 10) }), null, 2));
  writeFileSync(join(outDir, 'index.html'), adminHtml(adminCsp(options.connect)));
  return snapshot;
}
