/**
 * An eighteenth sweep, on what a clerk new to the format writes in the frontmatter. Tried: a
 * decision's branch target written as the kegiatan of the step it goes to ("ya: Menandatangani
 * surat", "kembali ke Menerima berkas", a kegiatan written twice), as "lanjut", "lanjut ke langkah
 * berikutnya" or "kembali ke langkah sebelumnya"; a step's Mutu Baku nested under mutu_baku:; a
 * step's actor written with a form of address ("Pak Lurah", "Bapak Kepala Dinas", "Ibu Kabid",
 * "Bapak Camat"), and a column headed so ("Bapak Lurah"); times in words ("satu hari", "dua jam", "tiga puluh menit", "satu setengah
 * jam", "dua sampai tiga hari"), "segera", "sesegera mungkin", "1x24 jam", "2 (dua) hari", "3
 * (tiga) hari kerja"; a letter's image or link to a file missing from public/; the SOP's list of
 * actors written as one text; step fields under the flowchart's column headings ("uraian",
 * "aktivitas"); text with ": " inside it; a status in English or as the editor's "Ditinjau".
 * One test per fix, with the messages as the author reads them; and the inputs that stay clean
 * (including the ones already handled well: dates "12-03-2026" and "3 Desember 2026", a status in
 * capitals, a nomor with spaces, a step numbered by hand, a tab, a revision without its date).
 */
import { describe, expect, it } from 'vitest';
import type { CheckIssue } from '../../../src/core/checks/issue';
import { parseWaktu } from '../../../src/core/waktu/parse';
import { totalWaktu } from '../../../src/core/flow/total-time';
import { checkProject } from '../../../src/node/check-project';
import { writeTempProject } from '../support/temp-project';
import { SKTM_WITH_DECISION } from '../support/sktm-sop';
import { KELURAHAN_BASE } from '../support/kelurahan-project';
import { DOMISILI, LETTER, PARTIALS } from '../support/kelurahan-letter';

const SOP = 'sops/medan/sktm.mdx';
/**
 * The SKTM SOP in force: actors on lines 11-13, step 1 on lines 15-17, step 2 (the decision) on
 * lines 18-23 (its branches on 22 and 23), step 3 on lines 24-26.
 */
const SKTM_BERLAKU = SKTM_WITH_DECISION.replace('status: draf', 'status: berlaku');
const DINSOS = 'sops/medan/eks-napi.mdx';
/** An SOP of a Dinas with a Kabid and a Kepala Dinas: step 2's actor on line 20, step 3's on line 23. */
const EKS_NAPI = `---
nomor: "462/10/5.6.04/2024"
judul: Penanganan Eks Narapidana
instansi: kel-sei-putih-timur-1
status: berlaku
tanggal:
  efektif: 2024-03-04
  pembuatan: 2024-02-20
sasaran: Eks Narapidana
dasar_hukum: [uu-11-2009]
pelaksana:
  - { id: staf-adm, label: Staf ADM }
  - { id: kabid-rehabilitasi, label: Kabid Rehabilitasi }
  - { id: kepala-dinas, label: Kepala Dinas }
langkah:
  - kegiatan: Menerima laporan warga
    pelaksana: staf-adm
    waktu: 15 menit
  - kegiatan: Menetapkan kelayakan klien
    pelaksana: kabid-rehabilitasi
    waktu: 30 menit
  - kegiatan: Menandatangani surat rekomendasi
    pelaksana: kepala-dinas
    waktu: 1 hari
---
`;

async function projectIssues(files: Record<string, string>): Promise<CheckIssue[]> {
  const issues = (await checkProject(writeTempProject({ ...KELURAHAN_BASE, [SOP]: SKTM_BERLAKU, ...PARTIALS, ...files }, 'sop-sweep18-'), '2026-12-01', { mermaid: false })).issues;
  return issues.filter((i) => i.code !== 'penanda-isi');
}
const rows = (issues: readonly CheckIssue[]) => issues.map((i) => [i.code, i.file, i.line, i.path, i.message, i.fix]);
/** The SKTM SOP in force with `from` replaced by `to`. */
const sop = (from: string, to: string) => ({ [SOP]: SKTM_BERLAKU.replace(from, to) });
/** The SKTM SOP in force with its decision's two branches (line 22 and 23) replaced. */
const branches = (ya: string, tidak: string) => sop('      ya: { ke: 3 }\n      tidak: { ke: selesai }', `      ya: ${ya}\n      tidak: ${tidak}`);
const steps = (...waktu: string[]) => waktu.map((w) => ({ waktu: w }));

