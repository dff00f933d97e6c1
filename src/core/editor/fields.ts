/**
 * The one list of fields as authors see them, for SOPs, agencies (instansi), regulations
 * (dasar hukum) and services (layanan): label, hint and editor widget per field path (list items as "[]"). The editor
 * builds its forms from it (decap-config.ts, the widgets); a unit test checks each list against
 * its zod schema (every schema field has an entry, every entry a schema field) and against the
 * README's field lists, so the three never disagree.
 */
export type FieldWidget =
  | 'sop-text'
  | 'sop-choice'
  | 'sop-date'
  | 'sop-nip'
  | 'sop-check'
  | 'sop-lines'
  | 'sop-agency'
  | 'sop-regulations'
  | 'sop-relations'
  | 'sop-table'
  | 'sop-steps'
  | 'sop-status'
  | 'data-logo'
  | 'data-regulations'
  | 'object'
  | 'inner';

export interface FieldSpec {
  label: string;
  hint?: string;
  widget: FieldWidget;
  /** Choices of a 'sop-choice' field. */
  options?: readonly string[];
  optional?: boolean;
}

export const SOP_FIELDS: Record<string, FieldSpec> = {
  nomor: { label: 'Nomor SOP', hint: 'Sesuai Tata Naskah Dinas, misalnya 462/10/5.6.04/2024; unik per instansi.', widget: 'sop-text' },
  judul: { label: 'Nama SOP', hint: 'Misalnya: Penanganan Eks Narapidana (BWBLP).', widget: 'sop-text' },
  instansi: { label: 'Instansi', widget: 'sop-agency' },
  bidang: { label: 'Bidang', hint: 'Unit yang bertanggung jawab, misalnya Rehabilitasi Sosial.', widget: 'sop-text' },
  status: { label: 'Status', hint: 'SOP berstatus draf dicetak dengan tanda DRAF. Mengubah SOP yang berlaku menawarkan pencatatan riwayat revisi.', widget: 'sop-status', options: ['draf', 'berlaku', 'digantikan', 'dicabut'] },
  digantikan_oleh: { label: 'Digantikan oleh', hint: 'Hanya bila status digantikan: id SOP pengganti, misalnya tanjungpinang/penanganan-korban-2025.', widget: 'sop-text', optional: true },
  dicabut: { label: 'Pencabutan', hint: 'Hanya bila status dicabut: tanggal dan alasan pencabutan.', widget: 'object', optional: true },
  'dicabut.tanggal': { label: 'Tanggal pencabutan', widget: 'sop-date', optional: true },
  'dicabut.alasan': { label: 'Alasan pencabutan', widget: 'sop-text', optional: true },
  tanggal: { label: 'Tanggal', widget: 'object' },
  'tanggal.pembuatan': { label: 'Tanggal pembuatan', widget: 'sop-date' },
  'tanggal.revisi': { label: 'Tanggal revisi', widget: 'sop-date', optional: true },
  'tanggal.efektif': { label: 'Tanggal efektif', widget: 'sop-date' },
  'tanggal.label_efektif': { label: 'Sebutan tanggal efektif', hint: 'Bawaan "Tanggal Efektif"; misalnya "Tanggal Pengesahan".', widget: 'sop-text', optional: true },
  disahkan_oleh: { label: 'Disahkan oleh', hint: 'Kosongkan untuk memakai kepala instansi.', widget: 'object', optional: true },
  'disahkan_oleh.jabatan': { label: 'Jabatan', widget: 'sop-text', optional: true },
  'disahkan_oleh.nama': { label: 'Nama', widget: 'sop-text', optional: true },
  'disahkan_oleh.pangkat': { label: 'Pangkat/golongan', widget: 'sop-text', optional: true },
  'disahkan_oleh.atas_nama': { label: 'Atas nama (a.n.)', hint: 'Jabatan pejabat yang diwakili, bila menandatangani a.n.', widget: 'sop-text', optional: true },
  'disahkan_oleh.nip': { label: 'NIP', hint: '18 digit, spasi boleh: 19670720 199303 2 008.', widget: 'sop-nip', optional: true },
  sasaran: { label: 'Sasaran objek', widget: 'sop-text' },
  dasar_hukum: { label: 'Dasar hukum', hint: 'Pilih peraturan dari daftar; ketik untuk mencari.', widget: 'sop-regulations', optional: true },
  'dasar_hukum[].id': { label: 'Peraturan', widget: 'inner' },
  'dasar_hukum[].pasal': { label: 'Pasal yang dikutip', widget: 'inner', optional: true },
  kualifikasi_pelaksana: { label: 'Kualifikasi pelaksana', hint: 'Satu butir per baris.', widget: 'sop-lines', optional: true },
  keterkaitan: { label: 'Keterkaitan', hint: 'Pilih SOP lain atau tulis teks bebas.', widget: 'sop-relations', optional: true },
  'keterkaitan[].sop': { label: 'SOP terkait', widget: 'inner' },
  'keterkaitan[].catatan': { label: 'Catatan', widget: 'inner' },
  peralatan: { label: 'Peralatan/perlengkapan', hint: 'Satu butir per baris.', widget: 'sop-lines', optional: true },
  peringatan: { label: 'Peringatan', hint: 'Satu butir per baris.', widget: 'sop-lines', optional: true },
  pencatatan: { label: 'Pencatatan dan pendataan', hint: 'Satu butir per baris.', widget: 'sop-lines', optional: true },
  riwayat_revisi: { label: 'Riwayat revisi', hint: 'Terlama di atas.', widget: 'sop-table', optional: true },
  'riwayat_revisi[].tanggal': { label: 'Tanggal', widget: 'inner' },
  'riwayat_revisi[].perubahan': { label: 'Perubahan', widget: 'inner' },
  tinjau_ulang: { label: 'Tinjau ulang berikutnya', widget: 'sop-date', optional: true },
  waktu_total_dokumen: { label: 'Total waktu di dokumen bertanda tangan', hint: 'Bila ada, dibandingkan dengan total yang dihitung.', widget: 'sop-text', optional: true },
  cetak: { label: 'Pengaturan cetak PDF', hint: 'Kosongkan untuk memakai pengaturan instansi.', widget: 'object', optional: true },
  'cetak.kertas': { label: 'Kertas', widget: 'sop-choice', options: ['', 'A4', 'F4'], optional: true },
  'cetak.orientasi': { label: 'Orientasi', widget: 'sop-choice', options: ['', 'potret', 'lanskap'], optional: true },
  mutu_baku: { label: 'Judul kolom Mutu Baku', widget: 'object', optional: true },
  'mutu_baku.kelengkapan': { label: 'Kolom kelengkapan', widget: 'sop-text', optional: true },
  'mutu_baku.waktu': { label: 'Kolom waktu', widget: 'sop-text', optional: true },
  'mutu_baku.output': { label: 'Kolom output', widget: 'sop-text', optional: true },
  'mutu_baku.keterangan': { label: 'Tampilkan kolom Keterangan', widget: 'sop-check', optional: true },
  tidak_lengkap: { label: 'Sumber tidak lengkap', hint: 'Bila dokumen sumber terpotong: apa yang hilang. SOP tetap draf.', widget: 'sop-text', optional: true },
  label_kegiatan: { label: 'Judul kolom kegiatan', hint: 'Bawaan "Kegiatan"; misalnya "Uraian Prosedur".', widget: 'sop-text', optional: true },
  pelaksana: { label: 'Pelaksana (kolom diagram, urut dari kiri)', widget: 'sop-table' },
  'pelaksana[].id': { label: 'Id', widget: 'inner' },
  'pelaksana[].label': { label: 'Judul kolom', widget: 'inner' },
  langkah: { label: 'Langkah', widget: 'sop-steps' },
  'langkah[].kegiatan': { label: 'Kegiatan', widget: 'inner' },
  'langkah[].pelaksana': { label: 'Pelaksana', widget: 'inner' },
  'langkah[].kelengkapan': { label: 'Kelengkapan', widget: 'inner' },
  'langkah[].waktu': { label: 'Waktu', widget: 'inner' },
  'langkah[].output': { label: 'Output', widget: 'inner' },
  'langkah[].keterangan': { label: 'Keterangan', widget: 'inner' },
  'langkah[].keputusan': { label: 'Keputusan', widget: 'inner' },
  'langkah[].keputusan.pertanyaan': { label: 'Pertanyaan', widget: 'inner' },
  'langkah[].keputusan.ya': { label: 'Cabang ya', widget: 'inner' },
  'langkah[].keputusan.ya.label': { label: 'Label cabang ya', widget: 'inner' },
  'langkah[].keputusan.ya.ke': { label: 'Ke langkah', widget: 'inner' },
  'langkah[].keputusan.tidak': { label: 'Cabang tidak', widget: 'inner' },
  'langkah[].keputusan.tidak.label': { label: 'Label cabang tidak', widget: 'inner' },
  'langkah[].keputusan.tidak.ke': { label: 'Ke langkah', widget: 'inner' },
  'langkah[].surat': { label: 'Surat yang dihasilkan', widget: 'inner' },
};

