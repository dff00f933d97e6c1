/**
 * A broken SOP fails the build with file + field + fix, and the previous output stays intact:
 * both through the publish pipeline (npm run build) and through a bare `astro build`.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
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

/**
 * Runs `astro dev` in the project copy `cwd`; `run` gets a matcher that resolves when the terminal
 * shows a pattern (checked on every chunk Astro prints), and the port. Returns what was printed.
 */
async function withDev(cwd: string, run: (printed: (p: RegExp) => Promise<void>, port: number) => Promise<void>): Promise<string> {
  const port = 4700 + Math.floor(Math.random() * 200);
  const dev = spawn(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd,
    env: { ...process.env, SOP_CHECKED: '' },
  });
  let terminal = '';
  const waiters: (() => void)[] = [];
  const seen = (chunk: Buffer) => {
    // Colours depend on the terminal the tests run in; the words are what matter.
    terminal += stripVTControlCharacters(chunk.toString());
    for (const w of waiters.splice(0)) w();
  };
  dev.stdout.on('data', seen);
  dev.stderr.on('data', seen);
  const exited = new Promise<void>((done) => dev.once('exit', () => done()));
  const printed = (pattern: RegExp) =>
    new Promise<void>((done, fail) => {
      const check = () => (pattern.test(terminal) ? done() : waiters.push(check));
      void exited.then(() => (pattern.test(terminal) ? done() : fail(new Error(`astro dev ended: ${terminal}`))));
      check();
    });
  try {
    await run(printed, port);
  } finally {
    dev.kill();
    await exited;
  }
  return terminal;
}

describe('npm run dev with a broken SOP', () => {
  it("shows the checker's Indonesian message in the browser and the terminal, not Astro's error", async () => {
    await withDev(PROJECT, async (printed, port) => {
      await printed(/127\.0\.0\.1:\d+/);
      const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { accept: 'text/html' } });
      const html = await res.text();
      expect(res.status).toBe(500);
      expect(html).toMatch(/<title>Pemeriksaan SOP gagal \(1 kesalahan\)<\/title>/);
      expect(html).toMatch(/sops\/tanjungpinang\/penanganan-eks-narapidana\.mdx:\d+<\/code> — <code>langkah\[2\]\.pelaksana<\/code>/);
      expect(html).toContain('Pelaksana &quot;kabid-rehab&quot; pada langkah ke-3 tidak ada di daftar pelaksana.');
      expect(html).not.toMatch(/FlowError|An error occurred|undefined/);
      await printed(/KESALAHAN sops\/tanjungpinang\/penanganan-eks-narapidana\.mdx:\d+ — langkah\[2\]\.pelaksana/);
    });
  });
});

describe('npm run dev with a frontmatter Astro cannot parse', () => {
  const UNREADABLE = join(TEST_OUT, 'unreadable-project');
  const SOP = 'sops/provinsi/pemulangan-orang-terlantar.mdx';

  beforeAll(() => {
    rmSync(UNREADABLE, { recursive: true, force: true });
    mkdirSync(UNREADABLE, { recursive: true });
    for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'sops', 'letter-templates', 'public']) {
      if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(UNREADABLE, entry), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(UNREADABLE, 'node_modules'), 'dir');
  });

  it('starts anyway and shows the checker message in the browser and the terminal, without a stack trace', async () => {
    const file = join(UNREADABLE, SOP);
    const valid = readFileSync(file, 'utf8');
    writeFileSync(file, valid.replace('sasaran: Orang Terlantar', 'sasaran: *Orang'));
    try {
      const terminal = await withDev(UNREADABLE, async (printed, port) => {
        await printed(/127\.0\.0\.1:\d+/);
        const res = await fetch(`http://127.0.0.1:${port}/sop/provinsi/pemulangan-orang-terlantar/`, { headers: { accept: 'text/html' } });
        const html = await res.text();
        expect(res.status).toBe(500);
        expect(html).toMatch(/<title>Pemeriksaan SOP gagal \(1 kesalahan\)<\/title>/);
        expect(html).toContain('YAML tidak dapat dibaca: Teks yang diawali &quot;*&quot; atau &quot;&amp;&quot;');
        await printed(/KESALAHAN sops\/provinsi\/pemulangan-orang-terlantar\.mdx:\d+/);
      });
      expect(terminal).toMatch(/KESALAHAN sops\/provinsi\/pemulangan-orang-terlantar\.mdx:\d+\n {2}YAML tidak dapat dibaca: Teks yang diawali "\*" atau "&"/);
      expect(terminal).not.toMatch(/Stack trace|YAMLException|unhandled error|    at /);
    } finally {
      writeFileSync(file, valid);
    }
  });

  it('while running, a file broken on save is shown in Indonesian, without Astro\'s stack trace', async () => {
    const file = join(UNREADABLE, SOP);
    const valid = readFileSync(file, 'utf8');
    const page = '/sop/provinsi/pemulangan-orang-terlantar/';
    const fixed = valid.replace('ke daerah asal)]', 'ke daerah asal) disimpan lagi]');
    expect(fixed).not.toBe(valid);
    try {
      const terminal = await withDev(UNREADABLE, async (printed, port) => {
        // One page request at a time, each given up after a while so a slow answer is asked again.
        const get = async (path: string): Promise<string> => {
          try {
            const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(20_000) });
            return await res.text();
          } catch {
            return '';
          }
        };
        const until = async (path: string, shows: string): Promise<string> => {
          let html = await get(path);
          while (!html.includes(shows)) html = await get(path);
          return html;
        };
        await printed(/127\.0\.0\.1:\d+/);
        // The dev server serves the SOP's page.
        await until(page, 'pemulangan Orang Terlantar ke daerah asal');
        writeFileSync(file, valid.replace('sasaran: Orang Terlantar', 'sasaran: *Orang'));
        // The page is checked on request: ask until the checker has seen the saved file.
        const html = await until('/', 'Pemeriksaan SOP gagal');
        expect(html).toContain('YAML tidak dapat dibaca: Teks yang diawali &quot;*&quot; atau &quot;&amp;&quot;');
        await printed(/KESALAHAN sops\/provinsi\/pemulangan-orang-terlantar\.mdx:\d+/);
        // The save that fixes it: the page, read again on request, shows the new text.
        writeFileSync(file, fixed);
        await until(page, 'ke daerah asal) disimpan lagi');
      });
      expect(terminal).not.toMatch(/Stack trace|YAMLException|UnhandledRejection/);
    } finally {
      writeFileSync(file, valid);
    }
  });
});
