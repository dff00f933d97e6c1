/**
 * The monitoring and evaluation forms (formats.md §4) in a real Chromium: opened for a whole
 * bidang or for one SOP, the rows and the SOP come from the SOPs; filled, printed on the
 * agency's paper (A4, and F4 when the profile says so) with the kop and the signature block;
 * no request after load, nothing stored unless asked; axe-core on the form.
 * PNGs of the printed sheets and screenshots of the forms are written to tests/.out/letters/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../testkit/axe';
import { flat, letterPng, LETTERS_OUT, openLetterForm, previewText, printLetter, settled } from '../../testkit/letter-page';
import { useLetterSite } from '../../testkit/site-hooks';

const env = useLetterSite();

/** Sets a control's value as typing would (input and change events). */
async function type(page: Page, id: string, value: string): Promise<void> {
  await page.$eval(
    `#${id}`,
    (el, v) => {
      (el as HTMLInputElement).value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
    value,
  );
}

const value = (page: Page, id: string) => page.$eval(`#${id}`, (el) => (el as HTMLInputElement).value);
const storedKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage));

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(LETTERS_OUT, { recursive: true });
  await page.screenshot({ path: resolve(LETTERS_OUT, `${name}.png`) as `${string}.png`, fullPage: true });
}

async function printConfirmed(page: Page): Promise<void> {
  await page.click('#tombol-cetak');
  expect(await page.$eval('#ringkasan-galat', (e) => (e as HTMLElement).hidden)).toBe(true);
  // The kop still holds the profile's [ISI: ...] markers: the page asks before printing.
  if (await page.$eval('#tanya-cetak', (d) => (d as HTMLDialogElement).open)) await page.click('#tanya-cetak-ya');
  expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
}

