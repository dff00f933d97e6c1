/**
 * A fifteenth sweep, on the SOP AP identity block as a newcomer copies it from a real SOP PDF:
 * a list cell written as one text (a numbered list pasted whole), items numbered by hand or
 * holding the whole numbered list, a cell copied with its label, the grid's labels used as field
 * names, a signatory written as one line with the name after a comma and the NIP, and an SOP in
 * keterkaitan named by its title or nomor. One test per fix, with the messages as the author
 * reads them; and the inputs that stay clean.
 */
import { describe, expect, it } from 'vitest';
import type { CheckIssue } from '../../../src/core/checks/issue';
import { checkProject } from '../../../src/node/check-project';
import { writeTempProject } from '../support/temp-project';
import { SKTM_WITH_DECISION } from '../support/sktm-sop';
import { KELURAHAN_BASE } from '../support/kelurahan-project';

const BASE = KELURAHAN_BASE;
const FILE = 'sops/medan/sktm.mdx';
/** Another SOP of the office: medan/nikah, nomor 474/13/2017. */
const NIKAH = SKTM_WITH_DECISION.replace('474/12/2017', '474/13/2017').replace('Pelayanan Surat Keterangan Tidak Mampu', 'Pelayanan Surat Pengantar Nikah');

/** The SKTM SOP with the lines `extra` under sasaran (from line 10). */
function sktm(extra: string): string {
  expect(SKTM_WITH_DECISION.split('\n')[8]).toBe('sasaran: Warga');
  return SKTM_WITH_DECISION.replace('sasaran: Warga\n', `sasaran: Warga\n${extra}`);
}
async function projectIssues(extra: string): Promise<CheckIssue[]> {
  const files = { ...BASE, [FILE]: sktm(extra), 'sops/medan/nikah.mdx': NIKAH };
  const issues = (await checkProject(writeTempProject(files, 'sop-sweep15-'), '2026-12-01', { mermaid: false })).issues;
  return issues.filter((i) => i.code !== 'penanda-isi');
}
const rows = (issues: readonly CheckIssue[]) => issues.map((i) => [i.code, i.file, i.line, i.path, i.message, i.fix]);

describe('a cell of the identity grid written as one text', () => {
  it('a numbered list pasted whole gets the list of its items; a sentence the list of one (it said "harus daftar, bukan teks")', async () => {
    expect(rows(await projectIssues('peralatan: "1. Buku kerja2. ATK (Pulpen, dll)3. Komputer dan Printer"\nperingatan: Apabila pelaksana tidak ada, dapat digantikan pegawai lain\n'))).toEqual([
      ['daftar-berupa-teks', FILE, 10, 'peralatan',
        'Kolom peralatan ditulis sebagai satu teks, "1. Buku kerja2. ATK (Pulpen, dll)3. Komputer dan Printer", padahal peralatan adalah daftar yang dicetak bernomor, satu butir per baris.',
        'Tulis setiap butir di barisnya sendiri diawali "- ", atau di antara kurung siku: peralatan: [Buku kerja, "ATK (Pulpen, dll)", Komputer dan Printer].'],
      ['daftar-berupa-teks', FILE, 11, 'peringatan',
        'Kolom peringatan ditulis sebagai satu teks, "Apabila pelaksana tidak ada, dapat digantikan pegawai lain", padahal peringatan adalah daftar yang dicetak bernomor, satu butir per baris.',
        'Tulis setiap butir di barisnya sendiri diawali "- ", atau di antara kurung siku: peringatan: ["Apabila pelaksana tidak ada, dapat digantikan pegawai lain"].'],
    ]);
  });
});

describe('items of the identity grid', () => {
  it('an item numbered by hand, or holding the whole numbered list, is a warning (printed "1. a. Buku kerja", or as one item)', async () => {
    expect(rows(await projectIssues('kualifikasi_pelaksana:\n  - a. Memahami pembuatan surat\n  - "1. Buku kerja 2. ATK; dan 3. Komputer"\n'))).toEqual([
      ['butir-bernomor', FILE, 11, 'kualifikasi_pelaksana[0]',
        'Butir ke-1 kualifikasi_pelaksana diawali nomor "a.", padahal daftar ini dinomori otomatis di halaman identitas SOP, sehingga nomornya tercetak dua kali ("1. a. Memahami pembuatan surat").',
        'Hapus "a." dan tulis isinya saja: - Memahami pembuatan surat. Urutan nomor mengikuti urutan butir.'],
      ['butir-bernomor', FILE, 12, 'kualifikasi_pelaksana[1]',
        'Butir ke-2 kualifikasi_pelaksana memuat 3 butir bernomor dalam satu teks ("1. Buku kerja 2. ATK; dan 3. Komputer"); halaman identitas SOP mencetaknya sebagai satu butir bernomor 2 dengan nomor-nomor itu di dalamnya.',
        'Ganti butir ini dengan 3 butir tanpa nomornya, masing-masing di barisnya sendiri diawali "- ": "Buku kerja", "ATK", "Komputer".'],
    ]);
  });

  it('an item copied with the cell\'s label ("Peringatan:", "Pencatatan dan Pendataan:") is a warning (the label printed twice)', async () => {
    expect(rows(await projectIssues('peringatan: ["Peringatan: Bila pelaksana tidak ada"]\npencatatan: ["Pencatatan dan Pendataan: Disimpan sebagai data elektronik"]\n'))).toEqual([
      ['isian-berlabel', FILE, 10, 'peringatan[0]',
        'Butir ke-1 peringatan diawali "Peringatan:", padahal halaman identitas SOP sudah mencetak labelnya; "Peringatan:" akan tercetak dua kali.',
        'Hapus "Peringatan:" dan tulis isinya saja: - Bila pelaksana tidak ada.'],
      ['isian-berlabel', FILE, 11, 'pencatatan[0]',
        'Butir ke-1 pencatatan diawali "Pencatatan dan Pendataan:", padahal halaman identitas SOP sudah mencetak labelnya; "Pencatatan dan Pendataan:" akan tercetak dua kali.',
        'Hapus "Pencatatan dan Pendataan:" dan tulis isinya saja: - Disimpan sebagai data elektronik.'],
    ]);
  });
});

