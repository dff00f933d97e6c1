/**
 * The editor's agency and regulations collections, and the revision offer, end to end:
 * `npm run editor` on a temporary copy of the repository, driven in Chromium. Editing one agency
 * field or one regulation field gives a one-line git diff on the entry's branch; a mistake shows
 * the checker's Indonesian message at the field and saving is refused; changing a berlaku SOP
 * offers to record the revision; a broken narrative is reported at the narrative and cannot be saved.
 * Screenshots: tests/.out/screenshots/editor-instansi*.png, editor-dasar-hukum*.png, editor-revisi.png,
 * editor-narasi-kesalahan.png.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { screenshot } from '../../testkit/browser';
import { ROOT } from '../../testkit/paths';
import { clickText, diffLines as diffSupport, type EditorProcess, errorsAt, expectSaveBlocked, git, openEditor, saveAndWait, setText, startEditor, tempProject, useEditorSession } from '../support/editor';
import { axeViolations } from '../../testkit/axe';

/** A recorded monitoring in the test repository (the sample SOPs ship none). */
const MONITORING = 'sops/_data/evaluasi/tanjungpinang/penanganan-eks-narapidana/2024-09-02.yaml';
const session = useEditorSession({
  [MONITORING]: '# Catatan monitoring semester II 2024.\njenis: monitoring\npenilai: Kepala Bidang Rehabilitasi Sosial\npenilaian: berjalan baik\ncatatan: Antrean pagi padat.\n',
});
let repo: string;
let editor: EditorProcess;
let page: Page;
beforeAll(() => void ({ repo, editor, page } = session));

afterAll(() => {
  if (repo) rmSync(join(repo, '..', `logo-uji-${process.pid}.svg`), { force: true });
});

/** Lines added and removed between two commits (without diff headers). */
const diffLines = (from: string, to: string) => diffSupport(repo, from, to);

/** Opens an entry (agency, regulations, SOP) through its collection's page and waits for the input at `ready`. */
async function openData(collection: string, slug: string, ready: string): Promise<void> {
  await page.goto(`${editor.url}/admin/#/collections/${collection}`);
  await page.waitForFunction(() => !document.querySelector('[data-sop-path]') && document.querySelector('a[href*="/entries/"]'));
  await page.goto(`${editor.url}/admin/#/collections/${collection}/entries/${slug}`);
  await page.waitForSelector(`[data-sop-path="${ready}"]`);
}


function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('agencies in the editor', () => {
  const branch = 'cms/instansi/dinsos-tanjungpinang';

  it('lists the agencies and edits one field with a one-line diff', async () => {
    await openData('instansi', 'dinsos-tanjungpinang', 'nama');
    expect(await page.$eval('[data-sop-path="nama"]', (e) => (e as HTMLInputElement).value)).toBe('Dinas Sosial Kota Tanjungpinang');
    await screenshot(page, 'editor-instansi');
    expect(await axeViolations(page, '.sop-widget')).toEqual([]);
    await setText(page, 'kepala.pangkat', 'Pembina Utama Muda (IV/c)');
    await saveAndWait(page);
    expect(diffLines('main', branch)).toEqual(['-  pangkat: "[ISI: pangkat/golongan]"', '+  pangkat: "Pembina Utama Muda (IV/c)"']);
    expect(git(repo, 'diff', '--name-only', 'main', branch)).toBe('sops/_data/instansi/dinsos-tanjungpinang.yaml');
    expect(git(repo, 'status', '--porcelain')).toBe('');
    // The SOP history pages list commits: Decap's messages are set in Indonesian.
    expect(git(repo, 'log', '-1', '--format=%s', branch)).toMatch(/^Mengubah .+ “dinsos-tanjungpinang”$/);
  });

  it('shows a checker error at the field and refuses to save', async () => {
    await openData('instansi', 'dinsos-tanjungpinang', 'pola_nomor_surat');
    await setText(page, 'pola_nomor_surat', '{klasifikasi}/5.6.04/{tahun}');
    await page.waitForSelector('[data-widget-path="pola_nomor_surat"] .sop-msg--error');
    expect(await errorsAt(page, 'pola_nomor_surat')).toEqual([
      'Kesalahan: Pola nomor surat harus memuat {nomor}. Perbaiki: Tulis pola dengan {klasifikasi}, {nomor} dan {tahun}, misalnya "{klasifikasi}/{nomor}/5.6.04/{tahun}".',
    ]);
    expect(await page.$eval('[data-sop-path="pola_nomor_surat"]', (e) => e.getAttribute('aria-invalid'))).toBe('true');
    await page.$eval('[data-widget-path="pola_nomor_surat"]', (e) => e.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'editor-instansi-kesalahan');
    await expectSaveBlocked(page, repo, branch);
  });
});

