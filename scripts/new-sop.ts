/**
 * `npm run new-sop -- <folder>/<nama-sop> [--instansi <id>]`: writes a new SOP file with every
 * field present and explained, as a draft, ready to fill in. Refuses to overwrite a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadSources } from '../src/node/load-sources';

const args = process.argv.slice(2);
const id = args.find((a) => !a.startsWith('--'));
const agencyFlag = args.indexOf('--instansi');
const root = process.cwd();

if (!id || !/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/.test(id)) {
  console.error('Pakai: npm run new-sop -- <folder>/<nama-sop> [--instansi <id>]');
  console.error('Contoh: npm run new-sop -- tanjungpinang/penanganan-orang-terlantar --instansi dinsos-tanjungpinang');
  console.error('Nama hanya huruf kecil, angka dan tanda hubung.');
  process.exit(2);
}
const { catalog } = loadSources(root);
const agencies = [...catalog.agencies.keys()];
const instansi = agencyFlag >= 0 ? args[agencyFlag + 1]! : agencies[0];
if (!instansi || !catalog.agencies.has(instansi)) {
  console.error(`Instansi "${instansi ?? ''}" tidak ditemukan. Pilihan: ${agencies.join(', ') || '(belum ada; buat sops/_data/instansi/<id>.yaml)'}`);
  process.exit(2);
}
const file = join(root, 'sops', `${id}.mdx`);
if (existsSync(file)) {
  console.error(`Berkas sops/${id}.mdx sudah ada; tidak ditimpa.`);
  process.exit(2);
}
const today = new Date().toISOString().slice(0, 10);
const regulations = [...catalog.regulations.keys()];

const text = `---
# SOP baru. Isi setiap kolom; lihat README bagian "Panduan penulis SOP".
# Periksa dengan: npm run check    Pratinjau dengan: npm run dev
nomor: "[ISI: nomor SOP, misalnya 462/13/5.6.04/${today.slice(0, 4)}]"
judul: "[ISI: nama SOP]"
instansi: ${instansi}
bidang: Rehabilitasi Sosial
status: draf                    # draf | berlaku | dicabut
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
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, text);
console.log(`Dibuat: sops/${id}.mdx (status draf). Isi bagian [ISI: ...], lalu jalankan npm run check.`);
