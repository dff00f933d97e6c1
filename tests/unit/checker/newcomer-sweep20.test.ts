/**
 * A twentieth sweep, on what a clerk new to the toolkit writes turning a signed SOP into an MDX
 * file, and on the files beside it. Tried: a date of making still to come, an SOP in force whose
 * tanggal efektif is still to come; a signatory's name written with the NIP after it, a jabatan
 * ending with the comma of a letter's signature, an atas_nama written with its "a.n."; a
 * decision whose ya branch is labelled "Tidak Lengkap" (swapped), a branch to "dikembalikan ke
 * pemohon"; a step written as its activity alone; a revision written as its date alone, or
 * riwayat_revisi: "-"; the agency named by its file ("....yaml", "sops/_data/instansi/...");
 * a regulation's id with underscores, an id whose number is not the nomor; a service copied and
 * its name left; an agency's kota written "Kota Medan" or "Kabupaten ..."; a diagram opened
 * "```Mermaid"; an SOP file copied by the file explorer ("sktm (1).mdx", "sktm - Salinan.mdx").
 * One test per fix, with the messages as the author reads them; and the inputs that stay clean
 * (including the ones already handled well: dates "01/08/2017", "Selasa, 1 Agustus 2017" and
 * "2017-8-1", "NIP:" in capitals, "NIP." before a NIP, waktu "15", "15-30", "1 jam 30", "30 menit -
 * 1 jam", "15 s.d 30 menit", "3 - 7 hari kerja", surat: and dasar_hukum: as one text, a
 * regulation's title cited, "revisi_ke:", tinjau_ulang: 2027, tidak_lengkap: true, pelaksana
 * "nama:"/"jabatan:" for label, orientasi "landscape", siklus "12 bulan", jam_pelayanan per day,
 * "judul:" and "tahun: 12" in a regulation, a monitoring "Berjalan dengan baik", a rekomendasi
 * "revisi", an evaluation saved as .yml, an agency file "....yaml.txt", "## Biaya :" and
 * "## BIAYA").
 */
import { describe, expect, it } from 'vitest';
import type { CheckIssue } from '../../../src/core/checks/issue';
import { checkProject } from '../../../src/node/check-project';
import { writeTempProject } from '../support/temp-project';
import { SKTM_WITH_DECISION } from '../support/sktm-sop';
import { KELURAHAN_AGENCY, KELURAHAN_AGENCY_FILE, KELURAHAN_BASE, SKTM_MONITORING, SKTM_RECORDS, SKTM_SERVICE, SKTM_SERVICE_FILE } from '../support/kelurahan-project';

const SOP = 'sops/medan/sktm.mdx';
/** The SKTM SOP in force; sasaran on line 9, the decision of step 2 on lines 21-23, the narrative ends on line 32. */
const SKTM_BERLAKU = SKTM_WITH_DECISION.replace('status: draf', 'status: berlaku');
const AGENCY = KELURAHAN_AGENCY_FILE;
const REGULATIONS = 'sops/_data/dasar-hukum.yaml';

async function projectIssues(files: Record<string, string>): Promise<CheckIssue[]> {
  const issues = (await checkProject(writeTempProject({ ...KELURAHAN_BASE, [SOP]: SKTM_BERLAKU, ...files }, 'sop-sweep20-'), '2026-12-01', { mermaid: false })).issues;
  return issues.filter((i) => i.code !== 'penanda-isi');
}
const rows = (issues: readonly CheckIssue[]) => issues.map((i) => [i.code, i.file, i.line, i.path, i.message, i.fix]);
/** The SKTM SOP in force with `from` replaced by `to`. */
const sop = (from: string | RegExp, to: string) => ({ [SOP]: SKTM_BERLAKU.replace(from, to) });
/** The SKTM SOP in force with `field` (one line or more) on line 9, before sasaran. */
const sopWith = (field: string) => sop('sasaran: Warga', `${field}\nsasaran: Warga`);
/** The kelurahan's agency file with `from` replaced by `to` (nama on line 1, kota on 2, kepala on 4). */
const agency = (from: string, to: string) => ({ [AGENCY]: KELURAHAN_AGENCY.replace(from, to) });
/** The regulations file with `entry` on line 2. */
const regulations = (entry: string) => ({ [REGULATIONS]: `${KELURAHAN_BASE[REGULATIONS]}${entry}\n` });

