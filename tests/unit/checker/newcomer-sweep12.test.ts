/**
 * A twelfth sweep of newcomers' mistakes: an SOP naming its agency by the agency's name or short
 * name; a review date written as a period ("2 tahun sekali", "tahunan"); "&nbsp" without its
 * semicolon and "a<b" in the narrative; then agency files (a kop line holding the address, a logo
 * written through public/ or without its "/", "NIP." before a NIP, the head written as one text or
 * under another word, a letter number copied from a letter, an unknown token), service files
 * (requirements written as one text, time and cost under other words) and the regulations file
 * (an entry written as its title, a kind by its short name, a link without https://, a
 * placeholder). One test per fix, with the messages as the author reads them; and the inputs that
 * stay clean.
 */
import { describe, expect, it } from 'vitest';
import type { CheckIssue } from '../../../src/core/checks/issue';
import { checkProject } from '../../../src/node/check-project';
import { writeTempProject } from '../support/temp-project';
import { SKTM_WITH_DECISION } from '../support/sktm-sop';
import { KELURAHAN_AGENCY, KELURAHAN_AGENCY_FILE, KELURAHAN_BASE } from '../support/kelurahan-project';

const AGENCY = KELURAHAN_AGENCY;
const AGENCY_FILE = KELURAHAN_AGENCY_FILE;
const SOP_FILE = 'sops/medan/sktm.mdx';
/** A second agency, with a short name, for an SOP naming it by that name. */
const DINSOS = 'nama: Dinas Sosial Kota Medan\nsingkatan: Dinsos Kota Medan\nkota: Medan\nalamat: Jl. Contoh 2\nkepala: { jabatan: Kepala Dinas Sosial Kota Medan }\npola_nomor_surat: "{klasifikasi}/{nomor}/{tahun}"\n';
const SERVICE = `nama: Surat Keterangan Tidak Mampu
ringkasan: Surat keterangan bagi warga tidak mampu.
sop: [medan/sktm]
persyaratan: [KTP]
prosedur: [Datang ke kantor kelurahan]
`;
const BASE = { ...KELURAHAN_BASE, [SOP_FILE]: SKTM_WITH_DECISION };

/** The issues of the project with `files` over BASE; placeholders' warnings left out unless `withPlaceholders`. */
async function projectIssues(files: Record<string, string>, withPlaceholders = false): Promise<CheckIssue[]> {
  const issues = (await checkProject(writeTempProject({ ...BASE, ...files }, 'sop-sweep12-'), '2026-12-01', { mermaid: false })).issues;
  return withPlaceholders ? issues : issues.filter((i) => i.code !== 'penanda-isi');
}
function sopWith(from: string, to: string): Record<string, string> {
  expect(SKTM_WITH_DECISION).toContain(from);
  return { [SOP_FILE]: SKTM_WITH_DECISION.replace(from, to) };
}
function agencyWith(from: string, to: string): Record<string, string> {
  expect(AGENCY).toContain(from);
  return { [AGENCY_FILE]: AGENCY.replace(from, to) };
}
const rows = (issues: readonly CheckIssue[]) => issues.map((i) => [i.code, i.file, i.line, i.path, i.message, i.fix]);

