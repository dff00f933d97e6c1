/**
 * How to write each frontmatter field, used as the "Perbaiki:" part of schema errors.
 * Keys are field paths with list indices removed ("langkah[].waktu").
 */
export const SOP_FIELD_HELP: Record<string, string> = {
  nomor: 'Tulis nomor SOP sesuai Tata Naskah Dinas, misalnya nomor: "462/10/5.6.04/2024".',
  judul: 'Tulis nama SOP, misalnya judul: Penanganan Eks Narapidana (BWBLP).',
  instansi: 'Tulis id instansi, yaitu nama berkas di sops/_data/instansi/ tanpa .yaml, misalnya instansi: dinsos-tanjungpinang.',
  bidang: 'Tulis unit yang bertanggung jawab seperti tertulis di dokumen, misalnya bidang: Bidang Rehabilitasi Sosial, atau hapus baris ini.',
  status: 'Tulis salah satu: status: draf, status: berlaku, status: digantikan (dengan digantikan_oleh), atau status: dicabut (dengan blok dicabut).',
  digantikan_oleh: 'Tulis id SOP pengganti (jalurnya di bawah sops/ tanpa .mdx), misalnya digantikan_oleh: tanjungpinang/penanganan-korban-2025; hanya bersama status: digantikan.',
  dicabut: 'Tulis tanggal dan alasan pencabutan, misalnya dicabut: { tanggal: 2025-01-31, alasan: "Layanan dialihkan ke provinsi" }; hanya bersama status: dicabut.',
  'dicabut.tanggal': 'Tulis tanggal pencabutan sebagai TTTT-BB-HH, misalnya 2025-01-31.',
  'dicabut.alasan': 'Tulis alasan pencabutan, misalnya alasan: Layanan dialihkan ke Dinas Sosial Provinsi.',
  tanggal: 'Tulis blok tanggal dengan pembuatan, efektif (dan revisi bila ada), misalnya tanggal: { pembuatan: 2024-02-20, efektif: 2024-03-04 }.',
  'tanggal.pembuatan': 'Tulis tanggal pembuatan sebagai TTTT-BB-HH, misalnya 2024-02-20; "Agustus 2017" atau "2017" bila dokumen hanya menyebut itu.',
  'tanggal.revisi': 'Tulis tanggal revisi sebagai TTTT-BB-HH, misalnya 2024-02-27, atau hapus baris ini.',
  'tanggal.efektif': 'Tulis tanggal efektif/pengesahan sebagai TTTT-BB-HH, misalnya 2024-03-04.',
  'tanggal.label_efektif': 'Tulis label tanggal efektif seperti di dokumen, misalnya label_efektif: Tanggal Pengesahan, atau hapus baris ini (bawaan "Tanggal Efektif").',
  disahkan_oleh: 'Tulis jabatan, nama, pangkat dan nip penandatangan (nama dan nip boleh dikosongkan sampai diketahui), atau hapus blok ini agar memakai kepala instansi.',
  'disahkan_oleh.jabatan': 'Tulis jabatan penandatangan seperti dicetak di atas tanda tangan, misalnya jabatan: Kepala Dinas Sosial Kota Tanjungpinang.',
  'disahkan_oleh.nama': 'Tulis nama lengkap penandatangan dengan gelarnya, atau hapus baris ini selama namanya belum diketahui.',
  'disahkan_oleh.pangkat': 'Tulis pangkat dan golongan, misalnya pangkat: Pembina Utama Muda (IV/c), atau hapus baris ini.',
  'disahkan_oleh.atas_nama': 'Tulis jabatan pejabat yang diwakili, misalnya atas_nama: Kepala Dinas Sosial Kota Medan (dicetak "a.n. Kepala Dinas Sosial Kota Medan").',
  'disahkan_oleh.nip': 'Tulis NIP 18 digit, misalnya nip: "19670720 199303 2 008".',
  sasaran: 'Tulis sasaran objek SOP, misalnya sasaran: Korban Tindak Kekerasan.',
  dasar_hukum: 'Tulis daftar id dari sops/_data/dasar-hukum.yaml, misalnya dasar_hukum: [uu-11-2009], atau { id: uud-1945, pasal: "Pasal 34 ayat (1)" } untuk mengutip pasal.',
  'dasar_hukum[].id': 'Tulis id peraturan dari sops/_data/dasar-hukum.yaml, misalnya { id: uud-1945, pasal: "Pasal 34 ayat (1)" }.',
  'dasar_hukum[].pasal': 'Tulis pasal yang dikutip seperti di dokumen, misalnya pasal: "Pasal 34 ayat (1)"; tanpa pasal, tulis id saja: - uu-11-2009.',
  kualifikasi_pelaksana: 'Tulis daftar kualifikasi, satu per baris diawali "- ", misalnya kualifikasi_pelaksana: [Mampu mengoperasikan komputer]; [] bila tidak ada.',
  keterkaitan: 'Tulis teks bebas, atau { sop: <id SOP> } untuk menautkan SOP lain.',
  'keterkaitan[].sop': 'Tulis id SOP yang ditautkan, yaitu jalurnya di bawah sops/ tanpa .mdx, misalnya { sop: tanjungpinang/penanganan-korban-tindak-kekerasan }.',
  'keterkaitan[].catatan': 'Tulis catatan singkat tentang keterkaitan itu, atau hapus baris ini.',
  peralatan: 'Tulis daftar peralatan/perlengkapan, satu per baris diawali "- ", misalnya peralatan: [Komputer, Printer]; [] bila tidak ada.',
  peringatan: 'Tulis daftar peringatan, satu per baris diawali "- "; [] bila dokumen menulis "-".',
  pencatatan: 'Tulis daftar pencatatan dan pendataan, satu per baris diawali "- "; [] bila tidak ada.',
  riwayat_revisi: 'Tulis daftar { tanggal: 2024-02-27, perubahan: "..." }.',
  'riwayat_revisi[].tanggal': 'Tulis tanggal sebagai TTTT-BB-HH, misalnya 2024-02-27.',
  'riwayat_revisi[].perubahan': 'Tulis apa yang diubah pada revisi itu, misalnya perubahan: Penyesuaian waktu langkah 3.',
  tinjau_ulang: 'Tulis tanggal tinjau ulang berikutnya sebagai TTTT-BB-HH, misalnya 2026-03-04.',
  waktu_total_dokumen: 'Tulis total waktu seperti tercetak di dokumen yang ditandatangani, dengan satuannya, misalnya waktu_total_dokumen: "76 Jam 15 Menit"; hapus baris ini bila dokumen tidak mencantumkannya.',
  tidak_lengkap: 'Tulis catatan bagian sumber yang hilang, misalnya tidak_lengkap: Dokumen sumber terpotong setelah langkah 5.',
  label_kegiatan: 'Tulis judul kolom kegiatan seperti di dokumen, misalnya label_kegiatan: Uraian Prosedur, atau hapus baris ini (bawaan "Kegiatan").',
  cetak: 'Tulis kertas (A4 atau F4) dan/atau orientasi (potret atau lanskap), misalnya cetak: { kertas: F4 }.',
  'cetak.kertas': 'Tulis kertas: A4 atau kertas: F4, atau hapus baris ini agar memakai kertas instansi.',
  'cetak.orientasi': 'Tulis orientasi: potret atau orientasi: lanskap, atau hapus baris ini agar memakai orientasi instansi.',
  mutu_baku: 'Tulis label kolom Mutu Baku, misalnya mutu_baku: { kelengkapan: Persyaratan/Kelengkapan }.',
  'mutu_baku.kelengkapan': 'Tulis judul kolom kelengkapan seperti di dokumen, misalnya kelengkapan: Persyaratan/Kelengkapan.',
  'mutu_baku.waktu': 'Tulis judul kolom waktu seperti di dokumen, misalnya waktu: Waktu, atau waktu: "Waktu (Menit)" bila kolomnya berisi angka saja.',
  'mutu_baku.output': 'Tulis judul kolom output seperti di dokumen, misalnya output: Output.',
  'mutu_baku.keterangan': 'Tulis keterangan: true untuk menampilkan kolom Keterangan, atau keterangan: false untuk menyembunyikannya.',
  pelaksana: 'Tulis daftar pelaksana sesuai urutan kolom, misalnya - { id: staf-adm, label: Staf ADM }.',
  'pelaksana[].id': 'Tulis id singkat huruf kecil dengan tanda hubung, misalnya id: staf-adm.',
  'pelaksana[].label': 'Tulis judul kolom pelaksana, misalnya label: Staf ADM.',
  langkah: 'Tulis daftar langkah; setiap langkah minimal memiliki kegiatan dan pelaksana.',
  'langkah[].kegiatan': 'Tulis kegiatan dengan kata kerja aktif tanpa subjek, misalnya kegiatan: Menerima laporan warga.',
  'langkah[].pelaksana': 'Tulis id pelaksana yang dideklarasikan di bagian pelaksana, atau daftar id bila langkah dikerjakan bersama: pelaksana: [staf-adm, kadis].',
  'langkah[].waktu': 'Tulis waktu seperti "15 menit", "30 - 60 menit", "3-7 hari", "3 x 24 jam"; "-" bila tidak ditentukan; "Tentatif" atau "sesuai kebutuhan" bila memang tidak tentu.',
  'langkah[].kelengkapan': 'Tulis kelengkapan/persyaratan langkah ini, misalnya kelengkapan: Laporan lisan; "-" bila tidak ada.',
  'langkah[].output': 'Tulis hasil langkah ini, misalnya output: Laporan tertulis; "-" bila tidak ada.',
  'langkah[].keterangan': 'Tulis keterangan langkah ini sebagai teks, misalnya keterangan: Bila perlu, atau hapus baris ini.',
  'langkah[].keputusan': 'Tulis keputusan dengan tepat dua cabang: keputusan: { ya: { label: Layak, ke: 6 }, tidak: { label: Tidak layak, ke: selesai } }.',
  'langkah[].keputusan.pertanyaan': 'Tulis pertanyaan keputusan, misalnya pertanyaan: Apakah berkas lengkap?, atau hapus baris ini.',
  'langkah[].keputusan.ya': 'Tulis cabang ya sebagai blok: ya: { label: Layak, ke: 6 }.',
  'langkah[].keputusan.ya.label': 'Tulis label cabang seperti di dokumen, misalnya label: Layak (bawaan "Ya").',
  'langkah[].keputusan.tidak': 'Tulis cabang tidak sebagai blok: tidak: { label: Tidak layak, ke: selesai }.',
  'langkah[].keputusan.tidak.label': 'Tulis label cabang seperti di dokumen, misalnya label: Tidak layak (bawaan "Tidak").',
  'langkah[].keputusan.ya.ke': 'Tulis nomor langkah tujuan (mulai dari 1) atau "selesai".',
  'langkah[].keputusan.tidak.ke': 'Tulis nomor langkah tujuan (mulai dari 1) atau "selesai".',
  'langkah[].surat': 'Tulis daftar id templat surat dari letter-templates/, misalnya surat: [rekomendasi-jamkesda].',
};

