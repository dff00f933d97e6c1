/**
 * End-to-end helpers for the SOP editor: a temporary copy of the repository (its own git
 * history, branch main), `npm run editor` started on it, and a logged-in editor page.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../src/node/chromium';
import { ROOT, TEST_OUT } from '../../testkit/paths';

const COPY = ['sops', 'letter-templates', 'src', 'scripts', 'public', 'package.json', 'tsconfig.json', 'astro.config.mjs', '.gitignore'];

export const git = (repo: string, ...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();

/** A temporary git copy of the repository; `files` (path -> text) are added before the first commit. */
export function tempProject(files: Record<string, string> = {}): string {
  mkdirSync(TEST_OUT, { recursive: true });
  const dir = mkdtempSync(join(TEST_OUT, 'editor-repo-'));
  for (const p of COPY) if (existsSync(join(ROOT, p))) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  git(dir, 'init', '-q', '-b', 'main');
  appendFileSync(join(dir, '.git/info/exclude'), 'node_modules\n');
  git(dir, 'config', 'user.email', 'uji@example.invalid');
  git(dir, 'config', 'user.name', 'Uji Editor');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'awal');
  return dir;
}

export interface EditorProcess {
  url: string;
  child: ChildProcess;
  close(): void;
}

export function startEditor(dir: string): Promise<EditorProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/editor.ts', '--port', '0', '--no-site'], {
    cwd: dir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((ok, fail) => {
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /Buka di peramban: (\S+)\/admin\//.exec(out);
      if (m) ok({ url: m[1]!, child, close: () => process.kill(-child.pid!, 'SIGTERM') });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => fail(new Error(`npm run editor berhenti (${code}): ${out}`)));
  });
}

/**
 * Clicks the first button or link whose text is exactly `text` once it exists and is enabled. A
 * disabled one is waited for, not clicked: a click on it does nothing (Decap's Simpan stays
 * disabled until the draft has changed, the media library's "Pakai yang dipilih" until the
 * upload is selected), and the test would then wait for an effect that never comes.
 */
export async function clickText(page: Page, text: string, selector = 'button, [role=button], [role=menuitem], a'): Promise<void> {
  await page.waitForFunction(
    (t, sel) => {
      const el = [...document.querySelectorAll<HTMLElement>(sel)].find(
        (e) => e.textContent?.trim() === t && !e.matches(':disabled') && e.getAttribute('aria-disabled') !== 'true',
      );
      el?.click();
      return !!el;
    },
    { timeout: 30_000 },
    text,
    selector,
  );
}

export async function openEditor(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1440, height: 1000 });
  page.setDefaultNavigationTimeout(120_000);
  page.setDefaultTimeout(60_000);
  page.on('dialog', (d) => void d.accept());
  await page.goto(`${url}/admin/`, { waitUntil: 'networkidle0' });
  await clickText(page, 'Masuk');
  await page.waitForSelector('a[href*="#/collections/"]');
  return page;
}

/** Opens an entry (or a new one with slug 'new') and waits for the SOP form. */
export async function openEntry(page: Page, url: string, collection: string, slug: string): Promise<void> {
  // Through the collection's list, so that no field of the previous entry is still on screen.
  await page.goto(`${url}/admin/#/collections/${collection}`);
  await page.waitForFunction(() => !document.querySelector('[data-sop-path]') && document.querySelector('a[href*="/entries/"]'));
  await page.goto(`${url}/admin/#/collections/${collection}/${slug === 'new' ? 'new' : `entries/${slug}`}`);
  await page.waitForSelector('[data-sop-path="judul"]');
}

/**
 * Replaces the text of the input at `path`. The input itself, not the field's wrapper (which
 * carries the same data-sop-path): a click on the wrapper's centre lands on its message when
 * the field shows one, and the typing is lost.
 */
export async function setText(page: Page, path: string, value: string): Promise<void> {
  const el = await page.waitForSelector(`:is(input, textarea)[data-sop-path="${path}"]`);
  await el!.click({ clickCount: 3 });
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  if (value) await el!.type(value);
}

/** The +/- lines of `git diff` between two refs of the test repository, without file headers. */
export function diffLines(repo: string, from: string, to: string): string[] {
  return git(repo, 'diff', '-U0', from, to)
    .split('\n')
    .filter((l) => /^[+-]/.test(l) && !/^(\+\+\+|---) /.test(l));
}