describe('instansi written as the agency\'s name', () => {
  it('its full name gets the agency\'s id (it got an id-format message with a made-up id)', async () => {
    expect(rows(await projectIssues(sopWith('instansi: kel-sei-putih-timur-1', 'instansi: Kelurahan Sei Putih Timur I')))).toEqual([
      ['instansi-bukan-id', 'sops/medan/sktm.mdx', 4, 'instansi',
        'Instansi ditulis dengan namanya, "Kelurahan Sei Putih Timur I"; SOP menyebut instansi dengan id-nya, yaitu nama berkas instansi itu di sops/_data/instansi/ tanpa .yaml: "kel-sei-putih-timur-1".',
        'Tulis instansi: kel-sei-putih-timur-1.'],
    ]);
  });

  it('its short name, in other case and spaces, gets the agency\'s id', async () => {
    expect(rows(await projectIssues({ ...sopWith('instansi: kel-sei-putih-timur-1', 'instansi: dinsos  kota medan'), 'sops/_data/instansi/dinsos-medan.yaml': DINSOS }))).toEqual([
      ['instansi-bukan-id', 'sops/medan/sktm.mdx', 4, 'instansi',
        'Instansi ditulis dengan singkatannya, "dinsos  kota medan"; SOP menyebut instansi dengan id-nya, yaitu nama berkas instansi itu di sops/_data/instansi/ tanpa .yaml: "dinsos-medan".',
        'Tulis instansi: dinsos-medan.'],
    ]);
  });

  it('a name no agency has is named as not found, with the ids there are and the file to create', async () => {
    expect(rows(await projectIssues(sopWith('instansi: kel-sei-putih-timur-1', 'instansi: Kecamatan Medan Petisah')))).toEqual([
      ['instansi-bukan-id', 'sops/medan/sktm.mdx', 4, 'instansi',
        'Instansi "Kecamatan Medan Petisah" tidak ditemukan: SOP menyebut instansi dengan id-nya, yaitu nama berkas instansi di sops/_data/instansi/ tanpa .yaml (huruf kecil, angka dan tanda hubung), dan tidak ada instansi bernama atau bersingkatan "Kecamatan Medan Petisah".',
        'Gunakan salah satu id: kel-sei-putih-timur-1; bila instansinya belum ada, buat berkasnya, misalnya sops/_data/instansi/kecamatan-medan-petisah.yaml, lalu tulis instansi: kecamatan-medan-petisah.'],
    ]);
  });
});

describe('a review written as a period', () => {
  it('"2 tahun sekali" in tinjau_ulang gets the date two years after the effective date (it said the date could not be read)', async () => {
    expect(rows(await projectIssues(sopWith('sasaran: Warga', 'sasaran: Warga\ntinjau_ulang: 2 tahun sekali')))).toEqual([
      ['tinjau-ulang-berupa-jangka', 'sops/medan/sktm.mdx', 10, 'tinjau_ulang',
        'Kolom tinjau_ulang ditulis sebagai jangka waktu, "2 tahun sekali", padahal kolom ini berisi tanggal tinjau ulang berikutnya.',
        'Tulis tinjau_ulang: 2019-08-01 (2 tahun sesudah tanggal efektif 2017-08-01). Bila setiap SOP instansi ini ditinjau 2 tahun sekali, hapus tinjau_ulang dan tulis siklus_tinjau_bulan: 24 di berkas instansinya.'],
    ]);
  });

  it('"tahunan" in tinjau_ulang gets the date one year after the effective date', async () => {
    expect(rows(await projectIssues(sopWith('sasaran: Warga', 'sasaran: Warga\ntinjau_ulang: tahunan')))).toEqual([
      ['tinjau-ulang-berupa-jangka', 'sops/medan/sktm.mdx', 10, 'tinjau_ulang',
        'Kolom tinjau_ulang ditulis sebagai jangka waktu, "tahunan", padahal kolom ini berisi tanggal tinjau ulang berikutnya.',
        'Tulis tinjau_ulang: 2018-08-01 (1 tahun sesudah tanggal efektif 2017-08-01). Bila setiap SOP instansi ini ditinjau 1 tahun sekali, hapus tinjau_ulang dan tulis siklus_tinjau_bulan: 12 di berkas instansinya.'],
    ]);
  });

  it('"1 tahun" in an agency\'s siklus_tinjau_bulan gets the months (it said only "misalnya 12")', async () => {
    expect(rows(await projectIssues(agencyWith('pengaduan:', 'siklus_tinjau_bulan: 1 tahun\npengaduan:')))).toEqual([
      ['tinjau-ulang-berupa-jangka', 'sops/_data/instansi/kel-sei-putih-timur-1.yaml', 6, 'siklus_tinjau_bulan',
        'Siklus tinjau ulang ditulis "1 tahun", padahal kolom ini berisi jumlah bulannya saja, sebagai angka.',
        'Tulis siklus_tinjau_bulan: 12.'],
    ]);
  });
});