export const SITE_FIELD_HELP: Record<string, string> = {
  nama: 'Tulis nama situs, misalnya nama: SOP Dinas Sosial Kota Medan.',
  deskripsi: 'Tulis satu kalimat untuk kaki halaman.',
  alamat: 'Tulis alamat publik situs, diawali https://, misalnya alamat: https://sop.dinsos.contoh.go.id (dipakai kode QR pada poster layanan).',
};

export const REGULATION_FIELD_HELP: Record<string, string> = {
  '': 'Tulis setiap peraturan sebagai id: { jenis, nomor, tahun, tentang }; nomor dan tentang boleh tidak ditulis bila peraturannya memang tidak bernomor (UUD 1945).',
  jenis: 'Tulis jenis peraturan, misalnya jenis: Undang-Undang.',
  nomor: 'Tulis nomor peraturan seperti tertulis, misalnya nomor: "11"; hapus baris ini bila peraturannya tidak bernomor.',
  tahun: 'Tulis tahun sebagai angka, misalnya tahun: 2009.',
  tentang: 'Tulis judul peraturan setelah kata "tentang", misalnya tentang: Kesejahteraan Sosial.',
  singkatan: 'Tulis singkatan untuk daftar, misalnya singkatan: UU 11/2009, atau hapus baris ini.',
  tautan: 'Tulis alamat lengkap teks resmi (JDIH), atau hapus baris ini.',
};

