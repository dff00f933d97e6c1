/**
 * The services' printed documents as PDFs (where each is printed from, where it is published,
 * its metadata), the site's public address the posters point to, and the checker's warning when
 * there is none.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog, ServiceSource } from '../../../src/core/catalog/catalog';
import { formatIssue } from '../../../src/core/checks/issue';
import { checkServices } from '../../../src/core/checks/service-rules';
import { siteSchema } from '../../../src/core/model/site';
import { serviceDocuments } from '../../../src/core/pdf/service-documents';
import { publicPageUrl, publicSiteUrl } from '../../../src/core/site/public-url';
import { readServiceText, readSiteText } from '../../../src/core/source/read-sources';
import { catalogOf, sopSource, validSopInput } from '../support/fixtures';

function service(id: string, nama: string): ServiceSource {
  const yaml = `nama: ${nama}\nringkasan: Bantuan.\nsop: [contoh/sop-a]\nkata_kunci: [pulang kampung]\npersyaratan: [KTP]\nprosedur: [Datang.]\nbiaya: { teks: Gratis }\n`;
  const read = readServiceText(id, `sops/_layanan/${id}.yaml`, yaml);
  if (!read.value) throw new Error(read.issues.map(formatIssue).join('\n'));
  return read.value;
}

const catalog = (siteUrl?: string | null): Catalog & { services: ServiceSource[] } => ({
  ...catalogOf(sopSource(validSopInput())),
  services: [service('layanan-b', 'Layanan B'), service('layanan-a', 'Layanan A')],
  ...(siteUrl !== undefined ? { siteUrl } : {}),
});

describe('service documents', () => {
  it('per service two posters and the annex, per agency the Maklumat and the book; in id order', () => {
    const docs = serviceDocuments(catalog());
    expect(docs.map((d) => `${d.key} | ${d.page} | ${d.pdf} | ${d.footer ?? '-'}`)).toEqual([
      'layanan/layanan-a-poster-a4 | /cetak/layanan/layanan-a/a4/ | /pdf/layanan/layanan-a-poster-a4.pdf | -',
      'layanan/layanan-a-poster-a3 | /cetak/layanan/layanan-a/a3/ | /pdf/layanan/layanan-a-poster-a3.pdf | -',
      'layanan/layanan-a-standar-pelayanan | /cetak/layanan/layanan-a/lampiran/ | /pdf/layanan/layanan-a-standar-pelayanan.pdf | Standar Pelayanan Layanan A',
      'layanan/layanan-b-poster-a4 | /cetak/layanan/layanan-b/a4/ | /pdf/layanan/layanan-b-poster-a4.pdf | -',
      'layanan/layanan-b-poster-a3 | /cetak/layanan/layanan-b/a3/ | /pdf/layanan/layanan-b-poster-a3.pdf | -',
      'layanan/layanan-b-standar-pelayanan | /cetak/layanan/layanan-b/lampiran/ | /pdf/layanan/layanan-b-standar-pelayanan.pdf | Standar Pelayanan Layanan B',
      'dinsos-contoh-maklumat-pelayanan | /cetak/maklumat/dinsos-contoh/ | /pdf/dinsos-contoh-maklumat-pelayanan.pdf | -',
      'dinsos-contoh-buku-standar-pelayanan | /cetak/standar-pelayanan/dinsos-contoh/ | /pdf/dinsos-contoh-buku-standar-pelayanan.pdf | Standar Pelayanan Dinsos Contoh',
    ]);
  });

  it('metadata: title, agency as author, keywords, dates of the SOPs (not the clock)', () => {
    const [poster, , , , , , maklumat, book] = serviceDocuments(catalog());
    expect(poster!.meta).toEqual({
      title: 'Poster Layanan Layanan A',
      author: 'Dinas Sosial Kota Contoh',
      subject: 'Standar Pelayanan Layanan A: enam komponen untuk masyarakat (A4)',
      keywords: ['Standar Pelayanan', 'Layanan', 'Dinsos Contoh', 'pulang kampung'],
      language: 'id-ID',
      creationDate: new Date('2024-02-20T00:00:00Z'),
      modificationDate: new Date('2024-03-04T00:00:00Z'),
    });
    expect(maklumat!.meta.title).toBe('Maklumat Pelayanan Dinas Sosial Kota Contoh');
    expect(maklumat!.meta.subject).toBe('Maklumat Pelayanan (2 layanan)');
    expect(book!.meta.title).toBe('Buku Standar Pelayanan Dinas Sosial Kota Contoh');
  });

  it('leave out a service whose SOP is missing (the checker reports it)', () => {
    const c = catalog();
    const docs = serviceDocuments({ ...c, sops: [] });
    expect(docs).toEqual([]);
  });
});

describe('public site address', () => {
  it('is the site settings address, else the build address, without a trailing slash; none when neither is a web address', () => {
    expect(publicSiteUrl('https://sop.contoh.go.id/', 'http://localhost:4321')).toBe('https://sop.contoh.go.id');
    expect(publicSiteUrl(undefined, 'https://sop.contoh.go.id')).toBe('https://sop.contoh.go.id');
    expect(publicSiteUrl(undefined, '  ')).toBeUndefined();
    expect(publicSiteUrl(undefined, 'sop.contoh.go.id')).toBeUndefined();
    expect(publicSiteUrl(undefined, undefined)).toBeUndefined();
    expect(publicPageUrl('https://sop.contoh.go.id', '/layanan/x/')).toBe('https://sop.contoh.go.id/layanan/x/');
  });

  it('is an optional setting of situs.yaml; a value that is no web address is reported with its line and fix', () => {
    expect(siteSchema.parse({}).alamat).toBeUndefined();
    const bad = readSiteText('sops/_data/situs.yaml', 'nama: SOP Contoh\nalamat: sop.contoh.go.id\n');
    expect(bad.issues.map((i) => `${i.severity} ${i.path}: ${i.message} | ${i.fix}`)).toEqual([
      'error alamat: Alamat situs "sop.contoh.go.id" belum diawali https://; tulis alamat: https://sop.contoh.go.id. | Tulis alamat publik situs, diawali https://, misalnya alamat: https://sop.dinsos.contoh.go.id (dipakai kode QR pada poster layanan).',
    ]);
  });

  it('missing while there are services: the checker warns that printed posters would point nowhere', () => {
    const warned = checkServices(catalog(null)).filter((i) => i.code === 'alamat-situs-kosong');
    expect(warned.map((i) => `${i.severity} ${i.file} ${i.path}: ${i.message} | ${i.fix}`)).toEqual([
      'warning sops/_data/situs.yaml alamat: Alamat publik situs belum diisi, padahal ada 2 layanan: kode QR pada poster layanan tidak dapat menunjuk ke halaman mana pun, dan poster mencetak penanda [ISI: alamat situs]. | Tulis alamat: https://... (alamat situs setelah diterbitkan) di sops/_data/situs.yaml, atau setel SOP_SITE_URL=https://... saat menjalankan npm run build.',
    ]);
    expect(checkServices(catalog('https://sop.contoh.go.id')).filter((i) => i.code === 'alamat-situs-kosong')).toEqual([]);
    expect(checkServices({ ...catalog(null), services: [] }).filter((i) => i.code === 'alamat-situs-kosong')).toEqual([]);
  });
});