describe('the dates of the identity block', () => {
  it('a date of making still to come is a warning (it passed and printed the year mistyped)', async () => {
    expect(rows(await projectIssues(sop('pembuatan: 2017-08-01', 'pembuatan: 2071-08-01')))).toEqual([
      ['efektif-sebelum-dibuat', SOP, 7, 'tanggal.efektif', 'Tanggal efektif (2017-08-01) lebih awal dari tanggal pembuatan (2071-08-01).', 'Periksa kembali kedua tanggal pada dokumen yang ditandatangani.'],
      ['dibuat-mendatang', SOP, 8, 'tanggal.pembuatan',
        'Tanggal pembuatan (2071-08-01) belum tiba, padahal hari ini 2026-12-01; tanggal pembuatan adalah tanggal SOP selesai disusun, dan halaman identitas serta PDF mencetaknya apa adanya.',
        'Periksa tanggal pembuatan pada dokumen yang ditandatangani (angka tahun atau bulan yang salah ketik?) dan tulis tanggal.pembuatan seperti tercetak di sana.'],
    ]);
  });

  it('an SOP in force whose tanggal efektif is still to come is a warning (the site showed it in force)', async () => {
    expect(rows(await projectIssues(sop('efektif: 2017-08-01', 'efektif: 2027-01-04')))).toEqual([
      ['efektif-mendatang', SOP, 7, 'tanggal.efektif',
        'SOP ini berstatus berlaku, tetapi tanggal efektifnya (2027-01-04) belum tiba, padahal hari ini 2026-12-01; sejak sekarang situs sudah menampilkannya sebagai SOP yang berlaku.',
        'Bila tanggal itu salah ketik, tulis tanggal.efektif seperti pada dokumen yang ditandatangani; bila SOP memang baru berlaku pada 2027-01-04, biarkan status: draf sampai tanggal itu, lalu ubah menjadi berlaku.'],
    ]);
  });
});