describe('the grid\'s labels as field names', () => {
  it('"pencatatan_dan_pendataan" and "peralatan/perlengkapan" get the field they mean (they got no suggestion)', async () => {
    const known = 'nomor, judul, instansi, bidang, status, digantikan_oleh, dicabut, tanggal, disahkan_oleh, sasaran, dasar_hukum, kualifikasi_pelaksana, keterkaitan, peralatan, peringatan, pencatatan, riwayat_revisi, tinjau_ulang, waktu_total_dokumen, cetak, mutu_baku, label_kegiatan, tidak_lengkap, pelaksana, langkah';
    expect(rows(await projectIssues('pencatatan_dan_pendataan: [Disimpan]\nperalatan/perlengkapan: [ATK]\n'))).toEqual([
      ['kolom-tidak-dikenal', FILE, 10, 'pencatatan_dan_pendataan', 'Kolom tidak dikenal: "pencatatan_dan_pendataan" (maksud Anda "pencatatan"?).', `Periksa ejaannya atau hapus. Kolom yang dikenal di sini: ${known}.`],
      ['kolom-tidak-dikenal', FILE, 11, 'peralatan/perlengkapan', 'Kolom tidak dikenal: "peralatan/perlengkapan" (maksud Anda "peralatan"?).', `Periksa ejaannya atau hapus. Kolom yang dikenal di sini: ${known}.`],
    ]);
  });
});

describe('disahkan_oleh written as one line', () => {
  it('the name after a comma and the NIP get their own fields in the block (the fix was YAML that read the name as a field)', async () => {
    expect(rows(await projectIssues('disahkan_oleh: "Kepala Dinas Sosial, Diah Endang Susilawati NIP. 19670720 199303 2 008"\n'))).toEqual([
      ['pejabat-berupa-teks', FILE, 10, 'disahkan_oleh',
        'Kolom disahkan_oleh ditulis sebagai satu teks, "Kepala Dinas Sosial, Diah Endang Susilawati NIP. 19670720 199303 2 008", padahal pejabat ditulis sebagai blok isian: jabatan (wajib), nama, pangkat dan nip, yang dicetak terpisah di blok tanda tangan.',
        'Bila "Kepala Dinas Sosial" adalah jabatannya dan "Diah Endang Susilawati" namanya, tulis disahkan_oleh: { jabatan: Kepala Dinas Sosial, nama: Diah Endang Susilawati, nip: "19670720 199303 2 008" }.'],
    ]);
  });
});

describe('keterkaitan', () => {
  it('another SOP written as its title is a warning with its id; { sop: } with its title gets its id (it passed, or said only "tidak ditemukan")', async () => {
    expect(rows(await projectIssues('keterkaitan:\n  - Pelayanan Surat Pengantar Nikah\n  - { sop: "SOP Pelayanan Surat Pengantar Nikah" }\n'))).toEqual([
      ['keterkaitan-id-sebagai-teks', FILE, 11, 'keterkaitan[0]',
        'Butir ini adalah judul SOP "medan/nikah", "Pelayanan Surat Pengantar Nikah", tetapi ditulis sebagai teks biasa: dicetak apa adanya, tanpa tautan ke SOP itu.',
        'Tulis - { sop: medan/nikah } agar tercetak judul SOP itu dengan tautannya.'],
      ['keterkaitan-tidak-ada', FILE, 12, 'keterkaitan[1].sop',
        'SOP ditulis dengan judulnya, "SOP Pelayanan Surat Pengantar Nikah"; keterkaitan menyebut SOP dengan id-nya, yaitu "medan/nikah".',
        'Tulis - { sop: medan/nikah }.'],
    ]);
  });
});

describe('what stays clean', () => {
  it('"-" for an empty cell written as text or as an item, items ending in ";" or "; dan", a count, a law\'s number, free text in keterkaitan', async () => {
    expect(rows(await projectIssues([
      'peringatan: "-"',
      'keterkaitan: ["SOP Internal dan Teknis", "-"]',
      'peralatan:\n  - Buku kerja;\n  - ATK; dan\n  - Komputer.',
      'kualifikasi_pelaksana: ["D3 dan S1 semua jurusan", "Memahami UU Nomor 11 Tahun 2009", "2 orang staf"]',
      'pencatatan: ["Disimpan sebagai data elektronik: arsip dan manual"]',
      'disahkan_oleh: { jabatan: Kepala Dinas Sosial, nama: "Diah Endang Susilawati, S.Sos" }',
      '',
    ].join('\n')))).toEqual([]);
  });
});
