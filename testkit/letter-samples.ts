/**
 * Sample values for every field of a letter template, and what each must look like in the letter.
 * Shared by the unit tests (Node rendering) and the browser tests (typed into the form).
 * Values are plausible (they end up in PNGs people look at) and distinct, so a check that one
 * value appears in the letter cannot be satisfied by another field.
 */
import { formatNip } from '../src/core/model/nip';
import { isGroupField, type LetterField, type LetterTemplateMeta, type ScalarField } from '../src/core/letters/field-types';
import type { GroupItem, LetterValues } from '../src/core/letters/form-values';
import { formatTanggal, formatTanggalAngka, parseIsoDate } from '../src/core/letters/indonesian-date';
import { formatAngka, formatRupiah, parseAngka, terbilang } from '../src/core/letters/terbilang';

const KNOWN: Record<string, string> = {
  klasifikasi: '400.9',
  nomor_urut: '15',
  tanggal_surat: '2024-03-04',
  hal: 'Rekomendasi Uji Coba Formulir',
  rujukan_sop: 'SOP Penanganan Korban Tindak Kekerasan Nomor 462/11/5.6.04/2024',
  tujuan: 'Pimpinan Lembaga Mitra Uji',
  tujuan_tempat: 'Batam',
  klien_nama: 'Siti Aminah',
  klien_tempat_lahir: 'Tanjung Balai Karimun',
  klien_alamat: 'Jalan Merdeka Nomor 12, RT 002/RW 003\nKelurahan Sei Jang, Kecamatan Bukit Bestari',
  daerah_tujuan: 'Kabupaten Lingga, Provinsi Kepulauan Riau',
  keadaan_klien: 'Klien tidak memiliki keluarga di Tanjungpinang dan tidak mempunyai biaya untuk pulang.\n\nKeluarga klien di daerah asal bersedia menerima klien kembali.',
  fasilitas_kesehatan: 'Puskesmas Kampung Bugis',
  kebutuhan_layanan: 'Pemeriksaan luka memar pada lengan kiri dan pendampingan psikologis.',
  keluhan: 'Nyeri pada bagian perut sejak tiga hari terakhir.',
  alasan: 'Klien belum dapat kembali ke rumah karena pelaku tinggal serumah.',
  permohonan_asal: 'Dinas Sosial Kabupaten Natuna',
  permohonan_nomor: '460/87/DINSOS/2024',
  keterangan_kepolisian: 'SKT/12/III/2024',
  tempat_berangkat: 'Pelabuhan Sri Bintan Pura',
  transportasi: 'kapal laut KM Bukit Raya',
  tempat: 'Kantor Dinas Sosial Kota Tanjungpinang',
  pihak1_nama: 'Rahmat Hidayat',
  pihak1_jabatan: 'Pekerja Sosial Dinas Sosial Kota Tanjungpinang',
  pihak1_alamat: 'Jalan Pemuda Nomor 3, Tanjungpinang',
  pihak2_nama: 'Yusuf Maulana',
  pihak2_jabatan: 'Kakak kandung klien',
  pihak2_alamat: 'Desa Penuba, Kabupaten Lingga',
  keterangan: 'Bersama klien diserahkan satu tas pakaian dan fotokopi Kartu Keluarga.',
  tempat_tugas: 'Pelabuhan Sri Bintan Pura dan Kabupaten Lingga',
  // The signatory "a.n." is a fictional head of division. The real head's rank is unknown
  // (placeholder in the agency profile) and must not be invented, even in test data: left empty.
  penandatangan_jabatan: 'a.n. Kepala Dinas Sosial Kota Tanjungpinang\nKepala Bidang Rehabilitasi Sosial',
  penandatangan_nama: 'Budi Santoso',
  penandatangan_pangkat: 'Pembina (IV/a)',
  penandatangan_nip: '19700101 199503 1 002',
  mengetahui_jabatan: 'Kepala Dinas Sosial Kota Tanjungpinang',
  mengetahui_nama: 'Diah Endang Susilawati',
  mengetahui_pangkat: '',
  mengetahui_nip: '19670720 199303 2 008',
  // Monitoring and evaluation forms: a fictional head of division assesses.
  unit: 'Bidang Rehabilitasi Sosial',
  periode: 'Semester I (Januari–Juni) 2024',
  sop: 'SOP Penanganan Korban Tindak Kekerasan Nomor 462/11/5.6.04/2024',
  penilai_jabatan: 'Kepala Bidang Rehabilitasi Sosial',
  penilai_nama: 'Budi Santoso',
  penilai_pangkat: 'Pembina (IV/a)',
  penilai_nip: '19700101 199503 1 002',
};

