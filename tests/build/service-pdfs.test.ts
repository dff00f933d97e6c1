/**
 * The services' PDFs written by the publish command (tests/.out/dist/pdf, see
 * tests/setup/build-site.ts): counter posters (A4, A3) with the six components and a QR code that
 * decodes (jsQR, on the page as poppler draws it) to the service page; the decree annex per
 * service and the agency's book of service standards with the 14 components; the Maklumat;
 * metadata, reuse on the next publish, and the links from the service and agency pages.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { STANDARD_COMPONENTS } from '../support/service-components';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/core/catalog/catalog';
import { loadSources } from '../../src/node/load-sources';
import { BUILD_SITE_URL, ROOT, SITE_DIST } from '../../testkit/paths';
import { pageCount, pageSizeMm, pdfInfo, pdfText, squash } from '../support/pdf';
import { openSiteDom, type SiteDom } from './site-dom';

let catalog: Catalog;
let dom: SiteDom;
const pdf = (sitePath: string) => join(SITE_DIST, sitePath.replace(/^\//, ''));

beforeAll(async () => {
  catalog = loadSources(ROOT).catalog;
  dom = await openSiteDom();
});
afterAll(async () => {
  await dom?.close();
});

/** Page 1 drawn by poppler (pdftoppm, binary PPM) and read by jsQR. */
function decodeQr(file: string): string | null {
  const ppm = execFileSync('pdftoppm', ['-r', '100', '-f', '1', '-l', '1', file], { maxBuffer: 64 << 20 });
  // Header: "P6\n<width> <height>\n255\n", then RGB bytes.
  const m = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!m) throw new Error('no PPM header');
  const [width, height] = [Number(m[1]), Number(m[2])];
  const rgb = ppm.subarray(m[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba[i * 4] = rgb[i * 3]!;
    rgba[i * 4 + 1] = rgb[i * 3 + 1]!;
    rgba[i * 4 + 2] = rgb[i * 3 + 2]!;
    rgba[i * 4 + 3] = 255;
  }
  return jsQR(rgba, width, height)?.data ?? null;
}

const COMPONENTS = STANDARD_COMPONENTS;

describe('service posters as PDF', () => {
  it('one sheet of A4 or A3 per service, the six components, the address and a QR code to the service page', () => {
    expect(catalog.services!.map((s) => s.id)).toEqual([
      'pemulangan-orang-terlantar',
      'penanganan-eks-narapidana',
      'penanganan-korban-perdagangan-orang',
      'penanganan-korban-tindak-kekerasan',
    ]);
    for (const s of catalog.services!) {
      for (const [kertas, size] of [['a4', [210, 297]], ['a3', [297, 420]]] as const) {
        const file = pdf(`/pdf/layanan/${s.id}-poster-${kertas}.pdf`);
        const where = `${s.id} ${kertas}`;
        expect(existsSync(file), file).toBe(true);
        expect(pageCount(file), where).toBe(1);
        expect(pageSizeMm(file), where).toEqual(size);
        const text = squash(pdfText(file));
        for (const heading of ['1. Persyaratan', '2. Prosedur', '3. Jangka Waktu', '4. Biaya', '5. Produk', '6. Pengaduan']) {
          expect(text, `${where}: ${heading}`).toContain(heading);
        }
        expect(text, where).toContain(squash(s.data.nama));
        expect(text, where).toContain(`${BUILD_SITE_URL}/layanan/${s.id}/`);
        expect(decodeQr(file), where).toBe(`${BUILD_SITE_URL}/layanan/${s.id}/`);
      }
    }
  });

  it('carry the metadata of the engine: title, agency, producer, dates from the SOP', () => {
    const info = pdfInfo(pdf('/pdf/layanan/penanganan-korban-tindak-kekerasan-poster-a4.pdf'));
    expect(info.Title).toBe('Poster Layanan Penanganan Korban Tindak Kekerasan');
    expect(info.Author).toBe('Dinas Sosial Kota Tanjungpinang');
    expect(info.Producer).toMatch(/^sop-dinsos PDF engine [0-9a-f]{12}$/);
    const sop = catalog.sops.find((x) => x.id === 'tanjungpinang/penanganan-korban-tindak-kekerasan')!;
    expect(info.CreationDate).toBe(`${sop.data.tanggal.pembuatan}T00:00:00Z`);
  });
});