describe('branch targets that name a step without its number', () => {
  it('the kegiatan of the step it goes to is an error naming the number to write (it said only "Tujuan cabang harus nomor langkah")', async () => {
    expect(rows(await projectIssues(branches('Menandatangani surat', '{ label: Belum lengkap, ke: kembali ke Menerima berkas }')))).toEqual([
      ['cabang-tujuan-tanpa-nomor', SOP, 22, 'langkah[1].keputusan.ya',
        'Cabang "Ya" langkah ke-2 menuju "Menandatangani surat", kegiatan langkah 3; tujuan cabang ditulis dengan nomor langkahnya (atau selesai), dan panahnya akan kehilangan tujuan bila kegiatan itu kelak diubah kata-katanya.',
        'Ganti "Menandatangani surat" dengan 3.'],
      ['cabang-tujuan-tanpa-nomor', SOP, 23, 'langkah[1].keputusan.tidak.ke',
        'Cabang "Belum lengkap" langkah ke-2 menuju "kembali ke Menerima berkas", kegiatan langkah 1; tujuan cabang ditulis dengan nomor langkahnya (atau selesai), dan panahnya akan kehilangan tujuan bila kegiatan itu kelak diubah kata-katanya.',
        'Ganti "kembali ke Menerima berkas" dengan 1.'],
    ]);
  });

  it('a kegiatan written on two steps names both numbers', async () => {
    const twice = SKTM_BERLAKU.replace('kegiatan: Menandatangani surat', 'kegiatan: Menerima berkas').replace('tidak: { ke: selesai }', 'tidak: { ke: menerima berkas }');
    expect(rows(await projectIssues({ [SOP]: twice }))).toEqual([
      ['cabang-tujuan-tanpa-nomor', SOP, 23, 'langkah[1].keputusan.tidak.ke',
        'Cabang "Tidak" langkah ke-2 menuju "menerima berkas", kegiatan langkah 1 dan 3; tujuan cabang ditulis dengan nomor langkahnya (atau selesai), dan tidak diketahui langkah mana yang dimaksud.',
        'Ganti "menerima berkas" dengan nomor langkah yang dimaksud: 1 atau 3.'],
    ]);
  });

  it('"lanjut", "lanjut ke langkah berikutnya" and "kembali ke langkah sebelumnya" name the step after or before the decision (they said only "Tujuan cabang harus nomor langkah")', async () => {
    expect(rows(await projectIssues(branches('{ label: Lengkap, ke: lanjut }', '{ ke: kembali ke langkah sebelumnya }')))).toEqual([
      ['cabang-tujuan-tanpa-nomor', SOP, 22, 'langkah[1].keputusan.ya.ke',
        'Cabang "Lengkap" langkah ke-2 menuju "lanjut", artinya langkah sesudah langkah ke-2, yaitu langkah 3; tujuan cabang ditulis dengan nomor langkahnya (atau selesai), dan panahnya akan salah arah bila kelak ada langkah yang disisipkan.',
        'Ganti "lanjut" dengan 3.'],
      ['cabang-tujuan-tanpa-nomor', SOP, 23, 'langkah[1].keputusan.tidak.ke',
        'Cabang "Tidak" langkah ke-2 menuju "kembali ke langkah sebelumnya", artinya langkah sebelum langkah ke-2, yaitu langkah 1; tujuan cabang ditulis dengan nomor langkahnya (atau selesai), dan panahnya akan salah arah bila kelak ada langkah yang disisipkan.',
        'Ganti "kembali ke langkah sebelumnya" dengan 1.'],
    ]);
    expect(rows(await projectIssues(branches('{ ke: Lanjut ke langkah berikutnya. }', '{ ke: selesai }')))).toEqual([
      ['cabang-tujuan-tanpa-nomor', SOP, 22, 'langkah[1].keputusan.ya.ke',
        'Cabang "Ya" langkah ke-2 menuju "Lanjut ke langkah berikutnya.", artinya langkah sesudah langkah ke-2, yaitu langkah 3; tujuan cabang ditulis dengan nomor langkahnya (atau selesai), dan panahnya akan salah arah bila kelak ada langkah yang disisipkan.',
        'Ganti "Lanjut ke langkah berikutnya." dengan 3.'],
    ]);
  });

  it('already clear, left alone: a sentence that names no step keeps the general message', async () => {
    expect(rows(await projectIssues(branches('{ ke: berkas diproses }', '{ ke: selesai }')))).toEqual([
      ['format-isian', SOP, 22, 'langkah[1].keputusan.ya.ke', 'Tujuan cabang harus nomor langkah (misalnya 6) atau "selesai".', 'Tulis nomor langkah tujuan (mulai dari 1) atau "selesai".'],
    ]);
  });
});