describe('the signatory as the signature block prints it', () => {
  it('a name written with the NIP after it gets the two fields (it passed and printed the NIP on the name\'s line)', async () => {
    expect(rows(await projectIssues(sopWith('disahkan_oleh: { jabatan: Lurah Sei Putih Timur I, nama: "Budi Santoso, NIP. 19670720 199303 2 008" }')))).toEqual([
      ['nama-memuat-nip', SOP, 9, 'disahkan_oleh.nama',
        'Kolom disahkan_oleh.nama ditulis "Budi Santoso, NIP. 19670720 199303 2 008", dengan NIP di dalamnya; blok tanda tangan mencetak nama di barisnya sendiri dan NIP di baris di bawahnya dari kolom nip, sehingga NIP ini tercetak di baris nama.',
        'Tulis namanya saja, nama: Budi Santoso, dan NIP-nya di kolomnya sendiri: nip: "19670720 199303 2 008".'],
    ]);
    // The agency's head too, when the NIP is also in its own field.
    expect(rows(await projectIssues(agency('nama: Budi }', 'nama: Budi Santoso 196707201993032008, nip: "19670720 199303 2 008" }')))).toEqual([
      ['nama-memuat-nip', AGENCY, 4, 'kepala.nama',
        'Kolom kepala.nama ditulis "Budi Santoso 196707201993032008", dengan NIP di dalamnya; blok tanda tangan mencetak nama di barisnya sendiri dan NIP di baris di bawahnya dari kolom nip, sehingga NIP ini tercetak di baris nama.',
        'Tulis namanya saja: nama: Budi Santoso; NIP sudah ditulis di nip:.'],
    ]);
  });

  it('a jabatan ending with the comma of a letter\'s signature is a warning (the Maklumat printed "Lurah,,")', async () => {
    expect(rows(await projectIssues(agency('jabatan: Lurah Sei Putih Timur I', 'jabatan: "Lurah Sei Putih Timur I,"')))).toEqual([
      ['jabatan-berakhir-koma', AGENCY, 4, 'kepala.jabatan',
        'Jabatan ditulis "Lurah Sei Putih Timur I,", dengan koma di akhirnya; koma sesudah jabatan di atas tanda tangan dicetak sendiri oleh blok tanda tangan (Maklumat Pelayanan, halaman identitas SOP), sehingga tercetak dua koma, "Lurah Sei Putih Timur I,,", atau koma di tempat yang tidak memerlukannya.',
        'Hapus koma di akhir: jabatan: Lurah Sei Putih Timur I.'],
    ]);
  });

  it('an atas_nama written with its "a.n." is a warning (it printed "a.n. a.n. ...")', async () => {
    expect(rows(await projectIssues(sopWith('disahkan_oleh: { jabatan: Sekretaris Kelurahan, nama: Budi, atas_nama: a.n. Lurah Sei Putih Timur I }')))).toEqual([
      ['atas-nama-berawalan', SOP, 9, 'disahkan_oleh.atas_nama',
        'Atas nama ditulis "a.n. Lurah Sei Putih Timur I", dengan "a.n." di depannya; blok tanda tangan sudah mencetak "a.n." sebelum isian ini, sehingga tercetak "a.n. a.n. Lurah Sei Putih Timur I".',
        'Tulis jabatan yang diwakili saja: atas_nama: Lurah Sei Putih Timur I.'],
    ]);
  });
});

describe('the steps and their decisions', () => {
  it('a decision whose ya branch is labelled "Tidak Lengkap" gets the branches swapped (it passed; the total followed the end)', async () => {
    expect(rows(await projectIssues(sop('ya: { ke: 3 }\n      tidak: { ke: selesai }', 'ya: { label: Tidak Lengkap, ke: selesai }\n      tidak: { label: Lengkap, ke: 3 }')))).toEqual([
      ['cabang-label-terbalik', SOP, 22, 'langkah[1].keputusan.ya.label',
        'Cabang ya langkah ke-2 berlabel "Tidak Lengkap", sedangkan cabang tidak berlabel "Lengkap": kedua cabang tertukar. Jalur utama SOP, yang waktunya dijumlahkan menjadi total waktu, mengikuti cabang ya, sehingga jalur "Tidak Lengkap" terhitung sebagai jalur utama.',
        'Tukar kedua cabang: ya: { label: Lengkap, ke: 3 } dan tidak: { label: Tidak Lengkap, ke: selesai }.'],
    ]);
  });

  it('the same labels stay clean when the question is asked the other way round', async () => {
    const asked = sop('ya: { ke: 3 }\n      tidak: { ke: selesai }', 'pertanyaan: Apakah berkas tidak lengkap?\n      ya: { label: Tidak Lengkap, ke: selesai }\n      tidak: { label: Lengkap, ke: 3 }');
    expect(rows(await projectIssues(asked))).toEqual([]);
    const activity = sop('kegiatan: Memeriksa berkas', 'kegiatan: Memeriksa apakah berkas belum lengkap');
    const labelled = { [SOP]: activity[SOP]!.replace('ya: { ke: 3 }\n      tidak: { ke: selesai }', 'ya: { label: Belum, ke: selesai }\n      tidak: { label: Sudah, ke: 3 }') };
    expect(rows(await projectIssues(labelled))).toEqual([]);
  });

  it('a branch to "dikembalikan ke pemohon" is named as an outcome that ends the process (it said only "nomor langkah atau selesai")', async () => {
    expect(rows(await projectIssues(sop('tidak: { ke: selesai }', 'tidak: { ke: dikembalikan ke pemohon }')))).toEqual([
      ['cabang-tujuan-kata', SOP, 23, 'langkah[1].keputusan.tidak.ke',
        'Cabang tidak ("Tidak") menuju "dikembalikan ke pemohon", padahal tujuan cabang ditulis sebagai nomor langkah (misalnya 3) atau "selesai"; diagram tidak tahu ke mana panah "Tidak" ditarik.',
        'Bila proses berakhir karena dikembalikan ke pemohon, tulis ke: selesai dan jadikan "dikembalikan ke pemohon" labelnya: tidak: { label: Dikembalikan ke pemohon, ke: selesai }.'],
    ]);
  });

  it('a step written as its activity alone gets the block to write (it said "Isinya harus blok isian, bukan teks")', async () => {
    expect(rows(await projectIssues(sop(/langkah:[\s\S]*---/, 'langkah:\n  - Menerima berkas\n  - kegiatan: Memeriksa berkas\n    pelaksana: staf\n---')))).toEqual([
      ['langkah-berupa-teks', SOP, 15, 'langkah[0]',
        'Langkah ini ditulis sebagai teks saja, "Menerima berkas"; setiap langkah ditulis sebagai blok isian: kegiatan dan pelaksana (wajib), lalu kelengkapan, waktu dan output bila ada, karena diagram alir memerlukan lajur pelaksana untuk setiap langkah.',
        'Tulis - kegiatan: Menerima berkas, lalu di baris bawahnya, sejajar dengan "kegiatan", pelaksana: dengan id pelaksananya dari daftar pelaksana (misalnya pelaksana: staf), dan waktu: bila diketahui.'],
    ]);
  });
});

