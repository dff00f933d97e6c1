/**
 * Acronyms of the social-services domain as the SOPs of Dinas Sosial write them
 * (docs/formats.md §3), with their meaning and the words people type when they search.
 *
 * `term` and `variants` are matched case-sensitively as whole words ("OT", "PM" must not match
 * inside other words); `meaning` and `synonyms` are matched case-insensitively.
 */
export interface Acronym {
  /** The acronym as written in the SOPs: "BWBLP", "Peksos". */
  term: string;
  /** Other spellings of the same acronym found in documents ("TSKK" for "TKSK"). */
  variants?: readonly string[];
  /** What it stands for, shown in <abbr title> and in search hints. */
  meaning: string;
  /** Everyday words for the same thing, added to the search index of pages that use it. */
  synonyms: readonly string[];
}

const TRAFFICKING = ['trafficking', 'human trafficking', 'perdagangan orang', 'perdagangan manusia'];

export const ACRONYMS: readonly Acronym[] = [
  { term: 'SOP', meaning: 'Standar Operasional Prosedur', synonyms: ['prosedur baku'] },
  { term: 'PMKS', meaning: 'Pemerlu Pelayanan Kesejahteraan Sosial', synonyms: ['penyandang masalah kesejahteraan sosial'] },
  { term: 'PSKS', meaning: 'Potensi dan Sumber Kesejahteraan Sosial', synonyms: [] },
  {
    term: 'BWBLP',
    meaning: 'Bekas Warga Binaan Lembaga Pemasyarakatan',
    synonyms: ['eks narapidana', 'eks napi', 'mantan narapidana', 'mantan napi', 'bekas narapidana', 'narapidana', 'napi'],
  },
  { term: 'OT', meaning: 'Orang Terlantar', synonyms: ['terlantar', 'telantar', 'orang telantar'] },
  { term: 'KTK', meaning: 'Korban Tindak Kekerasan', synonyms: ['korban kekerasan', 'kekerasan'] },
  { term: 'KPO', meaning: 'Korban Perdagangan Orang', synonyms: TRAFFICKING },
  { term: 'TPPO', meaning: 'Tindak Pidana Perdagangan Orang', synonyms: TRAFFICKING },
  { term: 'Peksos', meaning: 'Pekerja Sosial', synonyms: [] },
  { term: 'TKSK', variants: ['TSKK'], meaning: 'Tenaga Kesejahteraan Sosial Kecamatan', synonyms: [] },
  { term: 'JFT', meaning: 'Jabatan Fungsional Tertentu', synonyms: ['jabatan fungsional'] },
  { term: 'Kabid', meaning: 'Kepala Bidang', synonyms: [] },
  { term: 'Kasi', meaning: 'Kepala Seksi', synonyms: [] },
  { term: 'Kadis', meaning: 'Kepala Dinas', synonyms: [] },
  { term: 'Rehsos', meaning: 'Rehabilitasi Sosial', synonyms: [] },
  { term: 'RSTS', meaning: 'Rumah Singgah Tepak Sirih', synonyms: ['rumah singgah'] },
  { term: 'P2TP2A', meaning: 'Pusat Pelayanan Terpadu Pemberdayaan Perempuan dan Anak', synonyms: [] },
  { term: 'Baznas', variants: ['BAZNAS'], meaning: 'Badan Amil Zakat Nasional', synonyms: [] },
  { term: 'Jamkesda', meaning: 'Jaminan Kesehatan Daerah', synonyms: [] },
  { term: 'RSUD', meaning: 'Rumah Sakit Umum Daerah', synonyms: ['rumah sakit'] },
  { term: 'Puskesmas', meaning: 'Pusat Kesehatan Masyarakat', synonyms: [] },
  { term: 'BAST', meaning: 'Berita Acara Serah Terima', synonyms: ['berita acara'] },
  { term: 'SPPD', meaning: 'Surat Perintah Perjalanan Dinas', synonyms: ['perjalanan dinas'] },
  { term: 'UPT', meaning: 'Unit Pelaksana Teknis', synonyms: [] },
  { term: 'PM', meaning: 'Penerima Manfaat', synonyms: [] },
  { term: 'ATK', meaning: 'Alat Tulis Kantor', synonyms: [] },
  { term: 'ATENSI', meaning: 'Asistensi Rehabilitasi Sosial', synonyms: [] },
  { term: 'LKS', meaning: 'Lembaga Kesejahteraan Sosial', synonyms: [] },
  { term: 'NAPZA', meaning: 'Narkotika, Psikotropika, dan Zat Adiktif', synonyms: ['narkoba'] },
];

/** Every written form of an acronym: its term and its variants. */
export function spellings(a: Acronym): string[] {
  return [a.term, ...(a.variants ?? [])];
}