describe('a step\'s Mutu Baku nested under mutu_baku:', () => {
  it('names the fields to write in the step itself (it said only "Kolom tidak dikenal: mutu_baku")', async () => {
    const nested = '    mutu_baku:\n      kelengkapan: KTP, KK\n      waktu: 10 menit\n      output: Berkas lengkap\n    keputusan';
    expect(rows(await projectIssues(sop('    waktu: 10 menit\n    keputusan', nested)))).toEqual([
      ['mutu-baku-di-langkah', SOP, 20, 'langkah[1].mutu_baku',
        'Langkah ke-2 menulis isian Mutu Baku-nya di dalam blok mutu_baku:, padahal di langkah, kelengkapan, waktu dan output ditulis langsung sebagai kolom langkah itu, sejajar dengan kegiatan dan pelaksana; mutu_baku: hanya ditulis di tingkat atas SOP, untuk judul kolom Mutu Baku.',
        'Hapus baris mutu_baku: dan tulis kelengkapan: KTP, KK lalu waktu: 10 menit lalu output: Berkas lengkap, masing-masing di barisnya sendiri, sejajar dengan kegiatan: langkah ini.'],
    ]);
  });

  it('the document\'s heading "persyaratan" inside it is named as kelengkapan, and a cell it holds is still checked', async () => {
    expect(rows(await projectIssues(sop('    waktu: 10 menit\n    keputusan', '    mutu_baku: { persyaratan: KTP, waktu: 10 menitan }\n    keputusan')))).toEqual([
      ['waktu-tak-terbaca', SOP, 18, 'langkah[1].waktu',
        'Waktu "10 menitan" tidak dapat dibaca. Tulis waktu seperti "15 menit", "30 - 60 menit", "3-7 hari", "3 x 24 jam", "1 jam 30 menit", "2 minggu" atau "6 bulan"; tulis "-" bila tidak ditentukan.',
        'Tulis waktu seperti "15 menit", "30 - 60 menit", "3-7 hari", "3 x 24 jam"; "-" bila tidak ditentukan; "Tentatif" atau "sesuai kebutuhan" bila memang tidak tentu.'],
      ['mutu-baku-di-langkah', SOP, 20, 'langkah[1].mutu_baku',
        'Langkah ke-2 menulis isian Mutu Baku-nya di dalam blok mutu_baku:, padahal di langkah, kelengkapan, waktu dan output ditulis langsung sebagai kolom langkah itu, sejajar dengan kegiatan dan pelaksana; mutu_baku: hanya ditulis di tingkat atas SOP, untuk judul kolom Mutu Baku.',
        'Hapus baris mutu_baku: dan tulis kelengkapan: KTP lalu waktu: 10 menitan, masing-masing di barisnya sendiri, sejajar dengan kegiatan: langkah ini.'],
    ]);
  });
});