/** An agency file, sops/_data/instansi/<id>.yaml (src/core/model/agency.ts). */
export const AGENCY_FIELDS: Record<string, FieldSpec> = {
  kop: { label: 'Kop (baris dari atas ke bawah)', hint: '1 sampai 4 baris, satu per baris; baris terakhir nama kantor. Kosongkan untuk memakai Pemerintah dan Nama kantor.', widget: 'sop-lines', optional: true },
  pemerintah: { label: 'Pemerintah', hint: 'Misalnya Pemerintah Kota Tanjungpinang; boleh kosong bila kop ditulis.', widget: 'sop-text', optional: true },
  nama: { label: 'Nama kantor', hint: 'Misalnya Dinas Sosial Kota Tanjungpinang.', widget: 'sop-text' },
  singkatan: { label: 'Singkatan', hint: 'Untuk daftar dan navigasi; kosongkan untuk memakai nama kantor.', widget: 'sop-text', optional: true },
  kota: { label: 'Kota', hint: 'Dicetak sebelum tanggal surat: "Tanjungpinang, 4 Maret 2024".', widget: 'sop-text' },
  alamat: { label: 'Alamat', hint: 'Jangan mengarang: biarkan "[ISI: alamat kantor]" sampai kantor memberikannya.', widget: 'sop-text' },
  telepon: { label: 'Telepon', widget: 'sop-text', optional: true },
  email: { label: 'E-mail', widget: 'sop-text', optional: true },
  situs: { label: 'Situs web', widget: 'sop-text', optional: true },
  logo: { label: 'Logo', hint: 'Unggah berkas logo (disimpan di public/logo/), atau biarkan "[ISI: logo instansi]".', widget: 'data-logo', optional: true },
  kepala: { label: 'Kepala instansi', hint: 'Penanda tangan SOP bila SOP tidak menulis "Disahkan oleh".', widget: 'object' },
  'kepala.jabatan': { label: 'Jabatan', hint: 'Seperti dicetak di atas tanda tangan.', widget: 'sop-text' },
  'kepala.nama': { label: 'Nama', widget: 'sop-text', optional: true },
  'kepala.pangkat': { label: 'Pangkat/golongan', widget: 'sop-text', optional: true },
  'kepala.nip': { label: 'NIP', hint: '18 digit, spasi boleh: 19670720 199303 2 008.', widget: 'sop-nip', optional: true },
  'kepala.atas_nama': { label: 'Atas nama (a.n.)', hint: 'Jabatan pejabat yang diwakili, bila menandatangani a.n.', widget: 'sop-text', optional: true },
  pola_nomor_surat: { label: 'Pola nomor surat', hint: 'Dengan {klasifikasi}, {nomor} dan {tahun}, misalnya {klasifikasi}/{nomor}/5.6.04/{tahun}.', widget: 'sop-text' },
  kertas: { label: 'Kertas', hint: 'Untuk surat dan PDF SOP, kecuali templat atau SOP menentukan lain.', widget: 'sop-choice', options: ['A4', 'F4'], optional: true },
  orientasi_sop: { label: 'Orientasi PDF SOP', widget: 'sop-choice', options: ['potret', 'lanskap'], optional: true },
  riwayat_tampilkan_penulis: { label: 'Tampilkan penulis perubahan di riwayat SOP', hint: 'Nama penulis commit git di halaman riwayat SOP; nonaktif bila tidak dicentang.', widget: 'sop-check', optional: true },
  siklus_tinjau_bulan: { label: 'Siklus tinjau ulang (bulan)', hint: 'Untuk SOP yang tidak menulis tanggal tinjau ulang: tinjau ulang sekian bulan setelah tanggal efektif, misalnya 12.', widget: 'sop-text', optional: true },
  jam_pelayanan: { label: 'Jam pelayanan', hint: 'Seperti diumumkan kantor, misalnya Senin-Jumat 08.00-16.00; biarkan "[ISI: jam pelayanan]" sampai kantor memberikannya.', widget: 'sop-text', optional: true },
  pengaduan: { label: 'Saluran pengaduan', hint: 'Satu saluran per baris (kotak saran, nomor WhatsApp, alamat e-mail); tampil di setiap halaman layanan.', widget: 'sop-lines', optional: true },
  maklumat: { label: 'Maklumat Pelayanan', hint: 'Janji pelayanan dengan kata-kata kantor; kosongkan untuk memakai contoh dari pedoman.', widget: 'sop-text', optional: true },
};

