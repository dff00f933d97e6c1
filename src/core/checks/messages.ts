/**
 * Every message the checker can give an author, in one place: its code, severity, the text
 * (what is wrong) and the fix, each a function of the message's parameters, with an example.
 * Rules only pick a message and fill in its parameters; docs/pesan-pemeriksa.md is generated
 * from this list (`npm run docs:pesan`), so the documentation cannot drift from the checker.
 */
import { idOf } from '../model/id';

/** An error stops the build; a warning is shown and does not. */
export type Severity = 'error' | 'warning';

export interface MessageDef<P> {
  code: string;
  severity: Severity;
  /** When the message appears, for the documentation. */
  when: string;
  message: (p: P) => string;
  fix: (p: P) => string;
  example: P;
}

function define<P>(code: string, severity: Severity, when: string, message: (p: P) => string, fix: (p: P) => string, example: P): MessageDef<P> {
  return { code, severity, when, message, fix, example };
}

/** The id a position would get as a new actor ("Camat" -> "camat"). */
const idLike = (text: string) => idOf(text) ?? 'id-pelaksana';
/** A bullet as the author can find it: the Symbol font's, pasted as a private-use character, shows as a box or nothing. */
const bulletName = (marker: string) =>
  (/^[\uf000-\uf0ff]$/.test(marker) ? `tanda poin huruf Symbol (U+${marker.codePointAt(0)!.toString(16).toUpperCase()})` : `tanda poin "${marker}"`);