describe('an agency logo', () => {
  it('is uploaded into public/logo/ and committed with the agency', async () => {
    const branch = 'cms/instansi/dinsos-provinsi';
    const logo = join(repo, '..', `logo-uji-${process.pid}.svg`);
    writeFileSync(logo, '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#1d4ed8"/></svg>\n');
    await openData('instansi', 'dinsos-provinsi', 'nama');
    const widget = await page.waitForSelector('[data-widget-path="logo"]');
    await widget!.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    expect(await widget!.evaluate((e) => e.querySelector('[data-logo-placeholder]')?.textContent)).toBe('Belum ada logo: tertulis [ISI: logo instansi].');
    await widget!.screenshot({ path: join(ROOT, 'tests/.out/screenshots/editor-instansi-logo.png') });
    await clickText(page, 'Pilih gambar');
    const input = await page.waitForSelector('input[type="file"]');
    await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(logo);
    await clickText(page, 'Pakai yang dipilih');
    await page.waitForFunction(() => !document.querySelector('[data-logo-placeholder]'));
    await widget!.screenshot({ path: join(ROOT, 'tests/.out/screenshots/editor-instansi-logo-diunggah.png') });
    expect(await errorsAt(page, 'logo')).toEqual([]);
    await saveAndWait(page);
    const name = logo.slice(logo.lastIndexOf('/') + 1);
    expect(diffLines('main', branch).filter((l) => !l.startsWith('+<svg'))).toEqual(['-logo: "[ISI: logo instansi]"', `+logo: "/logo/${name}"`]);
    expect(git(repo, 'diff', '--name-only', 'main', branch).split('\n').sort()).toEqual([`public/logo/${name}`, 'sops/_data/instansi/dinsos-provinsi.yaml']);
  });
});

describe('regulations in the editor', () => {
  const branch = 'cms/dasar-hukum/dasar-hukum';

  it('edits one field of one regulation with a one-line diff', async () => {
    await openData('dasar-hukum', 'dasar-hukum', 'peraturan[1].tentang');
    await screenshot(page, 'editor-dasar-hukum');
    expect(await axeViolations(page, '.sop-widget')).toEqual([]);
    await setText(page, 'peraturan[1].tentang', 'Kesejahteraan Sosial (uji)');
    await saveAndWait(page);
    expect(diffLines('main', branch)).toEqual(['-  tentang: Kesejahteraan Sosial', '+  tentang: Kesejahteraan Sosial (uji)']);
    expect(git(repo, 'diff', '--name-only', 'main', branch)).toBe('sops/_data/dasar-hukum.yaml');
  });

  it('shows a year written as text at its field', async () => {
    await openData('dasar-hukum', 'dasar-hukum', 'peraturan[2].tahun');
    await setText(page, 'peraturan[2].tahun', '2014a');
    await page.waitForSelector('[data-sop-path="peraturan[2].tahun"] .sop-msg--error');
    expect(await errorsAt(page, 'peraturan[2].tahun')).toEqual(['Kesalahan: Tahun ditulis sebagai angka empat digit, misalnya tahun: 2009. Perbaiki: Tulis tahun sebagai angka, misalnya tahun: 2009.']);
    await page.$eval('[data-sop-path="peraturan[2].tahun"]', (e) => e.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'editor-dasar-hukum-kesalahan');
  });
});