export const AGENCY_FIELD_HELP: Record<string, string> = {
  kop: 'Tulis 1 sampai 4 baris kop dari atas ke bawah, misalnya kop: [Pemerintah Kota Medan, Kecamatan Medan Petisah, Kelurahan Sei Putih Timur I].',
  kepala: 'Tulis jabatan (wajib), nama, pangkat dan nip kepala; nama dan nip boleh dikosongkan sampai diketahui.',
  'kepala.jabatan': 'Tulis jabatan seperti dicetak di atas tanda tangan, misalnya jabatan: Kepala Dinas Sosial Kota Tanjungpinang.',
  logo: 'Tulis jalur logo di folder public/, misalnya logo: /logo/tanjungpinang.svg, atau "[ISI: logo instansi]".',
  pemerintah: 'Tulis nama pemerintah daerah, misalnya pemerintah: Pemerintah Kota Tanjungpinang.',
  nama: 'Tulis nama kantor, misalnya nama: Dinas Sosial Kota Tanjungpinang.',
  kota: 'Tulis kota yang dicetak sebelum tanggal surat, misalnya kota: Tanjungpinang.',
  'kepala.nip': 'Tulis NIP 18 digit, misalnya nip: "19670720 199303 2 008", atau "[ISI: NIP kepala dinas]".',
  singkatan: 'Tulis nama singkat untuk daftar, misalnya singkatan: Dinsos Kota Tanjungpinang, atau hapus baris ini.',
  alamat: 'Tulis alamat kantor, atau "[ISI: alamat kantor]" selama belum diketahui (jangan mengarang alamat).',
  telepon: 'Tulis nomor telepon kantor dalam tanda kutip, misalnya telepon: "(0771) 123456", atau "[ISI: nomor telepon]"; hapus baris ini bila tidak ada.',
  email: 'Tulis alamat e-mail kantor, atau "[ISI: alamat e-mail]"; hapus baris ini bila tidak ada.',
  situs: 'Tulis alamat situs web kantor, atau "[ISI: alamat situs web]"; hapus baris ini bila tidak ada.',
  'kepala.nama': 'Tulis nama lengkap kepala dengan gelarnya, atau hapus baris ini selama belum diketahui.',
  'kepala.pangkat': 'Tulis pangkat dan golongan, misalnya pangkat: Pembina Utama Muda (IV/c), atau hapus baris ini.',
  'kepala.atas_nama': 'Tulis jabatan pejabat yang diwakili (dicetak "a.n. ..."), atau hapus baris ini.',
  pola_nomor_surat: 'Tulis pola dengan {klasifikasi}, {nomor} dan {tahun}, misalnya "{klasifikasi}/{nomor}/5.6.04/{tahun}".',
  kertas: 'Tulis kertas: A4 atau kertas: F4.',
  orientasi_sop: 'Tulis orientasi_sop: potret atau orientasi_sop: lanskap.',
  riwayat_tampilkan_penulis: 'Tulis riwayat_tampilkan_penulis: true agar nama penulis setiap perubahan tampil di halaman riwayat SOP, atau false (bawaan) agar tidak tampil.',
  siklus_tinjau_bulan: 'Tulis jumlah bulan antara tanggal efektif dan tinjau ulang SOP, misalnya siklus_tinjau_bulan: 12, atau hapus baris ini.',
  jam_pelayanan: 'Tulis jam pelayanan seperti diumumkan kantor, misalnya jam_pelayanan: "Senin–Jumat 08.00–16.00 WIB", atau "[ISI: jam pelayanan]".',
  maklumat: 'Tulis kalimat janji Maklumat Pelayanan kantor, atau hapus baris ini agar memakai rumusan contoh pedoman.',
  pengaduan: 'Tulis daftar saluran pengaduan, satu per butir, misalnya pengaduan: ["Kotak saran di ruang pelayanan", "[ISI: nomor WhatsApp pengaduan]"].',
};