describe('the revision history', () => {
  it('a revision written as its date alone gets the entry to write (it said "Isinya harus blok isian, bukan teks")', async () => {
    const fix = (iso: string) => `Tulis - { tanggal: ${iso}, perubahan: "..." } dengan uraian perubahannya, atau perubahan: "[ISI: uraian perubahan]" bila belum diketahui.`;
    for (const written of ['2020-03-03', '3 Maret 2020']) {
      expect(rows(await projectIssues(sopWith(`riwayat_revisi:\n  - ${written}`)))).toEqual([
        ['riwayat-revisi-berupa-tanggal', SOP, 10, 'riwayat_revisi[0]',
          `Butir riwayat_revisi ini ditulis sebagai tanggalnya saja, "${written}"; setiap revisi ditulis sebagai blok tanggal dan perubahan, dan uraian perubahannya dicetak di riwayat revisi halaman SOP.`,
          fix('2020-03-03')],
      ]);
    }
  });

  it('riwayat_revisi: "-", as the identity page of an SOP never revised prints it, is no revision, as tanggal.revisi: "-" is (it said "Isinya harus daftar")', async () => {
    expect(rows(await projectIssues(sopWith('riwayat_revisi: "-"')))).toEqual([]);
  });
});

describe('the agency an SOP names', () => {
  it('the agency named by its file gets its id (the fix said to create "kel-sei-putih-timur-1-yaml.yaml")', async () => {
    for (const written of ['kel-sei-putih-timur-1.yaml', 'sops/_data/instansi/kel-sei-putih-timur-1.yaml']) {
      expect(rows(await projectIssues(sop('instansi: kel-sei-putih-timur-1', `instansi: ${written}`)))).toEqual([
        ['instansi-bukan-id', SOP, 4, 'instansi',
          `Instansi ditulis sebagai berkasnya, "${written}"; SOP menyebut instansi dengan id-nya, yaitu nama berkas itu saja, tanpa folder dan tanpa .yaml: "kel-sei-putih-timur-1".`,
          'Tulis instansi: kel-sei-putih-timur-1.'],
      ]);
    }
    // A file that is not there: the file to create is named without a second ".yaml".
    expect(rows(await projectIssues(sop('instansi: kel-sei-putih-timur-1', 'instansi: kel-lain.yaml')))).toEqual([
      ['instansi-bukan-id', SOP, 4, 'instansi',
        'Instansi "kel-lain.yaml" tidak ditemukan: SOP menyebut instansi dengan id-nya, yaitu nama berkas instansi di sops/_data/instansi/ tanpa .yaml (huruf kecil, angka dan tanda hubung), dan tidak ada instansi bernama atau bersingkatan "kel-lain.yaml".',
        'Gunakan salah satu id: kel-sei-putih-timur-1; bila instansinya belum ada, buat berkasnya, misalnya sops/_data/instansi/kel-lain.yaml, lalu tulis instansi: kel-lain.'],
    ]);
  });
});

