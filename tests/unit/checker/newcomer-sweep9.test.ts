/**
 * A ninth sweep of newcomers' mistakes, made copying a signed SOP (PDF) into an SOP file for the
 * first time: several actors or a column heading where a step names its actor, actors written
 * as plain text, letters from another alphabet in ids, ids with spaces, a step without its
 * activity, clock times and "1.30 jam" as a step's time, a Mutu Baku cell as a list, a status in
 * other words, a frontmatter not on the first line or closed by a "---" among its fields, file
 * names with capitals or spaces, and decision branches written under their labels. One test per
 * fix, with the messages as the author reads them.
 */
import { describe, expect, it } from 'vitest';
import type { CheckIssue } from '../../../src/core/checks/issue';
import { checkProject } from '../../../src/node/check-project';
import { writeTempProject } from '../support/temp-project';
import { SKTM_WITH_DECISION } from '../support/sktm-sop';
import { KELURAHAN_BASE } from '../support/kelurahan-project';

const BASE = KELURAHAN_BASE;
const FILE = 'sops/medan/sktm.mdx';

async function projectIssues(files: Record<string, string>): Promise<CheckIssue[]> {
  return (await checkProject(writeTempProject({ ...BASE, [FILE]: SKTM_WITH_DECISION, ...files }, 'sop-sweep9-'), '2026-12-01', { mermaid: false })).issues;
}
/** The SKTM SOP (medan/sktm) with `from` replaced by `to`; `from` must be in it. */
function edited(from: string, to: string): string {
  expect(SKTM_WITH_DECISION).toContain(from);
  return SKTM_WITH_DECISION.replace(from, to);
}
const sktmIssues = (from: string, to: string) => projectIssues({ [FILE]: edited(from, to) });
const rows = (issues: readonly CheckIssue[]) => issues.map((i) => [i.code, i.file, i.line, i.path, i.message]);
const rowsFix = (issues: readonly CheckIssue[]) => issues.map((i) => [i.code, i.file, i.line, i.path, i.message, i.fix]);

describe('a step\'s actor written otherwise than a declared id', () => {
  it('several actors in one text ("Staf dan Lurah", "staf, lurah", "Staf/Lurah") get the list of ids to write', async () => {
    expect(rowsFix(await sktmIssues('    pelaksana: lurah', '    pelaksana: Staf dan Lurah'))).toEqual([
      [
        'pelaksana-dalam-satu-teks', FILE, 25, 'langkah[2].pelaksana',
        'Pelaksana langkah ke-3 ditulis "Staf dan Lurah": beberapa pelaksana dalam satu teks, sehingga tidak dikenali sebagai id pelaksana.',
        'Bila langkah ini dikerjakan bersama, tulis daftar id: pelaksana: [staf, lurah]; bila dikerjakan satu pelaksana saja, tulis id pelaksana itu saja.',
      ],
    ]);
    expect(rows(await sktmIssues('    pelaksana: lurah', '    pelaksana: staf, lurah'))).toEqual([
      ['pelaksana-dalam-satu-teks', FILE, 25, 'langkah[2].pelaksana', 'Pelaksana langkah ke-3 ditulis "staf, lurah": beberapa pelaksana dalam satu teks, sehingga tidak dikenali sebagai id pelaksana.'],
    ]);
    expect(rowsFix(await sktmIssues('    pelaksana: lurah', '    pelaksana: [Staf/Lurah]'))).toEqual([
      [
        'pelaksana-dalam-satu-teks', FILE, 25, 'langkah[2].pelaksana[0]',
        'Pelaksana langkah ke-3 ditulis "Staf/Lurah": beberapa pelaksana dalam satu teks, sehingga tidak dikenali sebagai id pelaksana.',
        'Bila langkah ini dikerjakan bersama, tulis daftar id: pelaksana: [staf, lurah]; bila dikerjakan satu pelaksana saja, tulis id pelaksana itu saja.',
      ],
    ]);
  });

  it('an actor named by its column heading gets its id', async () => {
    const sop = edited('  - { id: lurah, label: Lurah }', '  - { id: lurah, label: Lurah Sei Putih Timur I }').replace('    pelaksana: lurah', '    pelaksana: Lurah Sei Putih Timur I');
    expect(rowsFix(await projectIssues({ [FILE]: sop }))).toEqual([
      [
        'pelaksana-ditulis-judul', FILE, 25, 'langkah[2].pelaksana',
        'Pelaksana langkah ke-3 ditulis dengan judul kolomnya, "Lurah Sei Putih Timur I"; langkah menyebut pelaksana dengan id-nya, yaitu "lurah".',
        'Ganti "Lurah Sei Putih Timur I" dengan lurah.',
      ],
    ]);
  });

  it('an unknown actor written as text is named as unknown with the ids there are (it got the id-format message)', async () => {
    expect(rowsFix(await sktmIssues('    pelaksana: lurah', '    pelaksana: Staf dan Camat'))).toEqual([
      [
        'pelaksana-tidak-dikenal', FILE, 25, 'langkah[2].pelaksana',
        'Pelaksana "Staf dan Camat" pada langkah ke-3 tidak ada di daftar pelaksana.',
        'Gunakan salah satu id pelaksana: staf, lurah; atau tambahkan pelaksana baru di bagian pelaksana.',
      ],
    ]);
  });
});