const GROUP_ITEMS: Record<string, GroupItem[]> = {
  tembusan: [{ isi: 'Wali Kota Tanjungpinang (sebagai laporan)' }, { isi: 'Arsip' }],
  pendamping: [
    { nama: 'Nurul Fadhilah', nip: '198503122010012003', jabatan: 'Pekerja Sosial Ahli Pertama' },
    { nama: 'Agus Salim', nip: '', jabatan: 'Tenaga Kesejahteraan Sosial Kecamatan' },
  ],
  petugas: [
    { nama: 'Nurul Fadhilah', nip: '198503122010012003', pangkat: 'Penata Muda (III/a)', jabatan: 'Pekerja Sosial Ahli Pertama' },
    { nama: 'Agus Salim', nip: '', pangkat: '', jabatan: 'Tenaga Kesejahteraan Sosial Kecamatan' },
  ],
  dasar: [{ isi: 'Surat Dinas Sosial Kabupaten Lingga Nomor 460/21/DINSOS/2024 tanggal 1 Maret 2024' }],
  untuk: [
    { isi: 'Mendampingi pemulangan klien sampai di pelabuhan keberangkatan' },
    { isi: 'Berkoordinasi dengan Dinas Sosial daerah asal selama perjalanan klien' },
  ],
  prosedur: [
    { sop: 'SOP Penanganan Eks Narapidana (BWBLP) Nomor 462/10/5.6.04/2024', penilaian: 'Berjalan dengan baik', catatan: '', tindakan: '' },
    {
      sop: 'SOP Penanganan Korban Tindak Kekerasan Nomor 462/11/5.6.04/2024',
      penilaian: 'Tidak berjalan dengan baik',
      catatan: 'Laporan sosial dikirim dua hari setelah batas waktu.',
      tindakan: 'Pengarahan ulang kepada pekerja sosial.',
    },
  ],
  kriteria: [
    { kriteria: 'SOP mudah dipahami', jawaban: 'Ya', catatan: '' },
    { kriteria: 'SOP mudah dilaksanakan', jawaban: 'Tidak', catatan: 'Langkah 4 menunggu tanda tangan Kepala Dinas.' },
  ],
  klien: [
    { nama: 'Siti Aminah', nik: '2172015507900003', tempat_lahir: 'Daik', tanggal_lahir: '1990-07-15', asal: 'Kabupaten Lingga', kondisi: 'Sehat' },
    { nama: 'Rudi Hartono', nik: '', tempat_lahir: '', tanggal_lahir: '', asal: 'Kabupaten Natuna', kondisi: 'Sehat, didampingi keluarga' },
  ],
};

/** Distinct valid values by type for fields not listed above. */
function byType(field: Pick<ScalarField, 'type' | 'options' | 'name' | 'label'>, n: number): string {
  switch (field.type) {
    case 'date':
      return `2024-0${1 + (n % 8)}-${String(10 + n).padStart(2, '0')}`;
    case 'number':
      return String([2, 14, 3, 5, 7][n % 5]);
    case 'rupiah':
      return ['1500000', '2750000', '850000'][n % 3]!;
    case 'nik':
      return `21720${n % 10}4507900${String(100 + n).slice(-3)}`;
    case 'nip':
      return `19850312201001200${n % 10}`.slice(0, 18);
    case 'nip_nik':
      return n % 2 ? `2172011203880${String(100 + n).slice(-3)}` : `19780512200501100${n % 10}`.slice(0, 18);
    case 'select':
      return field.options![field.options!.length - 1]!;
    case 'textarea':
      return `${field.label} baris pertama ${n}\n${field.label} baris kedua ${n}`;
    default:
      return `${field.label} contoh ${n}`;
  }
}