describe('Monitoring Pelaksanaan SOP AP', () => {
  it('opened for a bidang: one row per SOP in force of that bidang, printed on A4 with the six columns and the signature', async () => {
    const query = `?instansi=dinsos-tanjungpinang&bidang=${encodeURIComponent('Bidang Rehabilitasi Sosial')}`;
    const { page, requests, dialogs } = await openLetterForm(env.site, 'monitoring-pelaksanaan-sop', query);
    expect(await value(page, 'isian-unit')).toBe('Bidang Rehabilitasi Sosial');
    const rows = await page.$$eval('[data-kelompok="prosedur"] [data-sub="sop"]', (els) => els.map((e) => (e as HTMLInputElement).value));
    expect(rows).toEqual([
      'SOP Penanganan Eks Narapidana (BWBLP) Nomor 462/10/5.6.04/2024',
      'SOP Penanganan Korban Tindak Kekerasan Nomor 462/11/5.6.04/2024',
      'SOP Penanganan Korban Perdagangan Orang Nomor 465.3/12/5.6.04/2024',
    ]);

    await type(page, 'isian-periode', 'Semester I (Januari–Juni) 2025');
    await type(page, 'isian-tanggal_surat', '2025-06-30');
    await type(page, 'isian-prosedur-0-penilaian', 'Berjalan dengan baik');
    await type(page, 'isian-prosedur-1-penilaian', 'Berjalan dengan baik');
    await type(page, 'isian-prosedur-2-penilaian', 'Tidak berjalan dengan baik');
    await type(page, 'isian-prosedur-2-catatan', 'Laporan sosial terlambat dua hari.');
    await type(page, 'isian-prosedur-2-tindakan', 'Pengarahan ulang kepada pekerja sosial.');
    await type(page, 'isian-penilai_jabatan', 'Kepala Bidang Rehabilitasi Sosial');
    await type(page, 'isian-penilai_nama', 'Budi Santoso');
    await type(page, 'isian-penilai_nip', '19700101 199503 1 002');
    await screenshot(page, 'monev-monitoring-form');
    expect(await axeViolations(page)).toEqual([]);

    await printConfirmed(page);
    const printed = await printLetter(page, 'monev-monitoring-a4');
    letterPng(printed.pdf, 'monev-monitoring-a4');
    expect({ width: printed.widthMm, height: printed.heightMm, pages: printed.pages }).toEqual({ width: 210, height: 297, pages: 1 });
    const text = flat(printed.text);
    for (const expected of [
      'PEMERINTAH KOTA TANJUNGPINANG',
      'DINAS SOSIAL KOTA TANJUNGPINANG',
      'MONITORING PELAKSANAAN SOP AP',
      'Unit kerja : Bidang Rehabilitasi Sosial',
      'Periode : Semester I (Januari–Juni) 2025',
      'Tanjungpinang, 30 Juni 2025',
      'Penilai,',
      'Kepala Bidang Rehabilitasi Sosial,',
      'Budi Santoso',
      'NIP. 19700101 199503 1 002',
    ]) expect(text).toContain(expected);
    // Table cells wrap inside their columns: their words are all printed.
    for (const header of ['Prosedur', 'Penilaian', 'terhadap', 'penerapan', 'Catatan', 'hasil', 'Tindakan', 'Paraf', 'penilai']) expect(text).toContain(header);
    for (const cell of ['Laporan sosial terlambat dua hari.', 'Pengarahan ulang kepada pekerja sosial.']) {
      for (const word of cell.split(' ')) expect(text).toContain(word);
    }
    expect(flat(await previewText(page))).toContain('1. SOP Penanganan Eks Narapidana (BWBLP) Nomor 462/10/5.6.04/2024 Berjalan dengan baik - -');

    await settled(page);
    expect(requests).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await storedKeys(page)).toEqual([]);
    await page.close();
  });

  it('opened from one SOP: one row for it, and a draft only when asked', async () => {
    const { page, requests } = await openLetterForm(env.site, 'monitoring-pelaksanaan-sop', '?sop=tanjungpinang/penanganan-korban-tindak-kekerasan');
    const rows = await page.$$eval('[data-kelompok="prosedur"] [data-sub="sop"]', (els) => els.map((e) => (e as HTMLInputElement).value));
    expect(rows).toEqual(['SOP Penanganan Korban Tindak Kekerasan Nomor 462/11/5.6.04/2024']);
    expect(await value(page, 'isian-instansi')).toBe('dinsos-tanjungpinang');
    await type(page, 'isian-periode', 'Semester II 2025');
    expect(await storedKeys(page)).toEqual([]);
    await page.click('[data-aksi="simpan-draf"]');
    expect(await storedKeys(page)).toEqual(['surat:draf:monitoring-pelaksanaan-sop']);
    await settled(page);
    expect(requests).toEqual([]);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });
});