const maybe = (guess: string | null | undefined) => (guess ? ` Maksud Anda "${guess}"?` : '');
const list = (items: readonly string[], none = '(belum ada)') => (items.length ? items.join(', ') : none);
/** An item as written between [ and ]: quoted when a comma, colon, bracket or quote in it would end or break it. */
const flowItem = (item: string) => (/[,[\]{}#"]|:\s|:$|^[-?:&*!|>'%@`]/.test(item) ? JSON.stringify(item) : item);

export const MESSAGES = {
  // --- Files -------------------------------------------------------------------------------
  noFrontmatter: define<{}>('berkas-tanpa-frontmatter', 'error', 'Berkas SOP tidak diawali blok data "---".',
    () => 'Berkas SOP tidak diawali frontmatter YAML di antara dua baris "---".',
    () => 'Mulai berkas dengan "---", isi data SOP, lalu tutup dengan "---" sebelum narasi. Lihat contoh di sops/ atau jalankan npm run new-sop.', {}),
  frontmatterUnclosed: define<{}>('frontmatter-tidak-ditutup', 'error', 'Frontmatter dibuka dengan "---" tetapi tidak ditutup.',
    () => 'Frontmatter dibuka dengan "---" di baris pertama, tetapi tidak ada baris "---" yang menutupnya.',
    () => 'Tambahkan baris berisi tiga tanda hubung saja, "---", setelah kolom terakhir (langkah) dan sebelum narasi.', {}),
  frontmatterNotFirst: define<{ line: number; blank: number }>('frontmatter-tidak-di-baris-pertama', 'error', 'Baris "---" pembuka frontmatter tidak di baris pertama (ada baris kosong atau spasi di atasnya).',
    (p) => `Baris "---" pembuka frontmatter ada di baris ${p.line}, bukan di baris pertama: ${p.blank} baris kosong di atasnya membuat frontmatter tidak dikenali, sehingga seluruh data SOP tidak terbaca.`,
    () => 'Hapus baris kosong di awal berkas, sehingga "---" menjadi baris pertama.', { line: 2, blank: 1 }),
  frontmatterClosedEarly: define<{ field: string; line: number }>('frontmatter-ditutup-awal', 'error', 'Sebuah baris "---" di tengah frontmatter menutupnya lebih awal; kolom-kolom sesudahnya terbaca sebagai narasi.',
    (p) => `Baris "---" ini menutup frontmatter, padahal sesudahnya masih ada kolom SOP ("${p.field}:" di baris ${p.line}); kolom-kolom itu terbaca sebagai narasi, bukan sebagai data SOP.`,
    () => 'Hapus baris "---" ini; frontmatter hanya ditutup oleh satu baris "---", sesudah kolom terakhir. Bila "---" memang bagian dari sebuah isian, tulis dalam tanda kutip, misalnya "---".', { field: 'pelaksana', line: 14 }),
  crLineEnds: define<{}>('akhir-baris-cr', 'error', 'Berkas SOP disimpan dengan akhir baris CR saja (gaya Mac lama), sehingga seluruh isinya terbaca sebagai satu baris.',
    () => 'Berkas ini disimpan dengan akhir baris "CR" saja (gaya Mac lama), sehingga seluruh isinya terbaca sebagai satu baris dan frontmatter tidak ditemukan.',
    () => 'Buka berkas di penyunting teks (misalnya VS Code atau Notepad++), ubah akhir barisnya menjadi "LF" atau "CRLF", lalu simpan ulang.', {}),
  notUtf8: define<{ utf16?: boolean }>('berkas-bukan-utf8', 'error', 'Berkas tidak tersimpan sebagai teks UTF-8 (misalnya disimpan dari Word sebagai ANSI, atau dari Notepad sebagai "Unicode"/UTF-16).',
    (p) => (p.utf16
      ? 'Berkas ini tersimpan sebagai teks UTF-16 (di Notepad disebut "Unicode" atau "UTF-16 LE"), bukan UTF-8, sehingga isinya tidak dapat dibaca sama sekali.'
      : 'Berkas ini tidak tersimpan sebagai teks UTF-8, sehingga huruf tertentu akan tercetak rusak.'),
    () => 'Buka berkas di penyunting teks, lalu simpan ulang dengan pengodean "UTF-8".', {}),
  fileUnreadable: define<Record<string, never>>('berkas-tak-terbaca', 'error', 'Berkas di bawah sops/ tidak dapat dibaca: tautan (symlink) ke berkas yang tidak ada, atau berkas tanpa izin baca.',
    () => 'Berkas ini tidak dapat dibaca (tautan ke berkas yang tidak ada, atau tanpa izin baca), sehingga isinya tidak dapat diperiksa maupun diterbitkan.',
    () => 'Salin berkas aslinya ke tempat ini (bukan tautannya), atau hapus berkas ini.', {}),
  mdExtension: define<{ suggested: string }>('berkas-md', 'error', 'Berkas .md di bawah sops/ (hanya .mdx yang diterbitkan).',
    () => 'Berkas .md di folder sops/ tidak diterbitkan; SOP ditulis sebagai berkas .mdx.',
    (p) => `Ganti nama berkas menjadi ${p.suggested}, atau pindahkan ke folder yang diawali "_" bila bukan SOP.`, { suggested: 'sops/tanjungpinang/contoh.mdx' }),
  mdxExtensionCase: define<{ suggested: string }>('berkas-ekstensi-besar', 'error', 'Berkas SOP berakhiran .MDX atau .Mdx (yang diterbitkan hanya .mdx huruf kecil).',
    () => 'Berkas ini berakhiran .mdx dengan huruf besar, sehingga tidak diterbitkan.',
    (p) => `Ganti nama berkas menjadi ${p.suggested}.`, { suggested: 'sops/tanjungpinang/contoh.mdx' }),
  doubleExtension: define<{ ending: string; suggested: string }>('berkas-akhiran-ganda', 'error', 'Nama berkas SOP berakhiran ganda (".mdx.txt", ".mdx.mdx"): Windows menyembunyikan akhiran terakhir, sehingga berkas tampak bernama ".mdx" tetapi tidak dibaca sebagai SOP.',
    (p) => `Nama berkas ini berakhiran ganda "${p.ending}", sehingga tidak dibaca sebagai SOP dan tidak diterbitkan (di Windows, akhiran terakhirnya sering tersembunyi).`,
    (p) => `Ganti nama berkas menjadi ${p.suggested}. Agar akhiran terlihat di File Explorer, nyalakan "Ekstensi nama file" di menu Tampilan.`, { ending: '.mdx.txt', suggested: 'sops/tanjungpinang/contoh.mdx' }),
  sopOutsideSops: define<{ suggested: string | null; name: string; folders: readonly string[] }>('sop-di-luar-sops', 'warning', 'Berkas .mdx di luar folder sops/ (di folder proyek, atau di folder "sop", "SOPS"): tidak diperiksa dan tidak diterbitkan.',
    () => 'Berkas SOP ini berada di luar folder sops/, sehingga tidak diperiksa dan tidak diterbitkan.',
    (p) => (p.suggested
      ? `Pindahkan berkas ini ke ${p.suggested} (nama folder sops ditulis dengan huruf kecil).`
      : p.folders.length
        ? `Pindahkan berkas ini ke folder SOP instansinya di bawah sops/ (${p.folders.join(', ')}), misalnya sops/${p.folders[0]}/${p.name}.`
        : `Pindahkan berkas ini ke sebuah folder di bawah sops/, misalnya sops/nama-instansi/${p.name}.`),
    { suggested: 'sops/medan/sktm.mdx', name: 'sktm.mdx', folders: [] }),
  otherDocument: define<{}>('berkas-bukan-sop', 'warning', 'Dokumen lain (Word, PDF, teks, YAML) di folder SOP: tidak dibaca dan tidak diterbitkan.',
    () => 'Berkas ini bukan SOP (.mdx), jadi tidak dibaca dan tidak diterbitkan.',
    () => 'Tulis SOP sebagai berkas .mdx (npm run new-sop), atau pindahkan berkas ini ke folder yang diawali "_" (misalnya sops/_arsip/). Data instansi ada di sops/_data/instansi/.', {}),
  agencyBadName: define<{ id: string }>('instansi-nama-berkas', 'error', 'Nama berkas instansi memuat huruf besar, spasi atau tanda baca.',
    (p) => `Nama berkas instansi "${p.id}" tidak dapat dijadikan id instansi.`,
    () => 'Gunakan huruf kecil, angka dan tanda hubung saja, misalnya sops/_data/instansi/dinsos-medan.yaml.', { id: 'Dinsos Medan' }),
  agencyInSubfolder: define<{}>('instansi-di-subfolder', 'error', 'Berkas instansi di dalam subfolder sops/_data/instansi/ (tidak dibaca situs).',
    () => 'Berkas instansi di dalam subfolder tidak dibaca.',
    () => 'Pindahkan berkas ini langsung ke sops/_data/instansi/, atau awali nama foldernya dengan "_" bila bukan data instansi.', {}),
  agencyNotYaml: define<{}>('instansi-bukan-yaml', 'error', 'Berkas di sops/_data/instansi/ yang bukan .yaml.',
    () => 'Berkas ini tidak dibaca: data instansi ditulis sebagai berkas .yaml.',
    () => 'Tulis data instansi sebagai <id>.yaml (huruf kecil), misalnya sops/_data/instansi/dinsos-medan.yaml, atau hapus berkas ini.', {}),
  agencyDuplicate: define<{ id: string; first: string }>('instansi-ganda', 'error', 'Satu id instansi ditulis di dua berkas (.yaml dan .yml).',
    (p) => `Instansi "${p.id}" juga ditulis di ${p.first}.`, () => 'Simpan data instansi dalam satu berkas saja dan hapus yang lain.', { id: 'dinsos-medan', first: 'sops/_data/instansi/dinsos-medan.yaml' }),
  unknownDataFile: define<{ name: string; guess: string | null }>('data-tidak-dikenal', 'warning', 'Berkas atau folder di sops/_data/ yang tidak dibaca (bukan instansi/, evaluasi/, dasar-hukum.yaml atau situs.yaml).',
    (p) => `"${p.name}" di sops/_data/ tidak dibaca oleh pemeriksa maupun situs.${maybe(p.guess)}`,
    () => 'sops/_data/ hanya berisi folder instansi/ dan evaluasi/, dasar-hukum.yaml dan situs.yaml; ganti namanya, atau awali dengan "_" bila sengaja disimpan.', { name: 'dasar_hukum.yaml', guess: 'dasar-hukum.yaml' }),
  badSopPath: define<{ id: string; suggested: string | null; exists?: boolean }>('berkas-nama-tidak-sah', 'error', 'Nama berkas atau folder SOP memuat huruf besar, spasi atau tanda baca.',
    (p) => `Nama berkas/folder "${p.id}" tidak dapat dijadikan alamat halaman.`,
    (p) => (p.suggested && p.exists
      ? `Nama yang sah untuk berkas ini, sops/${p.suggested}, sudah dipakai berkas lain: bila keduanya SOP yang sama, hapus salah satunya; bila berbeda, beri berkas ini nama lain dengan huruf kecil, angka dan tanda hubung saja.`
      : p.suggested
      ? `Ganti namanya menjadi sops/${p.suggested} (huruf kecil, angka dan tanda hubung saja).`
      : 'Gunakan huruf kecil, angka dan tanda hubung saja, misalnya sops/tanjungpinang/penanganan-orang-terlantar.mdx.'),
    { id: 'Tanjungpinang/SOP Baru', suggested: 'tanjungpinang/sop-baru.mdx' }),
  emptyData: define<{ what: string; start: string }>('data-kosong', 'error', 'Frontmatter SOP, berkas instansi, layanan atau catatan monitoring/evaluasi tidak berisi data sama sekali.',
    (p) => `${p.what} belum berisi data.`,
    (p) => `Mulai dari kerangka lengkap: ${p.start}.`, { what: 'Frontmatter SOP ini', start: 'jalankan npm run new-sop -- <folder>/<nama>' }),
  yamlSyntax: define<{ hint: string }>('yaml-sintaks', 'error', 'Frontmatter atau berkas data tidak dapat dibaca sebagai YAML.',
    (p) => `YAML tidak dapat dibaca: ${p.hint}`,
    () => 'Periksa baris ini: indentasi dengan spasi (bukan tab), titik dua setelah nama kolom, dan tanda kutip pada teks yang memuat ":" atau "#".',
    { hint: 'Ada tab di awal baris; YAML hanya menerima spasi untuk indentasi.' }),

  yamlListMarker: define<{ marker: string }>('yaml-penanda-butir', 'error', 'Butir daftar di YAML diawali nomor "1." atau poin "•" (tersalin dari Word), bukan "- ".',
    (p) => `Butir daftar diawali "${p.marker}" (penomoran atau poin dari Word); YAML hanya mengenal butir yang diawali tanda hubung "- ".`,
    (p) => `Ganti "${p.marker}" di awal setiap butir dengan "- " (tanda hubung lalu spasi); nomor butir dan langkah dibuat otomatis menurut urutannya.`, { marker: '1.' }),
  yamlSpaceAfterColon: define<{ field: string }>('yaml-spasi-khusus', 'error', 'Spasi sesudah titik dua nama kolom adalah spasi tak terputus (tersalin dari Word atau PDF).',
    (p) => `Spasi sesudah "${p.field}:" adalah spasi khusus (spasi tak terputus, tersalin dari Word atau PDF), sehingga YAML tidak membaca "${p.field}" sebagai nama kolom.`,
    () => 'Hapus spasi sesudah titik dua lalu ketik ulang dengan spasi biasa.', { field: 'pelaksana' }),
  yamlIndentDeeper: define<{ field: string; above: string }>('yaml-menjorok', 'error', 'Kolom satu blok ditulis lebih menjorok daripada kolom di atasnya.',
    (p) => `Kolom "${p.field}" ditulis lebih menjorok daripada "${p.above}" di atasnya, sehingga YAML membacanya sebagai lanjutan teks "${p.above}".`,
    (p) => `Hapus spasi di awal baris ini sampai "${p.field}" tepat sejajar di bawah "${p.above}".`, { field: 'pelaksana', above: 'kegiatan' }),

  invisibleInText: define<{ hint: string }>('karakter-tak-terlihat', 'warning', 'Teks memuat karakter tak terlihat yang tersalin dari Word atau PDF.',
    (p) => p.hint,
    () => 'Teksnya tercetak seperti yang tampak, tetapi pencarian dapat melewatkannya: hapus teks di baris ini dan ketik ulang dengan papan ketik.', { hint: 'Ada karakter tak terlihat (tanda hubung lunak) sesudah "rehabili", biasanya tersalin dari Word atau PDF: teks yang tampak sama dibaca berbeda.' }),

  textCutByComment: define<{ kept: string; cut: string }>('teks-terpotong-komentar', 'warning', 'Teks tanpa tanda kutip memuat " #": YAML membuang sisanya sebagai komentar.',
    (p) => `Hanya "${p.kept}" yang terbaca: "#${p.cut}" sesudahnya dibaca YAML sebagai komentar dan dibuang.`,
    () => 'Beri tanda kutip pada seluruh teks, misalnya judul: "Pelayanan Nomor #2", atau tulis tanpa "#".', { kept: 'Penanganan Anak', cut: '2 Terlantar' }),

  // --- Field formats (zod) -----------------------------------------------------------------
  required: define<{}>('kolom-wajib', 'error', 'Kolom wajib tidak ditulis atau dikosongkan.',
    () => 'Kolom wajib ini belum diisi.', () => 'Isi kolom ini sesuai contoh di README (Panduan penulis).', {}),
  wrongType: define<{ expected: string; received: string }>('jenis-isian', 'error', 'Isian berjenis lain dari yang diharapkan (misalnya daftar padahal teks).',
    (p) => `Isinya harus ${p.expected}, bukan ${p.received}.`, () => 'Sesuaikan isian dengan contoh di README (Panduan penulis).', { expected: 'teks', received: 'daftar' }),
  emptyOptional: define<{}>('kolom-kosong', 'error', 'Kolom yang boleh tidak ditulis ditulis tanpa isi (misalnya "bidang:" saja).',
    () => 'Kolom ini ditulis tanpa isi.', () => 'Isi kolom ini, atau hapus barisnya bila tidak dipakai (kolom ini boleh tidak ditulis).', {}),
  emptyItem: define<{ no: number }>('butir-kosong', 'error', 'Butir daftar tanpa isi (baris "-" saja).',
    (p) => `Butir ke-${p.no} daftar ini kosong.`, () => 'Tulis isi butir ini setelah "- ", atau hapus barisnya.', { no: 2 }),
  emptyText: define<{}>('teks-kosong', 'error', 'Teks kosong.', () => 'Isinya tidak boleh kosong.', () => 'Tulis isinya, atau hapus kolom ini bila tidak wajib.', {}),
  unknownKeys: define<{ keys: string; known: string }>('kolom-tidak-dikenal', 'error', 'Nama kolom salah ketik atau tidak dikenal.',
    (p) => `Kolom tidak dikenal: ${p.keys}.`, (p) => `Periksa ejaannya atau hapus. Kolom yang dikenal di sini: ${p.known}.`,
    { keys: '"pangat" (maksud Anda "pangkat"?)', known: 'jabatan, nama, pangkat, nip, atas_nama' }),
  dateFieldName: define<{ key: string; field: string; label: string | null; top: boolean }>('kolom-tanggal-lain', 'error', 'Tanggal SOP ditulis di luar blok tanggal ("tanggal_pembuatan:", "tanggal_efektif:") atau di dalamnya dengan kata dokumen ("pengesahan:").',
    (p) => {
      const what = p.label ? `${p.label.toLowerCase()} (Tanggal Efektif)` : `tanggal ${p.field}`;
      return p.top
        ? `Kolom "${p.key}" tidak dikenal: tanggal SOP ditulis di dalam blok tanggal, tempat ${what} bernama ${p.field}.`
        : `Kolom "${p.key}" tidak dikenal di blok tanggal: ${what} bernama ${p.field}.`;
    },
    (p) => {
      const label = p.label ? `; bila dokumennya menulis "${p.label}", tambahkan juga label_efektif: ${p.label} di blok tanggal agar halaman identitas mencetak label itu` : '';
      return p.top
        ? `Hapus baris ${p.key} dan tulis ${p.field}: dengan tanggalnya di dalam blok tanggal, menjorok dua spasi di bawah "tanggal:", misalnya tanggal: { pembuatan: 2024-02-20, efektif: 2024-03-04 }${label}.`
        : `Ganti "${p.key}:" dengan ${p.field}:${label}.`;
    },
    { key: 'tanggal_pengesahan', field: 'efektif', label: 'Tanggal Pengesahan', top: true }),
  tooFewItems: define<{ minimum: number }>('daftar-terlalu-pendek', 'error', 'Daftar berisi lebih sedikit butir dari yang diperlukan.',
    (p) => `Daftar ini minimal berisi ${p.minimum} butir.`, () => 'Tambahkan butir sesuai contoh di README.', { minimum: 1 }),
  tooManyItems: define<{ maximum: number }>('daftar-terlalu-panjang', 'error', 'Daftar berisi lebih banyak butir dari yang diizinkan.',
    (p) => `Daftar ini paling banyak berisi ${p.maximum} butir.`, () => 'Kurangi butirnya.', { maximum: 4 }),
  badChoice: define<{ value: string; options: string }>('pilihan-tidak-dikenal', 'error', 'Nilai di luar pilihan yang diizinkan.',
    (p) => `Nilai "${p.value}" tidak dikenal; pilih salah satu: ${p.options}.`, () => 'Tulis salah satu pilihan persis seperti di atas.', { value: 'aktif', options: 'draf, berlaku, dicabut' }),
  badFormat: define<{ detail: string }>('format-isian', 'error', 'Isian tidak sesuai format kolomnya (tanggal, NIP, id, waktu ...).',
    (p) => p.detail, () => 'Sesuaikan isian dengan contoh di README (Panduan penulis).', { detail: 'Tanggal "31-02-2024" tidak dapat dibaca.' }),

  cellAsList: define<{ detail: string; count: number; fieldName: string }>('sel-berupa-daftar', 'error', 'Sel Mutu Baku sebuah langkah (kelengkapan, output) ditulis sebagai daftar, padahal sel itu satu teks.',
    (p) => `Kolom ${p.fieldName} ditulis sebagai daftar ${p.count} butir, padahal sel Mutu Baku berisi satu teks yang dicetak di satu sel tabel.`,
    (p) => `Tulis butirnya sebagai satu teks, dipisah koma: ${p.fieldName}: "${p.detail}".`,
    { detail: 'KTP, Kartu Keluarga, Surat Pengantar RT/RW', count: 3, fieldName: 'kelengkapan' }),
  mutuBakuAsList: define<{ detail: string; block: string | null }>('mutu-baku-berupa-daftar', 'error', 'Judul kolom Mutu Baku ditulis sebagai daftar ("mutu_baku: [Persyaratan, Waktu, Output]"), bukan per kolomnya.',
    (p) => `Kolom mutu_baku ditulis sebagai daftar judul kolom (${p.detail}), padahal setiap judul kolom Mutu Baku ditulis di bawah nama kolomnya: kelengkapan, waktu dan output; dari daftar, diagram tidak tahu judul mana untuk kolom mana.`,
    (p) => (p.block
      ? `Tulis ${p.block}. Urutan judul di dokumen tidak perlu diikuti; yang menentukan adalah nama kolomnya.`
      : 'Tulis satu judul untuk setiap kolom, misalnya mutu_baku: { kelengkapan: Persyaratan, waktu: Waktu, output: Output }.'),
    { detail: 'Persyaratan, Waktu, Output', block: 'mutu_baku: { kelengkapan: Persyaratan, waktu: Waktu, output: Output }' }),
  mutuBakuInStep: define<{ detail: string; no: number }>('mutu-baku-di-langkah', 'error', 'Isian Mutu Baku sebuah langkah (kelengkapan, waktu, output) ditulis di dalam blok mutu_baku: di langkah itu, bukan sebagai kolom langkahnya sendiri.',
    (p) => `Langkah ke-${p.no} menulis isian Mutu Baku-nya di dalam blok mutu_baku:, padahal di langkah, kelengkapan, waktu dan output ditulis langsung sebagai kolom langkah itu, sejajar dengan kegiatan dan pelaksana; mutu_baku: hanya ditulis di tingkat atas SOP, untuk judul kolom Mutu Baku.`,
    (p) => (p.detail
      ? `Hapus baris mutu_baku: dan tulis ${p.detail}, masing-masing di barisnya sendiri, sejajar dengan kegiatan: langkah ini.`
      : 'Hapus baris mutu_baku: dan tulis kelengkapan:, waktu: dan output: langkah ini masing-masing di barisnya sendiri, sejajar dengan kegiatan: langkah ini.'),
    { detail: 'kelengkapan: KTP lalu waktu: 10 menit lalu output: Berkas lengkap', no: 2 }),
  requiredDash: define<{ field: string; key: string; what: string; where: string; draft: boolean }>('isian-strip', 'warning', 'Kolom wajib (nomor, judul atau sasaran SOP; kegiatan sebuah langkah; jabatan kepala instansi) ditulis "-" saja.',
    (p) => `Kolom ${p.field} ditulis "-" saja; kolom ini wajib dan dicetak di ${p.where}.`,
    (p) => `Tulis isinya, atau ${p.key}: "[ISI: ${p.what}]" sampai diketahui${p.draft ? ' (SOP tetap berstatus draf)' : ''}.`,
    { field: 'nomor', key: 'nomor', what: 'nomor SOP', where: 'halaman identitas SOP', draft: true }),
  kopContactLine: define<{ line: string; no: number }>('kop-berisi-alamat', 'warning', 'Baris kop instansi berisi alamat, telepon atau e-mail, yang sudah dicetak di bawah kop dari kolom alamat, telepon dan email.',
    (p) => `Baris kop ke-${p.no}, "${p.line}", berisi alamat atau kontak kantor; kop hanya berisi nama pemerintah dan nama instansi, dan alamat, telepon dan e-mail dicetak di bawahnya dari kolom alamat, telepon dan email, sehingga baris ini tercetak dua kali.`,
    () => 'Hapus baris ini dari kop, lalu tulis isinya di alamat:, telepon: dan email: bila belum ditulis di sana.',
    { line: 'Jl. Kejaksaan No. 1 Telp. (061) 4514000', no: 4 }),
  cityAsRegion: define<{ kota: string; region: string; name: string }>('kota-berawalan', 'warning', 'Kolom kota instansi ditulis sebagai nama daerah pemerintahannya ("Kota Medan", "Kabupaten Bintan"), padahal kolom ini dicetak sebagai tempat sebelum tanggal surat.',
    (p) => `Kota ditulis "${p.kota}", nama daerah pemerintahannya; kolom ini dicetak sebagai tempat sebelum tanggal di surat dan Maklumat Pelayanan, sehingga tercetak "${p.kota}, 4 Maret 2024", padahal tempat surat dinas ditulis dengan nama tempatnya saja.`,
    (p) => (p.region === 'kota'
      ? `Tulis kota: ${flowItem(p.name)}.`
      : `Tulis nama tempat kantor berada seperti ditulis di surat dinas kantor itu (biasanya nama ibu kota ${p.region === 'provinsi' ? 'provinsi' : 'kabupaten'}), tanpa kata "${p.kota.slice(0, p.kota.length - p.name.length).trim()}".`),
    { kota: 'Kota Medan', region: 'kota', name: 'Medan' }),
  optionalDash: define<{ field: string; key: string; what: string; where: string; without: string }>('isian-strip-opsional', 'warning', 'Kolom yang boleh tidak ditulis ditulis "-" saja: nama, pangkat atau atas nama penandatangan (kepala instansi, disahkan_oleh), atau telepon, email, situs dan singkatan instansi.',
    (p) => `Kolom ${p.field} ditulis "-" saja; ${p.where} akan mencetak "-" sebagai ${p.what}.`,
    (p) => `Hapus baris ${p.key} bila belum diketahui (${p.without}), atau tulis ${p.key}: "[ISI: ${p.what}]" sampai diketahui.`,
    { field: 'kepala.nama', key: 'nama', what: 'nama penandatangan', where: 'blok tanda tangan', without: 'blok tanda tangan dicetak tanpanya' }),
  labelInValue: define<{ field: string; label: string; rest: string; n?: number }>('isian-berlabel', 'warning', 'Isian, atau butir daftar di halaman identitas SOP, diawali labelnya dari dokumen ("Nomor : 474/12/2017", "Peringatan: ..."), sehingga label itu tercetak dua kali.',
    (p) => `${p.n === undefined ? `Isian ${p.field}` : `Butir ke-${p.n} ${p.field}`} diawali "${p.label}", padahal halaman identitas SOP sudah mencetak labelnya; "${p.label}" akan tercetak dua kali.`,
    (p) => `Hapus "${p.label}" dan tulis isinya saja: ${p.n === undefined ? `${p.field}: "${p.rest}"` : `- ${p.rest}`}.`, { field: 'nomor', label: 'Nomor :', rest: '474/12/2017' }),

  nomorPartTwice: define<{ nomor: string; part: string; once: string }>('nomor-bagian-ganda', 'warning', 'Satu bagian nomor SOP (kode instansi atau unit) ditulis dua kali berturut-turut, biasanya tersalin dua kali.',
    (p) => `Nomor SOP "${p.nomor}" memuat "${p.part}" dua kali berturut-turut; kode instansi atau unit biasanya tersalin dua kali.`,
    (p) => `Periksa nomor pada dokumen yang ditandatangani; bila "${p.part}" tertulis sekali, tulis nomor: "${p.once}".`,
    { nomor: '462/10/5.6.04/5.6.04/2024', part: '5.6.04', once: '462/10/5.6.04/2024' }),
  // --- Actors and steps --------------------------------------------------------------------
  duplicateActor: define<{ id: string; first: number }>('pelaksana-ganda', 'error', 'Dua pelaksana memakai id yang sama.',
    (p) => `Id pelaksana "${p.id}" dipakai dua kali (juga di pelaksana[${p.first}]).`, () => 'Beri setiap pelaksana id yang berbeda.', { id: 'staf', first: 0 }),
  duplicateActorLabel: define<{ id: string; label: string; firstId: string; firstLabel: string }>('pelaksana-label-ganda', 'warning', 'Dua pelaksana dengan id berbeda berjudul sama (huruf besar/kecil dan spasi tidak dibedakan).',
    (p) => `Pelaksana "${p.id}" berjudul "${p.label}", sama dengan pelaksana "${p.firstId}" ("${p.firstLabel}"); diagram akan memiliki dua lajur berjudul sama.`,
    (p) => `Bila keduanya jabatan yang sama, hapus pelaksana "${p.id}" dan tulis pelaksana: ${p.firstId} pada langkahnya; bila berbeda, bedakan judulnya.`,
    { id: 'staf-adm-2', label: 'staf  adm', firstId: 'staf-adm', firstLabel: 'Staf ADM' }),
  unknownActor: define<{ id: string; no: number; guess: string | null; ids: string[] }>('pelaksana-tidak-dikenal', 'error', 'Langkah menyebut pelaksana yang tidak dideklarasikan.',
    (p) => `Pelaksana "${p.id}" pada langkah ke-${p.no} tidak ada di daftar pelaksana.${maybe(p.guess)}`,
    (p) => `Gunakan salah satu id pelaksana: ${list(p.ids)}; atau tambahkan pelaksana baru di bagian pelaksana.`,
    { id: 'kabid-rehab', no: 3, guess: 'kabid-rehabilitasi', ids: ['staf-adm', 'kabid-rehabilitasi'] }),
  revisionAsDate: define<{ detail: string; iso: string }>('riwayat-revisi-berupa-tanggal', 'error', 'Butir riwayat_revisi ditulis sebagai tanggalnya saja ("- 2024-02-27"), tanpa uraian perubahannya.',
    (p) => `Butir riwayat_revisi ini ditulis sebagai tanggalnya saja, "${p.detail}"; setiap revisi ditulis sebagai blok tanggal dan perubahan, dan uraian perubahannya dicetak di riwayat revisi halaman SOP.`,
    (p) => `Tulis - { tanggal: ${p.iso}, perubahan: "..." } dengan uraian perubahannya, atau perubahan: "[ISI: uraian perubahan]" bila belum diketahui.`,
    { detail: '27 Februari 2024', iso: '2024-02-27' }),
  stepAsText: define<{ detail: string }>('langkah-berupa-teks', 'error', 'Langkah ditulis sebagai teks kegiatannya saja ("- Menerima berkas"), bukan sebagai blok isian kegiatan, pelaksana dan Mutu Baku-nya.',
    (p) => `Langkah ini ditulis sebagai teks saja, "${p.detail}"; setiap langkah ditulis sebagai blok isian: kegiatan dan pelaksana (wajib), lalu kelengkapan, waktu dan output bila ada, karena diagram alir memerlukan lajur pelaksana untuk setiap langkah.`,
    (p) => `Tulis - kegiatan: ${flowItem(p.detail)}, lalu di baris bawahnya, sejajar dengan "kegiatan", pelaksana: dengan id pelaksananya dari daftar pelaksana (misalnya pelaksana: staf), dan waktu: bila diketahui.`,
    { detail: 'Menerima berkas permohonan' }),
  actorAsText: define<{ detail: string; id: string }>('pelaksana-tanpa-id', 'error', 'Pelaksana di daftar pelaksana ditulis sebagai teks saja ("- Staf"), tanpa id dan label.',
    (p) => `Pelaksana "${p.detail}" ditulis sebagai teks saja; setiap pelaksana ditulis dengan id (yang disebut langkah-langkahnya) dan label (judul kolomnya di diagram).`,
    (p) => `Tulis - { id: ${p.id}, label: ${p.detail} }, lalu tulis pelaksana: ${p.id} pada langkah yang dikerjakannya.`,
    { detail: 'Kepala Seksi', id: 'kepala-seksi' }),
  rankGradeOnly: define<{ pangkat: string; grade: string; rank: string }>('pangkat-hanya-golongan', 'warning', 'Pangkat pejabat yang menandatangani (kepala instansi, disahkan_oleh) ditulis golongannya saja ("III/a"), padahal blok tanda tangan mencetak pangkatnya.',
    (p) => `Pangkat ditulis "${p.pangkat}", golongannya saja; blok tanda tangan mencetak kolom ini di bawah nama sebagai pangkat, dan golongan ${p.grade} adalah pangkat ${p.rank}.`,
    (p) => `Tulis pangkat: ${p.rank} (${p.grade}).`,
    { pangkat: 'III/a', grade: 'III/a', rank: 'Penata Muda' }),
  rankMismatch: define<{ pangkat: string; grade: string; rank: string; written: string; gradeOfWritten: string }>('pangkat-golongan-tidak-cocok', 'warning', 'Pangkat dan golongan pejabat yang menandatangani tidak cocok ("Penata (III/a)": golongan III/a adalah Penata Muda).',
    (p) => `Pangkat "${p.pangkat}" tidak cocok dengan golongannya: golongan ${p.grade} adalah pangkat ${p.rank}, sedangkan pangkat ${p.written} adalah golongan ${p.gradeOfWritten}.`,
    (p) => `Periksa SK kenaikan pangkat terakhir pejabat itu, lalu tulis pangkat: ${p.rank} (${p.grade}) atau pangkat: ${p.written} (${p.gradeOfWritten}).`,
    { pangkat: 'Penata (III/a)', grade: 'III/a', rank: 'Penata Muda', written: 'Penata', gradeOfWritten: 'III/c' }),
  officialNameWithNip: define<{ field: string; nama: string; name: string; nip: string; hasNip: boolean }>('nama-memuat-nip', 'warning', 'Nama pejabat yang menandatangani (kepala instansi, disahkan_oleh) ditulis bersama NIP-nya ("Budi, NIP 19670720 199303 2 008"), padahal NIP punya kolomnya sendiri.',
    (p) => `Kolom ${p.field} ditulis "${p.nama}", dengan NIP di dalamnya; blok tanda tangan mencetak nama di barisnya sendiri dan NIP di baris di bawahnya dari kolom nip, sehingga NIP ini tercetak di baris nama.`,
    (p) => (p.hasNip
      ? `Tulis namanya saja: nama: ${flowItem(p.name)}; NIP sudah ditulis di nip:.`
      : `Tulis namanya saja, nama: ${flowItem(p.name)}, dan NIP-nya di kolomnya sendiri: nip: "${p.nip}".`),
    { field: 'disahkan_oleh.nama', nama: 'Diah Endang Susilawati, NIP. 19670720 199303 2 008', name: 'Diah Endang Susilawati', nip: '19670720 199303 2 008', hasNip: false }),
  officialTitleComma: define<{ field: string; jabatan: string; meant: string }>('jabatan-berakhir-koma', 'warning', 'Jabatan pejabat yang menandatangani (kepala instansi, disahkan_oleh) ditulis dengan koma di akhirnya, seperti di atas tanda tangan surat; koma itu dicetak sendiri oleh blok tanda tangan.',
    (p) => `Jabatan ditulis "${p.jabatan}", dengan koma di akhirnya; koma sesudah jabatan di atas tanda tangan dicetak sendiri oleh blok tanda tangan (Maklumat Pelayanan, halaman identitas SOP), sehingga tercetak dua koma, "${p.meant},,", atau koma di tempat yang tidak memerlukannya.`,
    (p) => `Hapus koma di akhir: ${p.field}: ${flowItem(p.meant)}.`,
    { field: 'jabatan', jabatan: 'Kepala Dinas Sosial Kota Tanjungpinang,', meant: 'Kepala Dinas Sosial Kota Tanjungpinang' }),
  atasNamaWithPrefix: define<{ atasNama: string; prefix: string; meant: string }>('atas-nama-berawalan', 'warning', 'Kolom atas_nama pejabat yang menandatangani diawali "a.n." (atau "an.", "atas nama"), yang sudah dicetak blok tanda tangan.',
    (p) => `Atas nama ditulis "${p.atasNama}", dengan "${p.prefix}" di depannya; blok tanda tangan sudah mencetak "a.n." sebelum isian ini, sehingga tercetak "a.n. ${p.atasNama}".`,
    (p) => `Tulis jabatan yang diwakili saja: atas_nama: ${flowItem(p.meant)}.`,
    { atasNama: 'a.n. Kepala Dinas Sosial Kota Tanjungpinang', prefix: 'a.n.', meant: 'Kepala Dinas Sosial Kota Tanjungpinang' }),
  officialAsText: define<{ detail: string; fieldName: string; jabatan?: string; nama?: string | null; nip?: string | null }>('pejabat-berupa-teks', 'error', 'Kepala instansi atau penandatangan SOP (disahkan_oleh) ditulis sebagai satu teks, bukan sebagai blok jabatan, nama, pangkat dan nip.',
    (p) => `Kolom ${p.fieldName} ditulis sebagai satu teks, "${p.detail}", padahal pejabat ditulis sebagai blok isian: jabatan (wajib), nama, pangkat dan nip, yang dicetak terpisah di blok tanda tangan.`,
    (p) => {
      // The parts read from the text (after a comma the name, after "NIP" the number); else the text as the jabatan.
      const jabatan = p.jabatan ?? p.detail;
      const nama = p.nama ? `, nama: ${flowItem(p.nama)}` : '';
      const nip = p.nip ? `, nip: "${p.nip}"` : '';
      if (nama || nip) {
        return `Bila "${jabatan}" adalah jabatannya${p.nama ? ` dan "${p.nama}" namanya` : ''}, tulis ${p.fieldName}: { jabatan: ${flowItem(jabatan)}${nama}${nip} }${p.nama ? '' : ', lalu tambahkan nama bila diketahui'}.`;
      }
      return `Bila "${p.detail}" adalah jabatannya, tulis ${p.fieldName}: { jabatan: ${flowItem(p.detail)} }, lalu tambahkan nama, pangkat dan nip bila diketahui, misalnya ${p.fieldName}: { jabatan: ${flowItem(p.detail)}, nama: "[ISI: nama]", nip: "[ISI: NIP]" }.`;
    },
    { detail: 'Kepala Dinas Sosial Kota Tanjungpinang, Diah Endang Susilawati NIP. 19670720 199303 2 008', fieldName: 'disahkan_oleh', jabatan: 'Kepala Dinas Sosial Kota Tanjungpinang', nama: 'Diah Endang Susilawati', nip: '19670720 199303 2 008' }),
  contactInWrongField: define<{ detail: string; fieldName: string; found: string; rest: string }>('kontak-tertukar', 'error', 'Kolom telepon instansi berisi alamat e-mail, atau kolom email berisi nomor telepon.',
    (p) => (p.fieldName === 'telepon'
      ? `Telepon "${p.detail}" ${p.rest ? `memuat alamat e-mail "${p.found}"` : 'berisi alamat e-mail'}, padahal kolom ini dicetak di kop sebagai nomor telepon: "Telp. ${p.detail}".`
      : `E-mail "${p.detail}" berisi nomor telepon, padahal kolom ini dicetak di kop sebagai alamat e-mail: "Email: ${p.detail}".`),
    (p) => (p.fieldName === 'telepon'
      ? (p.rest
        ? `Tulis telepon: "${p.rest}" dan email: ${p.found}.`
        : `Pindahkan alamat itu ke email: ${p.found}, lalu tulis nomor telepon kantor di telepon:, misalnya telepon: "(061) 4514000", atau hapus baris telepon bila nomornya belum diketahui.`)
      : `Pindahkan nomor itu ke telepon: "${p.found}", lalu tulis alamat e-mail kantor di email:, misalnya email: nama@domain.go.id, atau hapus baris email bila kantor tidak memakai e-mail.`),
    { detail: 'dinsos@pemkomedan.go.id', fieldName: 'telepon', found: 'dinsos@pemkomedan.go.id', rest: '' }),
  listAsText: define<{ detail: string; fieldName: string; items: readonly string[]; numbered?: boolean }>('daftar-berupa-teks', 'error', 'Daftar layanan (persyaratan, prosedur, kata_kunci, sarana, pengawasan_internal), atau daftar di halaman identitas SOP (kualifikasi_pelaksana, keterkaitan, peralatan, peringatan, pencatatan), ditulis sebagai satu teks, bukan sebagai daftar butir.',
    (p) => `Kolom ${p.fieldName} ditulis sebagai satu teks, "${p.detail}", padahal ${p.fieldName} adalah daftar${p.numbered === false ? '' : ' yang dicetak bernomor'}, satu butir per baris.`,
    (p) => `Tulis setiap butir di barisnya sendiri diawali "- ", atau di antara kurung siku: ${p.fieldName}: [${p.items.map(flowItem).join(', ')}].`,
    { detail: 'KTP, KK', fieldName: 'persyaratan', items: ['KTP', 'KK'] }),
  listAsNone: define<{ detail: string; fieldName: string; required: boolean }>('daftar-tidak-ada', 'error', 'Daftar layanan ditulis sebagai satu teks yang berarti tidak ada ("-", "Tidak ada", "Nihil"), seperti sel kosong di tabel keputusan.',
    (p) => `Kolom ${p.fieldName} ditulis "${p.detail}"${/^[-\u2013\u2014]+$/.test(p.detail) ? ' (tidak ada)' : ''}, seperti sel kosong di tabel keputusan; ${p.required
      ? `${p.fieldName} wajib dicantumkan di Standar Pelayanan sebagai daftar bernomor, dan tanda itu tidak memberi tahu masyarakat apa pun.`
      : 'daftar yang tidak ada isinya cukup tidak ditulis.'}`,
    (p) => (!p.required
      ? `Hapus baris ${p.fieldName}: bila memang tidak ada.`
      : p.fieldName === 'persyaratan'
        ? 'Tulis persyaratan yang harus dibawa atau dipenuhi pemohon, satu per butir; bila layanan ini memang tanpa persyaratan, tulis persyaratan: [Tidak ada persyaratan]; bila belum diketahui, tulis persyaratan: ["[ISI: persyaratan]"].'
        : `Tulis ${p.fieldName} satu per butir; bila belum diketahui, tulis ${p.fieldName}: ["[ISI: ${p.fieldName}]"].`),
    { detail: '-', fieldName: 'persyaratan', required: true }),
  actorsInOneText: define<{ written: string; no: number; ids: string[] }>('pelaksana-dalam-satu-teks', 'error', 'Beberapa pelaksana satu langkah ditulis dalam satu teks ("Staf dan Kasi", "staf, kasi", "Staf/Kasi"), bukan sebagai daftar id.',
    (p) => `Pelaksana langkah ke-${p.no} ditulis "${p.written}": beberapa pelaksana dalam satu teks, sehingga tidak dikenali sebagai id pelaksana.`,
    (p) => `Bila langkah ini dikerjakan bersama, tulis daftar id: pelaksana: [${p.ids.join(', ')}]; bila dikerjakan satu pelaksana saja, tulis id pelaksana itu saja.`,
    { written: 'Staf dan Kasi', no: 3, ids: ['staf', 'kasi'] }),
  actorWithHonorific: define<{ written: string; no: number; honorific: string; rest: string; id: string | null; label: string | null; ids: string[] }>('pelaksana-bersapaan', 'error', 'Pelaksana langkah ditulis dengan sapaan di depan jabatannya ("Pak Lurah", "Bapak Kepala Dinas", "Ibu Kabid"), bukan dengan id pelaksananya.',
    (p) => (p.id
      ? `Pelaksana langkah ke-${p.no} ditulis "${p.written}", dengan sapaan "${p.honorific}" di depan jabatannya; langkah menyebut pelaksana dengan id-nya tanpa sapaan, dan "${p.rest}" adalah pelaksana "${p.id}" (kolom "${p.label}" di diagram).`
      : `Pelaksana langkah ke-${p.no} ditulis "${p.written}", dengan sapaan "${p.honorific}" di depan jabatannya; langkah menyebut pelaksana dengan id-nya tanpa sapaan, dan "${p.rest}" tidak menunjuk tepat satu pelaksana di daftar pelaksana.`),
    (p) => (p.id
      ? `Ganti "${p.written}" dengan ${p.id}.`
      : `Tulis id pelaksana tanpa sapaan, salah satu dari: ${list(p.ids)}; bila "${p.rest}" pelaksana lain, tambahkan - { id: ${idLike(p.rest)}, label: ${flowItem(p.rest)} } di bagian pelaksana lalu tulis pelaksana: ${idLike(p.rest)}.`),
    { written: 'Pak Lurah', no: 3, honorific: 'Pak', rest: 'Lurah', id: 'lurah', label: 'Lurah', ids: ['staf', 'lurah'] }),
  actorLabelWithHonorific: define<{ label: string; honorific: string; rest: string }>('pelaksana-label-bersapaan', 'warning', 'Judul kolom pelaksana (label) diawali sapaan ("Bapak Lurah", "Ibu Kabid"), padahal kolom pelaksana berjudul jabatan.',
    (p) => `Judul kolom pelaksana "${p.label}" diawali sapaan "${p.honorific}"; di diagram alir SOP AP kolom pelaksana berjudul jabatan, tanpa sapaan, dan judul ini tercetak apa adanya di kepala kolom.`,
    (p) => `Tulis label: ${flowItem(p.rest)}.`,
    { label: 'Bapak Lurah', honorific: 'Bapak', rest: 'Lurah' }),
  actorsAsOneText: define<{ detail: string; items: readonly { id: string; label: string }[] }>('pelaksana-berupa-teks', 'error', 'Daftar pelaksana SOP ditulis sebagai satu teks ("pelaksana: Staf, Lurah"), bukan sebagai daftar pelaksana dengan id dan label.',
    (p) => `Kolom pelaksana ditulis sebagai satu teks, "${p.detail}", padahal pelaksana adalah daftar, satu pelaksana per butir, masing-masing dengan id (yang disebut langkah-langkahnya) dan label (judul kolomnya di diagram).`,
    (p) => `Tulis setiap pelaksana di barisnya sendiri di bawah pelaksana:, diawali "- ", sesuai urutan kolom: ${p.items.map((a) => `- { id: ${a.id}, label: ${flowItem(a.label)} }`).join(' lalu ')}; lalu tulis id itu pada langkah yang dikerjakannya.`,
    { detail: 'Staf, Lurah', items: [{ id: 'staf', label: 'Staf' }, { id: 'lurah', label: 'Lurah' }] }),
  actorByLabel: define<{ written: string; no: number; id: string }>('pelaksana-ditulis-judul', 'error', 'Pelaksana langkah ditulis dengan judul kolomnya (label) dan bukan dengan id-nya.',
    (p) => `Pelaksana langkah ke-${p.no} ditulis dengan judul kolomnya, "${p.written}"; langkah menyebut pelaksana dengan id-nya, yaitu "${p.id}".`,
    (p) => `Ganti "${p.written}" dengan ${p.id}.`,
    { written: 'Kepala Seksi', no: 4, id: 'kasi' }),
  actorPlaceholder: define<{ detail: string }>('pelaksana-belum-diketahui', 'error', 'Pelaksana langkah ditulis "[ISI: ...]" (diagram alir memerlukan lajur untuk setiap langkah).',
    (p) => `Pelaksana langkah ini belum diketahui (${p.detail}); diagram alir memerlukan satu lajur pelaksana untuk setiap langkah.`,
    () => 'Tanyakan pelaksananya ke instansi. Sementara itu tambahkan di daftar pelaksana { id: belum-diketahui, label: "[ISI: pelaksana]" }, tulis pelaksana: belum-diketahui pada langkah ini, dan biarkan status: draf.',
    { detail: '[ISI: pelaksana langkah 4]' }),
  identityItemNumbered: define<{ field: string; n: number; marker: string; rest: string; items: readonly string[] }>('butir-bernomor', 'warning', 'Butir daftar di halaman identitas SOP (kualifikasi_pelaksana, keterkaitan, peralatan, peringatan, pencatatan) diawali nomor sendiri ("1. Buku kerja", "a. ATK"), atau memuat seluruh daftar bernomor dalam satu teks; daftar itu dinomori otomatis.',
    (p) => (p.items.length > 1
      ? `Butir ke-${p.n} ${p.field} memuat ${p.items.length} butir bernomor dalam satu teks ("${p.marker} ${p.rest}"); halaman identitas SOP mencetaknya sebagai satu butir bernomor ${p.n} dengan nomor-nomor itu di dalamnya.`
      : `Butir ke-${p.n} ${p.field} diawali nomor "${p.marker}", padahal daftar ini dinomori otomatis di halaman identitas SOP, sehingga nomornya tercetak dua kali ("${p.n}. ${p.marker} ${p.rest}").`),
    (p) => (p.items.length > 1
      ? `Ganti butir ini dengan ${p.items.length} butir tanpa nomornya, masing-masing di barisnya sendiri diawali "- ": ${p.items.map((i) => `"${i}"`).join(', ')}.`
      : `Hapus "${p.marker}" dan tulis isinya saja: - ${p.rest}. Urutan nomor mengikuti urutan butir.`),
    { field: 'peralatan', n: 1, marker: '1.', rest: 'Buku kerja', items: ['Buku kerja'] }),
  kegiatanNumbered: define<{ no: number; marker: string; rest: string }>('kegiatan-bernomor', 'warning', 'Kegiatan sebuah langkah diawali nomornya sendiri ("3. Menandatangani surat"), padahal kolom No diagram sudah mencetak nomor langkah.',
    (p) => `Kegiatan langkah ke-${p.no} diawali nomor "${p.marker}", padahal kolom No di diagram alir sudah mencetak nomor langkah; "${p.marker}" akan tercetak dua kali di baris itu.`,
    (p) => `Hapus "${p.marker}" dan tulis kegiatannya saja: kegiatan: ${p.rest}. Nomor langkah mengikuti urutannya di daftar langkah.`,
    { no: 3, marker: '3.', rest: 'Menandatangani surat' }),
  repeatedStepActor: define<{ id: string; no: number }>('pelaksana-langkah-ganda', 'error', 'Satu langkah menyebut pelaksana yang sama dua kali.',
    (p) => `Pelaksana "${p.id}" ditulis dua kali pada langkah ke-${p.no}.`, () => 'Tulis setiap pelaksana sekali saja.', { id: 'staf', no: 2 }),
  decisionMultiActor: define<{ no: number }>('keputusan-banyak-pelaksana', 'error', 'Keputusan diberikan kepada lebih dari satu pelaksana.',
    (p) => `Langkah ke-${p.no} adalah keputusan, tetapi menyebut lebih dari satu pelaksana; keputusan digambar sebagai satu belah ketupat.`,
    () => 'Tulis satu pelaksana yang mengambil keputusan, atau pisahkan menjadi dua langkah.', { no: 4 }),
  terminatorDecision: define<{ no: number; which: string }>('keputusan-di-ujung', 'error', 'Langkah pertama atau terakhir berupa keputusan.',
    (p) => `Langkah ke-${p.no} adalah langkah ${p.which} (digambar sebagai terminator), jadi tidak boleh berupa keputusan.`,
    () => 'Pindahkan keputusan ke langkah di antaranya, atau tambahkan langkah mulai/selesai.', { no: 1, which: 'pertama' }),
  stepNumberWritten: define<{ key: string }>('langkah-bernomor', 'error', 'Langkah diberi nomor sendiri ("no: 1"); langkah dinomori otomatis menurut urutannya.',
    (p) => `Kolom "${p.key}" tidak dipakai: langkah dinomori otomatis menurut urutannya di daftar langkah.`,
    (p) => `Hapus baris "${p.key}: ..."; untuk mengubah nomor sebuah langkah, pindahkan langkah itu ke urutan yang benar (cabang keputusan "ke:" memakai nomor menurut urutan ini).`, { key: 'no' }),
  branchWithoutTarget: define<{ detail: string; which: string; label: string }>('cabang-tanpa-tujuan', 'error', 'Cabang keputusan (ya atau tidak) ditulis tanpa ke: (tujuannya).',
    (p) => `Cabang ${p.which} ("${p.label}") tidak menulis tujuannya: kolom ke tidak ada, sehingga tidak diketahui ke langkah mana panah "${p.label}" menuju.`,
    (p) => `Tambahkan ke dengan nomor langkah tujuan atau selesai, misalnya ${p.which}: { label: ${p.label}, ke: 3 } atau ${p.which}: { label: ${p.label}, ke: selesai }.`,
    { detail: '', which: 'ya', label: 'Lengkap' }),
  decisionOneBranch: define<{ detail: string; written: string; missing: string }>('keputusan-satu-cabang', 'error', 'Keputusan ditulis dengan satu cabang saja (ya tanpa tidak, atau sebaliknya).',
    (p) => `Keputusan ini hanya menulis cabang ${p.written}; belah ketupat keputusan selalu punya dua panah, ya dan tidak, dan tanpa cabang ${p.missing} tidak diketahui ke mana alurnya bila jawabannya "${p.missing === 'ya' ? 'Ya' : 'Tidak'}".`,
    (p) => (p.missing === 'tidak'
      ? 'Tambahkan cabang tidak di bawah cabang ya: tidak: { label: Tidak, ke: selesai } bila prosesnya berhenti, atau ke: nomor langkah sebelumnya (misalnya ke: 1) bila berkas dikembalikan untuk dilengkapi. Bila langkah ini bukan keputusan, hapus keputusan: dan cabangnya.'
      : 'Tambahkan cabang ya di atas cabang tidak: ya: { label: Ya, ke: <nomor langkah berikutnya> }. Bila langkah ini bukan keputusan, hapus keputusan: dan cabangnya.'),
    { detail: '', written: 'ya', missing: 'tidak' }),
  decisionAsText: define<{ detail: string }>('keputusan-berupa-kalimat', 'error', 'keputusan ditulis sebagai kalimat (pertanyaannya), bukan sebagai cabang ya dan tidak.',
    (p) => `Kolom keputusan berisi kalimat ("${p.detail}"), padahal keputusan ditulis sebagai dua cabang, ya: dan tidak:, masing-masing dengan label dan tujuannya (ke), agar diagram dapat menggambar kedua panahnya.`,
    (p) => `Tulis pertanyaannya di kegiatan langkah ini (atau di pertanyaan:), lalu kedua cabangnya di bawah keputusan:, misalnya keputusan: { pertanyaan: ${p.detail}, ya: { label: Ya, ke: 3 }, tidak: { label: Tidak, ke: selesai } } (ke: nomor langkah tujuan atau selesai).`,
    { detail: 'Apakah berkas lengkap?' }),
  branchesByLabel: define<{ detail: string; labels: string }>('cabang-berupa-label', 'error', 'Kedua cabang keputusan ditulis dengan labelnya sebagai nama kolom ("lengkap: 3", "tidak lengkap: selesai"), bukan di bawah ya dan tidak.',
    (p) => `Cabang keputusan ditulis dengan labelnya sebagai nama kolom (${p.labels}), padahal kedua cabang ditulis di bawah ya: dan tidak:, dengan labelnya di label:; diagram tidak tahu cabang mana jawaban ya.`,
    (p) => `Tulis ${p.detail}.`,
    { detail: 'keputusan: { ya: { label: Lengkap, ke: 3 }, tidak: { label: Tidak lengkap, ke: selesai } }', labels: '"lengkap" dan "tidak lengkap"' }),
  branchTargetWord: define<{ detail: string; which: string; label: string; kind: 'end' | 'outcome' | 'dash' }>('cabang-tujuan-kata', 'error', 'Tujuan cabang keputusan (ke) ditulis dengan kata akhir proses ("ditolak", "end", "stop") atau "-", bukan nomor langkah atau selesai.',
    (p) => `Cabang ${p.which} ("${p.label}") menuju "${p.detail}", padahal tujuan cabang ditulis sebagai nomor langkah (misalnya 3) atau "selesai"; diagram tidak tahu ke mana panah "${p.label}" ditarik.`,
    (p) =>
      p.kind === 'end' ? `Bila proses berakhir di cabang ini, tulis ${p.which}: { label: ${p.label}, ke: selesai }.`
      : p.kind === 'outcome' ? `Bila proses berakhir karena ${p.detail.toLowerCase()}, tulis ke: selesai dan jadikan "${p.detail}" labelnya: ${p.which}: { label: ${p.detail.charAt(0).toUpperCase()}${p.detail.slice(1)}, ke: selesai }.`
      : `Bila proses berakhir di cabang ini, tulis ${p.which}: { label: ${p.label}, ke: selesai }; bila berlanjut, tulis nomor langkah tujuannya, misalnya ke: 3.`,
    { detail: 'ditolak', which: 'tidak', label: 'Tidak', kind: 'outcome' }),
  branchTargetByText: define<{ detail: string; which: string; label: string; no: number; written: string; how: 'kegiatan' | 'next' | 'previous'; targets: readonly (number | string)[] }>('cabang-tujuan-tanpa-nomor', 'error', 'Tujuan cabang keputusan (ke) ditulis dengan kegiatan langkah tujuannya, atau "lanjut" / "langkah berikutnya" / "langkah sebelumnya", bukan dengan nomor langkahnya.',
    (p) => {
      const [first] = p.targets;
      const where = p.how === 'kegiatan'
        ? `kegiatan langkah ${p.targets.join(' dan ')}`
        : first === 'selesai'
          ? `artinya langkah sesudah langkah ke-${p.no}, padahal langkah ke-${p.no} adalah langkah terakhir: sesudahnya proses selesai`
          : `artinya langkah ${p.how === 'next' ? 'sesudah' : 'sebelum'} langkah ke-${p.no}, yaitu langkah ${first}`;
      const why = p.how === 'kegiatan'
        ? (p.targets.length > 1 ? 'dan tidak diketahui langkah mana yang dimaksud' : 'dan panahnya akan kehilangan tujuan bila kegiatan itu kelak diubah kata-katanya')
        : 'dan panahnya akan salah arah bila kelak ada langkah yang disisipkan';
      return `Cabang "${p.label}" langkah ke-${p.no} menuju "${p.written}", ${where}; tujuan cabang ditulis dengan nomor langkahnya (atau selesai), ${why}.`;
    },
    (p) => (p.targets.length > 1 ? `Ganti "${p.written}" dengan nomor langkah yang dimaksud: ${p.targets.join(' atau ')}.` : `Ganti "${p.written}" dengan ${p.targets[0]}.`),
    { detail: '', which: 'ya', label: 'Lengkap', no: 2, written: 'Verifikasi berkas permohonan', how: 'kegiatan', targets: [3] }),
  branchOutOfRange: define<{ label: string; no: number; target: number; count: number }>('cabang-di-luar', 'error', 'Cabang keputusan menuju nomor langkah yang tidak ada.',
    (p) => p.target < 1
      ? `Cabang "${p.label}" langkah ke-${p.no} menuju langkah ${p.target}, padahal langkah dinomori mulai dari 1.`
      : `Cabang "${p.label}" langkah ke-${p.no} menuju langkah ${p.target}, padahal SOP ini hanya punya ${p.count} langkah.`,
    (p) => `Tulis nomor langkah 1–${p.count} atau "selesai".`, { label: 'Tidak', no: 4, target: 9, count: 6 }),
  branchToSelf: define<{ label: string; no: number }>('cabang-ke-diri', 'error', 'Cabang keputusan menuju langkahnya sendiri.',
    (p) => `Cabang "${p.label}" langkah ke-${p.no} menuju dirinya sendiri.`, () => 'Arahkan cabang ke langkah lain (misalnya langkah sebelumnya untuk mengulang) atau "selesai".', { label: 'Tidak', no: 4 }),
  branchesSameTarget: define<{ no: number; target: string }>('cabang-tujuan-sama', 'error', 'Kedua cabang keputusan menuju tempat yang sama.',
    (p) => `Kedua cabang keputusan langkah ke-${p.no} menuju tempat yang sama (${p.target}).`, () => 'Keputusan harus bercabang ke dua tujuan berbeda; bila tidak ada pilihan, hapus blok keputusan.', { no: 4, target: '5' }),
  branchLabelsSwapped: define<{ no: number; yaLabel: string; yaKe: string; tidakLabel: string; tidakKe: string }>('cabang-label-terbalik', 'warning', 'Cabang ya sebuah keputusan berlabel jawaban tidak ("Tidak Lengkap", "Belum", "Ditolak") dan cabang tidak-nya berlabel jawaban ya: kedua cabang tertukar.',
    (p) => `Cabang ya langkah ke-${p.no} berlabel "${p.yaLabel}", sedangkan cabang tidak berlabel "${p.tidakLabel}": kedua cabang tertukar. Jalur utama SOP, yang waktunya dijumlahkan menjadi total waktu, mengikuti cabang ya, sehingga jalur "${p.yaLabel}" terhitung sebagai jalur utama.`,
    (p) => `Tukar kedua cabang: ya: { label: ${flowItem(p.tidakLabel)}, ke: ${p.tidakKe} } dan tidak: { label: ${flowItem(p.yaLabel)}, ke: ${p.yaKe} }.`,
    { no: 2, yaLabel: 'Tidak Lengkap', yaKe: 'selesai', tidakLabel: 'Lengkap', tidakKe: '3' }),
  branchesSameLabel: define<{ no: number; label: string }>('cabang-label-sama', 'error', 'Kedua cabang keputusan berlabel sama.',
    (p) => `Kedua cabang keputusan langkah ke-${p.no} berlabel sama ("${p.label}").`, () => 'Beri label berbeda, misalnya Ya/Tidak atau Layak/Tidak layak.', { no: 4, label: 'Ya' }),
  unreachableStep: define<{ no: number }>('langkah-tak-tercapai', 'error', 'Tidak ada jalan dari langkah pertama ke sebuah langkah.',
    (p) => `Langkah ke-${p.no} tidak dapat dicapai dari langkah pertama.`, () => 'Arahkan langkah sebelumnya atau salah satu cabang keputusan ke langkah ini, atau hapus langkah ini.', { no: 5 }),
  trappedStep: define<{ no: number }>('langkah-terjebak', 'error', 'Dari sebuah langkah proses tidak pernah selesai (putaran tanpa jalan keluar).',
    (p) => `Dari langkah ke-${p.no} proses tidak pernah sampai ke akhir (terjebak dalam putaran).`, () => 'Pastikan salah satu cabang keputusan dalam putaran ini keluar menuju langkah berikutnya atau "selesai".', { no: 3 }),
  endUnreachable: define<{}>('akhir-tak-tercapai', 'error', 'Akhir proses tidak dapat dicapai.',
    () => 'Akhir proses tidak dapat dicapai dari langkah pertama.', () => 'Periksa cabang-cabang keputusan.', {}),
  oneActorOnly: define<{}>('satu-pelaksana-saja', 'warning', 'Semua langkah dikerjakan satu pelaksana padahal beberapa dideklarasikan.',
    () => 'Semua langkah dikerjakan satu pelaksana, padahal lebih dari satu pelaksana dideklarasikan.', () => 'Periksa kolom pelaksana setiap langkah, atau hapus pelaksana yang tidak dipakai.', {}),
  unusedActor: define<{ id: string }>('pelaksana-tak-dipakai', 'warning', 'Pelaksana dideklarasikan tetapi tidak mengerjakan langkah apa pun.',
    (p) => `Pelaksana "${p.id}" tidak mengerjakan langkah apa pun; kolomnya akan kosong di diagram.`, () => 'Tulis pelaksana ini pada langkah yang dikerjakannya, atau hapus dari daftar pelaksana.', { id: 'sekretaris' }),
  incompleteNotDraft: define<{ status: string }>('tidak-lengkap-bukan-draf', 'error', 'SOP ditandai tidak_lengkap tetapi statusnya bukan draf.',
    (p) => `SOP ini ditandai tidak_lengkap (sumbernya terpotong), tetapi statusnya "${p.status}".`, () => 'Biarkan status: draf sampai langkah yang hilang dilengkapi, lalu hapus tidak_lengkap.', { status: 'berlaku' }),

  // --- Status: digantikan / dicabut --------------------------------------------------------
  supersededNoSuccessor: define<{}>('digantikan-tanpa-pengganti', 'error', 'SOP berstatus digantikan tetapi tidak menulis digantikan_oleh.',
    () => 'SOP ini berstatus digantikan, tetapi tidak menyebut SOP penggantinya.',
    () => 'Tulis digantikan_oleh: <id SOP pengganti> (jalurnya di bawah sops/ tanpa .mdx), misalnya digantikan_oleh: tanjungpinang/penanganan-korban-2025; atau ubah status.', {}),
  revokedNoDetails: define<{}>('dicabut-tanpa-keterangan', 'error', 'SOP berstatus dicabut tetapi tidak menulis tanggal dan alasan pencabutan.',
    () => 'SOP ini berstatus dicabut, tetapi tanggal dan alasan pencabutannya tidak ditulis.',
    () => 'Tambahkan dicabut: { tanggal: 2025-01-31, alasan: "..." } dengan tanggal pencabutan (TTTT-BB-HH) dan alasannya; atau ubah status.', {}),
  unknownSuccessor: define<{ id: string; guess: string | null; by?: 'judul' | 'nomor' | null }>('pengganti-tidak-ada', 'error', 'digantikan_oleh menyebut SOP yang tidak ada (atau menyebut SOP dengan nomor atau judulnya, bukan id-nya).',
    (p) => (p.by && p.guess ? `SOP pengganti ditulis dengan ${p.by}nya, "${p.id}"; digantikan_oleh menyebut SOP dengan id-nya, yaitu "${p.guess}".` : `SOP pengganti "${p.id}" tidak ditemukan.${maybe(p.guess)}`),
    (p) => (p.by && p.guess ? `Tulis digantikan_oleh: ${p.guess}.` : 'Tulis id SOP pengganti, yaitu jalurnya di bawah sops/ tanpa .mdx, misalnya tanjungpinang/penanganan-korban-2025.'),
    { id: 'tanjungpinang/penanganan-korban-2025', guess: 'tanjungpinang/penanganan-korban-2024' }),
  successorSelf: define<{}>('pengganti-diri-sendiri', 'error', 'digantikan_oleh menyebut SOP itu sendiri.',
    () => 'SOP ini disebut digantikan oleh dirinya sendiri.',
    () => 'Tulis id SOP lain yang menggantikannya; bila SOP ini hanya direvisi, biarkan status: berlaku dan catat perubahannya di riwayat_revisi.', {}),
  successorNotInForce: define<{ id: string; status: string; next: string | null }>('pengganti-tidak-berlaku', 'error', 'SOP pengganti sendiri sudah digantikan atau dicabut.',
    (p) => `SOP pengganti "${p.id}" sendiri berstatus ${p.status}, jadi tidak dapat menggantikan SOP ini.`,
    (p) => (p.next ? `Tulis digantikan_oleh: ${p.next} (SOP yang kini berlaku), atau periksa status SOP "${p.id}".` : `Tulis id SOP yang berlaku atau masih draf, atau periksa status SOP "${p.id}".`),
    { id: 'tanjungpinang/penanganan-korban-2024', status: 'digantikan', next: 'tanjungpinang/penanganan-korban-2025' }),
  successorCycle: define<{ chain: string }>('pengganti-berputar', 'error', 'Rantai digantikan_oleh kembali ke SOP semula.',
    (p) => `Rantai penggantian berputar: ${p.chain}.`,
    () => 'Satu SOP dalam rantai ini harus menjadi pengganti yang berlaku: ubah statusnya menjadi berlaku (atau draf) dan hapus digantikan_oleh-nya.',
    { chain: 'contoh/sop-a → contoh/sop-b → contoh/sop-a' }),
  successorWithoutStatus: define<{ status: string }>('pengganti-tanpa-status', 'warning', 'digantikan_oleh ditulis, tetapi status SOP bukan digantikan.',
    (p) => `SOP ini menulis digantikan_oleh, tetapi statusnya "${p.status}"; penggantinya tidak ditampilkan.`,
    () => 'Ubah status menjadi digantikan bila SOP ini memang sudah diganti, atau hapus digantikan_oleh.', { status: 'berlaku' }),
  revokedDetailsWithoutStatus: define<{ status: string }>('keterangan-cabut-tanpa-status', 'warning', 'Blok dicabut ditulis, tetapi status SOP bukan dicabut.',
    (p) => `SOP ini menulis tanggal dan alasan pencabutan, tetapi statusnya "${p.status}"; keterangan itu tidak ditampilkan.`,
    () => 'Ubah status menjadi dicabut bila SOP ini memang sudah dicabut, atau hapus blok dicabut.', { status: 'berlaku' }),
  successorOlder: define<{ id: string; efektif: string; own: string; self: string }>('pengganti-lebih-lama', 'warning', 'SOP pengganti mulai berlaku lebih awal dari SOP yang digantikannya (digantikan_oleh ditulis di SOP yang salah, atau tanggal efektif salah ketik).',
    (p) => `SOP pengganti "${p.id}" berlaku sejak ${p.efektif}, lebih awal dari tanggal efektif SOP ini sendiri (${p.own}); SOP pengganti mestinya mulai berlaku sesudah SOP yang digantikannya.`,
    (p) => `Bila justru SOP ini yang menggantikan "${p.id}", tulis status: digantikan dan digantikan_oleh: ${p.self} di SOP "${p.id}", lalu ubah status SOP ini menjadi berlaku dan hapus digantikan_oleh-nya; bila tidak, periksa tanggal.efektif kedua SOP pada dokumen yang ditandatangani.`,
    { id: 'tanjungpinang/penanganan-korban-2015', efektif: '2015-03-02', own: '2024-03-04', self: 'tanjungpinang/penanganan-korban-2024' }),
  revokedBeforeEffective: define<{ tanggal: string; efektif: string }>('dicabut-sebelum-efektif', 'warning', 'Tanggal pencabutan (dicabut.tanggal) lebih awal dari tanggal efektif SOP.',
    (p) => `Tanggal pencabutan (${p.tanggal}) lebih awal dari tanggal efektif SOP ini (${p.efektif}); SOP tidak dapat dicabut sebelum mulai berlaku.`,
    () => 'Periksa dicabut.tanggal dan tanggal.efektif pada dokumen yang ditandatangani dan pada keputusan pencabutannya (angka tahun yang salah ketik?).',
    { tanggal: '2016-01-05', efektif: '2017-08-01' }),
  revokedInFuture: define<{ tanggal: string; today: string }>('dicabut-mendatang', 'warning', 'SOP berstatus dicabut dengan tanggal pencabutan yang belum tiba.',
    (p) => `Tanggal pencabutan ${p.tanggal} belum tiba (hari ini ${p.today}), tetapi SOP ini sudah berstatus dicabut, sehingga sejak sekarang situs menampilkannya sebagai dicabut, mengeluarkannya dari Buku SOP dan memberi tanda tidak berlaku pada PDF-nya.`,
    (p) => `Bila SOP ini baru dicabut pada ${p.tanggal}, kembalikan status: berlaku dan hapus blok dicabut sampai tanggal itu; bila tanggalnya salah ketik, tulis tanggal pencabutan yang sebenarnya.`,
    { tanggal: '2027-06-01', today: '2026-12-01' }),

  // --- Waktu -------------------------------------------------------------------------------
  waktuUnreadable: define<{ detail: string }>('waktu-tak-terbaca', 'error', 'Waktu langkah atau total dokumen tidak dapat dibaca.',
    (p) => p.detail, () => 'Tulis waktu seperti "15 menit", "30 - 60 menit", "3-7 hari", "3 x 24 jam"; "-" bila tidak ditentukan; "Tentatif" bila memang tidak tentu.',
    { detail: 'Waktu "15 mnit" tidak dapat dibaca.' }),
  waktuUnstated: define<{ no: number }>('waktu-tidak-dicantumkan', 'warning', 'Waktu langkah dikosongkan atau "-".',
    (p) => `Waktu langkah ke-${p.no} tidak dicantumkan; langkah ini tidak ikut dijumlahkan.`, () => 'Isi waktu langkah ini bila diketahui, misalnya "15 menit".', { no: 5 }),
  waktuUnsummable: define<{ no: number; text: string; soon?: boolean }>('waktu-tak-terjumlah', 'warning', 'Waktu ditulis tidak tentu ("Tentatif", "sesuai kebutuhan"), atau "segera" / "sesegera mungkin" tanpa lamanya.',
    (p) => (p.soon
      ? `Waktu langkah ke-${p.no} ("${p.text}") tidak menyebut berapa lama langkah ini paling lama berlangsung; dicetak apa adanya dan tidak ikut dijumlahkan.`
      : `Waktu langkah ke-${p.no} ("${p.text}") tidak tentu; dicetak apa adanya dan tidak ikut dijumlahkan.`),
    (p) => (p.soon
      ? `Tulis batas waktunya, misalnya "15 menit" bila dikerjakan saat itu juga, atau "1 x 24 jam" bila paling lambat keesokan harinya; "${p.text}" dapat ditulis di keterangan.`
      : 'Bila ada perkiraan, tulis sebagai rentang, misalnya "1-3 hari".'),
    { no: 7, text: 'Tentatif' }),
  totalDiffers: define<{ written: string; computed: string }>('total-berbeda', 'warning', 'Total di dokumen bertanda tangan berbeda dari jumlah waktu langkah.',
    (p) => `Dokumen mencantumkan total "${p.written}", sedangkan jumlah waktu langkah-langkah jalur utama adalah ${p.computed}.`, () => 'Periksa waktu setiap langkah terhadap dokumen yang ditandatangani.', { written: '76 Jam 15 Menit', computed: '75 jam 20 menit' }),

  // --- Dates, review, signatory ------------------------------------------------------------
  reviewAsPeriod: define<{ written: string; field: string; months: number; words: string; efektif: string | null; date: string | null }>('tinjau-ulang-berupa-jangka', 'error', 'tinjau_ulang SOP atau siklus_tinjau_bulan instansi ditulis sebagai jangka waktu ("1 tahun", "setiap tahun", "tahunan").',
    (p) => (p.field === 'siklus_tinjau_bulan'
      ? `Siklus tinjau ulang ditulis "${p.written}", padahal kolom ini berisi jumlah bulannya saja, sebagai angka.`
      : `Kolom tinjau_ulang ditulis sebagai jangka waktu, "${p.written}", padahal kolom ini berisi tanggal tinjau ulang berikutnya.`),
    (p) => (p.field === 'siklus_tinjau_bulan'
      ? `Tulis siklus_tinjau_bulan: ${p.months}.`
      : `${p.date ? `Tulis tinjau_ulang: ${p.date} (${p.words} sesudah tanggal efektif ${p.efektif})` : `Tulis tanggal tinjau ulang berikutnya sebagai TTTT-BB-HH, yaitu tanggal efektif ditambah ${p.words}`}. Bila setiap SOP instansi ini ditinjau ${p.words} sekali, hapus tinjau_ulang dan tulis siklus_tinjau_bulan: ${p.months} di berkas instansinya.`),
    { written: '1 tahun', field: 'tinjau_ulang', months: 12, words: '1 tahun', efektif: '2024-03-04', date: '2025-03-04' }),
  reviewPassed: define<{ date: string }>('tinjau-ulang-lewat', 'warning', 'Tanggal tinjau ulang SOP berlaku sudah lewat.',
    (p) => `Tanggal tinjau ulang ${p.date} sudah lewat.`, () => 'Tinjau SOP ini, catat perubahannya di riwayat_revisi, lalu perbarui tinjau_ulang.', { date: '2025-03-04' }),
  reviewBeforeEffective: define<{ date: string; efektif: string }>('tinjau-ulang-sebelum-efektif', 'warning', 'Tanggal tinjau ulang SOP berlaku atau draf lebih awal dari tanggal efektifnya.',
    (p) => `Tanggal tinjau ulang (${p.date}) lebih awal dari tanggal efektif SOP ini (${p.efektif}); SOP ditinjau sesudah mulai berlaku, jadi tanggal ini tidak pernah menjadi jadwal peninjauannya.`,
    (p) => `Periksa angka tahunnya, lalu tulis tanggal tinjau ulang berikutnya, sesudah ${p.efektif}.`,
    { date: '2016-08-01', efektif: '2017-08-01' }),
  revisedBehindHistory: define<{ revisi: string; no: number; tanggal: string; perubahan: string }>('revisi-tertinggal', 'warning', 'tanggal.revisi lebih awal dari revisi terakhir di riwayat_revisi, sehingga halaman identitas mencetak tanggal revisi yang sudah tertinggal.',
    (p) => `Tanggal revisi (${p.revisi}) lebih awal dari revisi ke-${p.no} di riwayat_revisi ("${p.perubahan}", ${p.tanggal}); halaman identitas dan PDF mencetak tanggal revisi yang sudah tertinggal.`,
    (p) => `Tulis tanggal.revisi: ${p.tanggal} bila revisi itu yang terakhir disahkan, atau periksa tanggal revisi ke-${p.no} pada dokumennya.`,
    { revisi: '2019-03-04', no: 2, tanggal: '2021-03-04', perubahan: 'Perubahan langkah 3' }),
  revisedBeforeMade: define<{ revisi: string; pembuatan: string }>('revisi-sebelum-dibuat', 'warning', 'Tanggal revisi lebih awal dari tanggal pembuatan.',
    (p) => `Tanggal revisi (${p.revisi}) lebih awal dari tanggal pembuatan (${p.pembuatan}).`, () => 'Periksa kembali kedua tanggal pada dokumen yang ditandatangani.', { revisi: '2023-01-10', pembuatan: '2024-02-20' }),
  revisionBeforeMade: define<{ no: number; tanggal: string; perubahan: string; pembuatan: string }>('riwayat-revisi-sebelum-dibuat', 'warning', 'Sebuah butir riwayat_revisi bertanggal lebih awal dari tanggal pembuatan SOP.',
    (p) => `Revisi ke-${p.no} di riwayat_revisi ("${p.perubahan}") bertanggal ${p.tanggal}, lebih awal dari tanggal pembuatan SOP (${p.pembuatan}); SOP belum ada pada tanggal itu.`,
    () => 'Periksa tanggal revisi ini dan tanggal.pembuatan pada dokumen yang ditandatangani; riwayat_revisi hanya mencatat revisi sesudah SOP dibuat.',
    { no: 1, tanggal: '2016-01-05', perubahan: 'Penyesuaian waktu langkah 3', pembuatan: '2017-08-01' }),
  revisionInFuture: define<{ no: number; tanggal: string; perubahan: string; today: string }>('riwayat-revisi-mendatang', 'warning', 'Sebuah butir riwayat_revisi bertanggal sesudah hari ini.',
    (p) => `Revisi ke-${p.no} di riwayat_revisi ("${p.perubahan}") bertanggal ${p.tanggal}, padahal hari ini ${p.today}; riwayat revisi hanya mencatat revisi yang sudah dilakukan.`,
    () => 'Tulis tanggal revisi itu dilakukan (periksa angka tahun atau bulan yang tertukar); rencana peninjauan berikutnya ditulis di tinjau_ulang.',
    { no: 2, tanggal: '2027-01-10', perubahan: 'Penambahan langkah verifikasi', today: '2026-12-01' }),
  revisionOutOfOrder: define<{ no: number; tanggal: string; perubahan: string; before: string }>('riwayat-revisi-tidak-urut', 'warning', 'Butir riwayat_revisi tidak urut dari yang terlama: sebuah revisi bertanggal lebih awal dari revisi di atasnya.',
    (p) => `Revisi ke-${p.no} di riwayat_revisi ("${p.perubahan}") bertanggal ${p.tanggal}, lebih awal dari revisi ke-${p.no - 1} di atasnya (${p.before}); riwayat_revisi ditulis urut dari yang terlama dan dicetak di halaman SOP sesuai urutan tulisannya.`,
    (p) => `Pindahkan butir ini ke atas revisi bertanggal ${p.before} (terlama di atas), atau periksa tanggalnya pada dokumen.`,
    { no: 2, tanggal: '2018-01-02', perubahan: 'Perubahan waktu langkah 2', before: '2019-03-04' }),
  regulationTwice: define<{ id: string; first: number }>('dasar-hukum-ganda', 'warning', 'Peraturan yang sama ditulis dua kali di dasar_hukum.',
    (p) => `Dasar hukum "${p.id}" sudah ditulis sebagai butir ke-${p.first}; di situs dan PDF akan tercetak dua kali.`, () => 'Hapus butir yang berulang.', { id: 'uu-11-2009', first: 1 }),
  articleWithoutWord: define<{ id: string; pasal: string; printed: string; meant: string }>('pasal-tanpa-kata-pasal', 'warning', 'Pasal dasar hukum ditulis dengan nomornya saja ("pasal: 5"), sehingga tercetak tanpa kata "Pasal" di depan judul peraturan.',
    (p) => `Pasal dasar hukum "${p.id}" ditulis "${p.pasal}" tanpa kata "Pasal"; di halaman identitas SOP tercetak "${p.printed}".`,
    (p) => `Tulis pasal: "${p.meant}".`,
    { id: 'uu-11-2009', pasal: '5', printed: '5 Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial', meant: 'Pasal 5' }),
  madeInFuture: define<{ pembuatan: string; today: string }>('dibuat-mendatang', 'warning', 'Tanggal pembuatan SOP sesudah hari ini.',
    (p) => `Tanggal pembuatan (${p.pembuatan}) belum tiba, padahal hari ini ${p.today}; tanggal pembuatan adalah tanggal SOP selesai disusun, dan halaman identitas serta PDF mencetaknya apa adanya.`,
    () => 'Periksa tanggal pembuatan pada dokumen yang ditandatangani (angka tahun atau bulan yang salah ketik?) dan tulis tanggal.pembuatan seperti tercetak di sana.',
    { pembuatan: '2042-02-20', today: '2026-12-01' }),
  effectiveInFuture: define<{ efektif: string; today: string }>('efektif-mendatang', 'warning', 'SOP berstatus berlaku dengan tanggal efektif yang belum tiba.',
    (p) => `SOP ini berstatus berlaku, tetapi tanggal efektifnya (${p.efektif}) belum tiba, padahal hari ini ${p.today}; sejak sekarang situs sudah menampilkannya sebagai SOP yang berlaku.`,
    (p) => `Bila tanggal itu salah ketik, tulis tanggal.efektif seperti pada dokumen yang ditandatangani; bila SOP memang baru berlaku pada ${p.efektif}, biarkan status: draf sampai tanggal itu, lalu ubah menjadi berlaku.`,
    { efektif: '2027-03-04', today: '2026-12-01' }),
  effectiveBeforeMade: define<{ efektif: string; pembuatan: string }>('efektif-sebelum-dibuat', 'warning', 'Tanggal efektif lebih awal dari tanggal pembuatan.',
    (p) => `Tanggal efektif (${p.efektif}) lebih awal dari tanggal pembuatan (${p.pembuatan}).`, () => 'Periksa kembali kedua tanggal pada dokumen yang ditandatangani.', { efektif: '2024-02-01', pembuatan: '2024-02-20' }),
  signatoryNoName: define<{ jabatan: string }>('penandatangan-tanpa-nama', 'warning', 'Penandatangan hanya ditulis jabatannya (nama/NIP belum diketahui).',
    (p) => `Penandatangan "${p.jabatan}" belum bernama; blok tanda tangan dicetak tanpa nama dan NIP.`, () => 'Tulis nama dan nip penandatangan bila sudah diketahui.', { jabatan: 'Kepala Dinas Sosial' }),
  hiddenKeterangan: define<{ no: number }>('keterangan-tersembunyi', 'warning', 'Langkah berketerangan padahal kolom Keterangan dimatikan.',
    (p) => `Keterangan langkah ke-${p.no} tidak akan tampil karena mutu_baku.keterangan: false.`, () => 'Ubah menjadi mutu_baku.keterangan: true, atau hapus keterangan langkah ini.', { no: 2 }),
  longJudul: define<{ length: number; limit: number }>('judul-terlalu-panjang', 'warning', 'Judul SOP terlalu panjang untuk judul (tampil di blok identitas, daftar SOP, hasil pencarian dan buku SOP).',
    (p) => `Judul SOP panjangnya ${p.length} huruf (lebih dari ${p.limit}); judul tampil di blok identitas, di daftar SOP, di hasil pencarian dan di daftar isi buku SOP.`,
    () => 'Ringkas judul menjadi nama prosedurnya (misalnya "Pelayanan Rehabilitasi Sosial Anak Terlantar"); pindahkan penjelasannya ke narasi.', { length: 600, limit: 200 }),
  longKegiatan: define<{ no: number; length: number; limit: number }>('kegiatan-terlalu-panjang', 'warning', 'Uraian kegiatan satu langkah terlalu panjang untuk satu baris diagram.',
    (p) => `Uraian kegiatan langkah ke-${p.no} panjangnya ${p.length} huruf (lebih dari ${p.limit}); di PDF halaman diagramnya akan diperkecil sampai muat dan hurufnya menjadi kecil.`,
    () => 'Ringkas kegiatan menjadi satu atau dua kalimat dan pindahkan rinciannya ke narasi, atau pecah menjadi beberapa langkah.', { no: 3, length: 2400, limit: 1200 }),
  placeholder: define<{ hint: string }>('penanda-isi', 'warning', 'Masih ada penanda [ISI: ...] yang harus diisi instansi.',
    (p) => `Penanda [ISI: ${p.hint}] belum diisi.`, () => 'Ganti [ISI: ...] dengan data sebenarnya dari instansi (sampai diisi, penanda tampil bertanda di situs dan PDF).', { hint: 'alamat kantor' }),
  placeholderOnPublished: define<{ count: number }>('penanda-pada-sop-berlaku', 'warning', 'SOP berstatus berlaku masih memuat penanda [ISI: ...].',
    (p) => `SOP ini berstatus berlaku tetapi masih memuat ${p.count} penanda [ISI: ...].`, () => 'Lengkapi penanda itu sebelum SOP diumumkan, atau kembalikan status ke draf.', { count: 3 }),

  // --- References across files -------------------------------------------------------------
  unknownAgency: define<{ id: string; guess: string | null; ids: string[] }>('instansi-tidak-ada', 'error', 'SOP menyebut instansi yang tidak ada.',
    (p) => `Instansi "${p.id}" tidak ditemukan.${maybe(p.guess)}`, (p) => `Gunakan salah satu: ${list(p.ids)}; atau buat berkas sops/_data/instansi/${p.id}.yaml.`,
    { id: 'dinsos-tanjung', guess: 'dinsos-tanjungpinang', ids: ['dinsos-tanjungpinang'] }),
  agencyNotId: define<{ written: string; id: string | null; by: 'nama' | 'singkatan' | 'berkas' | null; ids: string[]; slug: string | null }>('instansi-bukan-id', 'error', 'Instansi SOP ditulis dengan nama, singkatan atau nama berkas (".yaml") instansinya, atau dengan teks lain yang bukan id instansi.',
    (p) => (p.id && p.by === 'berkas'
      ? `Instansi ditulis sebagai berkasnya, "${p.written}"; SOP menyebut instansi dengan id-nya, yaitu nama berkas itu saja, tanpa folder dan tanpa .yaml: "${p.id}".`
      : p.id
      ? `Instansi ditulis dengan ${p.by === 'singkatan' ? 'singkatannya' : 'namanya'}, "${p.written}"; SOP menyebut instansi dengan id-nya, yaitu nama berkas instansi itu di sops/_data/instansi/ tanpa .yaml: "${p.id}".`
      : `Instansi "${p.written}" tidak ditemukan: SOP menyebut instansi dengan id-nya, yaitu nama berkas instansi di sops/_data/instansi/ tanpa .yaml (huruf kecil, angka dan tanda hubung), dan tidak ada instansi bernama atau bersingkatan "${p.written}".`),
    (p) => (p.id
      ? `Tulis instansi: ${p.id}.`
      : `Gunakan salah satu id: ${list(p.ids)}; bila instansinya belum ada, buat berkasnya, misalnya sops/_data/instansi/${p.slug ?? 'nama-instansi'}.yaml, lalu tulis instansi: ${p.slug ?? 'nama-instansi'}.`),
    { written: 'Kelurahan Sei Putih Timur I', id: 'kel-sei-putih-timur-1', by: 'nama', ids: ['kel-sei-putih-timur-1'], slug: null }),
  unknownRegulation: define<{ id: string; file: string; guess: string | null }>('dasar-hukum-tidak-ada', 'error', 'SOP menyebut dasar hukum yang tidak ada di daftar peraturan.',
    (p) => `Dasar hukum "${p.id}" tidak ada di ${p.file}.${maybe(p.guess)}`, (p) => `Tambahkan peraturan itu ke ${p.file} (jenis, nomor, tahun, tentang) atau gunakan id yang ada.`,
    { id: 'uu-11-2008', file: 'sops/_data/dasar-hukum.yaml', guess: 'uu-11-2009' }),
  relatedSelf: define<{}>('keterkaitan-diri', 'error', 'SOP ditautkan ke dirinya sendiri.', () => 'SOP tidak perlu ditautkan ke dirinya sendiri.', () => 'Hapus butir ini.', {}),
  unknownRelated: define<{ id: string; guess: string | null; by?: 'judul' | 'nomor' | null }>('keterkaitan-tidak-ada', 'error', 'Keterkaitan menautkan SOP yang tidak ada, atau menyebutnya dengan judul atau nomornya.',
    (p) => (p.by && p.guess ? `SOP ditulis dengan ${p.by}nya, "${p.id}"; keterkaitan menyebut SOP dengan id-nya, yaitu "${p.guess}".` : `SOP "${p.id}" tidak ditemukan.${maybe(p.guess)}`),
    (p) => (p.by && p.guess ? `Tulis - { sop: ${p.guess} }.` : 'Tulis id SOP, yaitu jalurnya di bawah sops/ tanpa .mdx, misalnya tanjungpinang/penanganan-korban-tindak-kekerasan; atau tulis sebagai teks bebas.'),
    { id: 'tanjungpinang/penanganan-korban', guess: null }),
  relatedAsText: define<{ id: string; by?: 'judul' | 'nomor' | null; written?: string }>('keterkaitan-id-sebagai-teks', 'warning', 'Keterkaitan menulis id, judul atau nomor SOP yang ada sebagai teks biasa (dicetak tanpa tautan).',
    (p) => (p.by
      ? `Butir ini adalah ${p.by} SOP "${p.id}", "${p.written}", tetapi ditulis sebagai teks biasa: dicetak apa adanya, tanpa tautan ke SOP itu.`
      : `Butir ini adalah id SOP "${p.id}", tetapi ditulis sebagai teks biasa: dicetak apa adanya, tanpa judul SOP itu dan tanpa tautan.`),
    (p) => `Tulis - { sop: ${p.id} } agar tercetak judul SOP itu dengan tautannya.`,
    { id: 'tanjungpinang/penanganan-korban-tindak-kekerasan' }),
  unknownLetter: define<{ id: string; guess: string | null; ids: string[] }>('surat-tidak-ada', 'error', 'Langkah menyebut templat surat yang tidak ada.',
    (p) => `Templat surat "${p.id}" tidak ada di letter-templates/.${maybe(p.guess)}`, (p) => `Gunakan salah satu: ${list(p.ids)}.`,
    { id: 'surat-tugass', guess: 'surat-tugas', ids: ['surat-tugas'] }),
  duplicateNomor: define<{ nomor: string; first: string }>('nomor-ganda', 'error', 'Dua SOP satu instansi memakai nomor yang sama.',
    (p) => `Nomor SOP "${p.nomor}" sudah dipakai oleh ${p.first} pada instansi yang sama.`, () => 'Beri nomor SOP yang berbeda sesuai buku agenda instansi.', { nomor: '462/10/5.6.04/2024', first: 'sops/tanjungpinang/a.mdx' }),
  serviceDuplicateName: define<{ nama: string; first: string }>('layanan-nama-ganda', 'warning', 'Dua layanan satu instansi bernama sama (biasanya salinan berkas layanan lain yang namanya belum diubah).',
    (p) => `Nama layanan "${p.nama}" juga dipakai oleh ${p.first} pada instansi yang sama; di daftar layanan dan di pencarian keduanya tampil dengan nama yang sama, sehingga masyarakat tidak tahu mana yang harus dipilih.`,
    () => 'Bila berkas ini salinan untuk layanan lain, ganti nama: dengan nama layanan itu (dan sesuaikan isian lainnya); bila keduanya layanan yang sama, hapus salah satu berkas.',
    { nama: 'Surat Keterangan Tidak Mampu', first: 'sops/_layanan/sktm.yaml' }),
  duplicateJudul: define<{ judul: string; first: string }>('judul-ganda', 'warning', 'Dua SOP satu instansi berjudul sama.',
    (p) => `Judul "${p.judul}" juga dipakai oleh ${p.first} pada instansi yang sama.`, () => 'Bedakan judulnya, atau hapus salah satu bila keduanya SOP yang sama.', { judul: 'Penanganan Anak Terlantar', first: 'sops/tanjungpinang/a.mdx' }),
  agencyIdField: define<{ detail: string; file: string; written: string }>('instansi-kolom-id', 'error', 'Berkas instansi menulis kolom id, padahal id instansi adalah nama berkasnya.',
    (p) => {
      const id = p.file.split('/').pop()!.replace(/\.ya?ml$/i, '');
      return `Kolom id tidak dibaca: id instansi adalah nama berkasnya tanpa .yaml, yaitu "${id}", dan SOP menyebut instansi ini dengan instansi: ${id}.${p.written && p.written !== id ? ` Id "${p.written}" yang ditulis di sini tidak dipakai di mana pun.` : ''}`;
    },
    (p) => {
      const id = p.file.split('/').pop()!.replace(/\.ya?ml$/i, '');
      return p.written && p.written !== id
        ? `Hapus baris id: ${p.written}. Bila SOP instansi ini menulis instansi: ${p.written}, ganti nama berkas ini menjadi sops/_data/instansi/${p.written}.yaml; bila tidak, biarkan nama berkasnya.`
        : `Hapus baris id:${p.written ? ` ${p.written}` : ''}; nama berkasnya sudah menjadi id instansi.`;
    },
    { detail: 'id', file: 'sops/_data/instansi/dinsos-medan.yaml', written: 'dinsos-kota-medan' }),
  logoMissing: define<{ logo: string; address: string; exists: boolean; backslash?: boolean }>('logo-tidak-ada', 'error', 'Logo instansi menunjuk berkas yang tidak ada di public/, atau ditulis tanpa "/" di depan, dengan folder public/ di alamatnya, atau dengan garis miring terbalik "\\" seperti alamat folder di Windows.',
    (p) => (p.backslash
      ? `Logo "${p.logo}" ditulis dengan garis miring terbalik "\\" seperti alamat folder di Windows; alamat berkas di situs memakai garis miring "/" dan diawali "/", yaitu ${p.address}${p.exists ? '' : ` (berkas public${p.address} juga belum ada)`}.`
      : p.exists
      ? `Logo "${p.logo}" tidak ditemukan: alamat logo ditulis dari dalam folder public/ dan diawali "/", yaitu ${p.address}.`
      : `Logo "${p.logo}" tidak ditemukan di folder public/.`),
    (p) => (p.exists ? `Tulis logo: ${p.address}.` : `Simpan berkas logo sebagai public${p.address} lalu tulis logo: ${p.address}, atau tulis logo: "[ISI: logo instansi]" sampai berkasnya ada.`),
    { logo: '/logo/medan.png', address: '/logo/medan.png', exists: false }),
  logoRemote: define<{ logo: string; address: string; exists: boolean }>('logo-dari-situs-lain', 'error', 'Logo instansi ditulis sebagai alamat di situs lain (https://...): PDF dan surat hanya memuat berkas dari situs ini sendiri.',
    (p) => `Logo "${p.logo}" ditulis sebagai alamat di situs lain; PDF SOP dan halaman surat hanya memuat berkas dari situs ini sendiri, sehingga logo ini tidak tercetak di kop PDF maupun surat.`,
    (p) => (p.exists ? `Berkas public${p.address} sudah ada: tulis logo: ${p.address}.` : `Unduh berkas logo itu dan simpan sebagai public${p.address}, lalu tulis logo: ${p.address}.`),
    { logo: 'https://pemkomedan.go.id/logo.png', address: '/logo/logo.png', exists: false }),
  logoNotImage: define<{ logo: string; kind: string; address: string }>('logo-bukan-gambar', 'error', 'Logo instansi menunjuk dokumen (PDF, Word, Excel, CorelDRAW ...), bukan berkas gambar; kop hanya dapat mencetak gambar .png, .jpg, .svg atau .webp.',
    (p) => `Logo "${p.logo}" adalah berkas ${p.kind}, bukan gambar; kop di halaman SOP, PDF dan surat hanya dapat memuat gambar .png, .jpg, .svg atau .webp, sehingga logo ini tidak tercetak.`,
    (p) => `Simpan logonya sebagai gambar PNG (misalnya "Simpan sebagai gambar" atau ekspor dari berkas ${p.kind} itu) di public${p.address}, lalu tulis logo: ${p.address}.`,
    { logo: '/logo/pemko.pdf', kind: 'PDF', address: '/logo/pemko.png' }),
  regulationStillCited: define<{ id: string; sops: string[] }>('dasar-hukum-masih-dikutip', 'error', 'Peraturan yang masih dikutip SOP dihapus atau diganti id-nya (di editor).',
    (p) => `Peraturan "${p.id}" masih dikutip oleh ${p.sops.join(', ')}; tanpa peraturan itu SOP tersebut tidak lolos pemeriksaan.`,
    (p) => `Kembalikan peraturan dengan id "${p.id}", atau ubah dahulu dasar hukum SOP yang mengutipnya.`, { id: 'uu-11-2009', sops: ['sops/tanjungpinang/a.mdx'] }),
  duplicateRegulationId: define<{ id: string; first: number }>('dasar-hukum-id-ganda', 'error', 'Dua peraturan memakai id yang sama.',
    (p) => `Id "${p.id}" sudah dipakai oleh peraturan ke-${p.first}.`, () => 'Beri setiap peraturan id sendiri, misalnya jenis-nomor-tahun: uu-11-2009.', { id: 'uu-11-2009', first: 2 }),

  regulationTwiceUnderIds: define<{ id: string; first: string; title: string }>('dasar-hukum-ditulis-dua-kali', 'warning', 'Satu peraturan (jenis, nomor dan tahun yang sama) ditulis dua kali di sops/_data/dasar-hukum.yaml dengan id berbeda.',
    (p) => `Peraturan "${p.id}" sama dengan "${p.first}": keduanya ${p.title}. Satu peraturan yang ditulis dua kali mendapat dua halaman di situs, dan daftar SOP yang mengutipnya terbagi di antara keduanya.`,
    (p) => `Hapus ${p.id} dari berkas ini, lalu di dasar_hukum setiap SOP yang mengutipnya ganti ${p.id} dengan ${p.first}.`,
    { id: 'uu-11-th-2009', first: 'uu-11-2009', title: 'Undang-Undang Nomor 11 Tahun 2009' }),
  regulationAsTitle: define<{ detail: string; fieldName: string; block: string | null }>('dasar-hukum-berupa-judul', 'error', 'Peraturan di sops/_data/dasar-hukum.yaml ditulis sebagai judulnya dalam satu teks, bukan sebagai blok jenis, nomor, tahun dan tentang.',
    (p) => `Peraturan "${p.fieldName}" ditulis sebagai satu teks, "${p.detail}", padahal setiap peraturan ditulis sebagai blok isian: jenis, nomor, tahun dan tentang, agar judulnya tercetak seragam dan tahunnya dapat diperiksa.`,
    (p) => (p.block ? `Tulis ${p.fieldName}: ${p.block}.` : `Tulis ${p.fieldName}: { jenis: ..., nomor: "...", tahun: ..., tentang: ... }, misalnya uu-11-2009: { jenis: Undang-Undang, nomor: "11", tahun: 2009, tentang: Kesejahteraan Sosial }.`),
    { detail: 'Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial', fieldName: 'uu-11-2009', block: '{ jenis: Undang-Undang, nomor: "11", tahun: 2009, tentang: Kesejahteraan Sosial }' }),
  regulationJenisShort: define<{ jenis: string; full: string; regional: boolean; printed: string }>('dasar-hukum-jenis-singkatan', 'warning', 'Jenis peraturan ditulis dengan singkatannya ("UU", "Permensos", "Perda"), sehingga judul peraturan tercetak dengan singkatan itu.',
    (p) => `Jenis peraturan ditulis dengan singkatannya, "${p.jenis}"; judul peraturan di halaman SOP dan PDF tercetak "${p.printed}".`,
    (p) => `Tulis jenis: ${p.full}${p.regional ? ' diikuti nama daerahnya seperti pada naskahnya (misalnya Kota Medan)' : ''}; singkatan untuk daftar ditulis di kolom singkatan.`,
    { jenis: 'UU', full: 'Undang-Undang', regional: false, printed: 'UU Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial' }),
  regulationBadId: define<{ id: string; meant: string | null }>('dasar-hukum-id-tidak-sah', 'error', 'Id peraturan di sops/_data/dasar-hukum.yaml memuat huruf besar, spasi, garis bawah atau tanda baca ("UU 11/2009", "pp_39_2012").',
    (p) => `Id peraturan "${p.id}" tidak sah: id ditulis dengan huruf kecil, angka dan tanda hubung saja (misalnya "uu-11-2009"), karena SOP menyebut peraturan dengan id itu di dasar_hukum dan alamat halaman peraturan dibuat darinya.`,
    (p) => (p.meant
      ? `Ganti id menjadi ${p.meant}, juga di dasar_hukum setiap SOP yang mengutipnya.`
      : 'Tulis id dengan pola jenis-nomor-tahun, misalnya uu-11-2009, juga di dasar_hukum setiap SOP yang mengutipnya.'),
    { id: 'pp_39_2012', meant: 'pp-39-2012' }),
  regulationIdYear: define<{ id: string; idYear: number; tahun: number; renamed: string }>('dasar-hukum-tahun-id', 'warning', 'Id peraturan diakhiri tahun yang berbeda dari kolom tahun-nya (uu-11-2009 dengan tahun: 2019).',
    (p) => `Id "${p.id}" diakhiri tahun ${p.idYear}, tetapi tahun peraturan ini ditulis ${p.tahun}; salah satunya keliru.`,
    (p) => `Periksa tahun pada naskah peraturannya. Bila ${p.idYear} benar, tulis tahun: ${p.idYear}; bila ${p.tahun} benar, ganti id menjadi ${p.renamed}, juga di dasar_hukum setiap SOP yang mengutipnya.`,
    { id: 'uu-11-2009', idYear: 2009, tahun: 2019, renamed: 'uu-11-2019' }),
  regulationIdNomor: define<{ id: string; idNomor: string; nomor: string; renamed: string }>('dasar-hukum-nomor-id', 'warning', 'Id peraturan memuat nomor yang berbeda dari kolom nomor-nya (pp-39-2012 dengan nomor: "93").',
    (p) => `Id "${p.id}" memuat nomor ${p.idNomor}, tetapi nomor peraturan ini ditulis "${p.nomor}"; salah satunya keliru, dan judul peraturan di halaman SOP dan PDF mencetak nomor ${p.nomor}.`,
    (p) => `Periksa nomor pada naskah peraturannya. Bila ${p.idNomor} benar, tulis nomor: "${p.idNomor}"; bila ${p.nomor} benar, ganti id menjadi ${p.renamed}, juga di dasar_hukum setiap SOP yang mengutipnya.`,
    { id: 'pp-39-2012', idNomor: '39', nomor: '93', renamed: 'pp-93-2012' }),
  regulationNomorLabel: define<{ nomor: string; printed: string; meant: string }>('dasar-hukum-nomor-berlabel', 'warning', 'Kolom nomor sebuah peraturan memuat kata "Nomor"/"No." atau tahunnya ("11 Tahun 2009"), yang sudah dicetak judul peraturan.',
    (p) => `Nomor peraturan ditulis "${p.nomor}", padahal judul peraturan sudah mencetak kata "Nomor" dan tahunnya sendiri; akan tercetak "${p.printed}".`,
    (p) => `Tulis angkanya saja: nomor: "${p.meant}".`,
    { nomor: '11 Tahun 2009', printed: 'Undang-Undang Nomor 11 Tahun 2009 Tahun 2009 tentang Kesejahteraan Sosial', meant: '11' }),
  regulationFutureYear: define<{ tahun: number; year: number }>('dasar-hukum-tahun-mendatang', 'error', 'Tahun peraturan sesudah tahun ini (peraturan yang dikutip sudah terbit).',
    (p) => `Tahun peraturan ini ditulis ${p.tahun}, padahal sekarang baru tahun ${p.year}; peraturan yang dikutip SOP tentu sudah terbit.`,
    () => 'Tulis tahun terbit seperti tercetak pada naskah peraturannya ("... Nomor 11 Tahun 2009"); periksa angka yang tertukar atau salah ketik.', { tahun: 2052, year: 2026 }),
  regulationTentangRepeated: define<{ word: string; rest: string }>('dasar-hukum-tentang-berulang', 'warning', 'Kolom tentang sebuah peraturan diawali kata "Tentang" (judul peraturan sudah mencetak "tentang").',
    (p) => `Isian tentang diawali kata "${p.word}", padahal judul peraturan sudah mencetak "tentang" sebelum isian ini; akan tercetak "tentang ${p.word} ${p.rest}".`,
    (p) => `Hapus "${p.word}" di awal dan tulis pokoknya saja: tentang: ${p.rest}.`, { word: 'Tentang', rest: 'Kesejahteraan Sosial' }),

  // --- Services (Standar Pelayanan) ------------------------------------------------------
  badServicePath: define<{ id: string }>('layanan-nama-tidak-sah', 'error', 'Nama berkas layanan di sops/_layanan/ memuat huruf besar, spasi atau tanda baca.',
    (p) => `Nama berkas layanan "${p.id}" tidak dapat dijadikan alamat halaman.`,
    () => 'Gunakan huruf kecil, angka dan tanda hubung saja, misalnya sops/_layanan/pemulangan-orang-terlantar.yaml.', { id: 'Pemulangan OT' }),
  serviceInSubfolder: define<{ suggested: string }>('layanan-di-subfolder', 'error', 'Berkas layanan di dalam subfolder sops/_layanan/ (tidak dibaca situs).',
    () => 'Berkas layanan di dalam subfolder tidak dibaca, sehingga layanan ini tidak terbit.',
    (p) => `Pindahkan berkas ini langsung ke sops/_layanan/, misalnya ${p.suggested}, atau awali nama foldernya dengan "_" bila bukan data layanan.`, { suggested: 'sops/_layanan/pemulangan-orang-terlantar.yaml' }),
  serviceNotYaml: define<{}>('layanan-bukan-yaml', 'error', 'Berkas di sops/_layanan/ yang bukan .yaml (misalnya .docx atau .txt).',
    () => 'Berkas ini tidak dibaca: layanan ditulis sebagai berkas .yaml.',
    () => 'Tulis layanan sebagai <id>.yaml (huruf kecil), misalnya sops/_layanan/pemulangan-orang-terlantar.yaml, atau pindahkan berkas ini ke folder yang diawali "_" (misalnya sops/_layanan/_arsip/).', {}),
  serviceUnknownSop: define<{ id: string; guess: string | null; ids: string[]; by?: 'judul' | 'nomor' | null }>('layanan-sop-tidak-ada', 'error', 'Layanan menyebut SOP yang tidak ada, atau menyebutnya dengan judul, nomor atau jalur berkasnya.',
    (p) => (p.by && p.guess ? `SOP ditulis dengan ${p.by}nya, "${p.id}"; layanan menyebut SOP dengan id-nya, yaitu "${p.guess}".` : `SOP "${p.id}" tidak ditemukan.${maybe(p.guess)}`),
    (p) => (p.by && p.guess ? `Ganti butir ini dengan ${p.guess}.` : `Tulis id SOP, yaitu jalurnya di bawah sops/ tanpa .mdx. SOP yang ada: ${list(p.ids)}.`),
    { id: 'tanjungpinang/penanganan-eks-napi', guess: 'tanjungpinang/penanganan-eks-narapidana', ids: ['tanjungpinang/penanganan-eks-narapidana'] }),
  serviceItemNumbered: define<{ field: string; n: number; marker: string; rest: string; items?: readonly string[] }>('layanan-butir-bernomor', 'error', 'Butir persyaratan atau prosedur layanan diawali nomor sendiri ("1. KTP", "a. Fotokopi KK"), atau memuat seluruh daftar bernomor dalam satu butir ("1. KTP 2. KK"); daftar itu dinomori otomatis.',
    (p) => (p.items && p.items.length > 1
      ? `Butir ini memuat ${p.items.length} butir bernomor dalam satu teks ("${p.marker} ${p.rest}"), padahal ${p.field} dinomori otomatis saat dicetak; tercetak sebagai satu butir bernomor ${p.n} dengan nomor-nomor itu di dalamnya.`
      : `Butir ini diawali nomor "${p.marker}", padahal ${p.field} dinomori otomatis saat dicetak, sehingga nomornya tercetak dua kali ("${p.n}. ${p.marker} ${p.rest}").`),
    (p) => (p.items && p.items.length > 1
      ? `Ganti butir ini dengan ${p.items.length} butir tanpa nomornya, masing-masing di barisnya sendiri diawali "- ": ${p.items.map((i) => `"${i}"`).join(', ')}.`
      : `Hapus "${p.marker}" di awal butir dan tulis isinya saja: - ${p.rest}. Urutan nomor mengikuti urutan butir.`),
    { field: 'persyaratan', n: 1, marker: '1.', rest: 'Fotokopi KTP' }),
  serviceItemBulleted: define<{ field: string; marker: string; rest: string }>('layanan-butir-berpoin', 'warning', 'Butir daftar layanan (persyaratan, prosedur, sarana, pengawasan_internal) diawali tanda poin yang tersalin dari daftar Word ("• KTP", "– KTP"); daftar itu sudah diberi tanda atau nomor saat dicetak.',
    (p) => `Butir ini diawali ${bulletName(p.marker)} yang tersalin dari daftar Word atau PDF; ${p.field} sudah diberi tanda atau nomor sendiri saat dicetak, sehingga tanda itu tercetak di depan "${p.rest}" sebagai tanda kedua.`,
    (p) => `Hapus ${/^[\uf000-\uf0ff]$/.test(p.marker) ? 'tanda itu (di penyunting teks tampak sebagai kotak atau tidak tampak sama sekali)' : `"${p.marker}"`} di awal butir dan tulis isinya saja: - ${flowItem(p.rest)}.`,
    { field: 'persyaratan', marker: '\u2022', rest: 'Fotokopi KTP' }),
  serviceNameNumbered: define<{ marker: string; rest: string }>('layanan-nama-bernomor', 'warning', 'Nama layanan diawali nomor urutnya di lampiran keputusan Standar Pelayanan ("1. Surat Keterangan Tidak Mampu").',
    (p) => `Nama layanan diawali nomor "${p.marker}", tersalin dari daftar layanan di lampiran keputusan; nama dicetak apa adanya sebagai judul halaman layanan dan di daftar layanan, sehingga tercetak "${p.marker} ${p.rest}".`,
    (p) => `Hapus "${p.marker}" dan tulis namanya saja: nama: ${flowItem(p.rest)}.`,
    { marker: '1.', rest: 'Surat Keterangan Tidak Mampu' }),
  serviceDuplicateSop: define<{ id: string; first: number }>('layanan-sop-ganda', 'error', 'Layanan menyebut SOP yang sama dua kali.',
    (p) => `SOP "${p.id}" sudah ditulis di sop[${p.first}].`, () => 'Tulis setiap SOP sekali saja.', { id: 'tanjungpinang/penanganan-eks-narapidana', first: 0 }),
  serviceMixedAgencies: define<{ id: string; instansi: string; first: string }>('layanan-sop-lintas-instansi', 'error', 'SOP sebuah layanan berasal dari instansi yang berbeda.',
    (p) => `SOP "${p.id}" milik instansi "${p.instansi}", sedangkan SOP pertama layanan ini milik "${p.first}".`,
    () => 'Satu layanan diselenggarakan satu instansi: tulis hanya SOP instansi itu, atau buat layanan terpisah untuk instansi lain.',
    { id: 'provinsi/pemulangan-orang-terlantar', instansi: 'dinsos-provinsi', first: 'dinsos-tanjungpinang' }),
  serviceRevokedSop: define<{ id: string; status: string; successor: string | null }>('layanan-sop-dicabut', 'warning', 'Layanan dilaksanakan oleh SOP yang sudah dicabut atau digantikan.',
    (p) => `SOP "${p.id}" berstatus ${p.status}, tetapi masih disebut sebagai pelaksana layanan ini.`,
    (p) => (p.successor ? `Ganti dengan SOP penggantinya, ${p.successor}.` : 'Ganti dengan SOP yang berlaku, atau hapus layanan ini bila tidak diselenggarakan lagi.'),
    { id: 'tanjungpinang/penanganan-eks-narapidana', status: 'dicabut', successor: null }),
  serviceStatedWithoutReason: define<{ field: string; derived: string }>('layanan-beda-tanpa-alasan', 'error', 'Layanan menulis jangka waktu, biaya atau produk sendiri padahal SOP sudah memuatnya, tanpa alasan.',
    (p) => `${p.field} sudah diambil dari SOP (${p.derived}); isian di berkas layanan hanya dipakai bila disertai alasan.`,
    () => 'Hapus blok ini agar nilai dari SOP yang dipakai, atau tambahkan alasan: "..." yang menjelaskan mengapa berbeda.',
    { field: 'Jangka waktu', derived: '3 hari 1 jam 15 menit – 7 hari 2 jam' }),
  serviceFieldFromElsewhere: define<{ detail: string; what: string; in: 'instansi' | 'sop'; field: string; sops: readonly string[] }>('layanan-kolom-dari-sumber-lain', 'error', 'Berkas layanan menulis kolom yang diambil dari tempat lain: pengaduan, jam pelayanan dan kontak kantor dari berkas instansi, dasar hukum, kompetensi pelaksana dan instansi dari SOP-nya.',
    (p) => {
      const sops = p.sops.length ? `SOP ${p.sops.join(', ')}` : 'SOP-nya';
      return p.in === 'instansi'
        ? `Kolom ${p.detail} tidak ditulis di berkas layanan: ${p.what.toLowerCase()} layanan diambil dari kolom ${p.field} di berkas instansi penyelenggaranya (instansi ${sops}), sama untuk setiap layanan instansi itu.`
        : `Kolom ${p.detail} tidak ditulis di berkas layanan: ${p.what.toLowerCase()} layanan diambil dari kolom ${p.field} ${sops}.`;
    },
    (p) => {
      const sop = p.sops.length ? `SOP ${p.sops[0]}` : 'SOP-nya';
      if (p.in === 'instansi') return `Hapus ${p.detail}: dari berkas ini, lalu tulis isinya di ${p.field}: berkas instansi itu, yaitu sops/_data/instansi/<id>.yaml dengan id yang tertulis di instansi: ${sop}.`;
      if (p.field === 'instansi') return `Hapus instansi: dari berkas ini; layanan diselenggarakan oleh instansi yang tertulis di instansi: ${sop}.`;
      return `Hapus ${p.detail}: dari berkas ini; yang belum tercantum ditambahkan ke ${p.field}: ${sop}.`;
    },
    { detail: 'pengaduan', what: 'Saluran pengaduan', in: 'instansi', field: 'pengaduan', sops: ['medan/sktm'] }),
  listItemWithColon: define<{ detail: string; fieldName: string; no: number; name: string; sub: readonly string[] | null }>('butir-bertitik-dua', 'error', 'Butir daftar layanan memuat titik dua yang diikuti spasi ("- Fotokopi KTP: 1 lembar") atau diakhiri titik dua dengan butir-butir di bawahnya, sehingga YAML membacanya sebagai blok isian, bukan sebagai teks.',
    (p) => (p.sub
      ? `Butir ke-${p.no} ${p.fieldName} ditulis "${p.name}:" dengan ${p.sub.length} butir di bawahnya; ${p.fieldName} adalah daftar satu tingkat, sehingga butir-butir di bawahnya tidak dapat dicetak.`
      : `Butir ke-${p.no} ${p.fieldName}, "${p.detail}", ${p.detail.endsWith(':') ? 'diakhiri titik dua' : 'memuat titik dua yang diikuti spasi'}; YAML membacanya sebagai blok isian bernama "${p.name}", bukan sebagai teks, sehingga butir ini tidak dapat dicetak.`),
    (p) => (p.sub
      ? `Tulis sebagai satu butir di antara tanda kutip: - ${JSON.stringify(p.detail)}, atau jadikan setiap butir di bawahnya butir ${p.fieldName} tersendiri, misalnya - ${JSON.stringify(`${p.name} ${p.sub[0]}`)}.`
      : `Apit butir itu dengan tanda kutip: - ${JSON.stringify(p.detail)}.`),
    { detail: 'Fotokopi KTP: 1 lembar', fieldName: 'persyaratan', no: 1, name: 'Fotokopi KTP', sub: null }),
  serviceRequirementsSplit: define<{ detail: string; keys: readonly string[]; items: readonly string[] }>('layanan-persyaratan-terpisah', 'error', 'Persyaratan layanan ditulis dalam beberapa kolom menurut jenisnya ("persyaratan_teknis:", "persyaratan_administrasi:"), padahal Standar Pelayanan memuatnya sebagai satu komponen persyaratan.',
    (p) => `Kolom ${p.detail} tidak dikenal: persyaratan teknis dan administratif adalah satu komponen Standar Pelayanan, yang di berkas layanan ditulis sebagai satu daftar persyaratan:, dicetak bernomor di halaman layanan.`,
    (p) => (p.items.length
      ? `Tulis semua butirnya dalam satu daftar, persyaratan: [${p.items.map(flowItem).join(', ')}], lalu hapus ${p.keys.map((k) => `${k}:`).join(' dan ')}.`
      : `Pindahkan butir-butir ${p.detail}: ke daftar persyaratan:, satu butir per baris, lalu hapus baris ${p.detail}:.`),
    { detail: 'persyaratan_teknis', keys: ['persyaratan_administrasi', 'persyaratan_teknis'], items: ['KTP', 'KK', 'Surat pengantar RT/RW'] }),
  serviceReasonOutsideBlock: define<{ detail: string; field: string | null; value: string }>('layanan-alasan-terpisah', 'error', 'Alasan jangka waktu, biaya atau produk yang berbeda dari SOP ditulis sebagai kolom tersendiri ("alasan:" di tepi kiri), bukan di dalam blok isian yang dijelaskannya.',
    (p) => (p.field
      ? `Kolom alasan: ditulis sendiri di tepi kiri, padahal alasan ditulis di dalam blok isian yang dijelaskannya; ${p.field}: "${p.value}" terbaca tanpa alasan.`
      : 'Kolom alasan: ditulis sendiri di tepi kiri, padahal alasan ditulis di dalam blok jangka_waktu, biaya atau produk yang berbeda dari SOP, sehingga tidak diketahui isian mana yang dijelaskannya.'),
    (p) => (p.field
      ? `Tulis alasannya di dalam blok ${p.field}, ${p.field}: { teks: ${p.field === 'produk' ? `[${flowItem(p.value)}]` : JSON.stringify(p.value)}, alasan: ${JSON.stringify(p.detail || '...')} }, lalu hapus baris alasan: yang terpisah.`
      : 'Pindahkan alasan ke dalam blok isian yang dijelaskannya, misalnya biaya: { teks: "Rp10.000", alasan: "..." }, atau hapus baris alasan: bila layanan memakai nilai dari SOP.'),
    { detail: 'menunggu tanda tangan Kepala Dinas', field: 'jangka_waktu', value: '3 hari kerja' }),
  serviceNoBiaya: define<{ sops: string }>('layanan-tanpa-biaya', 'error', 'Narasi SOP tidak memuat bagian Biaya yang dapat dibaca dan berkas layanan tidak menulis biaya.',
    (p) => `Biaya layanan tidak diketahui: narasi SOP (${p.sops}) tidak memuat bagian "Biaya" satu kalimat, dan berkas layanan tidak menulis biaya.`,
    () => 'Tulis biaya: Gratis (atau tarifnya), atau "[ISI: biaya layanan]" sampai diketahui; atau tambahkan bagian "## Biaya" di narasi SOP.',
    { sops: 'provinsi/pemulangan-orang-terlantar' }),
  siteUrlMissing: define<{ count: number }>('alamat-situs-kosong', 'warning', 'Ada layanan, tetapi alamat publik situs belum diisi (situs.yaml maupun SOP_SITE_URL).',
    (p) => `Alamat publik situs belum diisi, padahal ada ${p.count} layanan: kode QR pada poster layanan tidak dapat menunjuk ke halaman mana pun, dan poster mencetak penanda [ISI: alamat situs].`,
    () => 'Tulis alamat: https://... (alamat situs setelah diterbitkan) di sops/_data/situs.yaml, atau setel SOP_SITE_URL=https://... saat menjalankan npm run build.', { count: 4 }),
  complaintBareNumber: define<{ number: string; no: number; mobile: boolean }>('pengaduan-nomor-saja', 'warning', 'Saluran pengaduan instansi ditulis sebagai nomor saja ("081234567890"), tanpa kata yang menyebut jenisnya (telepon, SMS, WhatsApp).',
    (p) => `Saluran pengaduan ke-${p.no} hanya berisi nomor "${p.number}"; di halaman layanan masyarakat tidak tahu apakah nomor itu untuk ditelepon, dikirimi SMS atau dihubungi lewat WhatsApp.`,
    (p) => (p.mobile
      ? `Tulis jenis salurannya di depan nomor, misalnya - WhatsApp ${p.number} (atau - Telepon/SMS ${p.number}).`
      : `Tulis jenis salurannya di depan nomor, misalnya - Telepon ${p.number}.`),
    { number: '081234567890', no: 1, mobile: true }),
  agencyNoComplaints: define<{ count: number }>('instansi-tanpa-pengaduan', 'warning', 'Instansi menyelenggarakan layanan tetapi belum menulis saluran pengaduan.',
    (p) => `Instansi ini menyelenggarakan ${p.count} layanan, tetapi belum menulis saluran pengaduan; halaman layanan tidak dapat memberi tahu masyarakat ke mana mengadu.`,
    () => 'Tulis pengaduan: [...] dengan saluran pengaduan kantor, satu per butir, atau "[ISI: saluran pengaduan]" sampai diketahui.', { count: 2 }),

  // --- Monitoring and evaluation records (sops/_data/evaluasi/) ----------------------------
  evaluationBadPath: define<{ name: string; reason: 'no-sop' | 'not-yaml' | 'bad-date' | 'sop-file'; guess?: string | null }>('evaluasi-nama-berkas', 'error', 'Berkas di sops/_data/evaluasi/ tidak bernama <id-sop>/<tanggal>.yaml (tanggal YYYY-MM-DD yang ada di kalender), atau dinamai menurut SOP-nya alih-alih disimpan di folder SOP itu.',
    (p) =>
      p.reason === 'no-sop' ? `Berkas "${p.name}" langsung di sops/_data/evaluasi/ tidak menyebut SOP yang dinilai.`
      : p.reason === 'not-yaml' ? `Berkas "${p.name}" tidak dibaca: catatan monitoring dan evaluasi ditulis sebagai berkas .yaml.`
      : p.reason === 'sop-file' ? `Berkas "${p.name}" dinamai menurut SOP "${p.guess}", padahal catatan monitoring dan evaluasi disimpan di folder SOP itu, satu berkas per tanggal, dan nama berkasnya adalah tanggal monitoring atau evaluasinya.`
      : `Nama berkas "${p.name}" bukan tanggal yang sah; nama berkas adalah tanggal monitoring atau evaluasi.${maybe(p.guess)}`,
    (p) => (p.reason === 'sop-file'
      ? `Pindahkan berkas ini ke folder sops/_data/evaluasi/${p.guess}/ dan beri nama tanggal monitoring atau evaluasinya, misalnya sops/_data/evaluasi/${p.guess}/2025-09-01.yaml.`
      : 'Simpan catatan sebagai sops/_data/evaluasi/<id SOP>/<tanggal>.yaml, misalnya sops/_data/evaluasi/tanjungpinang/penanganan-eks-narapidana/2025-09-01.yaml.'),
    { name: '2025-13-01.yaml', reason: 'bad-date' }),
  evaluationFieldFromPath: define<{ detail: string; what: 'tanggal' | 'sop'; written: string; iso: string | null }>('evaluasi-kolom-dari-jalur', 'error', 'Catatan monitoring/evaluasi menulis tanggal atau SOP-nya sebagai kolom; keduanya diambil dari jalur berkas (<id-sop>/<tanggal>.yaml).',
    (p) => (p.what === 'tanggal'
      ? `Kolom ${p.detail} tidak dibaca: tanggal catatan monitoring atau evaluasi adalah nama berkasnya (tahun-bulan-tanggal), bukan isian di dalam berkas.`
      : `Kolom ${p.detail} tidak dibaca: SOP yang dinilai catatan ini adalah folder tempat berkasnya disimpan, bukan isian di dalam berkas.`),
    (p) => {
      if (p.what === 'tanggal') {
        return p.iso
          ? `Hapus baris ${p.detail}: dan pastikan berkas ini bernama ${p.iso}.yaml (tanggal ${p.written} ditulis tahun-bulan-tanggal).`
          : `Hapus baris ${p.detail}:, lalu beri nama berkas ini tanggal monitoring atau evaluasinya, misalnya 2025-03-12.yaml untuk 12 Maret 2025.`;
      }
      const id = p.written.replace(/\\/g, '/').replace(/^\.?\/?sops\//, '').replace(/\.mdx$/i, '');
      return id
        ? `Hapus baris ${p.detail}: dan pastikan berkas ini disimpan di folder sops/_data/evaluasi/${id}/.`
        : `Hapus baris ${p.detail}:; berkas ini disimpan di folder sops/_data/evaluasi/<id SOP>/.`;
    },
    { detail: 'tanggal', what: 'tanggal', written: '12 Maret 2025', iso: '2025-03-12' }),
  criteriaAsPairs: define<{ pairs: readonly { kriteria: string; jawaban: string }[]; item: number | null }>('kriteria-berupa-pasangan', 'error', 'Kriteria evaluasi ditulis sebagai pasangan "kriteria: jawaban" ("SOP mudah dipahami: ya"), bukan sebagai butir dengan kriteria dan jawaban.',
    (p) => {
      const first = `${p.pairs[0]!.kriteria}: ${p.pairs[0]!.jawaban}`;
      return p.item === null
        ? `Kolom kriteria ditulis sebagai blok pasangan "kriteria: jawaban" ("${first}"), padahal setiap kriteria ditulis sebagai butir daftar dengan kriteria, jawaban dan (bila ada) catatan.`
        : `Butir ke-${p.item} kriteria ditulis sebagai pasangan "${first}", padahal setiap butir menulis kriteria dan jawabannya di kolomnya sendiri: kriteria, jawaban dan (bila ada) catatan.`;
    },
    (p) => {
      const items = p.pairs.map((c) => `- { kriteria: ${flowItem(c.kriteria)}, jawaban: ${flowItem(c.jawaban)} }`);
      return p.item === null
        ? `Tulis setiap kriteria di barisnya sendiri di bawah kriteria:, diawali "- ": ${items.join(' lalu ')}.`
        : `Tulis ${items[0]}.`;
    },
    { pairs: [{ kriteria: 'SOP mudah dipahami', jawaban: 'ya' }], item: 1 }),
  evaluationUnknownSop: define<{ id: string; guess: string | null; ids: string[] }>('evaluasi-sop-tidak-ada', 'error', 'Folder catatan monitoring/evaluasi menyebut SOP yang tidak ada.',
    (p) => `SOP "${p.id}" yang dinilai catatan ini tidak ditemukan.${maybe(p.guess)}`,
    (p) => `Pindahkan berkas ke folder sops/_data/evaluasi/<id SOP>/, dengan id SOP yaitu jalurnya di bawah sops/ tanpa .mdx. SOP yang ada: ${list(p.ids)}.`,
    { id: 'tanjungpinang/penanganan-eks-napi', guess: 'tanjungpinang/penanganan-eks-narapidana', ids: ['tanjungpinang/penanganan-eks-narapidana'] }),
  evaluationMissing: define<{ jenis: string; field: string; example: string }>('evaluasi-isian-kurang', 'error', 'Catatan monitoring tanpa penilaian, atau catatan evaluasi tanpa kriteria atau rekomendasi.',
    (p) => `Catatan ${p.jenis} ini belum menulis ${p.field}.`,
    (p) => `Tambahkan ${p.example}.`,
    { jenis: 'evaluasi', field: 'rekomendasi', example: 'rekomendasi: tetap berlaku (atau direvisi, dicabut)' }),
  evaluationOtherKind: define<{ field: string; jenis: string; other: string }>('evaluasi-isian-jenis-lain', 'error', 'Catatan monitoring menulis isian evaluasi (kriteria, rekomendasi), atau catatan evaluasi menulis isian monitoring (penilaian, tindakan): isian itu tidak dicetak.',
    (p) => `Catatan ini berjenis ${p.jenis}, tetapi menulis ${p.field}, isian catatan ${p.other}; ${p.field} tidak dicetak dan tidak dihitung di halaman SOP.`,
    (p) => `Bila catatan ini memang ${p.other}, ubah menjadi jenis: ${p.other}; bila tidak, hapus baris ${p.field}.`,
    { field: 'rekomendasi', jenis: 'monitoring', other: 'evaluasi' }),
  evaluationFuture: define<{ date: string }>('evaluasi-tanggal-mendatang', 'error', 'Tanggal catatan monitoring/evaluasi (nama berkasnya) sesudah hari ini.',
    (p) => `Tanggal catatan ini, ${p.date}, belum tiba; hanya monitoring dan evaluasi yang sudah dilakukan yang dicatat.`,
    () => 'Ganti nama berkas dengan tanggal pelaksanaan monitoring atau evaluasi.', { date: '2031-01-05' }),
  evaluationBeforeMade: define<{ date: string; id: string; pembuatan: string; predecessor: string | null }>('evaluasi-sebelum-sop-dibuat', 'warning', 'Tanggal catatan monitoring/evaluasi lebih awal dari tanggal pembuatan SOP yang dinilainya.',
    (p) => `Catatan ini bertanggal ${p.date}, lebih awal dari tanggal pembuatan SOP "${p.id}" (${p.pembuatan}); SOP itu belum ada pada tanggal tersebut.`,
    (p) => (p.predecessor
      ? `Bila catatan ini menilai SOP lama yang digantikan SOP ini, pindahkan ke sops/_data/evaluasi/${p.predecessor}/${p.date}.yaml; bila tidak, periksa tanggal di nama berkas (angka tahun yang salah ketik?).`
      : 'Periksa tanggal di nama berkas (angka tahun yang salah ketik?); bila catatan ini menilai SOP lain, pindahkan ke folder SOP itu di sops/_data/evaluasi/.'),
    { date: '2015-01-10', id: 'tanjungpinang/penanganan-eks-narapidana', pembuatan: '2017-08-01', predecessor: null }),
  evaluationOfDraft: define<{ date: string; id: string; jenis: string }>('evaluasi-sop-draf', 'warning', 'Catatan monitoring/evaluasi menilai SOP yang masih berstatus draf (belum berlaku, jadi belum diterapkan). Peringatan, bukan kesalahan: biasanya catatannya benar dan status SOP-nya yang belum diubah sesudah ditandatangani.',
    (p) => `Catatan ${p.jenis} ini (${p.date}) menilai SOP "${p.id}", yang masih berstatus draf; SOP yang belum berlaku belum diterapkan, jadi belum dapat ${p.jenis === 'monitoring' ? 'dimonitor' : 'dievaluasi'}.`,
    (p) => `Bila SOP "${p.id}" sudah ditandatangani dan diterapkan, ubah status: draf menjadi status: berlaku di SOP itu (dengan tanggal.efektif dari dokumen yang ditandatangani); bila catatan ini menilai SOP lain, pindahkan ke folder SOP itu di sops/_data/evaluasi/.`,
    { date: '2025-03-12', id: 'tanjungpinang/penanganan-eks-narapidana', jenis: 'monitoring' }),
  evaluationAfterEnd: define<{ date: string; id: string; status: 'dicabut' | 'digantikan'; since: string; successor: string | null }>('evaluasi-sesudah-sop-berakhir', 'warning', 'Catatan monitoring/evaluasi bertanggal sesudah SOP yang dinilainya dicabut, atau sesudah SOP penggantinya berlaku.',
    (p) => (p.status === 'dicabut'
      ? `Catatan ini bertanggal ${p.date}, sesudah SOP "${p.id}" dicabut pada ${p.since}; SOP yang sudah dicabut tidak diterapkan lagi, jadi tidak dimonitor atau dievaluasi.`
      : `Catatan ini bertanggal ${p.date}, sesudah SOP "${p.id}" digantikan oleh "${p.successor}" (berlaku sejak ${p.since}); SOP yang sudah digantikan tidak diterapkan lagi, jadi tidak dimonitor atau dievaluasi.`),
    (p) => (p.status === 'dicabut'
      ? 'Periksa tanggal di nama berkas (angka tahun yang salah ketik?) dan dicabut.tanggal di SOP itu; bila catatan ini menilai SOP lain, pindahkan ke folder SOP itu di sops/_data/evaluasi/.'
      : `Bila catatan ini menilai SOP penggantinya, pindahkan ke sops/_data/evaluasi/${p.successor}/${p.date}.yaml; bila tidak, periksa tanggal di nama berkas.`),
    { date: '2025-01-10', id: 'tanjungpinang/penanganan-eks-narapidana', status: 'dicabut', since: '2024-01-05', successor: null }),

  // --- Narrative body ----------------------------------------------------------------------
  mdxSyntax: define<{ detail: string }>('mdx-sintaks', 'error', 'Narasi MDX tidak dapat dibaca (tag tidak ditutup, kurung kurawal, tanda "<").',
    (p) => `Narasi tidak dapat dibaca: ${p.detail}`, () => 'Tutup setiap tag (<b>...</b>), tulis "<" sebagai &lt; dan "{" sebagai \\{ bila bukan kode.', { detail: 'tag <b> tidak ditutup.' }),
  mdxHeadingAnchor: define<{ heading: string; anchor: string }>('mdx-jangkar-judul', 'error', 'Judul di narasi diakhiri penanda jangkar {#...} (cara alat Markdown lain); MDX membacanya sebagai kode.',
    (p) => `Judul "${p.heading}" diakhiri penanda jangkar "${p.anchor}"; MDX membacanya sebagai kode, dan setiap judul sudah mendapat jangkarnya sendiri dari teksnya.`,
    (p) => `Hapus "${p.anchor}" dari judul; tautan ke judul ini memakai jangkar yang dibuat dari teks judulnya (huruf kecil, spasi menjadi "-", misalnya #c-ketentuan-umum).`,
    { heading: 'C. Ketentuan Umum', anchor: '{#ketentuan}' }),
  mdxImport: define<{ what: string }>('mdx-impor', 'error', 'Narasi memuat import/export (SOP tidak memakai komponen).',
    (p) => `Narasi memuat "${p.what}"; SOP hanya berisi teks, tabel dan diagram mermaid.`, () => 'Hapus baris import/export dan tulis isinya sebagai teks biasa.', { what: 'import Tabel from "./Tabel.astro"' }),
  mdxComponent: define<{ name: string }>('mdx-komponen', 'error', 'Narasi memakai komponen yang tidak dikenal.',
    (p) => `Komponen <${p.name}> tidak dikenal di narasi SOP.`, () => 'Tulis isinya sebagai teks, daftar atau tabel Markdown; komponen tidak tersedia di SOP.', { name: 'Tabel' }),
  mdxForbidden: define<{ what: string }>('mdx-html-terlarang', 'error', 'Narasi memuat HTML yang tidak boleh ada di situs publik (skrip, gaya, bingkai, formulir, atribut on... atau style).',
    (p) => `Narasi memuat ${p.what}; situs SOP tidak memuat skrip, gaya sendiri, bingkai atau formulir.`,
    () => 'Hapus bagian HTML ini dan tulis isinya sebagai teks Markdown (tebal **...**, daftar, tabel).', { what: '<script>' }),
  mdxWordHtml: define<{ what: string }>('mdx-html-word', 'error', 'Narasi memuat HTML yang tersalin dari Word (<o:p>, class=MsoNormal, style="mso-...").',
    (p) => `Narasi memuat ${p.what}, sisa HTML yang tersalin dari Word; tag dan atribut Word tidak berarti apa-apa di situs dan sering membuat narasi tidak dapat dibaca.`,
    () => 'Hapus tag Word di baris ini (<o:p></o:p>, <p class=MsoNormal>, <span style="mso-...">) dan sisakan teksnya saja. Untuk menyalin dari Word, tempel sebagai teks biasa (Ctrl+Shift+V), lalu tulis judul, daftar dan tabel dengan Markdown.',
    { what: '<o:p>' }),
  mdxExpression: define<{ code: string }>('mdx-ekspresi', 'error', 'Narasi memuat ekspresi {...} (MDX menjalankannya sebagai kode).',
    (p) => `Narasi memuat ${p.code}; kurung kurawal di MDX dijalankan sebagai kode.`,
    () => 'Bila maksudnya teks, tulis kurung kurawal sebagai \\{ dan \\}; catatan untuk penulis ditulis {/* ... */}.', { code: '{gratis}' }),
  mdxImageRemote: define<{ url: string }>('gambar-dari-situs-lain', 'warning', 'Narasi memuat gambar dari situs lain (PDF dicetak tanpa gambar itu; pembaca ikut memanggil situs itu).',
    (p) => `Gambar "${p.url}" diambil dari situs lain: PDF dicetak tanpa gambar itu (pencetak PDF tidak memanggil situs lain), dan setiap pembaca halaman SOP ikut memanggil situs itu.`,
    () => 'Unduh gambarnya ke folder public/gambar/ dan tulis ![keterangan gambar](/gambar/nama-berkas.png).', { url: 'https://contoh.go.id/alur.png' }),
  mdxImageMissing: define<{ url: string; where: string }>('gambar-tidak-ada', 'error', 'Narasi memuat gambar yang berkasnya tidak ada.',
    (p) => `Gambar "${p.url}" tidak ditemukan (dicari sebagai ${p.where}).`,
    () => 'Simpan berkas gambar di public/gambar/ lalu tulis ![keterangan](/gambar/nama-berkas.png); periksa ejaan nama berkas (huruf besar dan kecil dibedakan).', { url: '/gambar/alur.png', where: 'public/gambar/alur.png' }),
  mdxImageViaPublic: define<{ url: string; address: string; alt: string; exists: boolean }>('gambar-lewat-public', 'error', 'Gambar di narasi ditulis dengan folder public/ di alamatnya ("public/gambar/alur.png", "../../public/gambar/alur.png").',
    (p) => `Gambar "${p.url}" ditulis dengan folder public/ di alamatnya; situs menyajikan isi folder public/ langsung dari akar alamatnya, jadi alamat gambar ini ${p.address}, tanpa "public" dan diawali "/"${p.exists ? '' : ` (berkas public${p.address} juga belum ada)`}.`,
    (p) => p.exists
      ? `Tulis ![${p.alt || 'keterangan gambar'}](${p.address}).`
      : `Simpan berkas gambarnya sebagai public${p.address} (periksa ejaan nama berkas; huruf besar dan kecil dibedakan), lalu tulis ![${p.alt || 'keterangan gambar'}](${p.address}).`,
    { url: 'public/gambar/alur.png', address: '/gambar/alur.png', alt: 'Alur', exists: true }),
  fileOnComputer: define<{ path: string; name: string; folder: string }>('berkas-di-komputer', 'error', 'Gambar atau tautan di narasi, atau logo instansi, ditulis sebagai alamat berkas di komputer penulis atau di jaringan kantor (C:\\..., file:///..., \\\\server\\...).',
    (p) => `"${p.path}" adalah alamat berkas di ${p.path.startsWith('\\\\') ? 'jaringan kantor (folder bersama)' : 'komputer Anda'}; ${p.folder === 'berkas' ? 'pembaca situs dan PDF SOP tidak dapat membukanya' : 'situs dan PDF tidak dapat membacanya'}.`,
    (p) => {
      // An address ends at a space: the copy is named without one.
      const named = p.name.replace(/\s+/g, '-');
      return named === p.name
        ? `Salin berkas ${p.name} ke folder public/${p.folder}/, lalu tulis alamatnya sebagai /${p.folder}/${p.name}.`
        : `Salin berkas ${p.name} ke folder public/${p.folder}/ dengan nama tanpa spasi, misalnya ${named}, lalu tulis alamatnya sebagai /${p.folder}/${named}.`;
    },
    { path: 'C:\\Users\\staf\\Desktop\\alur.png', name: 'alur.png', folder: 'gambar' }),
  networkPathInText: define<{ path: string; name: string }>('alamat-jaringan-di-narasi', 'warning', 'Narasi menyebut alamat berkas atau folder di jaringan kantor (\\\\server\\...) sebagai teks: pembaca tidak dapat membukanya, dan "\\\\" di awalnya tercetak sebagai satu "\\".',
    (p) => `Narasi menyebut "${p.path}", alamat di jaringan kantor (folder bersama); pembaca situs dan PDF SOP tidak dapat membukanya, dan "\\\\" di awalnya tercetak sebagai satu "\\".`,
    (p) => `Bila ${p.name} perlu dibaca masyarakat, salin berkasnya ke folder public/berkas/ lalu tulis [${p.name}](/berkas/${p.name}); bila tidak, sebut tempat penyimpanannya dengan kata-kata, tanpa alamatnya.`,
    { path: '\\\\server\\share\\formulir.pdf', name: 'formulir.pdf' }),
  mdxImageAlt: define<{ url: string }>('gambar-tanpa-keterangan', 'warning', 'Gambar di narasi tanpa keterangan (teks alternatif).',
    (p) => `Gambar "${p.url}" tidak berketerangan; pembaca layar tidak dapat menyampaikan isinya.`,
    () => 'Tulis keterangan singkat di antara kurung siku, misalnya ![Denah ruang pelayanan](/gambar/denah.png).', { url: '/gambar/denah.png' }),
  boldUnclosed: define<{ text: string }>('tebal-tidak-ditutup', 'warning', 'Teks di narasi ditebalkan dengan "**" tetapi tidak ditutup, sehingga tanda bintangnya tercetak apa adanya.',
    (p) => `Tanda tebal "**" pada "${p.text}" tidak berpasangan: teksnya tidak ditebalkan dan tanda bintangnya tercetak apa adanya.`,
    () => 'Tutup dengan "**" tepat sesudah kata terakhir yang ditebalkan, tanpa spasi di antaranya, misalnya **penting**. Bila tanda bintang memang dimaksud (misalnya penanda catatan), tulis \\*\\*.', { text: '**penting' }),
  entityNoSemicolon: define<{ entity: string; meant: string }>('entitas-tanpa-titik-koma', 'warning', 'Narasi memuat kode karakter HTML tanpa titik koma penutup ("&nbsp", "&amp", "&#160"), yang tercetak apa adanya.',
    (p) => `Narasi memuat "${p.entity}" tanpa titik koma penutup; di situs dan PDF tercetak apa adanya sebagai "${p.entity}".`,
    (p) => `Tulis ${p.entity}; dengan titik koma di akhir, atau ganti "${p.entity}" dengan ${p.meant}.`,
    { entity: '&nbsp', meant: 'spasi biasa' }),
  linkUnclosed: define<{ text: string; label: string; space: boolean; image: boolean; placeholder?: string }>('tautan-tidak-ditutup', 'error', 'Tautan atau gambar di narasi tanpa kurung penutup ")", dengan spasi di alamatnya, atau dengan penanda [ISI: ...] sebagai alamatnya, sehingga tercetak apa adanya.',
    (p) => {
      const what = p.image ? 'Gambar' : 'Tautan';
      const why = p.placeholder ? `tidak terbaca karena alamatnya masih penanda ${p.placeholder}` : p.space ? 'tidak terbaca karena alamatnya memuat spasi' : 'tidak ditutup dengan ")"';
      return `${what} "${p.text}" ${why}; ${p.image ? 'gambar' : 'tautan'} "${p.label}" tercetak apa adanya sebagai teks.`;
    },
    (p) => (p.placeholder
      ? `Sampai alamatnya diketahui, tulis teksnya dengan penandanya saja, tanpa kurung: ${p.label} ${p.placeholder}; bila sudah diketahui, tulis ${p.image ? '!' : ''}[${p.label}](${p.image ? '/gambar/nama-berkas.png' : 'https://...'}).`
      : p.space
      ? (p.image
        ? `Ganti spasi di alamat dengan %20, misalnya ![${p.label}](/gambar/alur%20baru.png), atau ganti nama berkasnya tanpa spasi (alur-baru.png).`
        : `Hapus spasi di alamat atau ganti dengan %20, misalnya [${p.label}](https://jdih.contoh.go.id/perda%202020.pdf).`)
      : p.image
        ? `Tutup alamatnya dengan ")", misalnya ![${p.label}](/gambar/alur.png).`
        : `Tutup alamatnya dengan ")", misalnya [${p.label}](https://jdih.contoh.go.id/...); bila alamatnya belum diketahui, tulis teksnya saja tanpa kurung.`),
    { text: '[Perda](https://jdih.contoh.go.id/perda-5', label: 'Perda', space: false, image: false }),
  linkEmpty: define<{ label: string }>('tautan-tanpa-alamat', 'error', 'Tautan di narasi ditulis tanpa alamat, "[teks]()".',
    (p) => `Tautan "${p.label}" tidak beralamat ("[${p.label}]()"); di situs tautan itu tidak menuju ke mana pun.`,
    (p) => `Tulis alamatnya di antara kurung, misalnya [${p.label}](https://jdih.contoh.go.id/...); bila alamatnya belum diketahui, tulis ${p.label} saja tanpa kurung siku dan kurung.`, { label: 'Perda' }),
  linkNoText: define<{ url: string }>('tautan-tanpa-teks', 'error', 'Tautan di narasi ditulis tanpa teks, "[](alamat)": di situs tautan itu tidak tampil.',
    (p) => `Tautan ke "${p.url}" tidak bertulisan ("[](${p.url})"); di situs tautan itu tidak tampil, sehingga tidak dapat dibaca maupun diklik.`,
    (p) => `Tulis teks tautannya di antara kurung siku, misalnya [nama dokumen atau laman](${p.url}).`, { url: 'https://jdih.contoh.go.id/perda-5.pdf' }),
  fenceUnclosed: define<{ fence: string; mermaid: boolean }>('blok-kode-tidak-ditutup', 'error', 'Blok kode atau diagram ```mermaid di narasi dibuka tetapi tidak ditutup, sehingga seluruh narasi sesudahnya terbaca sebagai isinya.',
    (p) => `${p.mermaid ? 'Diagram' : 'Blok kode'} yang dibuka dengan "${p.fence}" di baris ini tidak ditutup: semua baris sesudahnya, sampai akhir berkas, terbaca sebagai isi ${p.mermaid ? 'diagram' : 'blok kode'}, bukan sebagai narasi.`,
    (p) => `Tambahkan baris berisi "${p.fence.replace(/[^`~]+$/, '')}" saja sesudah baris terakhir ${p.mermaid ? 'diagram' : 'kode'}.`, { fence: '```mermaid', mermaid: true }),
  mermaidCapitals: define<{ lang: string }>('mermaid-huruf-besar', 'error', 'Diagram di narasi dibuka dengan "```Mermaid" atau "```MERMAID": hanya "```mermaid" dengan huruf kecil yang digambar.',
    (p) => `Diagram dibuka dengan "\`\`\`${p.lang}"; hanya "\`\`\`mermaid" dengan huruf kecil yang digambar sebagai diagram, sehingga isi blok ini tercetak di situs dan PDF sebagai teks kode apa adanya, dan tidak diperiksa.`,
    () => 'Ganti baris pembuka ini dengan ```mermaid (huruf kecil semua).', { lang: 'Mermaid' }),
  tabbedLines: define<{ text: string; rows: number; cells: readonly string[] }>('baris-bertab', 'warning', 'Beberapa baris di narasi dirapikan dengan tab (tabel atau isian yang tersalin dari Word atau Excel); di situs tab menjadi spasi dan baris-barisnya bersambung.',
    (p) => `${p.rows} baris, mulai "${p.text}", dirapikan dengan tab (tabel atau isian yang tersalin dari Word atau Excel); di situs setiap tab menjadi satu spasi dan baris-barisnya bersambung menjadi satu paragraf.`,
    (p) => `Tulis sebagai tabel Markdown: baris judul | ${p.cells.join(' | ')} |, di bawahnya |${' --- |'.repeat(p.cells.length)}, lalu satu baris | ... | untuk setiap baris tabel; atau sebagai daftar dengan "- " di awal setiap baris.`,
    { text: 'No Persyaratan Keterangan', rows: 3, cells: ['No', 'Persyaratan', 'Keterangan'] }),
  headingNotRead: define<{ text: string; marks: string; suggested: string; special: boolean }>('judul-tidak-terbaca', 'warning', 'Baris diawali "#" tanpa spasi biasa sesudahnya ("##Biaya", atau spasi tak terputus dari Word), sehingga tercetak sebagai teks, bukan judul.',
    (p) => `Baris "${p.text}" tercetak sebagai teks biasa, bukan judul: sesudah "${p.marks}" ${p.special ? 'ada spasi khusus (spasi tak terputus atau karakter tak terlihat, tersalin dari Word atau PDF), bukan spasi biasa' : 'tidak ada spasi'}.`,
    (p) => `Tulis ${p.suggested}: tanda "#", satu spasi biasa${p.special ? ' (hapus spasi khusus itu dan ketik ulang dengan papan ketik)' : ''}, lalu teks judulnya; bagian-bagian narasi ditulis dengan "## ".`,
    { text: '##Biaya', marks: '##', suggested: '## Biaya', special: false }),
  headingNonBreakingSpace: define<{ heading: string; marks: string; before: string; anchor: string; meant: string }>('judul-spasi-tak-terputus', 'warning', 'Judul di narasi memuat spasi tak terputus (tersalin dari Word atau PDF) di antara kata-katanya, sehingga jangkar judul itu menggabungkan kata-kata tersebut.',
    (p) => `Judul "${p.heading}" memuat spasi tak terputus sesudah "${p.before}" (biasanya tersalin dari Word atau PDF); tampak seperti spasi biasa, tetapi jangkar judul ini menjadi ${p.anchor}, bukan ${p.meant}, sehingga tautan ke bagian ini tidak menemukannya.`,
    (p) => `Hapus spasi sesudah "${p.before}" dan ketik ulang dengan papan ketik (atau ketik ulang seluruh baris judul): ${p.marks} ${p.heading}.`,
    { heading: 'D. Jangka Waktu', marks: '##', before: 'Jangka', anchor: '#d-jangkawaktu', meant: '#d-jangka-waktu' }),
  headingTopLevel: define<{ heading: string; title: string; same: boolean }>('judul-tingkat-satu', 'warning', 'Narasi memuat judul tingkat satu "# ..." (judul halaman): halaman SOP sudah berjudul, dan bagian narasi ditulis "## ...".',
    (p) => (p.same
      ? `Judul "${p.heading}" di narasi mengulang judul SOP, yang sudah tercetak di atas halaman dan PDF; judul itu tercetak dua kali.`
      : `Judul "${p.heading}" di narasi adalah judul tingkat satu ("# "), tingkat judul halaman: halaman SOP sudah berjudul${p.title ? ` "${p.title}"` : ''}, dan bagian-bagian narasi ditulis dengan "## ".`),
    (p) => (p.same ? 'Hapus baris judul ini; narasi dimulai dari bagiannya, misalnya ## C. Ketentuan Umum.' : `Tulis ## ${p.heading}.`),
    { heading: 'Pelayanan Surat Keterangan Tidak Mampu', title: 'Pelayanan Surat Keterangan Tidak Mampu', same: true }),
  boldAsHeading: define<{ text: string; heading: string }>('judul-ditulis-tebal', 'warning', 'Sebuah baris di narasi hanya berisi teks tebal yang berbunyi seperti judul bagian ("**Biaya**", "**D. Jangka Waktu Penyelesaian**"), sehingga tercetak sebagai paragraf tebal, bukan judul.',
    (p) => `Baris "${p.text}" ditulis tebal sebagai judul bagian, padahal tercetak sebagai paragraf biasa: tidak menjadi judul di situs dan PDF, tidak dapat ditautkan, dan bagian seperti Biaya atau Jangka Waktu di bawahnya tidak terbaca untuk halaman layanan.`,
    (p) => `Tulis sebagai judul bagian, tanpa tanda bintang: ## ${p.heading}.`,
    { text: '**E. Biaya**', heading: 'E. Biaya' }),
  tableNoSeparator: define<{ header: string; columns: number }>('tabel-tanpa-pemisah', 'warning', 'Baris-baris di narasi ditulis sebagai tabel dengan "|", tetapi tanpa baris pemisah "| --- |" di bawah baris judulnya, sehingga tercetak sebagai teks biasa.',
    (p) => `Baris-baris mulai "${p.header}" ditulis sebagai tabel dengan "|", tetapi di bawah baris judulnya tidak ada baris pemisah "| --- |"; tanpa baris itu tabel tidak terbaca, dan semuanya tercetak sebagai satu paragraf dengan tanda "|"-nya.`,
    (p) => `Sisipkan di bawah baris judul ini satu baris pemisah dengan satu "---" untuk setiap kolom, yaitu ${p.columns} kolom: |${' --- |'.repeat(p.columns)}`,
    { header: '| No | Persyaratan |', columns: 2 }),
  tableCells: define<{ header: number; separator: number }>('tabel-kolom-tidak-sama', 'error', 'Tabel di narasi yang baris judulnya dan baris pemisah "|---|" di bawahnya berbeda jumlah kolomnya, sehingga tercetak sebagai teks biasa.',
    (p) => `Tabel ini tidak terbaca: baris judulnya berisi ${p.header} kolom, tetapi baris pemisah "|---|" di bawahnya berisi ${p.separator} kolom; seluruh tabel tercetak sebagai teks biasa dengan tanda "|".`,
    (p) => `Tulis baris pemisah dengan satu "---" untuk setiap kolom judul, yaitu ${p.header} kolom: |${' --- |'.repeat(p.header)}`, { header: 2, separator: 1 }),
  dashLineHeading: define<{ text: string; fields: boolean }>('garis-menjadi-judul', 'warning', 'Baris "---" (garis pemisah, atau penutup blok data kedua) langsung di bawah sebuah baris teks di narasi, sehingga baris teks itu tercetak sebagai judul bagian.',
    (p) => (p.fields
      ? `Baris-baris mulai "${p.text}" di narasi ditulis seperti frontmatter kedua (blok "---" berisi kolom SOP); narasi tidak membacanya sebagai data SOP, dan "---" di bawahnya menjadikan isinya satu judul bagian yang tercetak di situs dan PDF.`
      : `Baris "---" di bawah "${p.text}" tidak tercetak sebagai garis pemisah: langsung di bawah sebuah baris teks, "---" menjadikan baris itu judul bagian, yang tercetak besar dan tebal di situs dan PDF.`),
    (p) => (p.fields
      ? 'Hapus blok ini beserta baris "---" di atas dan di bawahnya; data SOP ditulis satu kali saja, di frontmatter di awal berkas (pindahkan ke sana kolom yang belum ada).'
      : `Bila maksudnya garis pemisah, sisipkan satu baris kosong di antara "${p.text}" dan "---" (atau hapus garisnya); bila maksudnya judul, tulis ## ${p.text.replace(/[.:;,]+$/, '')}.`),
    { text: 'Gratis.', fields: false }),
  linkNoScheme: define<{ label: string; url: string }>('tautan-tanpa-https', 'warning', 'Tautan di narasi ke situs lain yang alamatnya ditulis tanpa "https://" ("www.contoh.go.id", "jdih.contoh.go.id/..."), sehingga dibaca sebagai halaman di situs SOP sendiri.',
    (p) => `Tautan "${p.label}" beralamat "${p.url}", tanpa "https://" di depannya; tanpa itu alamatnya dibaca sebagai halaman di situs SOP ini sendiri, sehingga pembaca yang mengekliknya mendapat halaman "tidak ditemukan".`,
    (p) => `Tulis alamatnya lengkap: [${p.label}](https://${p.url}) (salin dari bilah alamat peramban bila ragu, misalnya http:// untuk situs yang belum memakai https).`,
    { label: 'JDIH', url: 'jdih.contoh.go.id' }),
  pageNumberLine: define<{ text: string }>('baris-nomor-halaman', 'warning', 'Baris nomor halaman ("Halaman 2 dari 5", "Hal. 3", "Page 2 of 5") yang ikut tersalin dari PDF atau Word ke narasi.',
    (p) => `Baris "${p.text}" adalah nomor halaman dokumen asal (tersalin dari PDF atau Word), bukan isi SOP; di situs dan PDF baris itu tercetak di tengah narasi, dan nomornya tidak sesuai dengan halaman yang dicetak situs.`,
    () => 'Hapus baris ini (dan baris kepala atau kaki halaman lain yang ikut tersalin); situs dan PDF memberi nomor halaman sendiri.',
    { text: 'Halaman 2 dari 5' }),
  listMarkerNotRead: define<{ marker: string; rows: number; text: string; item: string }>('penanda-butir-tidak-terbaca', 'warning', 'Baris-baris di narasi diawali penanda butir dari Word yang tidak dikenal Markdown ("•", "", "a.", "b)"), sehingga tercetak bersambung sebagai satu paragraf, bukan daftar.',
    (p) => `${p.rows} baris, mulai "${p.text}", diawali "${p.marker}" (penomoran atau poin dari Word); Markdown tidak mengenalnya sebagai daftar, sehingga di situs dan PDF baris-baris itu bersambung menjadi satu paragraf${/^[\uf000-\uf0ff]/.test(p.marker) ? ', dan tanda poinnya tercetak sebagai kotak' : ''}.`,
    (p) => `Ganti "${p.marker}" di awal setiap baris dengan "- " (tanda hubung lalu spasi), misalnya - ${p.item}; untuk daftar bernomor tulis 1. , 2. , dan seterusnya.`,
    { marker: '•', rows: 2, text: '• KTP', item: 'KTP' }),
  pageNumberInField: define<{ field: string; value: string; page: string; rest: string }>('nomor-halaman-di-isian', 'warning', 'Judul atau sasaran SOP yang berakhir dengan nomor halaman dokumen asal ("... Halaman 1 dari 3", "... Hal. 2"), tersalin bersama kepala halaman PDF.',
    (p) => `Kolom ${p.field} ditulis "${p.value}", dengan nomor halaman dokumen asal di akhirnya ("${p.page}", tersalin bersama kepala halaman PDF); isian ini tercetak apa adanya ${p.field === 'judul' ? 'di halaman identitas SOP, sebagai judul halaman dan di daftar SOP' : 'di halaman identitas SOP'}.`,
    (p) => `Hapus nomor halamannya: ${p.field}: ${p.rest}.`,
    { field: 'judul', value: 'Pelayanan Surat Keterangan Tidak Mampu Halaman 1 dari 3', page: 'Halaman 1 dari 3', rest: 'Pelayanan Surat Keterangan Tidak Mampu' }),
  mermaidSyntax: define<{ detail: string }>('mermaid-sintaks', 'error', 'Diagram ```mermaid di narasi tidak dapat digambar.',
    (p) => `Diagram mermaid tidak dapat digambar: ${p.detail}`, () => 'Periksa baris diagram ini terhadap contoh di https://mermaid.js.org (misalnya "flowchart TD" lalu "A --> B").', { detail: 'baris 2: tanda panah tidak lengkap.' }),

  // --- Letter templates --------------------------------------------------------------------
  letterTemplate: define<{ detail: string }>('templat-surat', 'error', 'Templat surat di letter-templates/ tidak dapat dipakai (kepala YAML, jenis isian, isian tak dideklarasikan, sintaks Handlebars).',
    (p) => p.detail, () => 'Sesuaikan templat dengan letter-templates/README.md.', { detail: 'Isian "nama_klien" dipakai di templat tetapi tidak dideklarasikan di kepala templat.' }),
  letterFileNotTemplate: define<{ name: string; meant: string }>('templat-surat-bukan-hbs', 'warning', 'Berkas di letter-templates/ yang namanya tidak berakhiran .hbs (disimpan sebagai .html, .hbs.txt, .HBS ...), sehingga tidak menjadi surat.',
    (p) => `Berkas "${p.name}" di letter-templates/ tidak dibaca: hanya berkas yang namanya berakhiran .hbs (huruf kecil) yang menjadi surat, jadi surat ini tidak ada di daftar surat dan tidak diperiksa.`,
    (p) => `Ganti nama berkasnya menjadi ${p.meant} (di Windows, nyalakan "File name extensions" di menu View agar akhiran .txt atau .html terlihat); bila berkas ini bukan templat surat, pindahkan ke luar folder letter-templates/.`,
    { name: 'keterangan-domisili.hbs.txt', meant: 'keterangan-domisili.hbs' }),
  letterTitleTwice: define<{ judul: string; other: string }>('judul-surat-ganda', 'warning', 'Dua templat surat berjudul sama (biasanya salinan templat lain yang judulnya belum diubah), sehingga di daftar surat keduanya tampil sama.',
    (p) => `Judul "${p.judul}" sama dengan judul templat ${p.other}; di daftar surat keduanya tampil dengan judul yang sama, sehingga petugas tidak tahu mana yang harus dipilih.`,
    (p) => `Bila templat ini salinan untuk keperluan atau kantor lain, ubah judul: menurut keperluan itu (misalnya tambahkan keperluannya sesudah "${p.judul}"); bila salah satunya tidak dipakai, hapus berkasnya.`,
    { judul: 'Surat Keterangan Domisili', other: 'letter-templates/domisili.hbs' }),
  letterFileMissing: define<{ address: string; what: 'gambar' | 'tautan'; near: string | null }>('berkas-surat-tidak-ada', 'error', 'Templat surat memuat gambar atau tautan ke berkas situs ("/logo/...", "/berkas/...") yang tidak ada di folder public/.',
    (p) => `Isi surat memuat ${p.what} "${p.address}", tetapi berkas public${p.address} tidak ada; ${p.what === 'gambar' ? 'surat tampil dan tercetak dengan gambar rusak di tempat itu' : 'petugas yang mengekliknya mendapat halaman "tidak ditemukan"'}.${p.near ? ` Maksud Anda "${p.near}"?` : ''}`,
    (p) => {
      const store = p.near
        ? `Tulis ${p.what === 'gambar' ? 'src' : 'href'}="${p.near}" bila itu berkasnya (huruf besar dan kecil dibedakan), atau simpan berkasnya sebagai public${p.address}`
        : `Simpan berkasnya sebagai public${p.address} (periksa ejaan nama berkas; huruf besar dan kecil dibedakan)`;
      const logo = p.what === 'gambar' && /^\/logo\//i.test(p.address) ? '; bila itu logo instansi, hapus gambar ini: {{> kop}} sudah mencetak logo: dari berkas instansi' : '';
      return `${store}${logo}.`;
    },
    { address: '/logo/pemko.png', what: 'gambar', near: null }),
  letterFieldUnused: define<{ name: string; label: string }>('isian-surat-tak-dipakai', 'warning', 'Isian yang dideklarasikan di kepala templat surat tetapi tidak dicetak di isi surat maupun bagian-bagiannya ({{> ...}}).',
    (p) => `Isian "${p.name}" (${p.label}) ada di formulir, tetapi isi surat dan bagian-bagiannya ({{> ...}}) tidak mencetaknya: apa pun yang diketik petugas di situ tidak muncul di surat.`,
    (p) => `Cetak isian ini di tempatnya di isi surat dengan {{f.${p.name}}}, atau hapus isian ${p.name} dari fields bila tidak diperlukan.`,
    { name: 'alamat', label: 'Alamat' }),
} as const;

export type MessageKey = keyof typeof MESSAGES;