/** A service file, sops/_layanan/<id>.yaml (src/core/model/service.ts). */
export const SERVICE_FIELDS: Record<string, FieldSpec> = {
  nama: { label: 'Nama layanan', hint: 'Seperti dikenal masyarakat, misalnya Pemulangan Orang Terlantar ke Daerah Asal.', widget: 'sop-text' },
  ringkasan: { label: 'Ringkasan', hint: 'Satu kalimat sederhana: untuk siapa layanan ini dan apa yang dilakukan.', widget: 'sop-text' },
  sop: { label: 'SOP pelaksana', hint: 'Satu id SOP per baris (jalurnya di bawah sops/ tanpa .mdx), urut seperti dilaksanakan, misalnya tanjungpinang/penanganan-eks-narapidana.', widget: 'sop-lines' },
  kata_kunci: { label: 'Kata pencarian', hint: 'Kata yang diketik masyarakat saat mencari, satu per baris, misalnya pulang kampung.', widget: 'sop-lines', optional: true },
  persyaratan: { label: '1. Persyaratan', hint: 'Yang dibawa atau dipenuhi pemohon, satu per baris; "[ISI: persyaratan]" bila belum diketahui.', widget: 'sop-lines' },
  prosedur: { label: '2. Prosedur bagi pemohon', hint: 'Langkah-langkah seperti dialami pemohon, dengan kata-kata sederhana, satu per baris.', widget: 'sop-lines' },
  jangka_waktu: { label: '3. Jangka waktu (bila berbeda dari SOP)', hint: 'Kosongkan untuk memakai total waktu SOP; bila diisi, tulis alasannya.', widget: 'object', optional: true },
  'jangka_waktu.teks': { label: 'Jangka waktu', widget: 'sop-text' },
  'jangka_waktu.alasan': { label: 'Alasan', hint: 'Mengapa berbeda dari total waktu SOP.', widget: 'sop-text', optional: true },
  biaya: { label: '4. Biaya (bila SOP tidak memuatnya)', hint: 'Kosongkan bila narasi SOP memuat bagian Biaya; misalnya Gratis.', widget: 'object', optional: true },
  'biaya.teks': { label: 'Biaya', widget: 'sop-text' },
  'biaya.alasan': { label: 'Alasan', hint: 'Wajib bila narasi SOP sudah memuat biaya yang berbeda.', widget: 'sop-text', optional: true },
  produk: { label: '5. Produk (bila berbeda dari SOP)', hint: 'Kosongkan untuk memakai keluaran langkah terakhir SOP; bila diisi, tulis alasannya.', widget: 'object', optional: true },
  'produk.teks': { label: 'Produk', hint: 'Satu produk per baris.', widget: 'sop-lines' },
  'produk.alasan': { label: 'Alasan', widget: 'sop-text', optional: true },
  sarana: { label: 'Sarana, prasarana dan/atau fasilitas', hint: 'Satu per baris, termasuk bagi kelompok rentan.', widget: 'sop-lines', optional: true },
  pengawasan_internal: { label: 'Pengawasan internal', hint: 'Satu per baris.', widget: 'sop-lines', optional: true },
  jumlah_pelaksana: { label: 'Jumlah pelaksana', hint: 'Seperti ditulis, misalnya 3 orang.', widget: 'sop-text', optional: true },
  jaminan_pelayanan: { label: 'Jaminan pelayanan', widget: 'sop-text', optional: true },
  jaminan_keamanan: { label: 'Jaminan keamanan dan keselamatan pelayanan', widget: 'sop-text', optional: true },
  evaluasi_kinerja: { label: 'Evaluasi kinerja pelaksana', widget: 'sop-text', optional: true },
};

