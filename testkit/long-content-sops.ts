/**
 * Fixture SOPs longer than a printed page, for the PDF page-fitting tests
 * (tests/build/pdf-long-content.test.ts): identity blocks with long lists (a little too long for
 * the first page; far too long for it), and a step whose kegiatan is taller than a page.
 */
import type { SyntheticSopOptions } from './synthetic';

const ORDINALS = ['pertama', 'kedua', 'ketiga', 'keempat', 'kelima', 'keenam', 'ketujuh', 'kedelapan', 'kesembilan', 'kesepuluh', 'kesebelas', 'kedua belas', 'ketiga belas', 'keempat belas', 'kelima belas', 'keenam belas', 'ketujuh belas', 'kedelapan belas', 'kesembilan belas', 'kedua puluh', 'kedua puluh satu', 'kedua puluh dua', 'kedua puluh tiga', 'kedua puluh empat'];

/** `n` numbered items: "<word> <ordinal> <tail>". */
const items = (n: number, word: string, tail: string) => ORDINALS.slice(0, n).map((o) => `${word} ${o} ${tail}`);

const ALL_REGULATIONS = ['uu-21-2007', 'uu-11-2009', 'uu-23-2014', 'permensos-8-2012', 'permensos-9-2018', 'permensos-16-2019', 'perwako-tanjungpinang-24-2014'];

const LONG_SENTENCE =
  'memeriksa setiap berkas permohonan bersama Pekerja Sosial dan TKSK setempat, mencocokkan data klien dengan basis data PMKS, ' +
  'menghubungi keluarga atau wali klien, mencatat hasil pemeriksaan dalam buku register, dan menyiapkan konsep surat rekomendasi';

export const LONG_SOPS: Record<string, SyntheticSopOptions> = {
  'panjang/daftar-agak-panjang': {
    steps: 5, actors: 2, seed: 21, instansi: 'dinsos-sintetis-a', nomor: '460/21/SINT/2024', judul: 'Daftar Agak Panjang', decisions: false,
    lists: {
      dasar_hukum: ALL_REGULATIONS,
      kualifikasi_pelaksana: items(10, 'Kualifikasi', 'yang harus dimiliki pelaksana sebelum melayani klien'),
      keterkaitan: items(8, 'Keterkaitan', 'dengan SOP pelayanan lain di lingkungan dinas'),
      peralatan: items(10, 'Peralatan', 'untuk pelayanan'),
      peringatan: items(3, 'Peringatan', 'bila langkah tidak dilaksanakan sesuai ketentuan'),
      pencatatan: items(6, 'Pencatatan', 'dalam buku register'),
    },
  },
  'panjang/daftar-sangat-panjang': {
    steps: 5, actors: 2, seed: 22, instansi: 'dinsos-sintetis-a', nomor: '460/22/SINT/2024', judul: 'Daftar Sangat Panjang', decisions: false,
    lists: {
      dasar_hukum: ALL_REGULATIONS,
      kualifikasi_pelaksana: items(24, 'Kualifikasi', 'yang harus dimiliki pelaksana sebelum melayani klien di kantor dinas'),
      keterkaitan: items(20, 'Keterkaitan', 'dengan SOP pelayanan lain di lingkungan dinas sosial'),
      peralatan: items(24, 'Peralatan', 'untuk pelayanan klien'),
      peringatan: items(12, 'Peringatan', 'bila langkah tidak dilaksanakan sesuai ketentuan yang berlaku'),
      pencatatan: items(16, 'Pencatatan', 'dalam buku register'),
    },
  },
  'panjang/kegiatan-panjang': {
    steps: 6, actors: 3, seed: 23, instansi: 'dinsos-sintetis-a', nomor: '460/23/SINT/2024', judul: 'Kegiatan Panjang', decisions: false,
    kegiatan: { 3: `(awal kegiatan panjang) ${Array.from({ length: 18 }, (_, k) => `Tahap ${k + 1}: ${LONG_SENTENCE}.`).join(' ')} (akhir kegiatan panjang)` },
  },
};