describe('revising a berlaku SOP', () => {
  it('offers to record the revision and writes the history entry and tanggal.revisi', async () => {
    const slug = 'penanganan-eks-narapidana';
    await openData('sop-tanjungpinang', slug, 'judul');
    expect(await page.$('[data-revision-offer]')).toBeNull();
    const before = await page.$eval('[data-sop-path="sasaran"]', (e) => (e as HTMLInputElement).value);
    await setText(page, 'sasaran', `${before} (revisi)`);
    const offer = await page.waitForSelector('[data-revision-offer]');
    const today = todayIso();
    expect(await offer!.evaluate((e) => e.textContent)).toBe(
      `SOP ini berlaku dan telah Anda ubah. Catat sebagai revisi? Riwayat revisi mendapat baris "Mengubah sasaran objek." bertanggal ${today}, dan Tanggal revisi diisi ${today}.Catat revisiTidak sekarang`,
    );
    await offer!.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'editor-revisi');
    expect(await axeViolations(page, '.sop-widget')).toEqual([]);
    await page.click('[data-accept-revision]');
    await page.waitForFunction(() => !document.querySelector('[data-revision-offer]'));
    expect(await page.$eval('[data-sop-path="tanggal.revisi"]', (e) => (e as HTMLInputElement).value)).toBe(today);
    await saveAndWait(page);
    const branch = `cms/sop-tanjungpinang/${slug}`;
    const lines = diffLines('main', branch);
    expect(lines.filter((l) => l.startsWith('-'))).toEqual(['-  revisi: 2024-02-27', `-sasaran: ${before}`]);
    expect(lines.filter((l) => l.startsWith('+'))).toEqual([
      `+  revisi: ${today}`,
      `+sasaran: ${before} (revisi)`,
      `+  - tanggal: ${today}`,
      '+    perubahan: Mengubah sasaran objek.',
    ]);
  });
});

describe('the narrative in the editor', () => {
  it('is checked by the checker\'s rules as it is typed, and a broken one cannot be saved', async () => {
    const slug = 'penanganan-korban-perdagangan-orang';
    await openData('sop-tanjungpinang', slug, 'body');
    const body = await page.$('textarea[data-sop-path="body"]');
    expect(await errorsAt(page, 'body')).toEqual([]);
    await body!.click();
    await page.keyboard.down('Control');
    await page.keyboard.press('End');
    await page.keyboard.up('Control');
    await body!.type('\n\n<!-- catatan untuk penyusun -->\n');
    await page.waitForSelector('[data-widget-path="body"] .sop-msg--error');
    expect(await errorsAt(page, 'body')).toEqual([
      'Kesalahan: Narasi tidak dapat dibaca: komentar HTML "<!-- ... -->" tidak dapat dipakai di MDX; tulis catatan untuk penulis sebagai {/* ... */}. Perbaiki: Ganti "<!-- catatan untuk penyusun -->" dengan {/* catatan untuk penyusun */} (catatan yang tidak tampil di situs), atau hapus catatan itu.',
    ]);
    expect(await page.$eval('textarea[data-sop-path="body"]', (e) => e.getAttribute('aria-invalid'))).toBe('true');
    await page.$eval('[data-widget-path="body"] .sop-msgs', (e) => e.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'editor-narasi-kesalahan');
    await expectSaveBlocked(page, repo, `cms/sop-tanjungpinang/${slug}`);
  });
});

describe('recorded monitoring and evaluation in the editor', () => {
  const entry = 'tanjungpinang-penanganan-eks-narapidana-2024-09-02';
  const branch = `cms/evaluasi/${entry}`;

  it('opens a record with its values and saves an edit as a one-line diff, its comment kept', async () => {
    await openData('evaluasi', entry, 'penilai');
    expect(await page.$eval('[data-sop-path="penilai"]', (e) => (e as HTMLInputElement).value)).toBe('Kepala Bidang Rehabilitasi Sosial');
    await setText(page, 'catatan', 'Antrean pagi padat; loket kedua dibuka.');
    await screenshot(page, 'editor-evaluasi');
    expect(await axeViolations(page, '.sop-widget')).toEqual([]);
    await saveAndWait(page);
    expect(diffLines('main', branch)).toEqual(['-catatan: Antrean pagi padat.', '+catatan: Antrean pagi padat; loket kedua dibuka.']);
    expect(git(repo, 'diff', '--name-only', 'main', branch)).toBe(MONITORING);
  });

  it('shows a checker error at the field and refuses to save it', async () => {
    await openData('evaluasi', entry, 'penilai');
    await setText(page, 'penilai', '');
    await page.waitForSelector('[data-widget-path="penilai"] .sop-msg--error');
    expect(await errorsAt(page, 'penilai')).toEqual([
      'Kesalahan: Kolom wajib ini belum diisi. Perbaiki: Tulis jabatan atau nama penilai, misalnya penilai: Kepala Bidang Rehabilitasi Sosial.',
    ]);
    await expectSaveBlocked(page, repo, branch);
  });
});
