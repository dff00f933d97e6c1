/**
 * The SOP editor end to end: `npm run editor` on a temporary copy of the repository, driven in
 * Chromium. One-field edits give one-line git diffs; mistakes show the checker's Indonesian
 * message at the field and block saving; a new SOP written through the form is previewed with
 * the site's flowchart, goes Draf -> Ditinjau -> Siap terbit -> published, lands on main as
 * exactly its own file and passes `npm run check`; axe finds no WCAG 2.2 AA violation in the
 * SOP widgets and the preview. Screenshots: tests/.out/screenshots/editor-*.png.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { screenshot } from '../../testkit/browser';
import { clickText, diffLines as diffSupport, expectSaveBlocked as blockedSupport, git, openEditor, openEntry, saveAndWait as saveSupport, setText, startEditor, tempProject, useEditorSession, type EditorProcess, errorsAt } from '../support/editor';
import { axeViolations } from '../../testkit/axe';
import { ROOT, SCREENSHOTS, TEST_OUT } from '../../testkit/paths';

const session = useEditorSession();
let repo: string;
let editor: EditorProcess;
let browser: Browser;
let page: Page;
beforeAll(() => void ({ repo, editor, browser, page } = session));

/** What the page said (dialogs, uncaught errors), printed with a screenshot when a test fails. */
const said: string[] = [];
beforeAll(() => {
  page.on('dialog', (d) => void said.push(`dialog: ${d.message()}`));
  page.on('pageerror', (e) => void said.push(`pageerror: ${String(e)}`));
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  await screenshot(page, `editor-failed-${ctx.task.name.slice(0, 40).replace(/\W+/g, '-')}`);
  const preview = await page.frames()[1]?.evaluate(() => document.body?.innerText.slice(0, 1000)).catch(() => '');
  console.log(`Editor at ${page.url()}\n${said.join('\n')}\nPreview: ${preview ?? '(none)'}`);
});

/** Lines added and removed between two commits (without diff headers). */
const diffLines = (from: string, to: string) => diffSupport(repo, from, to);

async function save(): Promise<void> {
  await clickText(page, 'Simpan');
}

const saveAndWait = () => saveSupport(page);

const expectSaveBlocked = (branch: string) => blockedSupport(page, repo, branch);

const messagesAt = (path: string) => errorsAt(page, path);

const SAMPLES: [collection: string, slug: string][] = [
  ['sop-provinsi', 'pemulangan-orang-terlantar'],
  ['sop-tanjungpinang', 'penanganan-eks-narapidana'],
  ['sop-tanjungpinang', 'penanganan-korban-perdagangan-orang'],
  ['sop-tanjungpinang', 'penanganan-korban-tindak-kekerasan'],
];

const NEW = {
  collection: 'sop-tanjungpinang',
  branch: 'cms/sop-tanjungpinang/pelayanan-uji-editor',
  file: 'sops/tanjungpinang/pelayanan-uji-editor.mdx',
  page: 'sop/tanjungpinang/pelayanan-uji-editor/index.html',
};

/**
 * The new SOP's flowchart: each symbol, the step row it is drawn in, and the lane (actor) whose
 * column holds it. Step 4's "Tidak" branch ends the process: its end symbol sits beside the
 * decision, in the neighbouring lane.
 */
const NEW_SYMBOLS = [
  { symbol: 'terminator', row: '1', lane: 'Staf Pelayanan' },
  { symbol: 'decision', row: '2', lane: 'Staf Pelayanan' },
  { symbol: 'process', row: '3', lane: 'Pekerja Sosial' },
  { symbol: 'end', row: '4', lane: 'Pekerja Sosial' },
  { symbol: 'decision', row: '4', lane: 'Kepala Bidang' },
  { symbol: 'process', row: '5', lane: 'Staf Pelayanan' },
  { symbol: 'terminator', row: '6', lane: 'Staf Pelayanan' },
];

