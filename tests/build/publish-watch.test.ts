/**
 * `npm run build -- --pantau` (src/node/publish/watch.ts) on a synthetic project: it publishes,
 * keeps running, and after a save publishes again, rendering the touched pages with the renderer
 * kept from its first build; a save that breaks an SOP prints the checker's message and leaves the
 * site as it was; the save that fixes it is published; Ctrl+C ends it.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticProject } from '../../testkit/synthetic';
import { ROOT, TEST_OUT } from '../../testkit/paths';

const DIR = join(TEST_OUT, 'watch-project');

let ids: string[] = [];
let output = '';
const waiting: { pattern: RegExp; from: number; resolve: (text: string) => void }[] = [];

/** Resolves with the output printed since `from` once it matches `pattern`. */
function printed(pattern: RegExp, from: number): Promise<string> {
  return new Promise((resolve) => {
    waiting.push({ pattern, from, resolve });
    heard();
  });
}

function heard(): void {
  for (const w of [...waiting]) {
    const since = output.slice(w.from);
    if (w.pattern.test(since)) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve(since);
    }
  }
}

let child: ReturnType<typeof spawn>;

beforeAll(() => {
  ids = generateSyntheticProject({ dir: DIR, repo: ROOT, n: 6, seed: 3 });
  child = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/publish.ts'), '--pantau', '--no-pdf'], { cwd: DIR });
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.setEncoding('utf8');
    stream.on('data', (d: string) => {
      output += d;
      heard();
    });
  }
});

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
});

const page = (id: string) => readFileSync(join(DIR, 'dist/sop', id, 'index.html'), 'utf8');

describe('npm run build -- --pantau', () => {
  it('publishes, then publishes each save again with the renderer it kept, and a broken save changes nothing', async () => {
    await printed(/Memantau sops\/, letter-templates\/, public\//, 0);
    expect(output).toMatch(/Selesai: 6 SOP diterbitkan ke dist\//);
    const id = ids[0]!;
    const file = join(DIR, 'sops', `${id}.mdx`);
    const text = readFileSync(file, 'utf8');
    const title = /\njudul: (.*)\n/.exec(text)![1]!;

    let from = output.length;
    writeFileSync(file, text.replace(`judul: ${title}`, `judul: ${title} Terpantau`));
    const second = await printed(/Selesai: .*\n/, from);
    expect(second).toMatch(/Selesai: 6 SOP diterbitkan ke dist\/ dalam [\d.]+ s, \d+ halaman dibangun ulang dengan penyaji yang tersimpan/);
    expect(page(id)).toContain(`${title} Terpantau`);

    from = output.length;
    writeFileSync(file, text.replace(`judul: ${title}`, `judul: ${title} Terpantau`).replace(/(\n {4}pelaksana: )[a-z-]+/, '$1tidak-ada'));
    const broken = await printed(/Situs sebelumnya tidak diubah[\s\S]*Perbaiki:.*\n/, from);
    expect(broken).toMatch(new RegExp(`KESALAHAN sops/${id}\\.mdx:\\d+ — langkah\\[\\d+\\]\\.pelaksana`));
    expect(page(id)).toContain(`${title} Terpantau`);

    from = output.length;
    writeFileSync(file, text.replace(`judul: ${title}`, `judul: ${title} Diperbaiki`));
    await printed(/Selesai: .*\n/, from);
    expect(page(id)).toContain(`${title} Diperbaiki`);
    expect(page(id)).not.toContain('Terpantau');

    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).not.toMatch(/Penyaji yang tersimpan gagal|    at /);
  }, 240_000);
});
