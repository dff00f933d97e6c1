/**
 * The counter poster of each service (/cetak/layanan/<id>/a4/ and /a3/), printed by Chromium as
 * the counter staff would print it: one sheet of the right paper with the six components, and a
 * QR code that decodes (jsQR, on the pixels the browser draws) to the service page's address.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { STANDARD_COMPONENTS } from '../support/service-components';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/core/catalog/catalog';
import { loadSources } from '../../src/node/load-sources';
import { openSite, type SiteSession } from '../../testkit/browser';
import { BUILD_SITE_URL, ROOT, TEST_OUT } from '../../testkit/paths';
import { formatNip } from '../../src/core/model/nip';
import { DEFAULT_MAKLUMAT } from '../../src/core/service/maklumat';
import { pageCount, pageSizeMm, pdfText, squash } from '../support/pdf';

let site: SiteSession;
let page: Page;
let catalog: Catalog;
const OUT = join(TEST_OUT, 'posters');

beforeAll(async () => {
  catalog = loadSources(ROOT).catalog;
  site = await openSite();
  page = await site.newPage(1280, 900);
  await page.setJavaScriptEnabled(false);
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await site?.close();
});

/** The site address the test build was made for (tests/setup/build-site.ts). */
const SITE_URL = BUILD_SITE_URL;

/** Draws the poster's QR SVG on a canvas in the page and decodes its pixels. */
async function decodeQr(p: Page): Promise<string | null> {
  const pixels = await p.evaluate(async () => {
    const svg = document.querySelector('.poster-qr svg')!;
    const img = new Image();
    img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(svg));
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 400;
    canvas.height = 400;
    const ctx = canvas.getContext('2d')!;
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(img, 0, 0, 400, 400);
    return Array.from(ctx.getImageData(0, 0, 400, 400).data);
  });
  return jsQR(Uint8ClampedArray.from(pixels), 400, 400)?.data ?? null;
}

describe('service posters', () => {
  it('print on one A4 or A3 sheet with the six components and a QR code to the service page', async () => {
    expect(catalog.services!.length).toBeGreaterThan(0);
    for (const s of catalog.services!) {
      for (const [kertas, size] of [['a4', [210, 297]], ['a3', [297, 420]]] as const) {
        await page.goto(site.url(`/cetak/layanan/${s.id}/${kertas}/`));
        const where = `${s.id} ${kertas}`;
        expect(await decodeQr(page), where).toBe(`${SITE_URL}/layanan/${s.id}/`);
        const file = join(OUT, `${s.id}-${kertas}.pdf`);
        await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
        expect(pageCount(file), where).toBe(1);
        const [w, h] = pageSizeMm(file);
        expect([Math.round(w), Math.round(h)], where).toEqual(size);
        const text = squash(pdfText(file));
        for (const heading of ['1. Persyaratan', '2. Prosedur', '3. Jangka Waktu', '4. Biaya', '5. Produk', '6. Pengaduan']) {
          expect(text, `${where}: ${heading}`).toContain(heading);
        }
        expect(text, where).toContain(squash(s.data.nama));
        expect(text, where).toContain(`${SITE_URL}/layanan/${s.id}/`);
      }
    }
  });

  it('show the derived facts: time and cost of the korban tindak kekerasan service', async () => {
    await page.goto(site.url('/cetak/layanan/penanganan-korban-tindak-kekerasan/a4/'));
    const answers = await page.$$eval('.poster-answer', (els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));
    expect(answers).toEqual(['3 hari 1 jam 15 menit – 7 hari 1 jam 45 menit', 'Gratis']);
  });
});

describe('Maklumat Pelayanan', () => {
  it('prints on one A4 sheet per agency with services: kop, pledge, services, the head\'s signature block', async () => {
    await page.goto(site.url('/cetak/maklumat/dinsos-tanjungpinang/'));
    const file = join(OUT, 'maklumat-dinsos-tanjungpinang.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    expect(pageCount(file)).toBe(1);
    expect(pageSizeMm(file)).toEqual([210, 297]);
    const text = squash(pdfText(file));
    const agency = catalog.agencies.get('dinsos-tanjungpinang')!.data;
    const inOrder = [
      'PEMERINTAH KOTA TANJUNGPINANG',
      'DINAS SOSIAL KOTA TANJUNGPINANG',
      'MAKLUMAT PELAYANAN',
      DEFAULT_MAKLUMAT,
      'Layanan yang diselenggarakan',
      '1. Penanganan Eks Narapidana (BWBLP)',
      '2. Penanganan Korban Perdagangan Orang (Trafficking)',
      '3. Penanganan Korban Tindak Kekerasan',
      'Tanjungpinang, [ISI: tanggal penetapan]',
      'Kepala Dinas Sosial Kota Tanjungpinang,',
      'Diah Endang Susilawati',
      `NIP. ${formatNip(agency.kepala.nip!)}`,
    ];
    let at = -1;
    for (const needle of inOrder) {
      const i = text.indexOf(needle, at + 1);
      expect(i, `"${needle}" after position ${at} in: ${text}`).toBeGreaterThan(at);
      at = i;
    }
  });
});

describe('decree annex (Lampiran Keputusan tentang Standar Pelayanan)', () => {
  const LABELS = STANDARD_COMPONENTS;

  it('prints every service of the agency with its 14 components, one service from a new A4 page', async () => {
    await page.goto(site.url('/cetak/standar-pelayanan/dinsos-tanjungpinang/'));
    const file = join(OUT, 'lampiran-dinsos-tanjungpinang.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    expect(pageSizeMm(file)).toEqual([210, 297]);
    const text = squash(pdfText(file));
    expect(text).toMatch(/^LAMPIRAN KEPUTUSAN KEPALA DINAS SOSIAL KOTA TANJUNGPINANG NOMOR \[ISI: nomor keputusan\] TENTANG STANDAR PELAYANAN PADA DINAS SOSIAL KOTA TANJUNGPINANG/);
    const titles = [
      '1. STANDAR PELAYANAN PENANGANAN EKS NARAPIDANA (BWBLP)',
      '2. STANDAR PELAYANAN PENANGANAN KORBAN PERDAGANGAN ORANG (TRAFFICKING)',
      '3. STANDAR PELAYANAN PENANGANAN KORBAN TINDAK KEKERASAN',
    ];
    // Each service starts a page of its own.
    const firstPages = titles.map((t) => [...Array(pageCount(file)).keys()].map((i) => i + 1).find((p) => squash(pdfText(file, p)).includes(t)));
    expect(firstPages.every((p) => p !== undefined)).toBe(true);
    expect(new Set(firstPages).size).toBe(3);
    for (const [i, t] of titles.entries()) {
      const from = text.indexOf(t);
      const to = i + 1 < titles.length ? text.indexOf(titles[i + 1]!) : text.length;
      const part = text.slice(from, to);
      for (const [n, label] of LABELS.entries()) expect(part, `${t}: ${label}`).toContain(`${n + 1}. ${label}`);
    }
    expect(text).toMatch(/Kepala Dinas Sosial Kota Tanjungpinang, Diah Endang Susilawati \[ISI: pangkat\/golongan\] NIP\. 19670720 199303 2 008$/);
  });
});