/** Runs in the page: the symbols of the (first) SOP flowchart on it, as in NEW_SYMBOLS. */
function flowchartSymbols(): { symbol: string | null; row: string | null; lane: string | undefined }[] {
  return [...document.querySelectorAll('.swimlane [data-symbol]')].map((el) => {
    const lanes = [...el.closest('table')!.querySelectorAll('th.swl-lane-head')].map((th) => th.textContent?.trim());
    const row = el.closest('tr')!;
    return {
      symbol: el.getAttribute('data-symbol'),
      row: row.getAttribute('data-step') ?? row.getAttribute('data-connectors'),
      lane: lanes[Number(el.closest('td.swl-lane')!.getAttribute('data-col'))],
    };
  });
}

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
      await saveAndWait();
      const branch = `cms/${collection}/${slug}`;
      const lines = diffLines('main', branch);
      expect(lines.length).toBe(2);
      expect(lines[0]).toMatch(/^-sasaran: /);
      expect(lines[1]).toBe(lines[0]!.replace(/^-/, '+').replace(/("?)$/, (q) => (q ? ` (revisi)"` : ' (revisi)')));
      expect(git(repo, 'diff', '--name-only', 'main', branch)).toBe(`sops/${collection.replace('sop-', '')}/${slug}.mdx`);
      expect(git(repo, 'status', '--porcelain')).toBe('');
    });
  }

  it('a duplicate nomor, an undeclared actor and an unreachable step each show at their field and block saving', async () => {
    const [collection, slug] = SAMPLES[3]!;
    const branch = `cms/${collection}/${slug}`;
    await openEntry(page, editor.url, collection, slug);
    await setText(page, 'nomor', '462/10/5.6.04/2024');
    await page.waitForSelector('[data-widget-path="nomor"] .sop-msg--error');
    expect(await messagesAt('nomor')).toEqual([
      'Kesalahan: Nomor SOP "462/10/5.6.04/2024" sudah dipakai oleh sops/tanjungpinang/penanganan-eks-narapidana.mdx pada instansi yang sama. Perbaiki: Beri nomor SOP yang berbeda sesuai buku agenda instansi.',
    ]);
    expect(await page.$eval('input[data-sop-path="nomor"]', (e) => e.getAttribute('aria-invalid'))).toBe('true');
    await expectSaveBlocked(branch);
    await setText(page, 'nomor', '462/11/5.6.04/2024');
    await page.waitForFunction(() => !document.querySelector('[data-widget-path="nomor"] .sop-msg--error'));

    // Remove the first actor: the steps it carries out now name an undeclared actor.
    await page.click('[data-sop-path="pelaksana"] fieldset[data-row="0"] .sop-row-actions button:last-child');
    await page.waitForSelector('[data-sop-path="langkah[0].pelaksana"] .sop-msg--error');
    expect(await page.$eval('[data-sop-path="langkah[0].pelaksana"] .sop-msg--error', (e) => e.textContent)).toBe(
      'Kesalahan: Pelaksana "staf-adm" pada langkah ke-1 tidak ada di daftar pelaksana. Perbaiki: Gunakan salah satu id pelaksana: peksos, jabatan-fungsional, kabid-rehabilitasi, kepala-dinas, koordinator-rumah-singgah; atau tambahkan pelaksana baru di bagian pelaksana.',
    );
    await page.$eval('[data-sop-path="langkah[0].pelaksana"]', (e) => e.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'editor-errors');
    await expectSaveBlocked(branch);

    // Step 5's "Layak" branch skips step 6: step 6 can no longer be reached.
    const [pCollection, pSlug] = SAMPLES[0]!;
    await openEntry(page, editor.url, pCollection, pSlug);
    await page.select('select[data-sop-path="langkah[4].keputusan.ya.ke"]', '7');
    await page.waitForSelector('fieldset[data-step="6"] > .sop-msgs .sop-msg--error');
    expect(await page.$$eval('fieldset[data-step="6"] > .sop-msgs .sop-msg--error', (els) => els.map((e) => e.textContent))).toEqual([
      'Kesalahan: Langkah ke-6 tidak dapat dicapai dari langkah pertama. Perbaiki: Arahkan langkah sebelumnya atau salah satu cabang keputusan ke langkah ini, atau hapus langkah ini.',
    ]);
    await expectSaveBlocked(`cms/${pCollection}/${pSlug}`);
  });

  it('writes a new SOP with a loop and a branch to the end, and previews each symbol in its lane', async () => {
    await openEntry(page, editor.url, NEW.collection, 'new');
    await setText(page, 'nomor', '462/99/5.6.04/2025');
    await setText(page, 'judul', 'Pelayanan Uji Editor');
    await setText(page, 'sasaran', 'Warga yang melapor');
    await setText(page, 'tanggal.efektif', '2025-01-15');
    // Three actors: rename the two of the skeleton, add a third.
    await setText(page, 'pelaksana[0].label', 'Staf Pelayanan');
    await setText(page, 'pelaksana[1].id', 'peksos');
    await setText(page, 'pelaksana[1].label', 'Pekerja Sosial');
    await page.click('[data-add-row="pelaksana"]');
    await setText(page, 'pelaksana[2].id', 'kabid');
    await setText(page, 'pelaksana[2].label', 'Kepala Bidang');
    const steps: [kegiatan: string, actor: string, waktu: string][] = [
      ['Menerima laporan warga', 'staf', '15 menit'],
      ['Memeriksa kelengkapan berkas', 'staf', '30 menit'],
      ['Melakukan asesmen', 'peksos', '1 jam'],
      ['Menetapkan kelayakan', 'kabid', '30 menit'],
      ['Menerbitkan surat rekomendasi', 'staf', '1 hari'],
      ['Mengarsipkan berkas', 'staf', '15 menit'],
    ];
    for (let i = 2; i < steps.length; i++) {
      await page.click('[data-add-step]');
      await page.waitForSelector(`fieldset[data-step="${i + 1}"]`);
    }
    for (const [i, [kegiatan, actor, waktu]] of steps.entries()) {
      await setText(page, `langkah[${i}].kegiatan`, kegiatan);
      await page.select(`select[data-sop-path="langkah[${i}].pelaksana"]`, actor);
      await setText(page, `langkah[${i}].waktu`, waktu);
    }
    expect(await page.$eval('[data-sop-path="langkah[2].waktu"] [data-waktu-reading]', (e) => e.textContent)).toBe('Dibaca: 1 jam.');
    // Step 2: incomplete files go back to step 1 (a loop); step 4: not eligible ends the process.
    await page.click('[data-decision-toggle="2"]');
    await setText(page, 'langkah[1].keputusan.pertanyaan', 'Berkas lengkap?');
    await page.select('select[data-sop-path="langkah[1].keputusan.ya.ke"]', '3');
    await page.select('select[data-sop-path="langkah[1].keputusan.tidak.ke"]', '1');
    await page.click('[data-decision-toggle="4"]');
    await setText(page, 'langkah[3].keputusan.pertanyaan', 'Layak dibantu?');
    await page.select('select[data-sop-path="langkah[3].keputusan.ya.ke"]', '5');
    await page.select('select[data-sop-path="langkah[3].keputusan.tidak.ke"]', 'selesai');
    await page.click('[data-sop-path="langkah[4].surat"] input[data-letter="rekomendasi-bantuan-pemulangan"]');
    expect(await page.$$eval('.sop-widget .sop-msg--error', (els) => els.map((e) => `${e.getAttribute('data-path')}: ${e.textContent}`))).toEqual([]);

    // The preview: the site's flowchart, each symbol in its actor's lane.
    const frame = await previewFrame();
    await frame.waitForSelector('[data-preview-sop] tr[data-step="6"] [data-symbol]');
    expect(await frame.evaluate(flowchartSymbols)).toEqual(NEW_SYMBOLS);
    expect(await frame.$eval('[data-preview-sop] tr[data-step="5"] [data-letter]', (e) => e.textContent)).toBe('Surat Rekomendasi Permohonan Bantuan Pemulangan');
    await frame.$eval('[data-preview-sop] .swimlane', (e) => e.scrollIntoView());
    await screenshot(page, 'editor-new-sop');

    await saveAndWait();
    expect(git(repo, 'diff', '--name-only', 'main', NEW.branch)).toBe(NEW.file);
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  it('moves the new SOP Draf -> Ditinjau -> Siap terbit -> published, and main gets exactly its file', async () => {
    // Still on the new SOP, saved as a draft.
    await page.waitForFunction(() => document.body.innerText.includes('Status: Draf'));
    const saved = git(repo, 'show', `${NEW.branch}:${NEW.file}`);
    const mainBefore = git(repo, 'rev-parse', 'main');
    for (const [from, to] of [['Draf', 'Ditinjau'], ['Ditinjau', 'Siap terbit']] as const) {
      await clickText(page, `Status: ${from}`);
      const updated = page.waitForResponse((r) => /"action":"updateUnpublishedEntryStatus"/.test(r.request().postData() ?? ''));
      await clickText(page, to, '[role=menuitem]');
      expect((await updated).status()).toBe(200);
      await page.waitForFunction((t) => document.body.innerText.includes(`Status: ${t}`), {}, to);
      expect(git(repo, 'rev-parse', 'main')).toBe(mainBefore);
    }
    await clickText(page, 'Terbitkan');
    const published = page.waitForResponse((r) => /"action":"publishUnpublishedEntry"/.test(r.request().postData() ?? ''));
    await clickText(page, 'Terbitkan sekarang', '[role=menuitem]');
    expect((await published).status()).toBe(200);
    expect(git(repo, 'diff', '--name-only', mainBefore, 'main')).toBe(NEW.file);
    expect(git(repo, 'show', `main:${NEW.file}`)).toBe(saved);
    expect(git(repo, 'branch', '--list', NEW.branch)).toBe('');
    expect(git(repo, 'status', '--porcelain')).toBe('');
    const written = readFileSync(join(repo, NEW.file), 'utf8');
    writeFileSync(join(TEST_OUT, 'editor-new-sop.mdx'), written); // for people to read
    // Written from the new-SOP skeleton: its comments are kept.
    expect(written).toContain('# SOP baru. Isi setiap kolom');
    expect(written).toContain('nomor: "462/99/5.6.04/2025"');

    // Another SOP still under review opens as it was saved, although main has moved on.
    const [collection, slug] = SAMPLES[2]!;
    await openEntry(page, editor.url, collection, slug);
    expect(await page.$('[data-read-only]')).toBeNull();
    expect(await page.$eval('input[data-sop-path="sasaran"]', (e) => (e as HTMLInputElement).value)).toBe('Korban Perdagangan Orang (Trafficking) (revisi)');
  });

  it('the published SOP passes npm run check, and the site build publishes its page with the same flowchart', async () => {
    const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
    const check = spawnSync(process.execPath, [tsx, 'scripts/check.ts', '--quiet'], { cwd: repo, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    // Five: the four samples and the new one.
    expect(check.stdout).toMatch(/^Diperiksa: 5 SOP, 4 layanan, \d+ instansi, \d+ dasar hukum — 0 kesalahan, \d+ peringatan\.$/m);
    expect(check.status).toBe(0);
    // npm run build (scripts/publish.ts) into a scratch folder: pages, search index, sops.json
    // and PDFs. This whole file already runs under the heavy-job lock (no second flock here).
    const out = mkdtempSync(join(TEST_OUT, 'editor-site-'));
    const build = spawnSync(process.execPath, [tsx, 'scripts/publish.ts', '--out', out], { cwd: repo, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    expect(build.stdout).toMatch(/Selesai: 5 SOP diterbitkan/);
    expect(existsSync(join(out, 'pdf/tanjungpinang/pelayanan-uji-editor.pdf'))).toBe(true);
    const listed = JSON.parse(readFileSync(join(out, 'sops.json'), 'utf8')) as { id: string; judul: string }[];
    expect(listed.find((x) => x.id === 'tanjungpinang/pelayanan-uji-editor')?.judul).toBe('Pelayanan Uji Editor');
    const site = await browser.newPage();
    await site.goto(pathToFileURL(join(out, NEW.page)).href);
    expect(await site.$eval('h1', (e) => e.textContent?.trim())).toBe('Pelayanan Uji Editor');
    expect(await site.evaluate(flowchartSymbols)).toEqual(NEW_SYMBOLS);
    expect(await site.$$eval('tr[data-step] [data-letter]', (els) => els.map((e) => `${e.closest('tr')!.getAttribute('data-step')} ${e.getAttribute('data-letter')}`))).toEqual([
      '5 rekomendasi-bantuan-pemulangan',
    ]);
    await site.close();
    // The editor's tab is in the background while another page is open; a background tab
    // runs no animation frames, and the editor's preview waits on them.
    await page.bringToFront();
    rmSync(out, { recursive: true, force: true });
  }, 600_000);

  it('axe finds no WCAG 2.2 AA violation in the SOP widgets and the preview', async () => {
    const [collection, slug] = SAMPLES[1]!;
    await openEntry(page, editor.url, collection, slug);
    expect(await axeViolations(page, '.sop-widget')).toEqual([]);
    const frame = await previewFrame();
    await frame.waitForSelector('.swimlane, [data-preview-blocked]');
    if (await frame.$('[data-preview-blocked]')) await screenshot(page, 'debug-axe');
    expect(await frame.$eval('.sop-preview', (e) => e.textContent?.slice(0, 300))).not.toContain('menunggu perbaikan');
    expect(await axeViolations(frame, '.sop-preview')).toEqual([]);
    await screenshot(page, 'editor-sample');
    // One of each widget. The form scrolls inside a pane as tall as the window: a window taller
    // than the tallest widget (the steps) lets each be pictured whole.
    await page.setViewport({ width: 1440, height: 4000 });
    const shown = ['nomor', 'instansi', 'status', 'tanggal.pembuatan', 'disahkan_oleh.nip', 'dasar_hukum', 'keterkaitan', 'peralatan', 'mutu_baku.keterangan', 'pelaksana', 'langkah', 'body'];
    for (const path of shown) {
      const el = await page.waitForSelector(`[data-widget-path="${path}"]`);
      await el!.evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await el!.screenshot({ path: join(SCREENSHOTS, `editor-widget-${path.replace(/\W/g, '-')}.png`) });
    }
    await page.setViewport({ width: 1440, height: 1000 });
  });
});

async function previewFrame(): Promise<Frame> {
  const handle = await page.waitForSelector('iframe');
  const frame = await handle!.contentFrame();
  return frame!;
}