describe('the list of actors', () => {
  it('an actor written as its heading alone ("- Staf") gets the block to write', async () => {
    expect(rowsFix(await sktmIssues('  - { id: lurah, label: Lurah }', '  - Lurah'))).toEqual([
      [
        'pelaksana-tanpa-id', FILE, 13, 'pelaksana[1]',
        'Pelaksana "Lurah" ditulis sebagai teks saja; setiap pelaksana ditulis dengan id (yang disebut langkah-langkahnya) dan label (judul kolomnya di diagram).',
        'Tulis - { id: lurah, label: Lurah }, lalu tulis pelaksana: lurah pada langkah yang dikerjakannya.',
      ],
    ]);
  });

  it('an id with spaces or an underscore gets the id with hyphens', async () => {
    const sop = edited('{ id: lurah, label: Lurah }', '{ id: kepala kelurahan, label: Lurah }').replace('    pelaksana: lurah', '    pelaksana: kepala-kelurahan');
    expect(rows(await projectIssues({ [FILE]: sop }))).toEqual([
      ['format-isian', FILE, 13, 'pelaksana[1].id', 'Id pelaksana hanya huruf kecil, angka dan tanda hubung, misalnya "staf-adm". Maksud Anda "kepala-kelurahan"?'],
    ]);
    const underscore = edited('{ id: lurah, label: Lurah }', '{ id: kepala_kel, label: Lurah }').replace('    pelaksana: lurah', '    pelaksana: kepala-kel');
    expect(rows(await projectIssues({ [FILE]: underscore }))).toEqual([
      ['format-isian', FILE, 13, 'pelaksana[1].id', 'Id pelaksana hanya huruf kecil, angka dan tanda hubung, misalnya "staf-adm". Maksud Anda "kepala-kel"?'],
    ]);
  });

  it('a heading written as nama or jabatan is sent to label, which is then not reported missing; a revision\'s keterangan to perubahan', async () => {
    expect(rows(await sktmIssues('{ id: lurah, label: Lurah }', '{ id: lurah, jabatan: Lurah }'))).toEqual([
      ['kolom-tidak-dikenal', FILE, 13, 'pelaksana[1]', 'Kolom tidak dikenal: "jabatan" (maksud Anda "label"?).'],
    ]);
    expect(rows(await sktmIssues('sasaran: Warga', 'sasaran: Warga\nriwayat_revisi:\n  - tanggal: 2018-01-02\n    keterangan: Perubahan waktu langkah 2'))).toEqual([
      ['kolom-tidak-dikenal', FILE, 12, 'riwayat_revisi[0]', 'Kolom tidak dikenal: "keterangan" (maksud Anda "perubahan"?).'],
    ]);
  });
});

describe('letters from another alphabet that look like Latin ones', () => {
  it('a Cyrillic "а" in an id or a Cyrillic "О" for a zero is named at its line with the id to type', async () => {
    expect(rowsFix(await sktmIssues('    pelaksana: lurah', '    pelaksana: lur\u0430h'))).toEqual([
      [
        'yaml-sintaks', FILE, 25, '',
        'YAML tidak dapat dibaca: "lur\u0430h" memuat huruf Kiril "\u0430" yang tampak seperti huruf Latin "a" (biasanya tersalin dari PDF): teks yang tampak sama dibaca berbeda.',
        'Hapus "lur\u0430h" dan ketik ulang dengan papan ketik: lurah.',
      ],
    ]);
    expect(rowsFix(await sktmIssues('dasar_hukum: [uu-11-2009]', 'dasar_hukum: [uu-11-2\u041e09]'))).toEqual([
      [
        'yaml-sintaks', FILE, 10, '',
        'YAML tidak dapat dibaca: "uu-11-2\u041e09" memuat huruf Kiril "\u041e" yang tampak seperti angka "0" (biasanya tersalin dari PDF): teks yang tampak sama dibaca berbeda.',
        'Hapus "uu-11-2\u041e09" dan ketik ulang dengan papan ketik: uu-11-2009.',
      ],
    ]);
  });
});

