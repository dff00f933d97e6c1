/**
 * The page `astro dev` shows instead of a preview while the checker finds errors: the same
 * messages as `npm run check` (file, line, field, what is wrong, the fix), in Indonesian.
 */
import type { CheckIssue } from '../core/checks/issue';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function devErrorPage(errors: readonly CheckIssue[]): string {
  const items = errors
    .map(
      (e) => `<li class="masalah">
  <p class="tempat"><code>${esc(e.file)}${e.line ? `:${e.line}` : ''}</code>${e.path ? ` — <code>${esc(e.path)}</code>` : ''}</p>
  <p class="pesan">${esc(e.message)}</p>
  <p class="perbaiki"><strong>Perbaiki:</strong> ${esc(e.fix)}</p>
</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="/@vite/client"></script>
<title>Pemeriksaan SOP gagal (${errors.length} kesalahan)</title>
<style>
body { font: 16px/1.5 "Liberation Sans", Arial, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
h1 { color: #a4000f; font-size: 1.5rem; }
ol { padding-left: 1.25rem; }
.masalah { border-left: 5px solid #a4000f; padding: .5rem 1rem; margin: 0 0 1rem; background: #fff4f4; }
.masalah p { margin: .25rem 0; }
code { font-size: .95em; }
</style>
</head>
<body>
<main>
<h1>Pemeriksaan SOP gagal: ${errors.length} kesalahan</h1>
<p>Pratinjau belum dapat ditampilkan. Perbaiki kesalahan berikut lalu simpan berkasnya; halaman ini dimuat ulang sendiri.</p>
<ol>
${items}
</ol>
</main>
</body>
</html>
`;
}