describe('the narrative', () => {
  it('"&nbsp" without its semicolon is a warning (it printed "&nbsp")', async () => {
    expect(rows(await projectIssues(sopWith('## Biaya\n\nGratis.\n', '## Biaya\n\nGratis&nbsp tanpa pungutan.\n')))).toEqual([
      ['entitas-tanpa-titik-koma', 'sops/medan/sktm.mdx', 31, 'narasi',
        'Narasi memuat "&nbsp" tanpa titik koma penutup; di situs dan PDF tercetak apa adanya sebagai "&nbsp".',
        'Tulis &nbsp; dengan titik koma di akhir, atau ganti "&nbsp" dengan spasi biasa.'],
    ]);
  });

  it('"a<b." is named as a tag never ended, with both ways to write "less than" (it said a "<" was not finished)', async () => {
    expect(rows(await projectIssues(sopWith('## Biaya\n\nGratis.\n', '## Biaya\n\nGratis bila a<b dan seterusnya\nbaris dua.\n')))).toEqual([
      ['mdx-sintaks', 'sops/medan/sktm.mdx', 31, 'narasi',
        'Narasi tidak dapat dibaca: tanda "<" pada "a<b" dibaca sebagai awal tag <b>, yang tidak pernah ditutup dengan ">".',
        'Bila maksudnya tanda "kurang dari", tulis a < b (dengan spasi sesudah "<") atau a&lt;b; bila maksudnya tag HTML, tutup dengan ">", misalnya <b>teks</b>.'],
    ]);
  });
});

describe('agency files', () => {
  it('a kop line with the address and phone is a warning (it printed twice)', async () => {
    expect(rows(await projectIssues(agencyWith('pengaduan:', 'kop: [Pemerintah Kota Medan, Kecamatan Medan Petisah, Kelurahan Sei Putih Timur I, "Jl. Kejaksaan No. 1 Telp. (061) 4514000"]\npengaduan:')))).toEqual([
      ['kop-berisi-alamat', 'sops/_data/instansi/kel-sei-putih-timur-1.yaml', 6, 'kop[3]',
        'Baris kop ke-4, "Jl. Kejaksaan No. 1 Telp. (061) 4514000", berisi alamat atau kontak kantor; kop hanya berisi nama pemerintah dan nama instansi, dan alamat, telepon dan e-mail dicetak di bawahnya dari kolom alamat, telepon dan email, sehingga baris ini tercetak dua kali.',
        'Hapus baris ini dari kop, lalu tulis isinya di alamat:, telepon: dan email: bila belum ditulis di sana.'],
    ]);
  });

  it('a logo written "logo/medan.png" or "public/logo/medan.png" gets its address (it passed, or was told to save public/public/...)', async () => {
    expect(rows(await projectIssues({ ...agencyWith('pengaduan:', 'logo: public/logo/medan.png\npengaduan:'), 'public/logo/medan.png': 'png' }))).toEqual([
      ['logo-tidak-ada', 'sops/_data/instansi/kel-sei-putih-timur-1.yaml', 6, 'logo',
        'Logo "public/logo/medan.png" tidak ditemukan: alamat logo ditulis dari dalam folder public/ dan diawali "/", yaitu /logo/medan.png.',
        'Tulis logo: /logo/medan.png.'],
    ]);
  });

  it('a logo without its "/" is named even though public/ has the file (the pages would not find it)', async () => {
    expect(rows(await projectIssues({ ...agencyWith('pengaduan:', 'logo: logo/medan.png\npengaduan:'), 'public/logo/medan.png': 'png' }))).toEqual([
      ['logo-tidak-ada', 'sops/_data/instansi/kel-sei-putih-timur-1.yaml', 6, 'logo',
        'Logo "logo/medan.png" tidak ditemukan: alamat logo ditulis dari dalam folder public/ dan diawali "/", yaitu /logo/medan.png.',
        'Tulis logo: /logo/medan.png.'],
    ]);
  });

  it('a NIP copied with "NIP." gets the number alone', async () => {
    expect(rows(await projectIssues(agencyWith('nama: Budi }', 'nama: Budi, nip: "NIP. 196707201993032008" }')))).toEqual([
      ['format-isian', 'sops/_data/instansi/kel-sei-putih-timur-1.yaml', 4, 'kepala.nip',
        'NIP ditulis dengan "NIP." di depannya, padahal blok tanda tangan sudah mencetak "NIP"; tulis angkanya saja: nip: "19670720 199303 2 008".',
        'Tulis NIP 18 digit, misalnya nip: "19670720 199303 2 008", atau "[ISI: NIP kepala dinas]".'],
    ]);
  });

  it('kepala written as one text gets the block (it said "blok isian, bukan teks")', async () => {
    expect(rows(await projectIssues(agencyWith('kepala: { jabatan: Lurah Sei Putih Timur I, nama: Budi }', 'kepala: Lurah Sei Putih Timur I')))).toEqual([
      ['pejabat-berupa-teks', 'sops/_data/instansi/kel-sei-putih-timur-1.yaml', 4, 'kepala',
        'Kolom kepala ditulis sebagai satu teks, "Lurah Sei Putih Timur I", padahal pejabat ditulis sebagai blok isian: jabatan (wajib), nama, pangkat dan nip, yang dicetak terpisah di blok tanda tangan.',
        'Bila "Lurah Sei Putih Timur I" adalah jabatannya, tulis kepala: { jabatan: Lurah Sei Putih Timur I }, lalu tambahkan nama, pangkat dan nip bila diketahui, misalnya kepala: { jabatan: Lurah Sei Putih Timur I, nama: "[ISI: nama]", nip: "[ISI: NIP]" }.'],
    ]);
  });

  it('pejabat or pimpinan for kepala is sent to kepala, which is not also reported missing', async () => {
    expect(rows(await projectIssues(agencyWith('kepala:', 'pimpinan:')))).toEqual([
      ['kolom-tidak-dikenal', 'sops/_data/instansi/kel-sei-putih-timur-1.yaml', 4, 'pimpinan',
        'Kolom tidak dikenal: "pimpinan" (maksud Anda "kepala"?).',
        'Periksa ejaannya atau hapus. Kolom yang dikenal di sini: kop, pemerintah, nama, singkatan, kota, alamat, telepon, email, situs, logo, kepala, jam_pelayanan, pengaduan, maklumat, pola_nomor_surat, kertas, orientasi_sop, siklus_tinjau_bulan, riwayat_tampilkan_penulis.'],
    ]);
  });

  it('a letter number pattern copied from a letter gets the pattern with {nomor} and {tahun}', async () => {
    expect(rows(await projectIssues(agencyWith('"{klasifikasi}/{nomor}/{tahun}"', '"470/___/SPT/2024"')))).toEqual([
      ['format-isian', 'sops/_data/instansi/kel-sei-putih-timur-1.yaml', 5, 'pola_nomor_surat',
        'Pola nomor surat harus memuat {nomor} di tempat nomor urut; maksud Anda "470/{nomor}/SPT/{tahun}"?',
        'Tulis pola dengan {klasifikasi}, {nomor} dan {tahun}, misalnya "{klasifikasi}/{nomor}/5.6.04/{tahun}".'],
    ]);
  });

  it('an unknown token such as {bulan} is an error (it printed "{bulan}" on letters)', async () => {
    expect(rows(await projectIssues(agencyWith('"{klasifikasi}/{nomor}/{tahun}"', '"{klasifikasi}/{nomor}/{bulan}/{tahun}"')))).toEqual([
      ['format-isian', 'sops/_data/instansi/kel-sei-putih-timur-1.yaml', 5, 'pola_nomor_surat',
        'Pola nomor surat memuat {bulan}, yang tidak dikenal dan akan tercetak apa adanya di surat; yang dikenal hanya {klasifikasi}, {nomor} dan {tahun}. Tulis bagian yang tetap (kode unit, bulan dalam angka Romawi) sebagai teks biasa.',
        'Tulis pola dengan {klasifikasi}, {nomor} dan {tahun}, misalnya "{klasifikasi}/{nomor}/5.6.04/{tahun}".'],
    ]);
  });
});