describe('a step\'s actor written with a form of address', () => {
  it('"Pak Lurah" is matched to the declared actor and named with its id (it said "tidak ada di daftar pelaksana")', async () => {
    expect(rows(await projectIssues(sop('pelaksana: lurah', 'pelaksana: Pak Lurah')))).toEqual([
      ['pelaksana-bersapaan', SOP, 25, 'langkah[2].pelaksana',
        'Pelaksana langkah ke-3 ditulis "Pak Lurah", dengan sapaan "Pak" di depan jabatannya; langkah menyebut pelaksana dengan id-nya tanpa sapaan, dan "Lurah" adalah pelaksana "lurah" (kolom "Lurah" di diagram).',
        'Ganti "Pak Lurah" dengan lurah.'],
    ]);
  });

  it('"Ibu Kabid" is the one actor whose heading starts with Kabid, "Bapak Kepala Dinas" the one labelled so', async () => {
    const addressed = EKS_NAPI.replace('pelaksana: kabid-rehabilitasi', 'pelaksana: Ibu Kabid').replace('pelaksana: kepala-dinas', 'pelaksana: Bapak Kepala Dinas');
    expect(rows(await projectIssues({ [DINSOS]: addressed }))).toEqual([
      ['pelaksana-bersapaan', DINSOS, 20, 'langkah[1].pelaksana',
        'Pelaksana langkah ke-2 ditulis "Ibu Kabid", dengan sapaan "Ibu" di depan jabatannya; langkah menyebut pelaksana dengan id-nya tanpa sapaan, dan "Kabid" adalah pelaksana "kabid-rehabilitasi" (kolom "Kabid Rehabilitasi" di diagram).',
        'Ganti "Ibu Kabid" dengan kabid-rehabilitasi.'],
      ['pelaksana-bersapaan', DINSOS, 23, 'langkah[2].pelaksana',
        'Pelaksana langkah ke-3 ditulis "Bapak Kepala Dinas", dengan sapaan "Bapak" di depan jabatannya; langkah menyebut pelaksana dengan id-nya tanpa sapaan, dan "Kepala Dinas" adalah pelaksana "kepala-dinas" (kolom "Kepala Dinas" di diagram).',
        'Ganti "Bapak Kepala Dinas" dengan kepala-dinas.'],
    ]);
  });

  it('a position no declared actor holds, or more than one ("Pak Kepala"), gets the ids and the actor to add', async () => {
    expect(rows(await projectIssues(sop('pelaksana: lurah', 'pelaksana: Bapak Camat')))).toEqual([
      ['pelaksana-bersapaan', SOP, 25, 'langkah[2].pelaksana',
        'Pelaksana langkah ke-3 ditulis "Bapak Camat", dengan sapaan "Bapak" di depan jabatannya; langkah menyebut pelaksana dengan id-nya tanpa sapaan, dan "Camat" tidak menunjuk tepat satu pelaksana di daftar pelaksana.',
        'Tulis id pelaksana tanpa sapaan, salah satu dari: staf, lurah; bila "Camat" pelaksana lain, tambahkan - { id: camat, label: Camat } di bagian pelaksana lalu tulis pelaksana: camat.'],
    ]);
    expect(rows(await projectIssues({ [DINSOS]: EKS_NAPI.replace('pelaksana: kepala-dinas', 'pelaksana: Pak Kepala') })).map((r) => r.slice(0, 4))).toEqual([
      ['pelaksana-bersapaan', DINSOS, 23, 'langkah[2].pelaksana'],
    ]);
  });

  it('a column headed with a form of address ("Bapak Lurah") is a warning with the heading to write (it passed and printed so); a step naming that heading is named as a heading', async () => {
    expect(rows(await projectIssues(sop('{ id: lurah, label: Lurah }', '{ id: lurah, label: Bapak Lurah }')))).toEqual([
      ['pelaksana-label-bersapaan', SOP, 13, 'pelaksana[1].label',
        'Judul kolom pelaksana "Bapak Lurah" diawali sapaan "Bapak"; di diagram alir SOP AP kolom pelaksana berjudul jabatan, tanpa sapaan, dan judul ini tercetak apa adanya di kepala kolom.',
        'Tulis label: Lurah.'],
    ]);
    const both = SKTM_BERLAKU.replace('{ id: lurah, label: Lurah }', '{ id: lurah, label: Bapak Lurah }').replace('pelaksana: lurah', 'pelaksana: Bapak Lurah');
    expect(rows(await projectIssues({ [SOP]: both })).map((r) => r.slice(0, 4))).toEqual([
      ['pelaksana-ditulis-judul', SOP, 25, 'langkah[2].pelaksana'],
    ]);
  });

  it('several actors, each with its form of address, are named as the list to write', async () => {
    expect(rows(await projectIssues(sop('pelaksana: lurah', 'pelaksana: Pak Lurah dan Staf')))).toEqual([
      ['pelaksana-dalam-satu-teks', SOP, 25, 'langkah[2].pelaksana', 'Pelaksana langkah ke-3 ditulis "Pak Lurah dan Staf": beberapa pelaksana dalam satu teks, sehingga tidak dikenali sebagai id pelaksana.',
        'Bila langkah ini dikerjakan bersama, tulis daftar id: pelaksana: [lurah, staf]; bila dikerjakan satu pelaksana saja, tulis id pelaksana itu saja.'],
    ]);
  });
});

