/**
 * Fields every letter of a kind has, so templates declare only what is their own.
 * Order of the form: head fields of the kind, the template's fields, then tail fields.
 * A template can change their defaults through `bawaan` (e.g. the "Hal" of its letters).
 */
import type { GroupField, LetterKind, LetterField, ScalarField } from './field-types';

const NOMOR = 'Nomor dan tanggal';

const klasifikasi: ScalarField = {
  name: 'klasifikasi',
  label: 'Kode klasifikasi',
  hint: 'Kode klasifikasi arsip (Permendagri 83/2022) di depan nomor, mis. 400.9. Kosongkan bila diisi tangan.',
  type: 'text',
  required: false,
  lebar: 'pendek',
  maks: 30,
  bagian: NOMOR,
};

const nomorUrut: ScalarField = {
  name: 'nomor_urut',
  label: 'Nomor urut surat',
  hint: 'Nomor surat keluar dari bagian umum. Kosongkan bila baru diberikan setelah surat ditandatangani; tempatnya dibiarkan kosong untuk ditulis tangan.',
  type: 'text',
  required: false,
  lebar: 'pendek',
  maks: 20,
  bagian: NOMOR,
};

const tanggalSurat: ScalarField = {
  name: 'tanggal_surat',
  label: 'Tanggal surat',
  type: 'date',
  required: true,
  default: 'hari-ini',
  bagian: NOMOR,
};

const rujukanSop: ScalarField = {
  name: 'rujukan_sop',
  label: 'Rujukan SOP',
  hint: 'Terisi sendiri bila formulir dibuka dari langkah SOP, mis. SOP Penanganan Eks Narapidana (BWBLP).',
  type: 'text',
  required: false,
  maks: 300,
  bagian: NOMOR,
};

const SIFAT = ['Biasa', 'Segera', 'Sangat Segera', 'Penting', 'Rahasia'];

const suratDinasHead: ScalarField[] = [
  klasifikasi,
  nomorUrut,
  tanggalSurat,
  { name: 'sifat', label: 'Sifat', type: 'select', options: SIFAT, default: 'Biasa', required: true, bagian: NOMOR },
  {
    name: 'lampiran',
    label: 'Jumlah lampiran (berkas)',
    hint: 'Ditulis "1 (satu) berkas". Kosongkan bila tidak ada lampiran.',
    type: 'number',
    required: false,
    lebar: 'pendek',
    bagian: NOMOR,
  },
  { name: 'hal', label: 'Hal', type: 'text', required: true, maks: 200, bagian: NOMOR },
  rujukanSop,
  {
    name: 'tujuan',
    label: 'Penerima surat (Yth.)',
    hint: 'Jabatan dan instansi penerima, mis. Ketua Baznas Kota Tanjungpinang.',
    type: 'textarea',
    baris: 2,
    required: true,
    maks: 300,
    bagian: 'Tujuan surat',
  },
  {
    name: 'tujuan_tempat',
    label: 'Tempat penerima (di)',
    hint: 'Kota atau tempat penerima, ditulis di bawah "di".',
    type: 'text',
    required: true,
    lebar: 'sedang',
    maks: 100,
    bagian: 'Tujuan surat',
  },
];

function signatory(prefix: string, bagian: string, jabatanHint: string): ScalarField[] {
  return [
    {
      name: `${prefix}_jabatan`,
      label: 'Jabatan',
      hint: jabatanHint,
      type: 'textarea',
      baris: 2,
      required: true,
      dari_instansi: 'kepala.jabatan',
      maks: 200,
      bagian,
    },
    { name: `${prefix}_nama`, label: 'Nama', type: 'text', required: true, dari_instansi: 'kepala.nama', maks: 100, bagian },
    {
      name: `${prefix}_pangkat`,
      label: 'Pangkat/golongan',
      hint: 'mis. Pembina (IV/a). Kosongkan bila tidak dicantumkan.',
      type: 'text',
      required: false,
      dari_instansi: 'kepala.pangkat',
      maks: 100,
      bagian,
    },
    {
      name: `${prefix}_nip`,
      label: 'NIP',
      hint: '18 angka, boleh dengan spasi, mis. 19670720 199303 2 008.',
      type: 'nip',
      required: true,
      dari_instansi: 'kepala.nip',
      lebar: 'sedang',
      bagian,
    },
  ];
}

const tembusan: GroupField = {
  name: 'tembusan',
  label: 'Penerima tembusan',
  hint: 'Pihak yang menerima salinan surat. Hapus semua bila tidak ada tembusan.',
  type: 'group',
  required: false,
  label_item: 'Tembusan',
  min: 0,
  max: 10,
  fields: [{ name: 'isi', label: 'Penerima tembusan', type: 'text', required: true, maks: 200 }],
  default: [{ isi: 'Arsip' }],
  bagian: 'Tembusan',
};

const PENANDATANGAN_HINT =
  'Ditulis di atas tanda tangan. Untuk atas nama, tulis dua baris: "a.n. Kepala Dinas ..." lalu jabatan penanda tangan.';

export const STANDARD_FIELDS: Record<LetterKind, { head: LetterField[]; tail: LetterField[] }> = {
  'surat-dinas': {
    head: suratDinasHead,
    tail: [...signatory('penandatangan', 'Penandatangan', PENANDATANGAN_HINT), tembusan],
  },
  'surat-tugas': {
    head: [klasifikasi, nomorUrut, tanggalSurat, rujukanSop],
    tail: [...signatory('penandatangan', 'Penandatangan', PENANDATANGAN_HINT), tembusan],
  },
  'berita-acara': {
    head: [klasifikasi, nomorUrut, { ...tanggalSurat, label: 'Tanggal serah terima' }, rujukanSop],
    tail: signatory('mengetahui', 'Mengetahui (kepala kantor)', 'Pejabat yang mengetahui serah terima, biasanya kepala dinas.'),
  },
  // Monitoring and evaluation forms (formats.md §4): the date only; each form names its own
  // assessor and, when it has one, its number.
  formulir: {
    head: [{ ...tanggalSurat, label: 'Tanggal pelaksanaan', bagian: 'Tanggal' }],
    tail: [],
  },
};

export function standardFieldNames(kind: LetterKind): string[] {
  const { head, tail } = STANDARD_FIELDS[kind];
  return [...head, ...tail].map((f) => f.name);
}
