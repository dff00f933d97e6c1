/** Small valid sources for unit tests; each test breaks one thing and expects its message. */
import { agencySchema, type Agency } from '../../../src/core/model/agency';
import { sopSchema, type SopFrontmatter, type SopFrontmatterInput } from '../../../src/core/model/sop';
import type { Catalog, SopSource } from '../../../src/core/catalog/catalog';
import type { Regulation } from '../../../src/core/model/regulation';

export function validSopInput(): SopFrontmatterInput & Record<string, unknown> {
  return {
    nomor: '462/10/5.6.04/2024',
    judul: 'Penanganan Contoh',
    instansi: 'dinsos-contoh',
    bidang: 'Rehabilitasi Sosial',
    status: 'berlaku',
    tanggal: { pembuatan: '2024-02-20', revisi: '2024-02-27', efektif: '2024-03-04' },
    sasaran: 'Klien contoh',
    dasar_hukum: ['uu-11-2009'],
    pelaksana: [
      { id: 'staf', label: 'Staf ADM' },
      { id: 'kabid', label: 'Kabid Rehabilitasi' },
    ],
    langkah: [
      { kegiatan: 'Menerima laporan', pelaksana: 'staf', waktu: '15 menit' },
      {
        kegiatan: 'Menetapkan kelayakan',
        pelaksana: 'kabid',
        waktu: '30 – 60 menit',
        keputusan: { ya: { label: 'Layak', ke: 3 }, tidak: { label: 'Tidak layak', ke: 'selesai' } },
      },
      { kegiatan: 'Menyerahkan klien', pelaksana: 'staf', waktu: '3-7 hari' },
    ],
  };
}

export function parseSop(input: unknown): SopFrontmatter {
  return sopSchema.parse(input);
}

export const AGENCY: Agency = agencySchema.parse({
  pemerintah: 'Pemerintah Kota Contoh',
  nama: 'Dinas Sosial Kota Contoh',
  singkatan: 'Dinsos Contoh',
  kota: 'Contoh',
  alamat: '[ISI: alamat kantor]',
  telepon: '[ISI: nomor telepon]',
  email: '[ISI: e-mail]',
  situs: '[ISI: situs]',
  logo: '[ISI: logo]',
  kepala: { jabatan: 'Kepala Dinas Sosial Kota Contoh', nama: 'Nama Contoh', nip: '19670720 199303 2 008' },
  pola_nomor_surat: '{klasifikasi}/{nomor}/5.6.04/{tahun}',
});

export const REGULATION: Regulation = { jenis: 'Undang-Undang', nomor: '11', tahun: 2009, tentang: 'Kesejahteraan Sosial' };

export function sopSource(input: unknown, id = 'contoh/sop-a'): SopSource {
  return { id, file: `sops/${id}.mdx`, data: parseSop(input), body: '' };
}

export function catalogOf(...sops: SopSource[]): Catalog {
  return {
    sops,
    agencies: new Map([['dinsos-contoh', { id: 'dinsos-contoh', file: 'sops/_data/instansi/dinsos-contoh.yaml', data: AGENCY }]]),
    regulations: new Map([['uu-11-2009', REGULATION]]),
    regulationsFile: 'sops/_data/dasar-hukum.yaml',
    letterTemplates: new Set(['rekomendasi-jamkesda']),
  };
}