describe('times in words, "segera", and the formal ways of writing a day', () => {
  it('numbers in words are read as the numbers they say (they were "tidak dapat dibaca")', () => {
    expect(parseWaktu('satu hari')).toEqual({ ok: true, waktu: { min: 1440, max: 1440, unit: 'hari', text: 'satu hari' } });
    expect(parseWaktu('dua jam')).toEqual({ ok: true, waktu: { min: 120, max: 120, unit: 'jam', text: 'dua jam' } });
    expect(parseWaktu('tiga puluh menit')).toEqual({ ok: true, waktu: { min: 30, max: 30, unit: 'menit', text: 'tiga puluh menit' } });
    expect(parseWaktu('Satu setengah jam')).toEqual({ ok: true, waktu: { min: 90, max: 90, unit: 'jam', text: 'Satu setengah jam' } });
    expect(parseWaktu('setengah jam')).toEqual({ ok: true, waktu: { min: 30, max: 30, unit: 'jam', text: 'setengah jam' } });
    expect(parseWaktu('sehari')).toEqual({ ok: true, waktu: { min: 1440, max: 1440, unit: 'hari', text: 'sehari' } });
    expect(parseWaktu('dua sampai tiga hari')).toEqual({ ok: true, waktu: { min: 2880, max: 4320, unit: 'hari', text: 'dua sampai tiga hari' } });
    expect(parseWaktu('dua puluh empat jam')).toEqual({ ok: true, waktu: { min: 1440, max: 1440, unit: 'jam', text: 'dua puluh empat jam' } });
    expect(parseWaktu('dua belas jam')).toEqual({ ok: true, waktu: { min: 720, max: 720, unit: 'jam', text: 'dua belas jam' } });
    expect(parseWaktu('Satu (1) hari')).toEqual({ ok: true, waktu: { min: 1440, max: 1440, unit: 'hari', text: 'Satu (1) hari' } });
    expect(totalWaktu(steps('satu hari', 'dua jam', 'tiga puluh menit')).text).toBe('1 hari 2 jam 30 menit');
  });

  it('already right, now proven: "1x24 jam" and "1 x 24 jam" are 24 hours, "2 (dua) hari" two days, "3 (tiga) hari kerja" three', () => {
    expect(parseWaktu('1x24 jam')).toEqual({ ok: true, waktu: { min: 1440, max: 1440, unit: 'jam', text: '1x24 jam' } });
    expect(parseWaktu('1 x 24 jam')).toEqual({ ok: true, waktu: { min: 1440, max: 1440, unit: 'jam', text: '1 x 24 jam' } });
    expect(parseWaktu('2 (dua) hari')).toEqual({ ok: true, waktu: { min: 2880, max: 2880, unit: 'hari', text: '2 (dua) hari' } });
    expect(parseWaktu('3 (tiga) hari kerja')).toEqual({ ok: true, waktu: { min: 4320, max: 4320, unit: 'hari', text: '3 (tiga) hari kerja' } });
    // Written in hours, "1x24 jam" keeps the total in hours, as the signed seed adds "3 x 24 Jam".
    expect(totalWaktu(steps('1x24 jam', '30 menit')).text).toBe('24 jam 30 menit');
    expect(totalWaktu(steps('1x24 jam', '1 x 24 jam', '2 (dua) hari', '3 (tiga) hari kerja')).text).toBe('7 hari');
  });

  it('"segera" and "sesegera mungkin" are accepted as "Tentatif" is, with a warning asking for the longest time (they were "tidak dapat dibaca")', async () => {
    expect(parseWaktu('segera')).toEqual({ ok: true, waktu: null, unsummable: true });
    const total = totalWaktu(steps('10 menit', 'Sesegera mungkin', '15 menit'));
    expect([total.text, total.unsummable]).toEqual(['25 menit', [2]]);
    expect(rows(await projectIssues(sop('waktu: 15 menit', 'waktu: segera')))).toEqual([
      ['waktu-tak-terjumlah', SOP, 26, 'langkah[2].waktu',
        'Waktu langkah ke-3 ("segera") tidak menyebut berapa lama langkah ini paling lama berlangsung; dicetak apa adanya dan tidak ikut dijumlahkan.',
        'Tulis batas waktunya, misalnya "15 menit" bila dikerjakan saat itu juga, atau "1 x 24 jam" bila paling lambat keesokan harinya; "segera" dapat ditulis di keterangan.'],
    ]);
    expect(rows(await projectIssues(sop('waktu: 15 menit', 'waktu: Sesegera mungkin')))).toEqual([
      ['waktu-tak-terjumlah', SOP, 26, 'langkah[2].waktu',
        'Waktu langkah ke-3 ("Sesegera mungkin") tidak menyebut berapa lama langkah ini paling lama berlangsung; dicetak apa adanya dan tidak ikut dijumlahkan.',
        'Tulis batas waktunya, misalnya "15 menit" bila dikerjakan saat itu juga, atau "1 x 24 jam" bila paling lambat keesokan harinya; "Sesegera mungkin" dapat ditulis di keterangan.'],
    ]);
  });
});

