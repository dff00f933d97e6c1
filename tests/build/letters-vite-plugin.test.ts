/**
 * The Vite plugin: a bad template fails the build with its file, line and field; a good set
 * bundles into code that carries the Handlebars runtime only (no compiler, no eval); a new file in
 * the folder is a new letter; a template or partial edited between two builds of one process is
 * built as edited.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { letterTemplatesPlugin } from '../../src/integrations/vite-plugin-letter-templates';
import { ROOT, TEST_OUT } from '../../testkit/paths';

const WORK = resolve(TEST_OUT, 'letters-vite');

function copyTemplates(name: string): string {
  const dir = resolve(WORK, name, 'letter-templates');
  rmSync(resolve(WORK, name), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(resolve(ROOT, 'letter-templates'), dir, { recursive: true });
  return dir;
}

async function bundle(name: string, dir: string): Promise<string> {
  const root = resolve(WORK, name);
  writeFileSync(
    resolve(root, 'entry.ts'),
    `import Handlebars from 'handlebars/runtime';
import { templates, partials } from 'virtual:letter-templates';
const env = Handlebars.create();
for (const [n, p] of Object.entries(partials)) env.registerPartial(n, env.template(p));
export const ids = Object.keys(templates);
export const render = (id, ctx) => env.template(templates[id].spec)(ctx);
`,
  );
  await build({
    root,
    logLevel: 'silent',
    configFile: false,
    plugins: [letterTemplatesPlugin({ dir })],
    resolve: { alias: { 'handlebars/runtime': resolve(ROOT, 'node_modules/handlebars/runtime.js') } },
    build: {
      outDir: resolve(root, 'dist'),
      emptyOutDir: true,
      minify: false,
      lib: { entry: resolve(root, 'entry.ts'), formats: ['es'], fileName: 'letters' },
    },
  });
  const out = resolve(root, 'dist');
  return readdirSync(out)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(resolve(out, f), 'utf8'))
    .join('\n');
}

describe('letter templates Vite plugin', () => {
  it('bundles precompiled templates with the runtime only', async () => {
    const code = await bundle('good', copyTemplates('good'));
    expect(code).toContain('surat-tugas');
    expect(code).toMatch(/"compiler":\s*\[\s*8/);
    // The compiler's parser and code generator are absent, and so is any way to eval code.
    expect(code).not.toMatch(/JavaScriptCompiler|parseWithoutProcessing|new Function|\beval\(/);
  }, 60_000);

  it('fails the build on a bad field declaration, naming file and field', async () => {
    const dir = copyTemplates('bad');
    const file = resolve(dir, 'surat-tugas.hbs');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: tempat_tugas\n    label: Tempat tugas\n    type: text', 'name: tempat_tugas\n    label: Tempat tugas\n    type: teks'));
    await expect(bundle('bad', dir)).rejects.toThrow(
      /KESALAHAN \S*letter-templates\/surat-tugas\.hbs:\d+ — fields\[\d\]\.type\n  Nilai "teks" tidak dikenal/,
    );
  }, 60_000);

  it('serves a new template file without registering it anywhere else', async () => {
    const dir = copyTemplates('extra');
    cpSync(resolve(dir, 'surat-tugas.hbs'), resolve(dir, 'surat-tugas-kedua.hbs'));
    const code = await bundle('extra', dir);
    expect(code).toContain('"surat-tugas-kedua": { meta: { "id": "surat-tugas-kedua", "judul": "Surat Tugas"');
  }, 60_000);

  it('fails the build on an unknown helper', async () => {
    const dir = copyTemplates('helper');
    const file = resolve(dir, 'penitipan-panti.hbs');
    writeFileSync(file, readFileSync(file, 'utf8').replace('{{tanggal f.tanggal_mulai}}', '{{tangal f.tanggal_mulai}}'));
    await expect(bundle('helper', dir)).rejects.toThrow(/penitipan-panti\.hbs:\d+\n  Isi surat: pembantu \(helper\) "tangal" tidak dikenal, sehingga templat tidak dapat dikompilasi\. Maksud Anda \{\{tanggal \.\.\.\}\}\?/);
  }, 60_000);

  it('builds a template and a partial as edited between two builds of one process', async () => {
    const dir = copyTemplates('edited');
    expect(await bundle('edited', dir)).toContain('<p>Tembusan:</p>');
    const partial = resolve(dir, 'partials/tembusan.hbs');
    writeFileSync(partial, readFileSync(partial, 'utf8').replace('<p>Tembusan:</p>', '<p>Tembusan surat:</p>'));
    const template = resolve(dir, 'surat-tugas.hbs');
    writeFileSync(template, readFileSync(template, 'utf8') + '\n<p>Baris uji.</p>\n');
    const code = await bundle('edited', dir);
    expect(code).toContain('<p>Tembusan surat:</p>');
    expect(code).not.toContain('<p>Tembusan:</p>');
    expect(code).toContain('<p>Baris uji.</p>');
  }, 60_000);
});