/**
 * Presses Simpan on an entry that is not yet under review (its first save), waits for
 * decap-server's answer to the save (the commit is made by then; the branch itself exists a
 * moment earlier), then for Decap to have reloaded the entry from its new branch. That reload
 * replaces the form's draft: an edit typed before it lands is lost, and a reload still running
 * when the next entry is opened lands in that entry's form.
 *  - An existing entry: Decap swaps the form for its loading notice while it reloads, and the
 *    form comes back with the reloaded draft. That is waited for, not a request: the reload's
 *    last request is the data file, or the media folder's listing after it for a collection
 *    with media, and the draft is replaced only after that.
 *  - A new entry: Decap loads it under its new slug and then moves to the entry's address,
 *    keeping the form on screen.
 */
export async function saveAndWait(page: Page): Promise<void> {
  const isNew = /\/new$/.test(new URL(page.url()).hash);
  await page.evaluate(() => {
    const w = window as unknown as { sopReload: string };
    w.sopReload = 'form';
    const watch = new MutationObserver(() => {
      const form = document.querySelector('[data-sop-path]');
      if (w.sopReload === 'form' && !form) w.sopReload = 'loading';
      else if (w.sopReload === 'loading' && form) {
        w.sopReload = 'reloaded';
        watch.disconnect();
      }
    });
    watch.observe(document.body, { childList: true, subtree: true });
  });
  const persisted = page.waitForResponse((r) => r.request().postData()?.includes('"action":"persistEntry"') === true);
  await clickText(page, 'Simpan');
  if ((await persisted).status() !== 200) throw new Error('decap-server menolak penyimpanan');
  if (isNew) await page.waitForFunction(() => location.hash.includes('/entries/') && document.querySelector('[data-sop-path]'));
  else await page.waitForFunction(() => (window as unknown as { sopReload: string }).sopReload === 'reloaded');
}

/** The notice Decap shows when Simpan is pressed on an entry with a mistake. */
export const BLOCKED_NOTICE = 'Masih ada kesalahan pada isian yang ditandai merah. Perbaiki dahulu, lalu simpan lagi.';

/**
 * Presses Simpan on an entry with a mistake: the notice shows, no save request leaves the page
 * (Decap refuses before calling the backend) and the entry's branch keeps its commit (or still
 * does not exist). The notice is closed afterwards, so that a next attempt's notice is its own.
 */
export async function expectSaveBlocked(page: Page, repo: string, branch: string): Promise<void> {
  const head = refOf(repo, branch);
  if ((await page.evaluate(() => document.body.innerText)).includes(BLOCKED_NOTICE)) throw new Error('pemberitahuan lama masih tampil');
  const persists: string[] = [];
  const onRequest = (r: HTTPRequest) => {
    if (r.url().includes('/api/v1') && /"action":"persistEntry"/.test(r.postData() ?? '')) persists.push(r.url());
  };
  page.on('request', onRequest);
  await clickText(page, 'Simpan');
  await page.waitForFunction((t) => document.body.innerText.includes(t), {}, BLOCKED_NOTICE);
  page.off('request', onRequest);
  if (persists.length) throw new Error(`permintaan simpan terkirim: ${persists.join(', ')}`);
  if (refOf(repo, branch) !== head) throw new Error(`cabang ${branch} berubah`);
  await page.$$eval('.Toastify__toast', (els) => els.forEach((e) => (e as HTMLElement).click()));
  await page.waitForFunction((t) => !document.body.innerText.includes(t), {}, BLOCKED_NOTICE);
}

function refOf(repo: string, ref: string): string | null {
  try {
    return git(repo, 'rev-parse', '--verify', '--quiet', ref);
  } catch {
    return null;
  }
}

export interface EditorSession {
  repo: string;
  editor: EditorProcess;
  browser: Browser;
  page: Page;
}

/**
 * One test file's editor: a temporary copy of the repository, `npm run editor` on it, Chromium
 * and a logged-in page, opened before the file's tests and closed and removed after them.
 * The fields are filled when the file's tests start.
 */
export function useEditorSession(files: Record<string, string> = {}): EditorSession {
  const s = {} as EditorSession;
  beforeAll(async () => {
    s.repo = tempProject(files);
    [s.editor, s.browser] = await Promise.all([startEditor(s.repo), launchChromium()]);
    s.page = await openEditor(s.browser, s.editor.url);
  }, 300_000);
  afterAll(async () => {
    await s.browser?.close();
    s.editor?.close();
    if (s.repo) rmSync(s.repo, { recursive: true, force: true });
  });
  return s;
}

/**
 * The error messages shown at a field: inside its widget, inside the element carrying its path, or
 * in the messages list that follows its input.
 */
export async function errorsAt(page: Page, path: string): Promise<string[]> {
  return page.$$eval(
    `[data-widget-path="${path}"] .sop-msg--error, [data-sop-path="${path}"] .sop-msg--error, [data-sop-path="${path}"] ~ .sop-msgs .sop-msg--error`,
    (els) => els.map((e) => e.textContent ?? ''),
  );
}
