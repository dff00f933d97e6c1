/**
 * The skeleton of a new SOP: every field present and explained, as a draft. Written by
 * `npm run new-sop` and used as the starting point of a new entry in the editor, so both start
 * from the same text.
 */
export interface NewSopOptions {
  instansi: string;
  /** "YYYY-MM-DD". */
  today: string;
  /** Regulation ids, named in a comment as examples. */
  regulations: readonly string[];
}

export function newSopText({ instansi, today, regulations }: NewSopOptions): string {
  return `---
# SOP baru. Isi setiap kolom; lihat README bagian "Panduan penulis SOP".
# Periksa dengan: npm run check    Pratinjau dengan: npm run dev
nomor: "[ISI: nomor SOP, misalnya 462/13/5.6.04/${today.slice(0, 4)}]"
judul: "[ISI: nama SOP]"
instansi: ${instansi}
bidang: Rehabilitasi Sosial
status: draf                    # draf | berlaku | digantikan | dicabut
# digantikan_oleh: <id SOP pengganti>                       # wajib bila status: digantikan
# dicabut: { tanggal: ${today}, alasan: "..." }            # wajib bila status: dicabut
tanggal:
  pembuatan: ${today}
  # revisi: ${today}
  efektif: "[ISI: tanggal efektif]"
  # label_efektif: Tanggal Pengesahan
# disahkan_oleh: { jabatan: ..., nama: ..., nip: "..." }   # bawaan: kepala instansi
sasaran: "[ISI: sasaran objek]"
dasar_hukum: []                 # id dari sops/_data/dasar-hukum.yaml: ${regulations.slice(0, 4).join(', ')}${regulations.length > 4 ? ', ...' : ''}
kualifikasi_pelaksana: []
keterkaitan: []                 # teks bebas, atau { sop: <id SOP lain> }
peralatan: []
peringatan: []
pencatatan: []
riwayat_revisi: []              # - { tanggal: ${today}, perubahan: "..." }
# tinjau_ulang: ${Number(today.slice(0, 4)) + 1}${today.slice(4)}
label_kegiatan: Kegiatan
mutu_baku:
  kelengkapan: Kelengkapan
  waktu: Waktu
  output: Output
  keterangan: false
pelaksana:
  - { id: staf, label: Staf }
  - { id: kepala-bidang, label: Kepala Bidang }
langkah:
  - kegiatan: "[ISI: kegiatan pertama, kata kerja aktif tanpa subjek]"
    pelaksana: staf
    kelengkapan: "-"
    waktu: 15 menit
    output: "-"
  - kegiatan: "[ISI: kegiatan terakhir]"
    pelaksana: kepala-bidang
    kelengkapan: "-"
    waktu: 15 menit
    output: "-"
---

## C. Ketentuan Umum

[ISI: definisi dan kriteria]

## D. Jangka Waktu Penyelesaian

[ISI]

## E. Biaya

[ISI]

## F. Proses Pelaksanaan

[ISI]
`;
}
