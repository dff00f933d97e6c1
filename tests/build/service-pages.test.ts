/**
 * The service pages for the public (/layanan/<id>/), the service lists and /layanan.json, read
 * from the site built from sops/ (tests/setup/build-site.ts). Expected texts are written out for
 * the sample services (sops/_layanan/), whose facts come from the seed SOPs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/core/catalog/catalog';
import { loadSources } from '../../src/node/load-sources';
import { ROOT, SITE_DIST } from '../../testkit/paths';
import { openSiteDom, type SiteDom } from './site-dom';

let catalog: Catalog;
let dom: SiteDom;

beforeAll(async () => {
  catalog = loadSources(ROOT).catalog;
  dom = await openSiteDom();
});
afterAll(async () => {
  await dom?.close();
});

const HEADINGS = [
  '1. Yang perlu dibawa Persyaratan',
  '2. Langkah-langkahnya Sistem, mekanisme dan prosedur',
  '3. Berapa lama Jangka waktu pelayanan',
  '4. Berapa biayanya Biaya/tarif',
  '5. Yang Anda terima Produk pelayanan',
  '6. Jika ada keluhan Penanganan pengaduan, saran dan masukan',
];

describe('service pages', () => {
  it('exist for every service, with the six components in the order a person needs them', async () => {
    expect(catalog.services!.length).toBe(4);
    for (const s of catalog.services!) {
      await dom.open(`/layanan/${s.id}/`);
      expect(await dom.attrs('html', 'lang')).toEqual(['id']);
      expect(await dom.text('h1'), s.id).toBe(s.data.nama);
      expect(await dom.texts('.service-part h2'), s.id).toEqual([...HEADINGS, 'Prosedur lengkap untuk petugas']);
      expect(await dom.texts('.checklist label'), s.id).toEqual(s.data.persyaratan);
      expect(await dom.count('.checklist input[type=checkbox]'), s.id).toBe(s.data.persyaratan.length);
      expect(await dom.texts('.service-steps li'), s.id).toEqual(s.data.prosedur);
      expect(await dom.attrs('a[data-service-sop]', 'href'), s.id).toEqual(s.data.sop.map((id) => `/sop/${id}/`));
      expect(await dom.attrs('a[data-service-poster]', 'href'), s.id).toEqual([`/cetak/layanan/${s.id}/a4/`, `/cetak/layanan/${s.id}/a3/`]);
      expect(await dom.count('script'), s.id).toBe(0);
    }
  });

  it('show the time, cost and product taken from the SOP (korban tindak kekerasan, seed 002)', async () => {
    await dom.open('/layanan/penanganan-korban-tindak-kekerasan/');
    expect(await dom.count('.service-draft-notice')).toBe(0);
    expect(await dom.text('[data-service-waktu]')).toBe('3 hari 1 jam 15 menit – 7 hari 1 jam 45 menit');
    expect(await dom.texts('#waktu p')).toEqual([
      '3 hari 1 jam 15 menit – 7 hari 1 jam 45 menit',
      'Menurut uraian SOP: Tergantung kasus.',
      'Jumlah waktu setiap langkah dalam SOP, sejak laporan diterima.',
    ]);
    expect(await dom.text('[data-service-biaya]')).toBe('Gratis');
    expect(await dom.texts('#produk ul li')).toEqual([
      'Pendampingan ke RSUD/Puskesmas',
      'Surat Rekomendasi Jamkesda',
      'Rekom permohonan bantuan ke Baznas',
      'Surat Rujukan Pendampingan Kesehatan',
      'Surat Rekomendasi Jamkesda',
      'Surat Rekomendasi Permohonan Bantuan Pemulangan',
    ]);
    expect(await dom.texts('#sop li a')).toEqual([
      'SOP Penanganan Korban Tindak Kekerasan',
      'Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial',
      'Peraturan Menteri Sosial Nomor 08 Tahun 2012 tentang Pendataan dan Pengelolaan PMKS dan PSKS',
      'Peraturan Menteri Sosial Nomor 16 Tahun 2019 tentang Standar Nasional Rehabilitasi Sosial',
      'Peraturan Walikota Tanjungpinang Nomor 24 Tahun 2014 tentang Pusat Pelayanan Terpadu Pemberdayaan Perempuan dan Anak (P2TP2A)',
    ]);
  });

  it('keep what the seeds do not say marked as placeholders (cost of pemulangan, office hours, channels)', async () => {
    await dom.open('/layanan/pemulangan-orang-terlantar/');
    // Its SOP is a draf (seed 001 shows no signature).
    expect(await dom.text('.service-draft-notice')).toBe('Keterangan ini disusun dari SOP yang belum berlaku (draf); dapat berubah sebelum SOP disahkan.');
    expect(await dom.text('[data-service-waktu]')).toBe('76 jam 15 menit');
    expect(await dom.text('[data-service-biaya] .placeholder')).toBe('[ISI: biaya layanan]');
    expect(await dom.texts('#produk ul li')).toEqual([
      'Bantuan biaya transportasi sampai ke daerah asal',
      'Pendampingan perjalanan pulang hingga tiba di alamat asal',
    ]);
    expect(await dom.texts('#pengaduan ul li .placeholder')).toEqual([
      '[ISI: saluran pengaduan kantor (loket, telepon/WhatsApp, e-mail, kotak saran)]',
    ]);
    expect(await dom.texts('.service-office dt')).toEqual(['Kantor', 'Alamat', 'Jam pelayanan', 'Telepon', 'E-mail']);
    expect(await dom.texts('.service-office dd')).toEqual([
      '[ISI: Dinas Sosial Provinsi (nama provinsi)]',
      '[ISI: alamat kantor]',
      '[ISI: hari dan jam pelayanan]',
      '[ISI: nomor telepon]',
      '[ISI: alamat e-mail]',
    ]);
    expect(await dom.count('.service-office .placeholder')).toBe(5);
  });
});

describe('service lists', () => {
  it('on the home page, the service index and each agency page link every service', async () => {
    const all = catalog.services!.map((s) => `/layanan/${s.id}/`);
    await dom.open('/');
    expect(await dom.attrs('.home-services .service-card__name a', 'href')).toEqual(all);
    await dom.open('/layanan/');
    expect(await dom.attrs('.service-card__name a', 'href')).toEqual(all);
    await dom.open('/instansi/dinsos-tanjungpinang/');
    expect(await dom.attrs('.agency-services .service-card__name a', 'href')).toEqual([
      '/layanan/penanganan-eks-narapidana/',
      '/layanan/penanganan-korban-perdagangan-orang/',
      '/layanan/penanganan-korban-tindak-kekerasan/',
    ]);
    expect(await dom.attrs('a[data-maklumat]', 'href')).toEqual(['/cetak/maklumat/dinsos-tanjungpinang/']);
    expect(await dom.attrs('a[data-lampiran]', 'href')).toEqual(['/cetak/standar-pelayanan/dinsos-tanjungpinang/']);
    await dom.open('/instansi/dinsos-provinsi/');
    expect(await dom.attrs('.agency-services .service-card__name a', 'href')).toEqual(['/layanan/pemulangan-orang-terlantar/']);
    expect(await dom.attrs('a[data-maklumat]', 'href')).toEqual(['/cetak/maklumat/dinsos-provinsi/']);
  });
});

describe('/layanan.json', () => {
  it('has one entry per service with its Standar Pelayanan', () => {
    const json = JSON.parse(readFileSync(join(SITE_DIST, 'layanan.json'), 'utf8')) as Record<string, unknown>[];
    expect(json.map((e) => e.id)).toEqual([
      'pemulangan-orang-terlantar',
      'penanganan-eks-narapidana',
      'penanganan-korban-perdagangan-orang',
      'penanganan-korban-tindak-kekerasan',
    ]);
    expect(json[1]).toMatchObject({
      id: 'penanganan-eks-narapidana',
      nama: 'Penanganan Eks Narapidana (BWBLP)',
      instansi: 'dinsos-tanjungpinang',
      url: '/layanan/penanganan-eks-narapidana/',
      sop: [{ id: 'tanjungpinang/penanganan-eks-narapidana', judul: 'Penanganan Eks Narapidana (BWBLP)', url: '/sop/tanjungpinang/penanganan-eks-narapidana/' }],
      persyaratan: [
        'Laporan lisan dari warga atau dari klien sendiri',
        'Identitas klien',
        'Surat keterangan bebas dari Lembaga Pemasyarakatan',
        '[ISI: persyaratan lain yang harus dibawa, bila ada]',
      ],
      jangka_waktu: { teks: '3 hari 1 jam 15 menit – 7 hari 1 jam 45 menit', min_menit: 4395, max_menit: 10185, asal: 'sop', narasi: 'Tergantung kasus' },
      biaya: { teks: 'Gratis', gratis: true, asal: 'narasi' },
      produk: {
        items: ['Surat Rekomendasi ke Baznas/Lembaga lainnya', 'Penitipan klien di RSTS', 'Rekom ke panti (alternative terakhir)'],
        surat: ['rekomendasi-bantuan-pemulangan', 'penitipan-panti'],
        asal: 'sop',
      },
      pengaduan: {
        saluran: ['[ISI: saluran pengaduan kantor (loket, telepon/WhatsApp, e-mail, kotak saran)]'],
        alamat: '[ISI: alamat kantor]',
        jam_pelayanan: '[ISI: hari dan jam pelayanan]',
      },
      dasar_hukum: ['uu-11-2009', 'permensos-8-2012', 'permensos-16-2019'],
    });
    expect(json[0]!.produk).toEqual({
      items: ['Bantuan biaya transportasi sampai ke daerah asal', 'Pendampingan perjalanan pulang hingga tiba di alamat asal'],
      surat: [],
      asal: 'layanan',
      alasan: 'Langkah terakhir SOP (BAST) adalah serah terima antarinstansi; yang diterima orang terlantar tertulis di langkah 6 dan 12.',
    });
  });
});