describe('a letter\'s image or link to a file of the site', () => {
  const withImage = (tag: string) => ({ [LETTER]: DOMISILI.replace('{{> kop}}', `{{> kop}}\n${tag}`) });

  it('an image under /logo/ missing from public/ is an error at its line (it passed; the letter printed a broken image)', async () => {
    expect(rows(await projectIssues(withImage('<img src="/logo/pemko.png" alt="Logo Pemko">')))).toEqual([
      ['berkas-surat-tidak-ada', LETTER, 17, '',
        'Isi surat memuat gambar "/logo/pemko.png", tetapi berkas public/logo/pemko.png tidak ada; surat tampil dan tercetak dengan gambar rusak di tempat itu.',
        'Simpan berkasnya sebagai public/logo/pemko.png (periksa ejaan nama berkas; huruf besar dan kecil dibedakan); bila itu logo instansi, hapus gambar ini: {{> kop}} sudah mencetak logo: dari berkas instansi.'],
    ]);
  });

  it('a name in other capitals gets the file there is; a missing link is named too', async () => {
    expect(rows(await projectIssues({ ...withImage('<img src="/gambar/cap.png" alt=""> <a href="/berkas/formulir.pdf">Formulir</a>'), 'public/gambar/Cap.PNG': 'png' }))).toEqual([
      ['berkas-surat-tidak-ada', LETTER, 17, '',
        'Isi surat memuat gambar "/gambar/cap.png", tetapi berkas public/gambar/cap.png tidak ada; surat tampil dan tercetak dengan gambar rusak di tempat itu. Maksud Anda "/gambar/Cap.PNG"?',
        'Tulis src="/gambar/Cap.PNG" bila itu berkasnya (huruf besar dan kecil dibedakan), atau simpan berkasnya sebagai public/gambar/cap.png.'],
      ['berkas-surat-tidak-ada', LETTER, 17, '',
        'Isi surat memuat tautan "/berkas/formulir.pdf", tetapi berkas public/berkas/formulir.pdf tidak ada; petugas yang mengekliknya mendapat halaman "tidak ditemukan".',
        'Simpan berkasnya sebagai public/berkas/formulir.pdf (periksa ejaan nama berkas; huruf besar dan kecil dibedakan).'],
    ]);
  });
});

