/**
 * A broken SOP fails the build with file + field + fix, and the previous output stays intact:
 * both through the publish pipeline (npm run build) and through a bare `astro build`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TEST_OUT } from '../../testkit/paths';

const PROJECT = join(TEST_OUT, 'broken-project');
const BROKEN_SOP = 'sops/tanjungpinang/penanganan-eks-narapidana.mdx';

beforeAll(() => {
  rmSync(PROJECT, { recursive: true, force: true });
  mkdirSync(PROJECT, { recursive: true });
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'sops', 'letter-templates', 'public']) {
    if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(PROJECT, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(PROJECT, 'node_modules'), 'dir');
  const file = join(PROJECT, BROKEN_SOP);
  // Step 3 names an actor that is not declared.
  const text = readFileSync(file, 'utf8');
  const broken = text.replace(/(\n {4}pelaksana: )jabatan-fungsional\b/, '$1kabid-rehab');
  expect(broken).not.toBe(text);
  writeFileSync(file, broken);
  for (const out of ['dist', 'dist-astro']) {
    mkdirSync(join(PROJECT, out), { recursive: true });
    writeFileSync(join(PROJECT, out, 'index.html'), '<p>situs sebelumnya</p>');
  }
});

describe('a broken SOP', () => {
  it('fails npm run build with file, field and fix, and leaves dist/ as it was', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/publish.ts'), '--no-pdf'], {
      cwd: PROJECT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/KESALAHAN sops\/tanjungpinang\/penanganan-eks-narapidana\.mdx:\d+ — langkah\[2\]\.pelaksana/);
    expect(r.stderr).toMatch(/Pelaksana "kabid-rehab" pada langkah ke-3 tidak ada/);
    expect(r.stderr).toMatch(/Perbaiki: Gunakan salah satu id pelaksana: staf-adm/);
    expect(r.stderr).toMatch(/Situs sebelumnya tidak diubah/);
    expect(readFileSync(join(PROJECT, 'dist/index.html'), 'utf8')).toBe('<p>situs sebelumnya</p>');
  });

  it('fails a bare astro build before the output folder is touched', () => {
    let failed = false;
    let output = '';
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build'], {
        cwd: PROJECT,
        encoding: 'utf8',
        stdio: 'pipe',
        env: { ...process.env, SOP_OUT_DIR: './dist-astro', SOP_CHECKED: '' },
      });
    } catch (err) {
      failed = true;
      const e = err as { stdout?: string; stderr?: string };
      output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    }
    expect(failed).toBe(true);
    expect(output).toMatch(/langkah\[2\]\.pelaksana/);
    expect(readFileSync(join(PROJECT, 'dist-astro/index.html'), 'utf8')).toBe('<p>situs sebelumnya</p>');
  });
});
