/**
 * Every message the checker can give an author, in one place: its code, severity, the text
 * (what is wrong) and the fix, each a function of the message's parameters, with an example.
 * Rules only pick a message and fill in its parameters; docs/pesan-pemeriksa.md is generated
 * from this list (`npm run docs:pesan`), so the documentation cannot drift from the checker.
 */
import type { Severity } from './issue';

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

const maybe = (guess: string | null | undefined) => (guess ? ` Maksud Anda "${guess}"?` : '');
const list = (items: readonly string[], none = '(belum ada)') => (items.length ? items.join(', ') : none);

export const MESSAGES = {
  // --- Files -------------------------------------------------------------------------------
  noFrontmatter: define<{}>('berkas-tanpa-frontmatter', 'error', 'Berkas SOP tidak diawali blok data "---".',
    () => 'Berkas SOP tidak diawali frontmatter YAML di antara dua baris "---".',
    () => 'Mulai berkas dengan "---", isi data SOP, lalu tutup dengan "---" sebelum narasi. Lihat contoh di sops/ atau jalankan npm run new-sop.', {}),
  frontmatterUnclosed: define<{}>('frontmatter-tidak-ditutup', 'error', 'Frontmatter dibuka dengan "---" tetapi tidak ditutup.',
    () => 'Frontmatter dibuka dengan "---" di baris pertama, tetapi tidak ada baris "---" yang menutupnya.',
    () => 'Tambahkan baris berisi tiga tanda hubung saja, "---", setelah kolom terakhir (langkah) dan sebelum narasi.', {}),
  notUtf8: define<{}>('berkas-bukan-utf8', 'error', 'Berkas tidak tersimpan sebagai teks UTF-8 (misalnya disimpan dari Word sebagai ANSI).',
    () => 'Berkas ini tidak tersimpan sebagai teks UTF-8, sehingga huruf tertentu akan tercetak rusak.',
    () => 'Buka berkas di penyunting teks, lalu simpan ulang dengan pengodean "UTF-8".', {}),
  mdExtension: define<{ suggested: string }>('berkas-md', 'error', 'Berkas .md di bawah sops/ (hanya .mdx yang diterbitkan).',
    () => 'Berkas .md di folder sops/ tidak diterbitkan; SOP ditulis sebagai berkas .mdx.',
    (p) => `Ganti nama berkas menjadi ${p.suggested}, atau pindahkan ke folder yang diawali "_" bila bukan SOP.`, { suggested: 'sops/tanjungpinang/contoh.mdx' }),
  mdxExtensionCase: define<{ suggested: string }>('berkas-ekstensi-besar', 'error', 'Berkas SOP berakhiran .MDX atau .Mdx (yang diterbitkan hanya .mdx huruf kecil).',
    () => 'Berkas ini berakhiran .mdx dengan huruf besar, sehingga tidak diterbitkan.',
    (p) => `Ganti nama berkas menjadi ${p.suggested}.`, { suggested: 'sops/tanjungpinang/contoh.mdx' }),
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
  unknownDataFile: define<{ name: string; guess: string | null }>('data-tidak-dikenal', 'warning', 'Berkas atau folder di sops/_data/ yang tidak dibaca (bukan instansi/, dasar-hukum.yaml atau situs.yaml).',
    (p) => `"${p.name}" di sops/_data/ tidak dibaca oleh pemeriksa maupun situs.${maybe(p.guess)}`,
    () => 'sops/_data/ hanya berisi folder instansi/, dasar-hukum.yaml dan situs.yaml; ganti namanya, atau awali dengan "_" bila sengaja disimpan.', { name: 'dasar_hukum.yaml', guess: 'dasar-hukum.yaml' }),
  badSopPath: define<{ id: string }>('berkas-nama-tidak-sah', 'error', 'Nama berkas atau folder SOP memuat huruf besar, spasi atau tanda baca.',
    (p) => `Nama berkas/folder "${p.id}" tidak dapat dijadikan alamat halaman.`,
    () => 'Gunakan huruf kecil, angka dan tanda hubung saja, misalnya sops/tanjungpinang/penanganan-orang-terlantar.mdx.', { id: 'Tanjungpinang/SOP Baru' }),
  emptyData: define<{ what: string }>('data-kosong', 'error', 'Frontmatter SOP atau berkas instansi tidak berisi data sama sekali.',
    (p) => `${p.what} belum berisi data.`,
    () => 'Mulai dari kerangka lengkap: npm run new-sop -- <folder>/<nama> untuk SOP; untuk instansi, salin contoh di README (Agencies and regulations).', { what: 'Frontmatter SOP ini' }),
  yamlSyntax: define<{ hint: string }>('yaml-sintaks', 'error', 'Frontmatter atau berkas data tidak dapat dibaca sebagai YAML.',
    (p) => `YAML tidak dapat dibaca: ${p.hint}`,
    () => 'Periksa baris ini: indentasi dengan spasi (bukan tab), titik dua setelah nama kolom, dan tanda kutip pada teks yang memuat ":" atau "#".',
    { hint: 'Ada tab di awal baris; YAML hanya menerima spasi untuk indentasi.' }),

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
  tooFewItems: define<{ minimum: number }>('daftar-terlalu-pendek', 'error', 'Daftar berisi lebih sedikit butir dari yang diperlukan.',
    (p) => `Daftar ini minimal berisi ${p.minimum} butir.`, () => 'Tambahkan butir sesuai contoh di README.', { minimum: 1 }),
  tooManyItems: define<{ maximum: number }>('daftar-terlalu-panjang', 'error', 'Daftar berisi lebih banyak butir dari yang diizinkan.',
    (p) => `Daftar ini paling banyak berisi ${p.maximum} butir.`, () => 'Kurangi butirnya.', { maximum: 4 }),
  badChoice: define<{ value: string; options: string }>('pilihan-tidak-dikenal', 'error', 'Nilai di luar pilihan yang diizinkan.',
    (p) => `Nilai "${p.value}" tidak dikenal; pilih salah satu: ${p.options}.`, () => 'Tulis salah satu pilihan persis seperti di atas.', { value: 'aktif', options: 'draf, berlaku, dicabut' }),
  badFormat: define<{ detail: string }>('format-isian', 'error', 'Isian tidak sesuai format kolomnya (tanggal, NIP, id, waktu ...).',
    (p) => p.detail, () => 'Sesuaikan isian dengan contoh di README (Panduan penulis).', { detail: 'Tanggal "31-02-2024" tidak dapat dibaca.' }),

  // --- Actors and steps --------------------------------------------------------------------
  duplicateActor: define<{ id: string; first: number }>('pelaksana-ganda', 'error', 'Dua pelaksana memakai id yang sama.',
    (p) => `Id pelaksana "${p.id}" dipakai dua kali (juga di pelaksana[${p.first}]).`, () => 'Beri setiap pelaksana id yang berbeda.', { id: 'staf', first: 0 }),
  unknownActor: define<{ id: string; no: number; guess: string | null; ids: string[] }>('pelaksana-tidak-dikenal', 'error', 'Langkah menyebut pelaksana yang tidak dideklarasikan.',
    (p) => `Pelaksana "${p.id}" pada langkah ke-${p.no} tidak ada di daftar pelaksana.${maybe(p.guess)}`,
    (p) => `Gunakan salah satu id pelaksana: ${list(p.ids)}; atau tambahkan pelaksana baru di bagian pelaksana.`,
    { id: 'kabid-rehab', no: 3, guess: 'kabid-rehabilitasi', ids: ['staf-adm', 'kabid-rehabilitasi'] }),
  actorPlaceholder: define<{ detail: string }>('pelaksana-belum-diketahui', 'error', 'Pelaksana langkah ditulis "[ISI: ...]" (diagram alir memerlukan lajur untuk setiap langkah).',
    (p) => `Pelaksana langkah ini belum diketahui (${p.detail}); diagram alir memerlukan satu lajur pelaksana untuk setiap langkah.`,
    () => 'Tanyakan pelaksananya ke instansi. Sementara itu tambahkan di daftar pelaksana { id: belum-diketahui, label: "[ISI: pelaksana]" }, tulis pelaksana: belum-diketahui pada langkah ini, dan biarkan status: draf.',
    { detail: '[ISI: pelaksana langkah 4]' }),
  repeatedStepActor: define<{ id: string; no: number }>('pelaksana-langkah-ganda', 'error', 'Satu langkah menyebut pelaksana yang sama dua kali.',
    (p) => `Pelaksana "${p.id}" ditulis dua kali pada langkah ke-${p.no}.`, () => 'Tulis setiap pelaksana sekali saja.', { id: 'staf', no: 2 }),
  decisionMultiActor: define<{ no: number }>('keputusan-banyak-pelaksana', 'error', 'Keputusan diberikan kepada lebih dari satu pelaksana.',
    (p) => `Langkah ke-${p.no} adalah keputusan, tetapi menyebut lebih dari satu pelaksana; keputusan digambar sebagai satu belah ketupat.`,
    () => 'Tulis satu pelaksana yang mengambil keputusan, atau pisahkan menjadi dua langkah.', { no: 4 }),
  terminatorDecision: define<{ no: number; which: string }>('keputusan-di-ujung', 'error', 'Langkah pertama atau terakhir berupa keputusan.',
    (p) => `Langkah ke-${p.no} adalah langkah ${p.which} (digambar sebagai terminator), jadi tidak boleh berupa keputusan.`,
    () => 'Pindahkan keputusan ke langkah di antaranya, atau tambahkan langkah mulai/selesai.', { no: 1, which: 'pertama' }),
  branchOutOfRange: define<{ label: string; no: number; target: number; count: number }>('cabang-di-luar', 'error', 'Cabang keputusan menuju nomor langkah yang tidak ada.',
    (p) => p.target < 1
      ? `Cabang "${p.label}" langkah ke-${p.no} menuju langkah ${p.target}, padahal langkah dinomori mulai dari 1.`
      : `Cabang "${p.label}" langkah ke-${p.no} menuju langkah ${p.target}, padahal SOP ini hanya punya ${p.count} langkah.`,
    (p) => `Tulis nomor langkah 1–${p.count} atau "selesai".`, { label: 'Tidak', no: 4, target: 9, count: 6 }),
  branchToSelf: define<{ label: string; no: number }>('cabang-ke-diri', 'error', 'Cabang keputusan menuju langkahnya sendiri.',
    (p) => `Cabang "${p.label}" langkah ke-${p.no} menuju dirinya sendiri.`, () => 'Arahkan cabang ke langkah lain (misalnya langkah sebelumnya untuk mengulang) atau "selesai".', { label: 'Tidak', no: 4 }),
  branchesSameTarget: define<{ no: number; target: string }>('cabang-tujuan-sama', 'error', 'Kedua cabang keputusan menuju tempat yang sama.',
    (p) => `Kedua cabang keputusan langkah ke-${p.no} menuju tempat yang sama (${p.target}).`, () => 'Keputusan harus bercabang ke dua tujuan berbeda; bila tidak ada pilihan, hapus blok keputusan.', { no: 4, target: '5' }),
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

  // --- Waktu -------------------------------------------------------------------------------
  waktuUnreadable: define<{ detail: string }>('waktu-tak-terbaca', 'error', 'Waktu langkah atau total dokumen tidak dapat dibaca.',
    (p) => p.detail, () => 'Tulis waktu seperti "15 menit", "30 - 60 menit", "3-7 hari", "3 x 24 jam"; "-" bila tidak ditentukan; "Tentatif" bila memang tidak tentu.',
    { detail: 'Waktu "15 mnit" tidak dapat dibaca.' }),
  waktuUnstated: define<{ no: number }>('waktu-tidak-dicantumkan', 'warning', 'Waktu langkah dikosongkan atau "-".',
    (p) => `Waktu langkah ke-${p.no} tidak dicantumkan; langkah ini tidak ikut dijumlahkan.`, () => 'Isi waktu langkah ini bila diketahui, misalnya "15 menit".', { no: 5 }),
  waktuUnsummable: define<{ no: number; text: string }>('waktu-tak-terjumlah', 'warning', 'Waktu ditulis tidak tentu ("Tentatif", "sesuai kebutuhan").',
    (p) => `Waktu langkah ke-${p.no} ("${p.text}") tidak tentu; dicetak apa adanya dan tidak ikut dijumlahkan.`, () => 'Bila ada perkiraan, tulis sebagai rentang, misalnya "1-3 hari".', { no: 7, text: 'Tentatif' }),
  totalDiffers: define<{ written: string; computed: string }>('total-berbeda', 'warning', 'Total di dokumen bertanda tangan berbeda dari jumlah waktu langkah.',
    (p) => `Dokumen mencantumkan total "${p.written}", sedangkan jumlah waktu langkah-langkah jalur utama adalah ${p.computed}.`, () => 'Periksa waktu setiap langkah terhadap dokumen yang ditandatangani.', { written: '76 Jam 15 Menit', computed: '75 jam 20 menit' }),

  // --- Dates, review, signatory ------------------------------------------------------------
  reviewPassed: define<{ date: string }>('tinjau-ulang-lewat', 'warning', 'Tanggal tinjau ulang SOP berlaku sudah lewat.',
    (p) => `Tanggal tinjau ulang ${p.date} sudah lewat.`, () => 'Tinjau SOP ini, catat perubahannya di riwayat_revisi, lalu perbarui tinjau_ulang.', { date: '2025-03-04' }),
  effectiveBeforeMade: define<{ efektif: string; pembuatan: string }>('efektif-sebelum-dibuat', 'warning', 'Tanggal efektif lebih awal dari tanggal pembuatan.',
    (p) => `Tanggal efektif (${p.efektif}) lebih awal dari tanggal pembuatan (${p.pembuatan}).`, () => 'Periksa kembali kedua tanggal pada dokumen yang ditandatangani.', { efektif: '2024-02-01', pembuatan: '2024-02-20' }),
  signatoryNoName: define<{ jabatan: string }>('penandatangan-tanpa-nama', 'warning', 'Penandatangan hanya ditulis jabatannya (nama/NIP belum diketahui).',
    (p) => `Penandatangan "${p.jabatan}" belum bernama; blok tanda tangan dicetak tanpa nama dan NIP.`, () => 'Tulis nama dan nip penandatangan bila sudah diketahui.', { jabatan: 'Kepala Dinas Sosial' }),
  hiddenKeterangan: define<{ no: number }>('keterangan-tersembunyi', 'warning', 'Langkah berketerangan padahal kolom Keterangan dimatikan.',
    (p) => `Keterangan langkah ke-${p.no} tidak akan tampil karena mutu_baku.keterangan: false.`, () => 'Ubah menjadi mutu_baku.keterangan: true, atau hapus keterangan langkah ini.', { no: 2 }),
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
  unknownRegulation: define<{ id: string; file: string; guess: string | null }>('dasar-hukum-tidak-ada', 'error', 'SOP menyebut dasar hukum yang tidak ada di daftar peraturan.',
    (p) => `Dasar hukum "${p.id}" tidak ada di ${p.file}.${maybe(p.guess)}`, (p) => `Tambahkan peraturan itu ke ${p.file} (jenis, nomor, tahun, tentang) atau gunakan id yang ada.`,
    { id: 'uu-11-2008', file: 'sops/_data/dasar-hukum.yaml', guess: 'uu-11-2009' }),
  relatedSelf: define<{}>('keterkaitan-diri', 'error', 'SOP ditautkan ke dirinya sendiri.', () => 'SOP tidak perlu ditautkan ke dirinya sendiri.', () => 'Hapus butir ini.', {}),
  unknownRelated: define<{ id: string; guess: string | null }>('keterkaitan-tidak-ada', 'error', 'Keterkaitan menautkan SOP yang tidak ada.',
    (p) => `SOP "${p.id}" tidak ditemukan.${maybe(p.guess)}`, () => 'Tulis id SOP, yaitu jalurnya di bawah sops/ tanpa .mdx, misalnya tanjungpinang/penanganan-korban-tindak-kekerasan; atau tulis sebagai teks bebas.',
    { id: 'tanjungpinang/penanganan-korban', guess: null }),
  unknownLetter: define<{ id: string; guess: string | null; ids: string[] }>('surat-tidak-ada', 'error', 'Langkah menyebut templat surat yang tidak ada.',
    (p) => `Templat surat "${p.id}" tidak ada di letter-templates/.${maybe(p.guess)}`, (p) => `Gunakan salah satu: ${list(p.ids)}.`,
    { id: 'surat-tugass', guess: 'surat-tugas', ids: ['surat-tugas'] }),
  duplicateNomor: define<{ nomor: string; first: string }>('nomor-ganda', 'error', 'Dua SOP satu instansi memakai nomor yang sama.',
    (p) => `Nomor SOP "${p.nomor}" sudah dipakai oleh ${p.first} pada instansi yang sama.`, () => 'Beri nomor SOP yang berbeda sesuai buku agenda instansi.', { nomor: '462/10/5.6.04/2024', first: 'sops/tanjungpinang/a.mdx' }),
  duplicateJudul: define<{ judul: string; first: string }>('judul-ganda', 'warning', 'Dua SOP satu instansi berjudul sama.',
    (p) => `Judul "${p.judul}" juga dipakai oleh ${p.first} pada instansi yang sama.`, () => 'Bedakan judulnya, atau hapus salah satu bila keduanya SOP yang sama.', { judul: 'Penanganan Anak Terlantar', first: 'sops/tanjungpinang/a.mdx' }),
  logoMissing: define<{ logo: string }>('logo-tidak-ada', 'error', 'Logo instansi menunjuk berkas yang tidak ada di public/.',
    (p) => `Logo "${p.logo}" tidak ditemukan di folder public/.`, (p) => `Simpan berkas logo sebagai public${p.logo.startsWith('/') ? '' : '/'}${p.logo}, atau tulis logo: "[ISI: logo instansi]" sampai berkasnya ada.`, { logo: '/logo/medan.png' }),
  regulationStillCited: define<{ id: string; sops: string[] }>('dasar-hukum-masih-dikutip', 'error', 'Peraturan yang masih dikutip SOP dihapus atau diganti id-nya (di editor).',
    (p) => `Peraturan "${p.id}" masih dikutip oleh ${p.sops.join(', ')}; tanpa peraturan itu SOP tersebut tidak lolos pemeriksaan.`,
    (p) => `Kembalikan peraturan dengan id "${p.id}", atau ubah dahulu dasar hukum SOP yang mengutipnya.`, { id: 'uu-11-2009', sops: ['sops/tanjungpinang/a.mdx'] }),
  duplicateRegulationId: define<{ id: string; first: number }>('dasar-hukum-id-ganda', 'error', 'Dua peraturan memakai id yang sama.',
    (p) => `Id "${p.id}" sudah dipakai oleh peraturan ke-${p.first}.`, () => 'Beri setiap peraturan id sendiri, misalnya jenis-nomor-tahun: uu-11-2009.', { id: 'uu-11-2009', first: 2 }),

  // --- Services (Standar Pelayanan) ------------------------------------------------------
  badServicePath: define<{ id: string }>('layanan-nama-tidak-sah', 'error', 'Nama berkas layanan di sops/_layanan/ memuat huruf besar, spasi atau tanda baca.',
    (p) => `Nama berkas layanan "${p.id}" tidak dapat dijadikan alamat halaman.`,
    () => 'Gunakan huruf kecil, angka dan tanda hubung saja, misalnya sops/_layanan/pemulangan-orang-terlantar.yaml.', { id: 'Pemulangan OT' }),
  serviceUnknownSop: define<{ id: string; guess: string | null; ids: string[] }>('layanan-sop-tidak-ada', 'error', 'Layanan menyebut SOP yang tidak ada.',
    (p) => `SOP "${p.id}" tidak ditemukan.${maybe(p.guess)}`,
    (p) => `Tulis id SOP, yaitu jalurnya di bawah sops/ tanpa .mdx. SOP yang ada: ${list(p.ids)}.`,
    { id: 'tanjungpinang/penanganan-eks-napi', guess: 'tanjungpinang/penanganan-eks-narapidana', ids: ['tanjungpinang/penanganan-eks-narapidana'] }),
  serviceDuplicateSop: define<{ id: string; first: number }>('layanan-sop-ganda', 'error', 'Layanan menyebut SOP yang sama dua kali.',
    (p) => `SOP "${p.id}" sudah ditulis di sop[${p.first}].`, () => 'Tulis setiap SOP sekali saja.', { id: 'tanjungpinang/penanganan-eks-narapidana', first: 0 }),
  serviceMixedAgencies: define<{ id: string; instansi: string; first: string }>('layanan-sop-lintas-instansi', 'error', 'SOP sebuah layanan berasal dari instansi yang berbeda.',
    (p) => `SOP "${p.id}" milik instansi "${p.instansi}", sedangkan SOP pertama layanan ini milik "${p.first}".`,
    () => 'Satu layanan diselenggarakan satu instansi: tulis hanya SOP instansi itu, atau buat layanan terpisah untuk instansi lain.',
    { id: 'provinsi/pemulangan-orang-terlantar', instansi: 'dinsos-provinsi', first: 'dinsos-tanjungpinang' }),
  serviceRevokedSop: define<{ id: string }>('layanan-sop-dicabut', 'warning', 'Layanan dilaksanakan oleh SOP yang sudah dicabut.',
    (p) => `SOP "${p.id}" berstatus dicabut, tetapi masih disebut sebagai pelaksana layanan ini.`,
    () => 'Ganti dengan SOP yang berlaku, atau hapus layanan ini bila tidak diselenggarakan lagi.', { id: 'tanjungpinang/penanganan-eks-narapidana' }),
  serviceStatedWithoutReason: define<{ field: string; derived: string }>('layanan-beda-tanpa-alasan', 'error', 'Layanan menulis jangka waktu, biaya atau produk sendiri padahal SOP sudah memuatnya, tanpa alasan.',
    (p) => `${p.field} sudah diambil dari SOP (${p.derived}); isian di berkas layanan hanya dipakai bila disertai alasan.`,
    () => 'Hapus blok ini agar nilai dari SOP yang dipakai, atau tambahkan alasan: "..." yang menjelaskan mengapa berbeda.',
    { field: 'Jangka waktu', derived: '3 hari 1 jam 15 menit – 7 hari 2 jam' }),
  serviceNoBiaya: define<{ sops: string }>('layanan-tanpa-biaya', 'error', 'Narasi SOP tidak memuat bagian Biaya yang dapat dibaca dan berkas layanan tidak menulis biaya.',
    (p) => `Biaya layanan tidak diketahui: narasi SOP (${p.sops}) tidak memuat bagian "Biaya" satu kalimat, dan berkas layanan tidak menulis biaya.`,
    () => 'Tulis biaya: { teks: Gratis } (atau tarifnya), atau "[ISI: biaya layanan]" sampai diketahui; atau tambahkan bagian "## Biaya" di narasi SOP.',
    { sops: 'provinsi/pemulangan-orang-terlantar' }),
  siteUrlMissing: define<{ count: number }>('alamat-situs-kosong', 'warning', 'Ada layanan, tetapi alamat publik situs belum diisi (situs.yaml maupun SOP_SITE_URL).',
    (p) => `Alamat publik situs belum diisi, padahal ada ${p.count} layanan: kode QR pada poster layanan tidak dapat menunjuk ke halaman mana pun, dan poster mencetak penanda [ISI: alamat situs].`,
    () => 'Tulis alamat: https://... (alamat situs setelah diterbitkan) di sops/_data/situs.yaml, atau setel SOP_SITE_URL=https://... saat menjalankan npm run build.', { count: 4 }),
  agencyNoComplaints: define<{ count: number }>('instansi-tanpa-pengaduan', 'warning', 'Instansi menyelenggarakan layanan tetapi belum menulis saluran pengaduan.',
    (p) => `Instansi ini menyelenggarakan ${p.count} layanan, tetapi belum menulis saluran pengaduan; halaman layanan tidak dapat memberi tahu masyarakat ke mana mengadu.`,
    () => 'Tulis pengaduan: [...] dengan saluran pengaduan kantor, satu per butir, atau "[ISI: saluran pengaduan]" sampai diketahui.', { count: 2 }),

  // --- Narrative body ----------------------------------------------------------------------
  mdxSyntax: define<{ detail: string }>('mdx-sintaks', 'error', 'Narasi MDX tidak dapat dibaca (tag tidak ditutup, kurung kurawal, tanda "<").',
    (p) => `Narasi tidak dapat dibaca: ${p.detail}`, () => 'Tutup setiap tag (<b>...</b>), tulis "<" sebagai &lt; dan "{" sebagai \\{ bila bukan kode.', { detail: 'tag <b> tidak ditutup.' }),
  mdxImport: define<{ what: string }>('mdx-impor', 'error', 'Narasi memuat import/export (SOP tidak memakai komponen).',
    (p) => `Narasi memuat "${p.what}"; SOP hanya berisi teks, tabel dan diagram mermaid.`, () => 'Hapus baris import/export dan tulis isinya sebagai teks biasa.', { what: 'import Tabel from "./Tabel.astro"' }),
  mdxComponent: define<{ name: string }>('mdx-komponen', 'error', 'Narasi memakai komponen yang tidak dikenal.',
    (p) => `Komponen <${p.name}> tidak dikenal di narasi SOP.`, () => 'Tulis isinya sebagai teks, daftar atau tabel Markdown; komponen tidak tersedia di SOP.', { name: 'Tabel' }),
  mdxForbidden: define<{ what: string }>('mdx-html-terlarang', 'error', 'Narasi memuat HTML yang tidak boleh ada di situs publik (skrip, gaya, bingkai, formulir, atribut on...).',
    (p) => `Narasi memuat ${p.what}; situs SOP tidak memuat skrip, gaya sendiri, bingkai atau formulir.`,
    () => 'Hapus bagian HTML ini dan tulis isinya sebagai teks Markdown (tebal **...**, daftar, tabel).', { what: '<script>' }),
  mdxExpression: define<{ code: string }>('mdx-ekspresi', 'error', 'Narasi memuat ekspresi {...} (MDX menjalankannya sebagai kode).',
    (p) => `Narasi memuat ${p.code}; kurung kurawal di MDX dijalankan sebagai kode.`,
    () => 'Bila maksudnya teks, tulis kurung kurawal sebagai \\{ dan \\}; catatan untuk penulis ditulis {/* ... */}.', { code: '{gratis}' }),
  mermaidSyntax: define<{ detail: string }>('mermaid-sintaks', 'error', 'Diagram ```mermaid di narasi tidak dapat digambar.',
    (p) => `Diagram mermaid tidak dapat digambar: ${p.detail}`, () => 'Periksa baris diagram ini terhadap contoh di https://mermaid.js.org (misalnya "flowchart TD" lalu "A --> B").', { detail: 'baris 2: tanda panah tidak lengkap.' }),

  // --- Letter templates --------------------------------------------------------------------
  letterTemplate: define<{ detail: string }>('templat-surat', 'error', 'Templat surat di letter-templates/ tidak dapat dipakai (kepala YAML, jenis isian, isian tak dideklarasikan, sintaks Handlebars).',
    (p) => p.detail, () => 'Sesuaikan templat dengan letter-templates/README.md.', { detail: 'Isian "nama_klien" dipakai di templat tetapi tidak dideklarasikan di kepala templat.' }),
} as const;

export type MessageKey = keyof typeof MESSAGES;