describe('more of a newcomer\'s frontmatter', () => {
  it('the list of actors written as one text gets the items to write (it said "Isinya harus daftar, bukan teks")', async () => {
    expect(rows(await projectIssues(sop('pelaksana:\n  - { id: staf, label: Staf }\n  - { id: lurah, label: Lurah }', 'pelaksana: Staf Pelayanan, Lurah')))).toEqual([
      ['pelaksana-berupa-teks', SOP, 11, 'pelaksana',
        'Kolom pelaksana ditulis sebagai satu teks, "Staf Pelayanan, Lurah", padahal pelaksana adalah daftar, satu pelaksana per butir, masing-masing dengan id (yang disebut langkah-langkahnya) dan label (judul kolomnya di diagram).',
        'Tulis setiap pelaksana di barisnya sendiri di bawah pelaksana:, diawali "- ", sesuai urutan kolom: - { id: staf-pelayanan, label: Staf Pelayanan } lalu - { id: lurah, label: Lurah }; lalu tulis id itu pada langkah yang dikerjakannya.'],
    ]);
  });

  it('a step\'s kegiatan under the flowchart\'s heading ("uraian", "aktivitas") gets kegiatan (it got no suggestion, and "kegiatan" was reported missing too)', async () => {
    const known = 'kegiatan, pelaksana, kelengkapan, waktu, output, keterangan, keputusan, surat';
    expect(rows(await projectIssues(sop('  - kegiatan: Menerima berkas', '  - uraian: Menerima berkas')))).toEqual([
      ['kolom-tidak-dikenal', SOP, 15, 'langkah[0]', 'Kolom tidak dikenal: "uraian" (maksud Anda "kegiatan"?).', `Periksa ejaannya atau hapus. Kolom yang dikenal di sini: ${known}.`],
    ]);
    expect(rows(await projectIssues(sop('  - kegiatan: Menerima berkas', '  - aktivitas: Menerima berkas')))).toEqual([
      ['kolom-tidak-dikenal', SOP, 15, 'langkah[0]', 'Kolom tidak dikenal: "aktivitas" (maksud Anda "kegiatan"?).', `Periksa ejaannya atau hapus. Kolom yang dikenal di sini: ${known}.`],
    ]);
  });

  it('text with ": " inside it gets the quotes to write (it said "Titik dua setelah nama kolom hilang")', async () => {
    expect(rows(await projectIssues(sop('kegiatan: Menerima berkas', 'kegiatan: Menerima berkas: KTP dan KK')))).toEqual([
      ['yaml-sintaks', SOP, 15, '',
        'YAML tidak dapat dibaca: Teks "Menerima berkas: KTP dan KK" memuat titik dua yang diikuti spasi, yang dibaca YAML sebagai pemisah nama kolom dan isinya, sehingga "Menerima berkas" terbaca sebagai nama kolom baru.',
        'Beri tanda kutip pada seluruh teks: kegiatan: "Menerima berkas: KTP dan KK".'],
    ]);
  });

  it('a status in English, or the editor\'s "Ditinjau", gets the status it means (they got no suggestion)', async () => {
    const fix = 'Tulis salah satu: status: draf, status: berlaku, status: digantikan (dengan digantikan_oleh), atau status: dicabut (dengan blok dicabut).';
    expect(rows(await projectIssues(sop('status: berlaku', 'status: Active')))).toEqual([
      ['format-isian', SOP, 5, 'status', 'Status "active" tidak dikenal. Maksud Anda "berlaku"? Status harus "draf", "berlaku", "digantikan" atau "dicabut".', fix],
    ]);
    expect(rows(await projectIssues(sop('status: berlaku', 'status: Ditinjau')))).toEqual([
      ['format-isian', SOP, 5, 'status', 'Status "ditinjau" tidak dikenal. Maksud Anda "draf"? Status harus "draf", "berlaku", "digantikan" atau "dicabut".', fix],
    ]);
  });

  it('already clear, left alone: a date written "01-08-2017", a step numbered by hand, a tab, a revision without its date', async () => {
    expect(rows(await projectIssues(sop('efektif: 2017-08-01', 'efektif: 01-08-2017')))).toEqual([
      ['format-isian', SOP, 7, 'tanggal.efektif',
        'Tanggal "01-08-2017" tidak dapat dibaca. Maksud Anda 2017-08-01? Tulis tanggal sebagai TTTT-BB-HH, misalnya 2024-03-04 untuk 4 Maret 2024. Bila dokumen hanya menyebut bulan atau tahun, tulis "Agustus 2017" atau "2017"; bila tidak tercantum, tulis "[ISI: tanggal ...]".',
        'Tulis tanggal efektif/pengesahan sebagai TTTT-BB-HH, misalnya 2024-03-04.'],
    ]);
    expect(rows(await projectIssues(sop('  - kegiatan: Memeriksa berkas', '  - no: 1\n    kegiatan: Memeriksa berkas')))).toEqual([
      ['langkah-bernomor', SOP, 18, 'langkah[1]', 'Kolom "no" tidak dipakai: langkah dinomori otomatis menurut urutannya di daftar langkah.',
        'Hapus baris "no: ..."; untuk mengubah nomor sebuah langkah, pindahkan langkah itu ke urutan yang benar (cabang keputusan "ke:" memakai nomor menurut urutan ini).'],
    ]);
    expect(rows(await projectIssues(sop('    waktu: 15 menit', '\twaktu: 15 menit')))).toEqual([
      ['yaml-sintaks', SOP, 26, '', 'YAML tidak dapat dibaca: Ada tab di awal baris; YAML hanya menerima spasi untuk indentasi.',
        'Periksa baris ini: indentasi dengan spasi (bukan tab), titik dua setelah nama kolom, dan tanda kutip pada teks yang memuat ":" atau "#".'],
    ]);
    expect(rows(await projectIssues(sop('sasaran: Warga', 'sasaran: Warga\nriwayat_revisi:\n  - perubahan: Perubahan waktu langkah 2')))).toEqual([
      ['kolom-wajib', SOP, 11, 'riwayat_revisi[0].tanggal', 'Kolom wajib ini belum diisi.', 'Tulis tanggal sebagai TTTT-BB-HH, misalnya 2024-02-27.'],
    ]);
  });
});