describe('decree annex and book of service standards as PDF', () => {
  it('per service: the annex header and the 14 components, the B group never alone at a page foot', () => {
    for (const s of catalog.services!) {
      const file = pdf(`/pdf/layanan/${s.id}-standar-pelayanan.pdf`);
      expect(pageSizeMm(file), s.id).toEqual([210, 297]);
      const text = squash(pdfText(file));
      expect(text, s.id).toMatch(/^LAMPIRAN KEPUTUSAN .* NOMOR \[ISI: nomor keputusan\] TENTANG STANDAR PELAYANAN PADA /);
      expect(text, s.id).toContain(`STANDAR PELAYANAN ${squash(s.data.nama).toUpperCase()}`);
      for (const [n, label] of COMPONENTS.entries()) expect(text, `${s.id}: ${label}`).toContain(`${n + 1}. ${label}`);
      for (let p = 1; p <= pageCount(file); p++) {
        const page = squash(pdfText(file, p));
        expect(page, `${s.id} p${p}`).toContain(`Halaman ${p} dari ${pageCount(file)}`);
        // The group heading is followed on its page by its first component (7. Dasar hukum).
        if (page.includes('B. Komponen')) expect(page, `${s.id} p${p}`).toMatch(/B\. Komponen .* 7\. Dasar hukum/);
      }
      expect(pdfInfo(file).Title).toBe(`Standar Pelayanan ${s.data.nama}`);
    }
  });

  it("per agency: the book holds every service of the agency, the Maklumat one A4 sheet", () => {
    const book = pdf('/pdf/dinsos-tanjungpinang-buku-standar-pelayanan.pdf');
    const text = squash(pdfText(book));
    expect(pdfInfo(book).Title).toBe('Buku Standar Pelayanan Dinas Sosial Kota Tanjungpinang');
    const titles = [
      '1. STANDAR PELAYANAN PENANGANAN EKS NARAPIDANA (BWBLP)',
      '2. STANDAR PELAYANAN PENANGANAN KORBAN PERDAGANGAN ORANG (TRAFFICKING)',
      '3. STANDAR PELAYANAN PENANGANAN KORBAN TINDAK KEKERASAN',
    ];
    const at = titles.map((t) => text.indexOf(t));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (let p = 1; p <= pageCount(book); p++) {
      const page = squash(pdfText(book, p));
      expect(page).toContain(`Standar Pelayanan Dinsos Kota Tanjungpinang Halaman ${p} dari ${pageCount(book)}`);
      if (page.includes('B. Komponen')) expect(page, `p${p}`).toMatch(/B\. Komponen .* 7\. Dasar hukum/);
    }
    expect(existsSync(pdf('/pdf/dinsos-provinsi-buku-standar-pelayanan.pdf'))).toBe(true);

    const maklumat = pdf('/pdf/dinsos-tanjungpinang-maklumat-pelayanan.pdf');
    expect(pageCount(maklumat)).toBe(1);
    expect(pageSizeMm(maklumat)).toEqual([210, 297]);
    expect(squash(pdfText(maklumat))).toContain('MAKLUMAT PELAYANAN');
    expect(pdfInfo(maklumat).Title).toBe('Maklumat Pelayanan Dinas Sosial Kota Tanjungpinang');
  });

  it('are recorded in the manifest with their hash and pages, for reuse on the next publish', () => {
    const manifest = JSON.parse(readFileSync(pdf('/pdf/manifest.json'), 'utf8')) as { dokumen: Record<string, { hash: string; pages: number }> };
    expect(Object.keys(manifest.dokumen)).toEqual([
      'dinsos-provinsi-buku-standar-pelayanan',
      'dinsos-provinsi-maklumat-pelayanan',
      'dinsos-tanjungpinang-buku-standar-pelayanan',
      'dinsos-tanjungpinang-maklumat-pelayanan',
      'layanan/pemulangan-orang-terlantar-poster-a3',
      'layanan/pemulangan-orang-terlantar-poster-a4',
      'layanan/pemulangan-orang-terlantar-standar-pelayanan',
      'layanan/penanganan-eks-narapidana-poster-a3',
      'layanan/penanganan-eks-narapidana-poster-a4',
      'layanan/penanganan-eks-narapidana-standar-pelayanan',
      'layanan/penanganan-korban-perdagangan-orang-poster-a3',
      'layanan/penanganan-korban-perdagangan-orang-poster-a4',
      'layanan/penanganan-korban-perdagangan-orang-standar-pelayanan',
      'layanan/penanganan-korban-tindak-kekerasan-poster-a3',
      'layanan/penanganan-korban-tindak-kekerasan-poster-a4',
      'layanan/penanganan-korban-tindak-kekerasan-standar-pelayanan',
    ]);
    expect(manifest.dokumen['dinsos-tanjungpinang-maklumat-pelayanan']!.pages).toBe(1);
    expect(manifest.dokumen['dinsos-tanjungpinang-buku-standar-pelayanan']!.pages).toBe(pageCount(pdf('/pdf/dinsos-tanjungpinang-buku-standar-pelayanan.pdf')));
  });
});

describe('links to the PDFs', () => {
  it('the service page links its posters and annex, the agency page its Maklumat and book', async () => {
    await dom.open('/layanan/penanganan-korban-tindak-kekerasan/');
    expect(await dom.attrs('a[data-service-poster-pdf]', 'href')).toEqual([
      '/pdf/layanan/penanganan-korban-tindak-kekerasan-poster-a4.pdf',
      '/pdf/layanan/penanganan-korban-tindak-kekerasan-poster-a3.pdf',
    ]);
    expect(await dom.attrs('a[data-service-lampiran-pdf]', 'href')).toEqual(['/pdf/layanan/penanganan-korban-tindak-kekerasan-standar-pelayanan.pdf']);
    await dom.open('/instansi/dinsos-tanjungpinang/');
    expect(await dom.attrs('a[data-maklumat-pdf]', 'href')).toEqual(['/pdf/dinsos-tanjungpinang-maklumat-pelayanan.pdf']);
    expect(await dom.attrs('a[data-lampiran-pdf]', 'href')).toEqual(['/pdf/dinsos-tanjungpinang-buku-standar-pelayanan.pdf']);
    // Every linked PDF was written.
    for (const href of [
      '/pdf/layanan/penanganan-korban-tindak-kekerasan-poster-a4.pdf',
      '/pdf/dinsos-tanjungpinang-maklumat-pelayanan.pdf',
      '/pdf/dinsos-tanjungpinang-buku-standar-pelayanan.pdf',
    ]) expect(existsSync(pdf(href)), href).toBe(true);
  });
});