describe('Berita Acara Evaluasi SOP', () => {
  /** Opens the form for one SOP, the Tanjungpinang profile's paper switched to `paper` in flight. */
  async function openEvaluation(paper: 'A4' | 'F4') {
    const id = 'berita-acara-evaluasi-sop';
    const opened = await openLetterForm(env.site, id, '?sop=tanjungpinang/penanganan-eks-narapidana');
    if (paper === 'A4') return opened;
    await opened.page.setRequestInterception(true);
    opened.page.on('request', async (req) => {
      if (!req.url().includes(`/surat/${id}/`)) return void req.continue();
      const html = await (await fetch(req.url())).text();
      const q = '(?:&quot;|&#34;)';
      const body = html.replace(new RegExp(`(${q}pola_nomor_surat${q}:${q}\\{klasifikasi\\}/\\{nomor\\}/5\\.6\\.04/\\{tahun\\}${q},${q}kertas${q}:${q})A4`), '$1F4');
      if (body === html) throw new Error('Tanjungpinang profile not found in the page');
      void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    });
    await opened.page.reload({ waitUntil: 'load' });
    await opened.page.waitForSelector('html[data-surat-siap]');
    opened.requests.length = 0;
    return opened;
  }

  async function fillEvaluation(page: Page): Promise<void> {
    await type(page, 'isian-tanggal_surat', '2025-03-10');
    await type(page, 'isian-klasifikasi', '000.8');
    await type(page, 'isian-nomor_urut', '21');
    await type(page, 'isian-tempat', 'Ruang rapat Dinas Sosial Kota Tanjungpinang');
    for (let i = 0; i < 7; i++) await type(page, `isian-kriteria-${i}-jawaban`, i === 2 ? 'Tidak' : 'Ya');
    await type(page, 'isian-kriteria-2-catatan', 'Langkah 4 menunggu tanda tangan Kepala Dinas.');
    await type(page, 'isian-rekomendasi', 'Direvisi');
    await type(page, 'isian-kesimpulan', 'Waktu langkah 4 perlu disesuaikan.');
    await type(page, 'isian-penilai_jabatan', 'Kepala Bidang Rehabilitasi Sosial');
    await type(page, 'isian-penilai_nama', 'Budi Santoso');
  }

  it('opened from an SOP: the SOP, its unit and the seven default criteria; printed on A4 with both signatures', async () => {
    const { page, requests } = await openEvaluation('A4');
    expect(await value(page, 'isian-sop')).toBe('SOP Penanganan Eks Narapidana (BWBLP) Nomor 462/10/5.6.04/2024');
    expect(await value(page, 'isian-unit')).toBe('Bidang Rehabilitasi Sosial');
    expect(await page.$$eval('[data-kelompok="kriteria"] [data-sub="kriteria"]', (els) => els.map((e) => (e as HTMLTextAreaElement).value))).toEqual([
      'SOP mampu mendorong peningkatan kinerja',
      'SOP mudah dipahami',
      'SOP mudah dilaksanakan',
      'Semua pelaksana dapat menjalankan perannya masing-masing',
      'SOP mampu mengatasi permasalahan yang berkaitan dengan proses',
      'SOP mampu menjawab kebutuhan peningkatan kinerja organisasi',
      'SOP dapat dilaksanakan bersama SOP lain yang terkait',
    ]);
    await fillEvaluation(page);
    await screenshot(page, 'monev-evaluasi-form');
    expect(await axeViolations(page)).toEqual([]);
    // The third criterion answered "Tidak": its mark is in the Tidak column.
    expect(await page.$$eval('#surat .surat-evaluasi tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('.surat-evaluasi__jawaban')].map((td) => td.textContent!.trim()).join('|')))).toEqual([
      '✓|', '✓|', '|✓', '✓|', '✓|', '✓|', '✓|',
    ]);

    await printConfirmed(page);
    const printed = await printLetter(page, 'monev-evaluasi-a4');
    letterPng(printed.pdf, 'monev-evaluasi-a4');
    expect({ width: printed.widthMm, height: printed.heightMm }).toEqual({ width: 210, height: 297 });
    const text = flat(printed.text);
    for (const expected of [
      'BERITA ACARA EVALUASI SOP',
      'Nomor: 000.8/21/5.6.04/2025',
      'Pada hari ini Senin tanggal sepuluh bulan Maret tahun dua ribu dua puluh lima',
      'SOP ini direkomendasikan: Direvisi.',
      'Waktu langkah 4 perlu disesuaikan.',
      'Mengetahui,',
      'Kepala Dinas Sosial Kota Tanjungpinang,',
      'Diah Endang Susilawati',
      'Budi Santoso',
    ]) expect(text).toContain(expected);
    await settled(page);
    expect(requests).toEqual([]);
    expect(await storedKeys(page)).toEqual([]);
    await page.close();
  });

  it('prints on F4 when the agency uses F4', async () => {
    const { page, requests } = await openEvaluation('F4');
    await fillEvaluation(page);
    expect(await page.$eval('#pratinjau-kertas', (e) => e.textContent)).toBe('F4 (215 × 330 mm)');
    await printConfirmed(page);
    const printed = await printLetter(page, 'monev-evaluasi-f4');
    letterPng(printed.pdf, 'monev-evaluasi-f4');
    expect({ width: printed.widthMm, height: printed.heightMm, pages: printed.pages }).toEqual({ width: 215, height: 330, pages: 1 });
    expect(flat(printed.text)).toContain('BERITA ACARA EVALUASI SOP');
    await settled(page);
    expect(requests).toEqual([]);
    await page.close();
  });
});