export const SERVICE_FIELD_HELP: Record<string, string> = {
  nama: 'Tulis nama layanan seperti dikenal masyarakat, misalnya nama: Pemulangan Orang Terlantar ke Daerah Asal.',
  ringkasan: 'Tulis satu kalimat sederhana: untuk siapa layanan ini dan apa yang dilakukan.',
  sop: 'Tulis daftar id SOP yang melaksanakan layanan ini, yaitu jalurnya di bawah sops/ tanpa .mdx, misalnya sop: [tanjungpinang/penanganan-eks-narapidana].',
  kata_kunci: 'Tulis daftar kata yang diketik masyarakat saat mencari, misalnya kata_kunci: [pulang kampung, korban kekerasan].',
  persyaratan: 'Tulis daftar yang harus dibawa atau dipenuhi pemohon, satu per butir; "[ISI: persyaratan]" bila belum diketahui.',
  prosedur: 'Tulis langkah yang dialami pemohon dengan kalimat sederhana, satu per butir.',
  jangka_waktu: 'Hapus blok ini agar jangka waktu diambil dari total waktu SOP; bila memang berbeda tulis jangka_waktu: { teks: "...", alasan: "..." }.',
  biaya: 'Tulis biaya: Gratis (atau tarifnya) bila narasi SOP tidak memuat bagian Biaya; bila berbeda dari narasi, tulis biaya: { teks: "...", alasan: "..." }.',
  produk: 'Hapus blok ini agar produk diambil dari output langkah terakhir SOP; bila memang berbeda tulis produk: { teks: [...], alasan: "..." }.',
  sarana: 'Tulis daftar sarana, prasarana dan fasilitas (termasuk bagi kelompok rentan), satu per butir.',
  pengawasan_internal: 'Tulis daftar bentuk pengawasan internal, satu per butir.',
  jumlah_pelaksana: 'Tulis jumlah pelaksana sebagai teks, misalnya jumlah_pelaksana: 3 orang, atau "[ISI: jumlah pelaksana]".',
  jaminan_pelayanan: 'Tulis jaminan pelayanan sebagai satu teks, atau "[ISI: jaminan pelayanan]".',
  jaminan_keamanan: 'Tulis jaminan keamanan dan keselamatan pelayanan sebagai satu teks, atau "[ISI: jaminan keamanan dan keselamatan pelayanan]".',
  evaluasi_kinerja: 'Tulis cara evaluasi kinerja pelaksana sebagai satu teks, atau "[ISI: evaluasi kinerja pelaksana]".',
};