describe('service files', () => {
  it('persyaratan written as one text gets the list (it said "daftar, bukan teks")', async () => {
    expect(rows(await projectIssues({ 'sops/_layanan/sktm.yaml': SERVICE.replace('persyaratan: [KTP]', 'persyaratan: KTP, KK, Surat Pengantar RT/RW') }))).toEqual([
      ['daftar-berupa-teks', 'sops/_layanan/sktm.yaml', 4, 'persyaratan',
        'Kolom persyaratan ditulis sebagai satu teks, "KTP, KK, Surat Pengantar RT/RW", padahal persyaratan adalah daftar yang dicetak bernomor, satu butir per baris.',
        'Tulis setiap butir di barisnya sendiri diawali "- ", atau di antara kurung siku: persyaratan: [KTP, KK, Surat Pengantar RT/RW].'],
    ]);
  });

  it('"waktu" and "tarif" are sent to jangka_waktu and biaya', async () => {
    expect(rows(await projectIssues({ 'sops/_layanan/sktm.yaml': SERVICE + 'waktu: 1 hari kerja\ntarif: Gratis\n' }))).toEqual([
      ['kolom-tidak-dikenal', 'sops/_layanan/sktm.yaml', 6, 'waktu',
        'Kolom tidak dikenal: "waktu" (maksud Anda "jangka_waktu"?).',
        'Periksa ejaannya atau hapus. Kolom yang dikenal di sini: nama, ringkasan, sop, kata_kunci, persyaratan, prosedur, jangka_waktu, biaya, produk, sarana, pengawasan_internal, jumlah_pelaksana, jaminan_pelayanan, jaminan_keamanan, evaluasi_kinerja.'],
      ['kolom-tidak-dikenal', 'sops/_layanan/sktm.yaml', 7, 'tarif',
        'Kolom tidak dikenal: "tarif" (maksud Anda "biaya"?).',
        'Periksa ejaannya atau hapus. Kolom yang dikenal di sini: nama, ringkasan, sop, kata_kunci, persyaratan, prosedur, jangka_waktu, biaya, produk, sarana, pengawasan_internal, jumlah_pelaksana, jaminan_pelayanan, jaminan_keamanan, evaluasi_kinerja.'],
    ]);
  });
});