describe('the regulations file', () => {
  it('an id with underscores gets the id to write (the fix said "Sesuaikan isian dengan contoh di README")', async () => {
    expect(rows(await projectIssues(regulations('pp_39_2012: { jenis: Peraturan Pemerintah, nomor: "39", tahun: 2012, tentang: Penyelenggaraan Kesejahteraan Sosial }')))).toEqual([
      ['dasar-hukum-id-tidak-sah', REGULATIONS, 2, 'pp_39_2012',
        'Id peraturan "pp_39_2012" tidak sah: id ditulis dengan huruf kecil, angka dan tanda hubung saja (misalnya "uu-11-2009"), karena SOP menyebut peraturan dengan id itu di dasar_hukum dan alamat halaman peraturan dibuat darinya.',
        'Ganti id menjadi pp-39-2012, juga di dasar_hukum setiap SOP yang mengutipnya.'],
    ]);
  });

  it('an id whose number is not the nomor is a warning, as a year is (it passed and printed the mistyped number)', async () => {
    expect(rows(await projectIssues(regulations('pp-39-2012: { jenis: Peraturan Pemerintah, nomor: "93", tahun: 2012, tentang: Penyelenggaraan Kesejahteraan Sosial }')))).toEqual([
      ['dasar-hukum-nomor-id', REGULATIONS, 2, 'pp-39-2012.nomor',
        'Id "pp-39-2012" memuat nomor 39, tetapi nomor peraturan ini ditulis "93"; salah satunya keliru, dan judul peraturan di halaman SOP dan PDF mencetak nomor 93.',
        'Periksa nomor pada naskah peraturannya. Bila 39 benar, tulis nomor: "39"; bila 93 benar, ganti id menjadi pp-93-2012, juga di dasar_hukum setiap SOP yang mengutipnya.'],
    ]);
  });
});