/**
 * The regulations file, sops/_data/dasar-hukum.yaml: a map id -> regulation, edited as one list
 * ("peraturan") whose items carry their id (data-file.ts converts both ways). Every item field
 * except `id` (the map key) is a field of src/core/model/regulation.ts.
 */
export const REGULATIONS_KEY = 'peraturan';
export const REGULATION_FIELDS: Record<string, FieldSpec> = {
  peraturan: { label: 'Peraturan', hint: 'Setiap peraturan sekali; SOP mengutipnya dengan id-nya.', widget: 'data-regulations' },
  'peraturan[].id': { label: 'Id', hint: 'Huruf kecil, angka dan tanda hubung, misalnya uu-11-2009.', widget: 'inner' },
  'peraturan[].jenis': { label: 'Jenis', hint: 'Misalnya Undang-Undang, Peraturan Menteri Sosial.', widget: 'inner' },
  'peraturan[].nomor': { label: 'Nomor', hint: 'Seperti tertulis, misalnya 08; kosongkan bila tidak bernomor.', widget: 'inner', optional: true },
  'peraturan[].tahun': { label: 'Tahun', hint: 'Angka, misalnya 2009.', widget: 'inner' },
  'peraturan[].tentang': { label: 'Tentang', widget: 'inner', optional: true },
  'peraturan[].singkatan': { label: 'Singkatan', hint: 'Untuk daftar, misalnya UU 11/2009.', widget: 'inner', optional: true },
  'peraturan[].tautan': { label: 'Tautan teks resmi', hint: 'Alamat lengkap JDIH; hanya alamat yang benar-benar ada.', widget: 'inner', optional: true },
};

