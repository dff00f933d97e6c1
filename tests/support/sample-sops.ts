/**
 * What the sample SOPs in sops/ must show, written out (not computed with the production
 * formatters): dates as printed, the signer's NIP, the total time of the main path, the titles of
 * the regulations. A change to sops/ or to a formatter shows up here as a failing test.
 */

export interface SampleSop {
  /** Tanggal Pembuatan, Tanggal Revisi and the effective date, as printed ("-" when absent). */
  pembuatan: string;
  revisi: string;
  efektif: string;
  /** The signer's NIP line. */
  nip: string;
  /** Total time of the main path: minutes, text, the steps without a time; shown when `shown`. */
  total: { min: number; max: number; text: string; unstated: number[]; shown: boolean };
  /** Dates of the revision history, in order. */
  revisions: string[];
  /** The next review date, or "Belum ditetapkan". */
  tinjauUlang: string;
}

export const SAMPLE_SOPS: Record<string, SampleSop> = {
  'provinsi/pemulangan-orang-terlantar': {
    pembuatan: '[ISI: tanggal pembuatan]',
    revisi: '-',
    efektif: '[ISI: tanggal efektif]',
    nip: 'NIP. [ISI: NIP kepala dinas]',
    total: { min: 4520, max: 4520, text: '75 jam 20 menit', unstated: [5, 13], shown: true },
    revisions: [],
    tinjauUlang: 'Belum ditetapkan',
  },
  'tanjungpinang/penanganan-eks-narapidana': {
    pembuatan: '20 Februari 2024',
    revisi: '27 Februari 2024',
    efektif: '4 Maret 2024',
    nip: 'NIP. 19670720 199303 2 008',
    total: { min: 4395, max: 10185, text: '3 hari 1 jam 15 menit – 7 hari 1 jam 45 menit', unstated: [], shown: true },
    revisions: ['27 Februari 2024'],
    tinjauUlang: 'Belum ditetapkan',
  },
  'tanjungpinang/penanganan-korban-perdagangan-orang': {
    pembuatan: '20 Februari 2024',
    revisi: '27 Februari 2024',
    efektif: '4 Maret 2024',
    nip: 'NIP. 19670720 199303 2 008',
    total: { min: 4395, max: 10185, text: '3 hari 1 jam 15 menit – 7 hari 1 jam 45 menit', unstated: [], shown: true },
    revisions: ['27 Februari 2024'],
    tinjauUlang: 'Belum ditetapkan',
  },
  'tanjungpinang/penanganan-korban-tindak-kekerasan': {
    pembuatan: '20 Februari 2024',
    revisi: '27 Februari 2024',
    efektif: '4 Maret 2024',
    nip: 'NIP. 19670720 199303 2 008',
    total: { min: 4395, max: 10185, text: '3 hari 1 jam 15 menit – 7 hari 1 jam 45 menit', unstated: [], shown: true },
    revisions: ['27 Februari 2024'],
    tinjauUlang: 'Belum ditetapkan',
  },
};

/** Full titles of the regulations in sops/_data/dasar-hukum.yaml, by id. */
export const REGULATION_TITLES: Record<string, string> = {
  'permensos-16-2019': 'Peraturan Menteri Sosial Nomor 16 Tahun 2019 tentang Standar Nasional Rehabilitasi Sosial',
  'permensos-8-2012': 'Peraturan Menteri Sosial Nomor 08 Tahun 2012 tentang Pendataan dan Pengelolaan PMKS dan PSKS',
  'permensos-9-2018': 'Peraturan Menteri Sosial Nomor 9 Tahun 2018 tentang Standar Teknis Pelayanan Dasar pada Standar Pelayanan Minimal di Daerah Provinsi dan di Daerah Kabupaten/Kota',
  'perwako-tanjungpinang-24-2014': 'Peraturan Walikota Tanjungpinang Nomor 24 Tahun 2014 tentang Pusat Pelayanan Terpadu Pemberdayaan Perempuan dan Anak (P2TP2A)',
  'uu-11-2009': 'Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial',
  'uu-21-2007': 'Undang-Undang Nomor 21 Tahun 2007 tentang Pemberantasan Tindak Pidana Perdagangan Orang',
  'uu-23-2014': 'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah',
};

/** The sample SOP's expectations; fails loudly for an SOP added to sops/ without them. */
export function sampleSop(id: string): SampleSop {
  const sop = SAMPLE_SOPS[id];
  if (!sop) throw new Error(`tests/support/sample-sops.ts has no expectations for the sample SOP '${id}'`);
  return sop;
}

export function regulationTitleOf(id: string): string {
  const title = REGULATION_TITLES[id];
  if (!title) throw new Error(`tests/support/sample-sops.ts has no title for the regulation '${id}'`);
  return title;
}