describe('a step without its activity', () => {
  it('kegiatan "-" (passed, and drew an empty step) is named with the placeholder to write', async () => {
    expect(rowsFix(await sktmIssues('  - kegiatan: Menandatangani surat', '  - kegiatan: "-"'))).toEqual([
      [
        'isian-strip', FILE, 24, 'langkah[2].kegiatan',
        'Kolom langkah[2].kegiatan ditulis "-" saja; kolom ini wajib dan dicetak di diagram alir sebagai isi kotak langkah ini.',
        'Tulis isinya, atau kegiatan: "[ISI: kegiatan langkah 3]" sampai diketahui (SOP tetap berstatus draf).',
      ],
    ]);
  });
});

describe('a step time that is not a duration', () => {
  it('a clock time (it was told to add "menit": "08.00 - 12.00 menit") is named with the duration and where the hours go', async () => {
    expect(rows(await sktmIssues('waktu: 15 menit', 'waktu: "08.00 - 12.00"'))).toEqual([
      [
        'waktu-tak-terbaca', FILE, 26, 'langkah[2].waktu',
        'Waktu "08.00 - 12.00" adalah jam pada hari itu (pukul 08.00 sampai 12.00), bukan lama langkah ini; kolom Waktu berisi lamanya, yang dijumlahkan menjadi total waktu SOP. Tulis lamanya, misalnya waktu: "4 jam" bila langkah ini memang berlangsung selama itu, dan tulis jamnya di keterangan, misalnya keterangan: "Pukul 08.00 - 12.00".',
      ],
    ]);
    expect(rows(await sktmIssues('waktu: 15 menit', 'waktu: pukul 13.00 WIB'))).toEqual([
      [
        'waktu-tak-terbaca', FILE, 26, 'langkah[2].waktu',
        'Waktu "pukul 13.00 WIB" adalah jam pada hari itu (pukul 13.00), bukan lama langkah ini; kolom Waktu berisi lamanya, yang dijumlahkan menjadi total waktu SOP. Tulis lamanya, misalnya waktu: "15 menit", dan tulis jamnya di keterangan, misalnya keterangan: "Pukul 13.00".',
      ],
    ]);
  });

  it('"1.30 jam" (read silently as 78 minutes) is named with both readings', async () => {
    expect(rows(await sktmIssues('waktu: 15 menit', 'waktu: 1.30 jam'))).toEqual([
      [
        'waktu-tak-terbaca', FILE, 26, 'langkah[2].waktu',
        'Waktu "1.30 jam" dapat dibaca 1 jam 30 menit (titik sebagai pemisah jam dan menit) atau 1,3 jam (78 menit), dan total waktu SOP bergantung pada bacaan itu. Tulis waktu: "1 jam 30 menit" bila maksudnya 1 jam 30 menit, atau pakai koma untuk pecahan jam, misalnya "1,5 jam".',
      ],
    ]);
    expect(rows(await sktmIssues('waktu: 15 menit', 'waktu: 1.5 jam'))).toEqual([]);
  });
});

describe('a Mutu Baku cell written as a list', () => {
  it('is named with the one text to write (it said "harus teks, bukan daftar")', async () => {
    expect(rowsFix(await sktmIssues('    waktu: 15 menit', '    waktu: 15 menit\n    kelengkapan:\n      - KTP\n      - Kartu Keluarga'))).toEqual([
      [
        'sel-berupa-daftar', FILE, 27, 'langkah[2].kelengkapan',
        'Kolom kelengkapan ditulis sebagai daftar 2 butir, padahal sel Mutu Baku berisi satu teks yang dicetak di satu sel tabel.',
        'Tulis butirnya sebagai satu teks, dipisah koma: kelengkapan: "KTP, Kartu Keluarga".',
      ],
    ]);
  });
});

describe('a status in other words', () => {
  it('"Draft" and "terbit" are quoted with the status they probably mean', async () => {
    expect(rows(await sktmIssues('status: draf', 'status: Draft'))).toEqual([
      ['format-isian', FILE, 5, 'status', 'Status "draft" tidak dikenal. Maksud Anda "draf"? Status harus "draf", "berlaku", "digantikan" atau "dicabut".'],
    ]);
    expect(rows(await sktmIssues('status: draf', 'status: terbit'))).toEqual([
      ['format-isian', FILE, 5, 'status', 'Status "terbit" tidak dikenal. Maksud Anda "berlaku"? Status harus "draf", "berlaku", "digantikan" atau "dicabut".'],
    ]);
  });
});