describe('the regulations file', () => {
  it('an entry written as its title gets the block (it said "blok isian, bukan teks")', async () => {
    expect(rows(await projectIssues({ 'sops/_data/dasar-hukum.yaml': 'uu-11-2009: Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial\n' }))).toEqual([
      ['dasar-hukum-berupa-judul', 'sops/_data/dasar-hukum.yaml', 1, 'uu-11-2009',
        'Peraturan "uu-11-2009" ditulis sebagai satu teks, "Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial", padahal setiap peraturan ditulis sebagai blok isian: jenis, nomor, tahun dan tentang, agar judulnya tercetak seragam dan tahunnya dapat diperiksa.',
        'Tulis uu-11-2009: { jenis: Undang-Undang, nomor: "11", tahun: 2009, tentang: Kesejahteraan Sosial }.'],
    ]);
  });

  it('a kind written by its short name ("UU", "Perda") is a warning with the full name (it printed "UU Nomor 11 ...")', async () => {
    expect(rows(await projectIssues({ 'sops/_data/dasar-hukum.yaml': 'uu-11-2009: { jenis: UU, nomor: "11", tahun: 2009, tentang: Kesejahteraan Sosial }\nperda-5-2020: { jenis: Perda, nomor: "5", tahun: 2020, tentang: Ketertiban Umum }\n' }))).toEqual([
      ['dasar-hukum-jenis-singkatan', 'sops/_data/dasar-hukum.yaml', 1, 'uu-11-2009.jenis',
        'Jenis peraturan ditulis dengan singkatannya, "UU"; judul peraturan di halaman SOP dan PDF tercetak "UU Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial".',
        'Tulis jenis: Undang-Undang; singkatan untuk daftar ditulis di kolom singkatan.'],
      ['dasar-hukum-jenis-singkatan', 'sops/_data/dasar-hukum.yaml', 2, 'perda-5-2020.jenis',
        'Jenis peraturan ditulis dengan singkatannya, "Perda"; judul peraturan di halaman SOP dan PDF tercetak "Perda Nomor 5 Tahun 2020 tentang Ketertiban Umum".',
        'Tulis jenis: Peraturan Daerah diikuti nama daerahnya seperti pada naskahnya (misalnya Kota Medan); singkatan untuk daftar ditulis di kolom singkatan.'],
    ]);
  });

  it('a link without https:// gets the link to write', async () => {
    expect(rows(await projectIssues({ 'sops/_data/dasar-hukum.yaml': 'uu-11-2009: { jenis: Undang-Undang, nomor: "11", tahun: 2009, tentang: Kesejahteraan Sosial, tautan: peraturan.bpk.go.id/Details/38806 }\n' }))).toEqual([
      ['format-isian', 'sops/_data/dasar-hukum.yaml', 1, 'uu-11-2009.tautan',
        'Tautan "peraturan.bpk.go.id/Details/38806" tidak diawali https://, sehingga tidak terbuka dari halaman SOP; tulis tautan: https://peraturan.bpk.go.id/Details/38806.',
        'Tulis alamat lengkap teks resmi (JDIH), atau hapus baris ini.'],
    ]);
  });

  it('a placeholder is a warning at its field, as in the other files (it passed without a word)', async () => {
    expect(rows(await projectIssues({ 'sops/_data/dasar-hukum.yaml': 'uu-11-2009: { jenis: Undang-Undang, nomor: "11", tahun: 2009, tentang: "[ISI: judul peraturan]" }\n' }, true))).toEqual([
      ['penanda-isi', 'sops/_data/dasar-hukum.yaml', 1, 'uu-11-2009.tentang',
        'Penanda [ISI: judul peraturan] belum diisi.',
        'Ganti [ISI: ...] dengan data sebenarnya dari instansi (sampai diisi, penanda tampil bertanda di situs dan PDF).'],
    ]);
  });

  it('judul for tentang is sent to tentang', async () => {
    expect(rows(await projectIssues({ 'sops/_data/dasar-hukum.yaml': 'uu-11-2009: { jenis: Undang-Undang, nomor: "11", tahun: 2009, judul: Kesejahteraan Sosial }\n' }))).toEqual([
      ['kolom-tidak-dikenal', 'sops/_data/dasar-hukum.yaml', 1, 'uu-11-2009',
        'Kolom tidak dikenal: "judul" (maksud Anda "tentang"?).',
        'Periksa ejaannya atau hapus. Kolom yang dikenal di sini: jenis, nomor, tahun, tentang, singkatan, tautan.'],
    ]);
  });
});

