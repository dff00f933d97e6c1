/**
 * Mermaid through a real `astro build` of a small project that registers the plugin as Astro's
 * Markdown setting (as src/node/narrative/markdown-options.ts does for the site): diagrams come
 * out as inline SVG, the build process ends on its own (the shared Chromium does not keep it
 * alive), and a broken diagram fails the build with the file and the line of the fence.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, TEST_OUT } from '../../testkit/paths';

const CONFIG = `import { defineConfig } from 'astro/config';
import { remarkMermaid } from '${join(ROOT, 'src/node/mermaid/remark-mermaid.ts')}';
export default defineConfig({ markdown: { remarkPlugins: [remarkMermaid] } });
`;

const GOOD = `---
title: Contoh
---
# Alur

\`\`\`mermaid
flowchart TD
  accTitle: Alur contoh
  a["Berkas diterima"] --> b{"Lengkap?"}
  b -- Ya --> c["Diproses"]
\`\`\`

Teks biasa.

\`\`\`mermaid title="Urutan kedua"
flowchart LR
  x --> y
\`\`\`
`;

const BROKEN = `# Rusak

Paragraf.

\`\`\`mermaid
flowchart TD
  a --> b
  b -->> {{
\`\`\`
`;

function project(name: string, pages: Record<string, string>): string {
  const dir = join(TEST_OUT, 'mermaid-build', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }');
  for (const [file, text] of Object.entries(pages)) writeFileSync(join(dir, 'src/pages', file), text);
  return dir;
}

function astroBuild(dir: string) {
  return spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

describe('mermaid in an astro build', () => {
  it('renders the diagrams to inline SVG and the build ends by itself', () => {
    const dir = project('good', { 'index.md': GOOD });
    const r = astroBuild(dir);
    expect(r.error).toBeUndefined(); // no timeout: Chromium did not keep the process alive
    expect(r.status).toBe(0);
    const html = readFileSync(join(dir, 'dist/index.html'), 'utf8');
    expect(html.match(/<figure class="mermaid-diagram" data-mermaid[^>]*><svg /g)).toHaveLength(2);
    expect(html).toMatch(/<title[^>]*>Alur contoh<\/title>/);
    expect(html).toContain('aria-label="Urutan kedua"');
    expect(html).not.toMatch(/<script[^>]*mermaid|```mermaid|language-mermaid/);
  });

  it('fails with the file and the line of a broken diagram', () => {
    const dir = project('broken', { 'index.md': GOOD, 'rusak.md': BROKEN });
    const r = astroBuild(dir);
    expect(r.error).toBeUndefined();
    expect(r.status).not.toBe(0);
    const output = r.stdout + r.stderr;
    expect(output).toMatch(/src\/pages\/rusak\.md:5: diagram mermaid tidak valid \(baris 8 berkas, baris 3 diagram\)/);
  });
});
