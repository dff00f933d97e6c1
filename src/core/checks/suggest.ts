/** "Did you mean ...?" for misspelt field names and ids. */
import { closest } from '../model/closest-word';
import { looseText } from '../model/loose-text';

export { closest };

/**
 * An SOP id as written, without "sops/" before it or ".mdx" after it (a file path copied from the
 * folder), with "/" for Windows' "\" ("sops\medan\sktm.mdx").
 */
export function bareSopId(written: string): string {
  return written.trim().replace(/\\/g, '/').replace(/^\.?\/?sops\//, '').replace(/\.mdx$/i, '');
}

/** The SOP an id probably means: the id written without its path and extension, else the closest id. */
export function closestSop(written: string, ids: readonly string[]): string | null {
  const bare = bareSopId(written);
  if (bare !== written && ids.includes(bare)) return bare;
  // "sktm" for medan/sktm: the file name without its folder, when one SOP has it.
  const inFolders = bare.includes('/') ? [] : ids.filter((id) => id.endsWith(`/${bare}`));
  if (inFolders.length === 1) return inFolders[0]!;
  const near = closest(bare, ids);
  if (near || !bare.includes('/')) return near;
  // "kelurahan/sktm" for medan/sktm: the SOP moved to another folder, when one SOP has its file name.
  const name = bare.slice(bare.lastIndexOf('/') + 1);
  const moved = ids.filter((id) => id.endsWith(`/${name}`));
  return moved.length === 1 ? moved[0]! : null;
}

/**
 * The SOP an id made from its title names, as an SOP's file was named before it was renamed:
 * "medan/surat-keterangan-tidak-mampu" for medan/sktm, titled "Pelayanan Surat Keterangan Tidak
 * Mampu". The written file name (two words or more) must end the title's words, and one SOP only
 * may have such a title.
 */
export function sopTitledAs(written: string, sops: readonly { id: string; data: { judul?: string } }[]): string | null {
  const bare = bareSopId(written);
  const name = bare.slice(bare.lastIndexOf('/') + 1).toLowerCase();
  if (!name.includes('-')) return null;
  const slug = (t: string) => looseText(t).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  const found = sops.filter((s) => s.data.judul && `-${slug(s.data.judul)}`.endsWith(`-${name}`));
  return found.length === 1 ? found[0]!.id : null;
}

/** Text compared loosely: lower case, one space, without "SOP" before it. */
const loose = (t: string) => looseText(t).replace(/^sop\s+/, '');

/**
 * The SOP an author named by its title or its nomor instead of its id ("Pelayanan Surat
 * Keterangan Tidak Mampu", "474/12/2017"), and which of the two was written.
 */
export function sopNamedBy(
  written: string,
  sops: readonly { id: string; data: { judul?: string; nomor?: string } }[],
): { id: string; by: 'judul' | 'nomor' } | null {
  const w = loose(written);
  if (!w) return null;
  for (const s of sops) {
    if (s.data.judul && loose(s.data.judul) === w) return { id: s.id, by: 'judul' };
    if (s.data.nomor && loose(s.data.nomor) === w) return { id: s.id, by: 'nomor' };
  }
  return null;
}

/**
 * Field names written in English, as templates from elsewhere name them, and the field each
 * means; a misspelt Indonesian name is found by `closest`.
 */
const ENGLISH_FIELDS: Record<string, string> = {
  title: 'judul',
  name: 'nama',
  number: 'nomor',
  agency: 'instansi',
  department: 'bidang',
  date: 'tanggal',
  dates: 'tanggal',
  created: 'pembuatan',
  effective: 'efektif',
  revised: 'revisi',
  target: 'sasaran',
  legal_basis: 'dasar_hukum',
  actors: 'pelaksana',
  actor: 'pelaksana',
  steps: 'langkah',
  activity: 'kegiatan',
  time: 'waktu',
  duration: 'waktu',
  requirements: 'kelengkapan',
  note: 'keterangan',
  notes: 'keterangan',
  decision: 'keputusan',
  question: 'pertanyaan',
  yes: 'ya',
  no: 'tidak',
  to: 'ke',
  equipment: 'peralatan',
  warning: 'peringatan',
  warnings: 'peringatan',
  related: 'keterkaitan',
  address: 'alamat',
  city: 'kota',
  phone: 'telepon',
  head: 'kepala',
};

/**
 * Other Indonesian words for a field, as documents and other templates write them: an actor's
 * column heading is its "nama" or "jabatan"; a revision's change its "keterangan" or "uraian".
 * Each is suggested only where the field it means is known and the word itself is not.
 */
const OTHER_WORDS: Record<string, string | readonly string[]> = {
  nama: 'label',
  jabatan: 'label',
  // A revision's change; a step's activity under the flowchart's column headings ("Uraian Prosedur", "Aktivitas").
  uraian: ['perubahan', 'kegiatan'],
  uraian_prosedur: 'kegiatan',
  uraian_kegiatan: 'kegiatan',
  aktivitas: 'kegiatan',
  prosedur: 'kegiatan',
  // A revision's change; a letter template's one-line summary (its header) or a field's hint (a field).
  keterangan: ['perubahan', 'ringkasan', 'hint'],
  // A letter template's header and fields under the Indonesian words of the form they make.
  isian: 'fields',
  daftar_isian: 'fields',
  wajib: 'required',
  wajib_diisi: 'required',
  harus_diisi: 'required',
  pilihan: 'options',
  opsi: 'options',
  petunjuk: 'hint',
  jenis: 'type',
  jenis_isian: 'type',
  tipe_isian: 'type',
  jumlah_baris: 'baris',
  maksimal: 'maks',
  // A step's Mutu Baku cells, and the columns' headings, under the words documents label them with.
  persyaratan: 'kelengkapan',
  alat: 'kelengkapan',
  hasil: 'output',
  keluaran: 'output',
  // An agency's head under the words letters and other templates use.
  pejabat: 'kepala',
  pimpinan: 'kepala',
  kepala_dinas: 'kepala',
  kepala_kantor: 'kepala',
  penandatangan: 'kepala',
  // A signatory's rank under the words of a personnel form ("Pangkat/Gol.", "Golongan").
  golongan: 'pangkat',
  gol: 'pangkat',
  pangkat_golongan: 'pangkat',
  pangkat_gol: 'pangkat',
  pangkat_dan_golongan: 'pangkat',
  // A monitoring's rating written as a score.
  nilai: 'penilaian',
  skor: 'penilaian',
  hasil_penilaian: 'penilaian',
  // A regulation's subject under the document's word; a service's time, cost and requirements under theirs.
  judul: 'tentang',
  waktu: 'jangka_waktu',
  waktu_pelayanan: 'jangka_waktu',
  waktu_penyelesaian: 'jangka_waktu',
  lama_pelayanan: 'jangka_waktu',
  tarif: 'biaya',
  syarat: 'persyaratan',
  persyaratan_pelayanan: 'persyaratan',
  // The identity grid's cells under their labels on the SOP AP page ("Peralatan/Perlengkapan", "Pencatatan dan Pendataan").
  perlengkapan: 'peralatan',
  peralatan_perlengkapan: 'peralatan',
  peralatan_dan_perlengkapan: 'peralatan',
  pencatatan_dan_pendataan: 'pencatatan',
  pencatatan_pendataan: 'pencatatan',
  pendataan: 'pencatatan',
  kualifikasi: 'kualifikasi_pelaksana',
  sasaran_objek: 'sasaran',
  // A service's components under the words of the Standar Pelayanan (Permenpan RB 15/2014): "Biaya/Tarif", "Produk Pelayanan".
  biaya_tarif: 'biaya',
  biaya_pelayanan: 'biaya',
  produk_pelayanan: 'produk',
  produk_layanan: 'produk',
  hasil_pelayanan: 'produk',
  jangka_waktu_pelayanan: 'jangka_waktu',
  jangka_waktu_penyelesaian: 'jangka_waktu',
  prosedur_pelayanan: 'prosedur',
  sistem_mekanisme_dan_prosedur: 'prosedur',
  sistem_mekanisme_prosedur: 'prosedur',
  mekanisme: 'prosedur',
  alur_pelayanan: 'prosedur',
  sarana_prasarana: 'sarana',
  sarana_dan_prasarana: 'sarana',
  sarana_prasarana_dan_atau_fasilitas: 'sarana',
  sarana_prasarana_fasilitas: 'sarana',
  fasilitas: 'sarana',
  pengawasan: 'pengawasan_internal',
  jumlah_petugas: 'jumlah_pelaksana',
  jaminan_keamanan_dan_keselamatan: 'jaminan_keamanan',
  jaminan_keamanan_dan_keselamatan_pelayanan: 'jaminan_keamanan',
  evaluasi_kinerja_pelaksana: 'evaluasi_kinerja',
};

/** The field an unknown field name probably means among `known`: its Indonesian name, else the closest. */
export function closestField(word: string, known: readonly string[]): string | null {
  // "Peralatan/Perlengkapan", "pencatatan dan pendataan": the label as the document prints it.
  // "Biaya/Tarif", "Sistem, Mekanisme dan Prosedur": the Standar Pelayanan's component as the regulation names it.
  const w = word.trim().toLowerCase().replace(/[\s/,]+/g, '_');
  const english = ENGLISH_FIELDS[w];
  if (english && known.includes(english)) return english;
  const other = [OTHER_WORDS[w] ?? []].flat().find((f) => known.includes(f));
  return other ?? closest(word, known);
}

/**
 * The words documents label an SOP's dates with, and the field of the tanggal block each is:
 * "Tanggal Pembuatan" pembuatan, "Tanggal Revisi" revisi, "Tanggal Efektif" efektif, which some
 * documents label "Tanggal Pengesahan" (or "Tanggal Berlaku", "Tanggal Penetapan"; label_efektif
 * then prints that label).
 */
const DATE_WORDS: Record<string, { field: 'pembuatan' | 'revisi' | 'efektif'; label: string | null }> = {
  pembuatan: { field: 'pembuatan', label: null },
  dibuat: { field: 'pembuatan', label: null },
  revisi: { field: 'revisi', label: null },
  direvisi: { field: 'revisi', label: null },
  efektif: { field: 'efektif', label: null },
  pengesahan: { field: 'efektif', label: 'Tanggal Pengesahan' },
  disahkan: { field: 'efektif', label: 'Tanggal Pengesahan' },
  berlaku: { field: 'efektif', label: 'Tanggal Berlaku' },
  penetapan: { field: 'efektif', label: 'Tanggal Penetapan' },
  ditetapkan: { field: 'efektif', label: 'Tanggal Penetapan' },
};

/**
 * The tanggal block's field a date written under another name means: "tanggal_pembuatan" or
 * "tgl_efektif" beside the other fields (`inBlock` false), "pengesahan" inside the block; null
 * for any other name.
 */
export function dateFieldMeant(key: string, inBlock: boolean): { field: string; label: string | null } | null {
  const k = key.trim().toLowerCase().replace(/[\s-]+/g, '_');
  const word = inBlock ? k.replace(/^(?:tanggal|tgl)_?/, '') : /^(?:tanggal|tgl)_?([a-z]+)$/.exec(k)?.[1];
  return word ? (DATE_WORDS[word] ?? null) : null;
}