describe('the files beside the SOPs', () => {
  it('a service copied and its name left is a warning on the copy (two entries of one name in the list)', async () => {
    const copy = 'sops/_layanan/surat-domisili.yaml';
    expect(rows(await projectIssues({ [SKTM_SERVICE_FILE]: SKTM_SERVICE, [copy]: SKTM_SERVICE.replace('Surat Keterangan Tidak Mampu', 'Surat keterangan tidak mampu.') }))).toEqual([
      ['layanan-nama-ganda', copy, 1, 'nama',
        'Nama layanan "Surat keterangan tidak mampu." juga dipakai oleh sops/_layanan/sktm.yaml pada instansi yang sama; di daftar layanan dan di pencarian keduanya tampil dengan nama yang sama, sehingga masyarakat tidak tahu mana yang harus dipilih.',
        'Bila berkas ini salinan untuk layanan lain, ganti nama: dengan nama layanan itu (dan sesuaikan isian lainnya); bila keduanya layanan yang sama, hapus salah satu berkas.'],
    ]);
  });

  it('a kota written as the region of the government is a warning (letters printed "Kota Medan, 4 Maret 2024")', async () => {
    expect(rows(await projectIssues(agency('kota: Medan', 'pemerintah: Pemerintah Kota Medan\nkota: Kota Medan')))).toEqual([
      ['kota-berawalan', AGENCY, 3, 'kota',
        'Kota ditulis "Kota Medan", nama daerah pemerintahannya; kolom ini dicetak sebagai tempat sebelum tanggal di surat dan Maklumat Pelayanan, sehingga tercetak "Kota Medan, 4 Maret 2024", padahal tempat surat dinas ditulis dengan nama tempatnya saja.',
        'Tulis kota: Medan.'],
    ]);
    expect(rows(await projectIssues(agency('kota: Medan', 'kota: Kabupaten Deli Serdang')))).toEqual([
      ['kota-berawalan', AGENCY, 2, 'kota',
        'Kota ditulis "Kabupaten Deli Serdang", nama daerah pemerintahannya; kolom ini dicetak sebagai tempat sebelum tanggal di surat dan Maklumat Pelayanan, sehingga tercetak "Kabupaten Deli Serdang, 4 Maret 2024", padahal tempat surat dinas ditulis dengan nama tempatnya saja.',
        'Tulis nama tempat kantor berada seperti ditulis di surat dinas kantor itu (biasanya nama ibu kota kabupaten), tanpa kata "Kabupaten".'],
    ]);
  });

  it('a diagram opened "```Mermaid" is an error (it was printed as code, unchecked)', async () => {
    expect(rows(await projectIssues({ [SOP]: `${SKTM_BERLAKU}\n\`\`\`Mermaid\nflowchart TD\n  a --> b\n\`\`\`\n` }))).toEqual([
      ['mermaid-huruf-besar', SOP, 33, 'narasi',
        'Diagram dibuka dengan "```Mermaid"; hanya "```mermaid" dengan huruf kecil yang digambar sebagai diagram, sehingga isi blok ini tercetak di situs dan PDF sebagai teks kode apa adanya, dan tidak diperiksa.',
        'Ganti baris pembuka ini dengan ```mermaid (huruf kecil semua).'],
    ]);
  });

  it('an SOP file copied by the file explorer is named as the file it copies (the fix gave an example of another office)', async () => {
    for (const name of ['sktm (1)', 'sktm - Salinan']) {
      expect(rows(await projectIssues({ [`sops/medan/${name}.mdx`]: SKTM_BERLAKU }))).toEqual([
        ['berkas-nama-tidak-sah', `sops/medan/${name}.mdx`, 1, '', `Nama berkas/folder "medan/${name}" tidak dapat dijadikan alamat halaman.`,
          'Nama yang sah untuk berkas ini, sops/medan/sktm.mdx, sudah dipakai berkas lain: bila keduanya SOP yang sama, hapus salah satunya; bila berbeda, beri berkas ini nama lain dengan huruf kecil, angka dan tanda hubung saja.'],
      ]);
    }
  });
});