describe('where the frontmatter starts and ends', () => {
  it('an empty line above the opening "---" is named as such (it said there was no frontmatter)', async () => {
    expect(rowsFix(await projectIssues({ [FILE]: `\n${SKTM_WITH_DECISION}` }))).toEqual([
      [
        'frontmatter-tidak-di-baris-pertama', FILE, 1, '',
        'Baris "---" pembuka frontmatter ada di baris 2, bukan di baris pertama: 1 baris kosong di atasnya membuat frontmatter tidak dikenali, sehingga seluruh data SOP tidak terbaca.',
        'Hapus baris kosong di awal berkas, sehingga "---" menjadi baris pertama.',
      ],
    ]);
  });

  it('a "---" line among the fields is named at its line (it reported pelaksana and langkah missing at line 2)', async () => {
    expect(rowsFix(await sktmIssues('dasar_hukum: [uu-11-2009]\n', 'dasar_hukum: [uu-11-2009]\n---\n'))).toEqual([
      [
        'frontmatter-ditutup-awal', FILE, 11, '',
        'Baris "---" ini menutup frontmatter, padahal sesudahnya masih ada kolom SOP ("pelaksana:" di baris 12); kolom-kolom itu terbaca sebagai narasi, bukan sebagai data SOP.',
        'Hapus baris "---" ini; frontmatter hanya ditutup oleh satu baris "---", sesudah kolom terakhir. Bila "---" memang bagian dari sebuah isian, tulis dalam tanda kutip, misalnya "---".',
      ],
    ]);
  });

  it('"---" written as a value no longer ends the frontmatter: it is the document\'s empty cell', async () => {
    expect(rows(await sktmIssues('sasaran: Warga', 'sasaran: ---'))).toEqual([
      ['isian-strip', FILE, 9, 'sasaran', 'Kolom sasaran ditulis "-" saja; kolom ini wajib dan dicetak di halaman identitas SOP.'],
    ]);
    const empty = await checkProject(writeTempProject({ ...BASE, [FILE]: edited('dasar_hukum: [uu-11-2009]', 'dasar_hukum: [uu-11-2009]\nperalatan:\n  - ---') }, 'sop-sweep9-'), '2026-12-01', { mermaid: false });
    expect(empty.issues).toEqual([]);
    expect(empty.catalog.sops[0]!.data.peralatan).toEqual([]);
  });
});

describe('an SOP file named with capitals, spaces or an underscore', () => {
  it('gets the name to rename it to', async () => {
    expect(rowsFix(await projectIssues({ 'sops/Medan/SOP Domisili.mdx': edited('474/12/2017', '474/13/2017') }))).toEqual([
      [
        'berkas-nama-tidak-sah', 'sops/Medan/SOP Domisili.mdx', 1, '',
        'Nama berkas/folder "Medan/SOP Domisili" tidak dapat dijadikan alamat halaman.',
        'Ganti namanya menjadi sops/medan/sop-domisili.mdx (huruf kecil, angka dan tanda hubung saja).',
      ],
    ]);
    expect(rowsFix(await projectIssues({ 'sops/medan/sktm_baru.mdx': edited('474/12/2017', '474/14/2017') }))).toEqual([
      [
        'berkas-nama-tidak-sah', 'sops/medan/sktm_baru.mdx', 1, '',
        'Nama berkas/folder "medan/sktm_baru" tidak dapat dijadikan alamat halaman.',
        'Ganti namanya menjadi sops/medan/sktm-baru.mdx (huruf kecil, angka dan tanda hubung saja).',
      ],
    ]);
  });
});

describe('decision branches', () => {
  it('written under their labels ("lengkap:", "tidak lengkap:") are one message with the decision to write (it was four)', async () => {
    expect(rowsFix(await sktmIssues('      ya: { ke: 3 }\n      tidak: { ke: selesai }', '      lengkap: 3\n      tidak lengkap: selesai'))).toEqual([
      [
        'cabang-berupa-label', FILE, 21, 'langkah[1].keputusan',
        'Cabang keputusan ditulis dengan labelnya sebagai nama kolom ("lengkap" dan "tidak lengkap"), padahal kedua cabang ditulis di bawah ya: dan tidak:, dengan labelnya di label:; diagram tidak tahu cabang mana jawaban ya.',
        'Tulis keputusan: { ya: { label: Lengkap, ke: 3 }, tidak: { label: Tidak lengkap, ke: selesai } }.',
      ],
    ]);
  });

  it('"kembali ke langkah 1", as a sentence says it, is step 1', async () => {
    const r = await checkProject(writeTempProject({ ...BASE, [FILE]: edited('tidak: { ke: selesai }', 'tidak: { ke: kembali ke langkah 1 }') }, 'sop-sweep9-'), '2026-12-01', { mermaid: false });
    expect(r.issues).toEqual([]);
    expect(r.catalog.sops[0]!.data.langkah[1]!.keputusan!.tidak.ke).toBe(1);
  });
});