export function sampleValues(meta: LetterTemplateMeta): LetterValues {
  const values: LetterValues = {};
  meta.fields.forEach((field, n) => {
    if (isGroupField(field)) {
      const items = GROUP_ITEMS[field.name] ?? [0, 1].map((i) => Object.fromEntries(field.fields.map((s) => [s.name, byType(s, n * 10 + i)])));
      values[field.name] = items.slice(0, field.max).map((item) => ({ ...item }));
    } else {
      values[field.name] = KNOWN[field.name] ?? byType(field, n);
    }
  });
  return values;
}

/** Texts that must appear in the letter for one value (any of them), or [] when nothing is printed. */
export function expectedTexts(field: Pick<ScalarField, 'type'>, value: string): string[] {
  const v = value.trim();
  if (!v) return [];
  switch (field.type) {
    case 'date': {
      const d = parseIsoDate(v)!;
      return [formatTanggal(d), formatTanggalAngka(d)];
    }
    case 'number': {
      const n = parseAngka(v)!;
      return [`${formatAngka(n)} (${terbilang(n)})`];
    }
    case 'rupiah':
      return [`${formatRupiah(parseAngka(v)!)} (${terbilang(parseAngka(v)!)} rupiah)`];
    case 'nip':
      return [formatNip(v)];
    case 'nip_nik':
      return [v.replace(/\s/g, '').length === 18 ? formatNip(v) : v.replace(/\s/g, '')];
    case 'nik':
      return [v.replace(/\s/g, '')];
    case 'textarea':
      return v.split('\n').map((l) => l.trim()).filter(Boolean);
    default:
      return [v];
  }
}

/** Every (field path, expected texts) pair of a set of values, groups included. */
export function expectationsFor(meta: LetterTemplateMeta, values: LetterValues): { path: string; texts: string[] }[] {
  const out: { path: string; texts: string[] }[] = [];
  for (const field of meta.fields as LetterField[]) {
    const value = values[field.name];
    if (isGroupField(field)) {
      (value as GroupItem[]).forEach((item, i) => {
        for (const sub of field.fields) {
          const texts = expectedTexts(sub, item[sub.name] ?? '');
          if (texts.length) out.push({ path: `${field.name}.${i}.${sub.name}`, texts });
        }
      });
    } else {
      const texts = expectedTexts(field, value as string);
      if (texts.length) out.push({ path: field.name, texts });
    }
  }
  return out;
}

/**
 * A letter as an office fills it in: three tembusan, a two-line recipient and address,
 * a normal body of a few sentences, several petugas. Used to check that such a letter fits one
 * page, and that longer ones break as Tata Naskah Dinas wants.
 */