describe('what stays clean', () => {
  it('one complaint channel written without brackets is read as a list of one (it said "daftar, bukan teks")', async () => {
    expect(rows(await projectIssues(agencyWith('pengaduan: ["Kotak pengaduan di kantor kelurahan"]', 'pengaduan: Kotak pengaduan di kantor kelurahan')))).toEqual([]);
  });

  it('a kecamatan and an RSUD with placeholders, a kop of three names, a logo under public/ and a NIP with spaces', async () => {
    const kecamatan = `kop: [Pemerintah Kota Medan, Kecamatan Medan Petisah]
nama: Kecamatan Medan Petisah
kota: Medan
alamat: "[ISI: alamat kantor]"
telepon: "[ISI: nomor telepon]"
email: "[ISI: alamat e-mail]"
logo: /logo/medan.png
kepala: { jabatan: Camat Medan Petisah, nama: "[ISI: nama camat]", pangkat: "[ISI: pangkat/golongan]", nip: "[ISI: NIP camat]" }
pola_nomor_surat: "{klasifikasi}/{nomor}/[ISI: kode unit]/{tahun}"
pengaduan: ["[ISI: saluran pengaduan]"]
siklus_tinjau_bulan: "12"
`;
    const rsud = `kop: [Pemerintah Kota Medan, Dinas Kesehatan, Rumah Sakit Umum Daerah Contoh]
nama: Rumah Sakit Umum Daerah Contoh
singkatan: RSUD Contoh
kota: Medan
alamat: "[ISI: alamat kantor]"
kepala: { jabatan: Direktur RSUD Contoh, nama: "[ISI: nama direktur]", nip: "19670720 199303 2 008" }
pola_nomor_surat: "445/{nomor}/RSUD/{tahun}"
pengaduan: ["[ISI: saluran pengaduan]", "Kotak saran di ruang tunggu"]
`;
    const issues = await projectIssues({ 'sops/_data/instansi/kec-medan-petisah.yaml': kecamatan, 'sops/_data/instansi/rsud-contoh.yaml': rsud, 'public/logo/medan.png': 'png' });
    expect(rows(issues)).toEqual([]);
  });

  it('"a < b", "&nbsp;", "R&D", a review date and a regulation with its kind in full', async () => {
    const sop = sopWith('## Biaya\n\nGratis.\n', '## Biaya\n\nGratis bila usia a < b;&nbsp;tanpa biaya R&D &amp; lain-lain.\n')[SOP_FILE]!.replace('sasaran: Warga', 'sasaran: Warga\ntinjau_ulang: 2027-08-01');
    const regs = 'uu-11-2009: { jenis: Undang-Undang, nomor: "11", tahun: 2009, tentang: Kesejahteraan Sosial, singkatan: UU 11/2009, tautan: https://peraturan.bpk.go.id/Details/38806 }\n';
    expect(rows(await projectIssues({ [SOP_FILE]: sop, 'sops/_data/dasar-hukum.yaml': regs }))).toEqual([]);
  });
});
