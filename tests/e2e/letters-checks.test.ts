/**
 * Checks before printing, in a real Chromium: the dates of a surat tugas, the question about
 * [ISI: ...] left in the kop, the number or an untouched prefilled field, unreadable drafts, and
 * the preview staying beside the fields on a wide screen.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../../testkit/browser';
import { fillForm, flat, openLetterForm, previewText } from '../../testkit/letter-page';
import { sampleValues } from '../../testkit/letter-samples';
import { axeViolations } from '../../testkit/axe';
import { useLetterSite } from '../../testkit/site-hooks';

const env = useLetterSite();

const printed = (page: Page) => page.evaluate(() => (window as unknown as { __printed: number }).__printed);
const dialogOpen = (page: Page) => page.$eval('#tanya-cetak', (d) => (d as HTMLDialogElement).open);
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

async function setValue(page: Page, id: string, value: string): Promise<void> {
  await page.$eval(
    `#${id}`,
    (el, v) => {
      (el as HTMLInputElement).value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    value,
  );
}

describe('surat tugas dates', () => {
  it('refuses an end date before the start date, at the field, in Indonesian', async () => {
    const { meta } = env.letters.templates['surat-tugas']!;
    const { page } = await openLetterForm(env.site, 'surat-tugas', '?instansi=dinsos-tanjungpinang');
    await fillForm(page, meta, { ...sampleValues(meta), tanggal_mulai: '2024-03-07', tanggal_selesai: '2024-03-06' });
    await page.click('#tombol-cetak');
    const summary = await page.$$eval('#ringkasan-galat a', (as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    expect(summary).toEqual([['#isian-tanggal_selesai', 'Tanggal selesai harus sama dengan atau sesudah tanggal mulai (7 Maret 2024)']]);
    const inline = await page.$eval('#isian-tanggal_selesai', (el) => ({
      invalid: el.getAttribute('aria-invalid'),
      message: el.closest('.isian')!.querySelector('.isian__galat')!.textContent!.replace(/\s+/g, ' ').trim(),
    }));
    expect(inline).toEqual({ invalid: 'true', message: 'Kesalahan: Tanggal selesai harus sama dengan atau sesudah tanggal mulai (7 Maret 2024)' });
    expect(await printed(page)).toBe(0);
    await page.close();
  });

  it('a one-day assignment prints one date', async () => {
    const { meta } = env.letters.templates['surat-tugas']!;
    const { page } = await openLetterForm(env.site, 'surat-tugas', '?instansi=dinsos-tanjungpinang');
    await fillForm(page, meta, { ...sampleValues(meta), tanggal_mulai: '2024-03-07', tanggal_selesai: '2024-03-07' });
    const text = flat(await previewText(page));
    expect(text).toContain('Tempat tugas di Pelabuhan Sri Bintan Pura dan Kabupaten Lingga, pada hari Kamis, 7 Maret 2024.');
    expect(text).not.toContain('sampai dengan');
    await setValue(page, 'isian-tanggal_selesai', '2024-03-09');
    expect(flat(await previewText(page))).toContain('pada tanggal 7 Maret 2024 sampai dengan 9 Maret 2024.');
    await page.close();
  });
});

describe('the question before printing', () => {
  it('asks before printing a kop still holding [ISI: ...], names what and where, prints only on "Cetak juga"', async () => {
    const { meta } = env.letters.templates['rekomendasi-jamkesda']!;
    const { page } = await openLetterForm(env.site, 'rekomendasi-jamkesda', '?instansi=dinsos-tanjungpinang');
    await fillForm(page, meta, sampleValues(meta));
    await page.click('#tombol-cetak');
    expect(await dialogOpen(page)).toBe(true);
    expect(await page.$eval('#ringkasan-galat', (e) => (e as HTMLElement).hidden)).toBe(true);
    const dialog = await page.$eval('#tanya-cetak', (d) => ({
      role: d.getAttribute('role') ?? d.tagName.toLowerCase(),
      name: document.getElementById(d.getAttribute('aria-labelledby')!)!.textContent,
      items: [...d.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
    }));
    expect(dialog).toEqual({
      role: 'dialog',
      name: 'Surat masih memuat penanda [ISI: …]',
      items: [
        'Kop surat: [ISI: alamat kantor], [ISI: nomor telepon], [ISI: alamat e-mail], [ISI: alamat situs web], [ISI: logo instansi]. ' +
          'Lengkapi alamat, telepon, email, situs, logo di profil instansi sops/_data/instansi/dinsos-tanjungpinang.yaml, lalu terbitkan ulang situs.',
      ],
    });
    expect(await activeId(page)).toBe('tanya-cetak-batal');
    expect(await printed(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'surat-tanya-cetak');
    await page.keyboard.press('Escape');
    expect(await dialogOpen(page)).toBe(false);
    expect(await printed(page)).toBe(0);
    expect(await activeId(page)).toBe('tombol-cetak');

    await page.click('#tombol-cetak');
    await page.click('#tanya-cetak-ya');
    expect(await dialogOpen(page)).toBe(false);
    expect(await printed(page)).toBe(1);
    await page.close();
  });

  it('a marker the page prefilled and the user never touched is asked about, not an error', async () => {
    const { meta } = env.letters.templates['rekomendasi-jamkesda']!;
    const { page } = await openLetterForm(env.site, 'rekomendasi-jamkesda', '?instansi=dinsos-tanjungpinang');
    const { penandatangan_pangkat: _kept, ...values } = sampleValues(meta);
    await fillForm(page, { ...meta, fields: meta.fields.filter((f) => f.name !== 'penandatangan_pangkat') }, values);
    expect(await page.$eval('#isian-penandatangan_pangkat', (e) => (e as HTMLInputElement).value)).toBe('[ISI: pangkat/golongan]');
    await page.click('#tombol-cetak');
    expect(await page.$eval('#ringkasan-galat', (e) => (e as HTMLElement).hidden)).toBe(true);
    const items = await page.$$eval('#tanya-cetak li', (lis) => lis.map((li) => li.textContent!.replace(/\s+/g, ' ').trim()));
    expect(items[1]).toBe(
      'Pangkat/golongan: [ISI: pangkat/golongan]. Ganti penanda itu di isian "Pangkat/golongan", atau kosongkan isiannya. Ke isian Pangkat/golongan',
    );
    await page.click('#tanya-cetak a[data-ke-isian="isian-penandatangan_pangkat"]');
    expect(await dialogOpen(page)).toBe(false);
    expect(await activeId(page)).toBe('isian-penandatangan_pangkat');
    expect(await printed(page)).toBe(0);

    // Typed by the user, the same marker is an error to fix.
    await setValue(page, 'isian-penandatangan_pangkat', '[ISI: nanti diisi]');
    await page.click('#tombol-cetak');
    expect(await dialogOpen(page)).toBe(false);
    expect(await page.$eval('#ringkasan-galat', (e) => e.textContent)).toContain(
      'Ganti "[ISI: nanti diisi]" dengan pangkat/golongan yang sebenarnya, atau kosongkan',
    );
    await page.close();
  });
});

describe('drafts that cannot be read', () => {
  it.each([
    ['malformed', '{"versi":1,"instansi":', 'isinya rusak'],
    ['another version', JSON.stringify({ versi: 2, instansi: 'dinsos-tanjungpinang', data: {} }), 'dibuat oleh versi lain formulir ini'],
  ])('a %s draft is announced and can be deleted from the page', async (_kind, stored, reason) => {
    const page = await env.site.newPage(1280, 900);
    // Put the stored draft in place before the page's script runs (same origin, then reload).
    await page.goto(env.site.url('/surat/'), { waitUntil: 'load' });
    await page.evaluate((v) => localStorage.setItem('surat:draf:penitipan-panti', v), stored);
    await page.close();
    const { page: form } = await openLetterForm(env.site, 'penitipan-panti');
    const notice = await form.$eval('#draf-rusak', (e) => ({
      hidden: (e as HTMLElement).hidden,
      role: e.getAttribute('role'),
      text: e.querySelector('p')!.textContent,
    }));
    expect(notice).toEqual({
      hidden: false,
      role: 'status',
      text: `Ada draf surat ini di perangkat ini yang tidak dapat dibaca (${reason}), sehingga tidak dapat dipakai. Hapus draf itu agar tidak tertinggal di perangkat ini.`,
    });
    expect(await form.$eval('#draf-tersimpan', (e) => (e as HTMLElement).hidden)).toBe(true);
    expect(await axeViolations(form)).toEqual([]);
    await form.click('#tombol-hapus-draf-rusak');
    expect(await form.evaluate(() => localStorage.getItem('surat:draf:penitipan-panti'))).toBe(null);
    expect(await form.$eval('#draf-rusak', (e) => (e as HTMLElement).hidden)).toBe(true);
    expect(await form.$eval('#status-aksi', (e) => e.textContent)).toBe('Draf yang tidak terbaca telah dihapus dari perangkat ini.');
    await form.close();
  });
});

describe('the preview beside the fields', () => {
  it('on a wide screen it stays in view and shows the part of the letter being edited (surat tugas, bottom of the form)', async () => {
    const { meta } = env.letters.templates['surat-tugas']!;
    const { page } = await openLetterForm(env.site, 'surat-tugas', '?instansi=dinsos-tanjungpinang', 1280);
    await page.setViewport({ width: 1280, height: 800 });
    await fillForm(page, meta, sampleValues(meta));
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(3000);
    // The last tembusan is near the bottom of the form: focus it (the page scrolls to it) and type.
    await page.focus('#isian-tembusan-1-isi');
    await page.$eval('#isian-tembusan-1-isi', (e) => ((e as HTMLInputElement).value = ''));
    await page.type('#isian-tembusan-1-isi', 'Kepala Bidang Rehabilitasi Sosial');
    const seen = await page.evaluate(() => {
      const column = document.querySelector('.halaman-surat__pratinjau')!.getBoundingClientRect();
      const field = document.getElementById('isian-tembusan-1-isi')!.getBoundingClientRect();
      const typed = [...document.querySelectorAll('#surat .surat-tembusan li')].find((li) => li.textContent!.includes('Kepala Bidang Rehabilitasi Sosial'))!;
      const line = typed.getBoundingClientRect();
      return {
        scrolled: window.scrollY > 1500,
        columnInView: column.top >= 0 && column.top < 40 && column.bottom <= window.innerHeight,
        fieldInView: field.top >= 0 && field.bottom <= window.innerHeight,
        typedLineInColumn: line.top >= column.top && line.bottom <= column.bottom,
      };
    });
    expect(seen).toEqual({ scrolled: true, columnInView: true, fieldInView: true, typedLineInColumn: true });
    await screenshot(page, 'surat-tugas-pratinjau-samping');
    await page.close();
  });
});