describe('what stays clean', () => {
  it('a draf with a tanggal efektif to come, a year of this year; a name with its degree and the NIP in its field, an atas_nama without "a.n."', async () => {
    expect(rows(await projectIssues({ [SOP]: SKTM_WITH_DECISION.replace('efektif: 2017-08-01', 'efektif: 2027-01-04') }))).toEqual([]);
    expect(rows(await projectIssues(sop('efektif: 2017-08-01', 'efektif: "2026"')))).toEqual([]);
    expect(rows(await projectIssues(sopWith('disahkan_oleh: { jabatan: Sekretaris Kelurahan, nama: "Budi Santoso, S.Sos", nip: "19670720 199303 2 008", atas_nama: Lurah Sei Putih Timur I }')))).toEqual([]);
  });

  it('branches labelled the right way round, a regulation number with a leading zero, a town called "Kota ...", another service\'s own name', async () => {
    expect(rows(await projectIssues(sop('ya: { ke: 3 }\n      tidak: { ke: selesai }', 'ya: { label: Lengkap, ke: 3 }\n      tidak: { label: Tidak Lengkap, ke: selesai }')))).toEqual([]);
    expect(rows(await projectIssues(regulations('permensos-8-2012: { jenis: Peraturan Menteri Sosial, nomor: "08", tahun: 2012, tentang: Pendataan dan Pengelolaan PMKS dan PSKS }')))).toEqual([]);
    expect(rows(await projectIssues(agency('kota: Medan', 'kota: Kota Agung')))).toEqual([]);
    expect(rows(await projectIssues({ [SKTM_SERVICE_FILE]: SKTM_SERVICE, 'sops/_layanan/surat-domisili.yaml': SKTM_SERVICE.replace('Surat Keterangan Tidak Mampu', 'Surat Keterangan Domisili') }))).toEqual([]);
  });

  it('already right, now proven: a monitoring rated in the guide\'s words, an evaluation saved as .yml, a cost under "## Biaya :" or "## BIAYA"', async () => {
    expect(rows(await projectIssues({ [`${SKTM_RECORDS}/2025-03-12.yaml`]: SKTM_MONITORING.replace('berjalan baik', 'Berjalan dengan baik') }))).toEqual([]);
    expect(rows(await projectIssues({ [`${SKTM_RECORDS}/2025-03-12.yml`]: SKTM_MONITORING }))).toEqual([]);
    for (const heading of ['## Biaya :', '## BIAYA']) {
      expect(rows(await projectIssues({ [SOP]: SKTM_BERLAKU.replace('## Biaya', heading), [SKTM_SERVICE_FILE]: SKTM_SERVICE }))).toEqual([]);
    }
  });

  it('already clear, now proven: a date written "01/08/2017" gets the date meant, a waktu "15" its unit, a rekomendasi "revisi" the three choices', async () => {
    expect(rows(await projectIssues(sop('efektif: 2017-08-01', 'efektif: 01/08/2017')))).toEqual([
      ['format-isian', SOP, 7, 'tanggal.efektif',
        'Tanggal "01/08/2017" tidak dapat dibaca. Maksud Anda 2017-08-01? Tulis tanggal sebagai TTTT-BB-HH, misalnya 2024-03-04 untuk 4 Maret 2024. Bila dokumen hanya menyebut bulan atau tahun, tulis "Agustus 2017" atau "2017"; bila tidak tercantum, tulis "[ISI: tanggal ...]".',
        'Tulis tanggal efektif/pengesahan sebagai TTTT-BB-HH, misalnya 2024-03-04.'],
    ]);
    expect(rows(await projectIssues(sop('waktu: 15 menit', 'waktu: 15')))).toEqual([
      ['waktu-tak-terbaca', SOP, 26, 'langkah[2].waktu',
        'Waktu "15" tidak bersatuan. Tulis satuannya, misalnya "15 menit", atau tulis satuan di judul kolom: mutu_baku: { waktu: "Waktu (Menit)" }.',
        'Tulis waktu seperti "15 menit", "30 - 60 menit", "3-7 hari", "3 x 24 jam"; "-" bila tidak ditentukan; "Tentatif" atau "sesuai kebutuhan" bila memang tidak tentu.'],
    ]);
    const evaluation = 'jenis: evaluasi\npenilai: Lurah\nkriteria:\n  - { kriteria: SOP mudah dipahami, jawaban: ya }\nrekomendasi: revisi\n';
    expect(rows(await projectIssues({ [`${SKTM_RECORDS}/2025-03-12.yaml`]: evaluation }))).toEqual([
      ['format-isian', `${SKTM_RECORDS}/2025-03-12.yaml`, 5, 'rekomendasi', 'Rekomendasi harus salah satu dari: tetap berlaku, direvisi, dicabut.', 'Tulis rekomendasi: tetap berlaku, rekomendasi: direvisi, atau rekomendasi: dicabut.'],
    ]);
  });
});