/** A monitoring or evaluation record (sops/_data/evaluasi/<sop-id>/<tanggal>.yaml). */
export const EVALUATION_FIELD_HELP: Record<string, string> = {
  jenis: 'Tulis jenis: monitoring (penilaian penerapan tiap 6 bulan) atau jenis: evaluasi (evaluasi SOP dengan rekomendasi).',
  penilai: 'Tulis jabatan atau nama penilai, misalnya penilai: Kepala Bidang Rehabilitasi Sosial.',
  penilaian: 'Tulis penilaian: berjalan baik atau penilaian: tidak berjalan baik.',
  tindakan: 'Tulis tindakan yang harus diambil sebagai satu teks, misalnya tindakan: Sosialisasi ulang kepada pelaksana.',
  kriteria: 'Tulis daftar kriteria yang dijawab, misalnya - { kriteria: SOP mudah dipahami, jawaban: ya, catatan: ... }.',
  'kriteria[]': 'Tulis setiap kriteria dengan kriteria, jawaban (ya atau tidak) dan catatan bila ada.',
  'kriteria[].kriteria': 'Tulis kriteria yang dinilai, misalnya kriteria: SOP mudah dipahami.',
  'kriteria[].jawaban': 'Tulis jawaban: ya atau jawaban: tidak.',
  'kriteria[].catatan': 'Tulis catatan sebagai satu teks, atau hapus baris ini.',
  rekomendasi: 'Tulis rekomendasi: tetap berlaku, rekomendasi: direvisi, atau rekomendasi: dicabut.',
  catatan: 'Tulis catatan hasil penilaian sebagai satu teks, atau hapus baris ini.',
};

/** The header of a letter template (letter-templates/<id>.hbs), described in letter-templates/README.md. */
export const LETTER_TEMPLATE_FIELD_HELP: Record<string, string> = {
  '': 'Tulis kepala templat dengan judul, jenis, ringkasan dan fields seperti di letter-templates/README.md.',
  judul: 'Tulis judul surat seperti tampil di daftar surat, misalnya judul: Surat Rekomendasi Jamkesda.',
  jenis: 'Tulis salah satu: jenis: surat-dinas, jenis: surat-tugas, jenis: berita-acara, atau jenis: formulir.',
  ringkasan: 'Tulis satu kalimat: kapan surat ini dipakai.',
  kertas: 'Tulis kertas: A4 atau kertas: F4, atau hapus baris ini agar memakai kertas instansi.',
  bawaan: 'Tulis nilai bawaan isian baku, misalnya bawaan: { hal: Rekomendasi, lampiran: 1 }.',
  fields: 'Tulis daftar isian formulir, misalnya - { name: nama_klien, label: Nama klien, type: text, required: true }.',
  'fields[]': 'Tulis isian dengan name, label dan type seperti di letter-templates/README.md.',
  'fields[].name': 'Tulis nama isian: huruf kecil, angka dan garis bawah, diawali huruf, misalnya name: nama_klien.',
  'fields[].label': 'Tulis judul isian yang dibaca petugas, misalnya label: Nama klien.',
  'fields[].type': 'Tulis salah satu jenis isian yang tercantum di letter-templates/README.md, misalnya type: text.',
  'fields[].required': 'Tulis required: true atau required: false.',
  'fields[].options': 'Tulis pilihannya sebagai daftar di bawah type: select, misalnya options: [Laki-laki, Perempuan].',
  'fields[].fields[]': 'Tulis isian kelompok dengan name, label dan type, misalnya - { name: nama, label: Nama, type: text }.',
  'fields[].default[]': 'Tulis nilai bawaan kelompok sebagai daftar isian kelompok ini, misalnya default: [{ isi: Arsip }].',
};

export function helpKey(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += '[]';
    else out += out ? `.${part}` : part;
  }
  return out;
}