const REALISTIC: Record<string, string | GroupItem[]> = {
  tujuan: 'Kepala Dinas Sosial Kabupaten Lingga\nu.p. Kepala Bidang Rehabilitasi Sosial',
  klien_alamat: 'Jalan Merdeka Nomor 12, RT 002/RW 003, Kelurahan Sei Jang,\nKecamatan Bukit Bestari, Kota Tanjungpinang',
  keadaan_klien:
    'Klien ditemukan terlantar di Pelabuhan Sri Bintan Pura dan tidak memiliki keluarga di Tanjungpinang. Hasil asesmen Pekerja Sosial menunjukkan klien tidak mempunyai biaya untuk kembali ke daerah asal.\n\nKeluarga klien di daerah asal telah dihubungi dan bersedia menerima klien kembali.',
  kebutuhan_layanan:
    'Klien mengalami luka memar pada lengan kiri dan keluhan nyeri kepala setelah kejadian kekerasan. Klien memerlukan pemeriksaan dokter, pengobatan lanjutan dan pendampingan psikologis selama masa pemulihan.',
  keluhan: 'Nyeri pada bagian perut sejak tiga hari terakhir disertai demam dan mual. Klien belum pernah memeriksakan diri ke fasilitas kesehatan.',
  alasan:
    'Klien belum dapat kembali ke rumah karena terduga pelaku tinggal serumah dengan klien. Selama penanganan kasus, klien memerlukan tempat tinggal sementara yang aman serta pendampingan Pekerja Sosial.',
  keterangan: 'Bersama klien diserahkan satu tas pakaian, fotokopi Kartu Keluarga dan surat keterangan dari Kepolisian Resor Tanjungpinang.',
  tembusan: [{ isi: 'Wali Kota Tanjungpinang (sebagai laporan)' }, { isi: 'Kepala Dinas Sosial Provinsi Kepulauan Riau' }, { isi: 'Arsip' }],
  // A whole bidang monitored; the seven default criteria answered.
  prosedur: [
    { sop: 'SOP Penanganan Eks Narapidana (BWBLP) Nomor 462/10/5.6.04/2024', penilaian: 'Berjalan dengan baik', catatan: '', tindakan: '' },
    {
      sop: 'SOP Penanganan Korban Tindak Kekerasan Nomor 462/11/5.6.04/2024',
      penilaian: 'Tidak berjalan dengan baik',
      catatan: 'Laporan sosial dikirim dua hari setelah batas waktu pada dua dari lima kasus.',
      tindakan: 'Pengarahan ulang kepada pekerja sosial; pemantauan bulanan oleh Kepala Seksi.',
    },
    { sop: 'SOP Penanganan Korban Perdagangan Orang Nomor 465.3/12/5.6.04/2024', penilaian: 'Berjalan dengan baik', catatan: 'Belum ada kasus pada periode ini.', tindakan: '' },
  ],
  kriteria: [
    { kriteria: 'SOP mampu mendorong peningkatan kinerja', jawaban: 'Ya', catatan: '' },
    { kriteria: 'SOP mudah dipahami', jawaban: 'Ya', catatan: '' },
    { kriteria: 'SOP mudah dilaksanakan', jawaban: 'Tidak', catatan: 'Langkah 4 menunggu tanda tangan Kepala Dinas hingga tiga hari.' },
    { kriteria: 'Semua pelaksana dapat menjalankan perannya masing-masing', jawaban: 'Ya', catatan: '' },
    { kriteria: 'SOP mampu mengatasi permasalahan yang berkaitan dengan proses', jawaban: 'Ya', catatan: '' },
    { kriteria: 'SOP mampu menjawab kebutuhan peningkatan kinerja organisasi', jawaban: 'Ya', catatan: '' },
    { kriteria: 'SOP dapat dilaksanakan bersama SOP lain yang terkait', jawaban: 'Ya', catatan: 'Sejalan dengan SOP rujukan ke rumah sakit.' },
  ],
  petugas: [
    { nama: 'Nurul Fadhilah', nip: '198503122010012003', pangkat: 'Penata Muda (III/a)', jabatan: 'Pekerja Sosial Ahli Pertama' },
    { nama: 'Agus Salim', nip: '', pangkat: '', jabatan: 'Tenaga Kesejahteraan Sosial Kecamatan' },
    { nama: 'Rina Marlina', nip: '199001152015032001', pangkat: 'Penata Muda Tingkat I (III/b)', jabatan: 'Penyuluh Sosial Ahli Pertama' },
  ],
  dasar: [
    { isi: 'Surat Dinas Sosial Kabupaten Lingga Nomor 460/21/DINSOS/2024 tanggal 1 Maret 2024 perihal Permohonan Pemulangan Klien' },
    { isi: 'Disposisi Kepala Dinas Sosial Kota Tanjungpinang tanggal 4 Maret 2024' },
  ],
  untuk: [
    { isi: 'Mendampingi pemulangan klien sampai di pelabuhan keberangkatan' },
    { isi: 'Berkoordinasi dengan Dinas Sosial daerah asal selama perjalanan klien' },
    { isi: 'Melaporkan hasil pelaksanaan tugas kepada Kepala Dinas Sosial paling lambat tiga hari setelah tugas selesai' },
  ],
};

export function realisticValues(meta: LetterTemplateMeta): LetterValues {
  const values = sampleValues(meta);
  for (const field of meta.fields) {
    const v = REALISTIC[field.name];
    if (v !== undefined) values[field.name] = Array.isArray(v) ? v.map((item) => ({ ...item })) : v;
  }
  return values;
}