describe('what stays clean', () => {
  it('targets written as numbers, "No. 3", "selesai" and "Selesai."; Mutu Baku as the step\'s own fields; actors by their ids, a panti\'s "Ibu Asuh" (a position, not a form of address); each time in words; a letter\'s image in public/ and one made of the letter\'s values; a status in capitals, dates "3 Desember 2023" and "01 Agustus 2017", a nomor with spaces, text with ": " in quotes, "lanjut ke langkah 3"', async () => {
    for (const [ya, tidak] of [['{ ke: 3 }', '{ ke: Selesai. }'], ['{ ke: No. 3 }', '{ ke: selesai }'], ['{ label: Lengkap, ke: lanjut ke langkah 3 }', 'selesai']]) {
      expect(rows(await projectIssues(branches(ya!, tidak!)))).toEqual([]);
    }
    for (const waktu of ['satu hari', 'dua jam', 'tiga puluh menit', '1x24 jam', '1 x 24 jam', '2 (dua) hari', '3 (tiga) hari kerja', 'dua sampai tiga hari', 'sehari']) {
      expect(rows(await projectIssues(sop('waktu: 15 menit', `waktu: ${waktu}`)))).toEqual([]);
    }
    const written = SKTM_BERLAKU.replace('status: berlaku', 'status: BERLAKU').replace('efektif: 2017-08-01', 'efektif: 01 Agustus 2017')
      .replace('pembuatan: 2017-08-01', 'pembuatan: 3 Juli 2017').replace('nomor: "474/12/2017"', 'nomor: 474 / 12 / 2017')
      .replace('kegiatan: Menerima berkas', 'kegiatan: "Menerima berkas: KTP dan KK"')
      .replace('    waktu: 10 menit\n    keputusan', '    kelengkapan: KTP, KK\n    waktu: 10 menit\n    output: Berkas lengkap\n    keputusan');
    const letter = DOMISILI.replace('{{> kop}}', '{{> kop}}\n<img src="/logo/pemko.png" alt="Logo"> <img src="{{instansi.logo}}" alt=""> <a href="/surat/">Daftar surat</a>');
    expect(rows(await projectIssues({ [SOP]: written, [DINSOS]: EKS_NAPI.replace('pembuatan: 2024-02-20', 'pembuatan: 3 Desember 2023').replace('{ id: kepala-dinas, label: Kepala Dinas }', '{ id: ibu-asuh, label: Ibu Asuh }').replace('pelaksana: kepala-dinas', 'pelaksana: ibu-asuh'), [LETTER]: letter, 'public/logo/pemko.png': 'png' }))).toEqual([]);
  });
});