/** A recorded monitoring or evaluation, sops/_data/evaluasi/<sop-id>/<tanggal>.yaml (src/core/model/evaluation.ts). */
export const EVALUATION_FIELDS: Record<string, FieldSpec> = {
  jenis: { label: 'Jenis', hint: 'Monitoring (penerapan, tiap 6 bulan) atau evaluasi (dengan rekomendasi).', widget: 'sop-choice', options: ['monitoring', 'evaluasi'] },
  penilai: { label: 'Penilai', hint: 'Jabatan atau nama penilai, misalnya Kepala Bidang Rehabilitasi Sosial.', widget: 'sop-text' },
  penilaian: { label: 'Penilaian (monitoring)', widget: 'sop-choice', options: ['', 'berjalan baik', 'tidak berjalan baik'], optional: true },
  tindakan: { label: 'Tindakan yang harus diambil (monitoring)', widget: 'sop-text', optional: true },
  kriteria: { label: 'Kriteria (evaluasi)', hint: 'Setiap kriteria dijawab ya atau tidak, dengan catatan bila perlu.', widget: 'sop-table', optional: true },
  'kriteria[].kriteria': { label: 'Kriteria', widget: 'inner' },
  'kriteria[].jawaban': { label: 'Jawaban (ya/tidak)', widget: 'inner' },
  'kriteria[].catatan': { label: 'Catatan', widget: 'inner', optional: true },
  rekomendasi: { label: 'Rekomendasi (evaluasi)', widget: 'sop-choice', options: ['', 'tetap berlaku', 'direvisi', 'dicabut'], optional: true },
  catatan: { label: 'Catatan', widget: 'sop-text', optional: true },
};

export type FieldList = Record<string, FieldSpec>;

export function fieldLabel(path: string, fields: FieldList = SOP_FIELDS): string {
  return fields[path]?.label ?? path;
}

/**
 * The field a checker path names, in the author's words: "langkah[0].pelaksana" is
 * "Langkah 1 › Pelaksana", "tanggal.efektif" is "Tanggal efektif", "" (the whole file) "Berkas".
 * A path listing several fields ("a, b") is named by its first.
 */
export function pathLabel(path: string): string {
  const first = path.split(', ')[0] ?? '';
  const names: string[] = [];
  let generic = '';
  for (const m of first.matchAll(/\[(\d+)\]|[^.[\]]+/g)) {
    if (m[1] !== undefined) {
      if (names.length) names[names.length - 1] += ` ${Number(m[1]) + 1}`;
      generic += '[]';
      continue;
    }
    generic = generic ? `${generic}.${m[0]}` : m[0];
    const label = fieldLabel(generic).split(' (')[0]!;
    const parent = names[names.length - 1];
    if (parent !== undefined && label.toLowerCase().startsWith(parent.toLowerCase())) names[names.length - 1] = label;
    else names.push(label);
  }
  return names.length ? names.join(' › ') : 'Berkas';
}

/** Top-level and object sub-field paths, in form order. */
export function formFieldPaths(fields: FieldList = SOP_FIELDS): string[] {
  return Object.keys(fields).filter((p) => fields[p]!.widget !== 'inner');
}

/** Paths of the form's own inputs (objects excluded): where the editor shows messages. */
export function leafFieldPaths(fields: FieldList = SOP_FIELDS): string[] {
  return formFieldPaths(fields).filter((p) => fields[p]!.widget !== 'object');
}
