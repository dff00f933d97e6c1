/**
 * A fourteenth sweep, on the SOP's lifecycle: a successor named by its nomor or judul, a
 * successor older than the SOP it replaces, a withdrawal dated before the SOP took effect or
 * still to come or with "-" as its reason, tanggal.revisi behind riwayat_revisi, a review date
 * before the effective date, and monitoring/evaluation records dated before the SOP was made or
 * after it was withdrawn or replaced, or filed under the SOP's file name. One test per fix, with
 * the messages as the author reads them; and the inputs that stay clean.
 */
import { describe, expect, it } from 'vitest';
import type { CheckIssue } from '../../../src/core/checks/issue';
import { checkProject } from '../../../src/node/check-project';
import { writeTempProject } from '../support/temp-project';
import { SKTM_WITH_DECISION } from '../support/sktm-sop';
import { KELURAHAN_BASE } from '../support/kelurahan-project';

const BASE = KELURAHAN_BASE;
const OLD = 'sops/medan/sktm.mdx';
const NEW = 'sops/medan/sktm-2020.mdx';

/** The SKTM SOP (efektif and pembuatan 2017-08-01) with `status` and the lines `extra` under it (from line 6). */
function sktm(status: string, extra = ''): string {
  expect(SKTM_WITH_DECISION.split('\n')[4]).toBe('status: draf');
  return SKTM_WITH_DECISION.replace('status: draf\n', `status: ${status}\n${extra}`);
}
/** Its successor, medan/sktm-2020: nomor 474/13/2020, made and in force from 2020-01-02. */
function sktm2020(status: string, extra = ''): string {
  return sktm(status, extra).replace('474/12/2017', '474/13/2020').replace('Tidak Mampu\n', 'Tidak Mampu 2020\n').replace(/2017-08-01/g, '2020-01-02');
}
const MONITORING = 'jenis: monitoring\npenilai: Lurah\npenilaian: berjalan baik\n';

async function projectIssues(files: Record<string, string>): Promise<CheckIssue[]> {
  const issues = (await checkProject(writeTempProject({ ...BASE, ...files }, 'sop-sweep14-'), '2026-12-01', { mermaid: false })).issues;
  return issues.filter((i) => i.code !== 'penanda-isi');
}
const rows = (issues: readonly CheckIssue[]) => issues.map((i) => [i.code, i.file, i.line, i.path, i.message, i.fix]);

describe('digantikan_oleh', () => {
  it('the successor written as its nomor or judul is named with its id (it said only "tidak ditemukan")', async () => {
    expect(rows(await projectIssues({ [OLD]: sktm('digantikan', 'digantikan_oleh: "474/13/2020"\n'), [NEW]: sktm2020('berlaku') }))).toEqual([
      ['pengganti-tidak-ada', OLD, 6, 'digantikan_oleh',
        'SOP pengganti ditulis dengan nomornya, "474/13/2020"; digantikan_oleh menyebut SOP dengan id-nya, yaitu "medan/sktm-2020".',
        'Tulis digantikan_oleh: medan/sktm-2020.'],
    ]);
    expect(rows(await projectIssues({ [OLD]: sktm('digantikan', 'digantikan_oleh: Pelayanan Surat Keterangan Tidak Mampu 2020\n'), [NEW]: sktm2020('berlaku') }))).toEqual([
      ['pengganti-tidak-ada', OLD, 6, 'digantikan_oleh',
        'SOP pengganti ditulis dengan judulnya, "Pelayanan Surat Keterangan Tidak Mampu 2020"; digantikan_oleh menyebut SOP dengan id-nya, yaitu "medan/sktm-2020".',
        'Tulis digantikan_oleh: medan/sktm-2020.'],
    ]);
  });

  it('a successor in force since before the SOP it replaces is a warning with the swap to make (it passed)', async () => {
    expect(rows(await projectIssues({ [NEW]: sktm2020('digantikan', 'digantikan_oleh: medan/sktm\n'), [OLD]: sktm('berlaku') }))).toEqual([
      ['pengganti-lebih-lama', NEW, 6, 'digantikan_oleh',
        'SOP pengganti "medan/sktm" berlaku sejak 2017-08-01, lebih awal dari tanggal efektif SOP ini sendiri (2020-01-02); SOP pengganti mestinya mulai berlaku sesudah SOP yang digantikannya.',
        'Bila justru SOP ini yang menggantikan "medan/sktm", tulis status: digantikan dan digantikan_oleh: medan/sktm-2020 di SOP "medan/sktm", lalu ubah status SOP ini menjadi berlaku dan hapus digantikan_oleh-nya; bila tidak, periksa tanggal.efektif kedua SOP pada dokumen yang ditandatangani.'],
    ]);
  });
});

describe('the dicabut block', () => {
  it('a withdrawal dated before the SOP took effect is a warning (it passed)', async () => {
    expect(rows(await projectIssues({ [OLD]: sktm('dicabut', 'dicabut: { tanggal: 2016-01-05, alasan: Layanan dialihkan ke kecamatan }\n') }))).toEqual([
      ['dicabut-sebelum-efektif', OLD, 6, 'dicabut.tanggal',
        'Tanggal pencabutan (2016-01-05) lebih awal dari tanggal efektif SOP ini (2017-08-01); SOP tidak dapat dicabut sebelum mulai berlaku.',
        'Periksa dicabut.tanggal dan tanggal.efektif pada dokumen yang ditandatangani dan pada keputusan pencabutannya (angka tahun yang salah ketik?).'],
    ]);
  });

  it('a withdrawal still to come is a warning saying what the status does now (it passed)', async () => {
    expect(rows(await projectIssues({ [OLD]: sktm('dicabut', 'dicabut: { tanggal: 2027-06-01, alasan: Layanan dialihkan ke kecamatan }\n') }))).toEqual([
      ['dicabut-mendatang', OLD, 6, 'dicabut.tanggal',
        'Tanggal pencabutan 2027-06-01 belum tiba (hari ini 2026-12-01), tetapi SOP ini sudah berstatus dicabut, sehingga sejak sekarang situs menampilkannya sebagai dicabut, mengeluarkannya dari Buku SOP dan memberi tanda tidak berlaku pada PDF-nya.',
        'Bila SOP ini baru dicabut pada 2027-06-01, kembalikan status: berlaku dan hapus blok dicabut sampai tanggal itu; bila tanggalnya salah ketik, tulis tanggal pencabutan yang sebenarnya.'],
    ]);
  });

  it('"-" as the reason is named as the required text it is (it printed "Dicabut pada ... karena -.")', async () => {
    expect(rows(await projectIssues({ [OLD]: sktm('dicabut', 'dicabut: { tanggal: 2025-01-05, alasan: "-" }\n') }))).toEqual([
      ['isian-strip', OLD, 6, 'dicabut.alasan',
        'Kolom dicabut.alasan ditulis "-" saja; kolom ini wajib dan dicetak di halaman SOP sebagai alasan pencabutan ("Dicabut pada ... karena -.").',
        'Tulis isinya, atau alasan: "[ISI: alasan pencabutan]" sampai diketahui.'],
    ]);
  });
});

describe('revision and review dates', () => {
  it('tanggal.revisi older than the last revision in riwayat_revisi is a warning naming that revision (the identity page printed the stale date)', async () => {
    const history = 'riwayat_revisi:\n  - { tanggal: 2019-03-04, perubahan: Perubahan waktu langkah 2 }\n  - { tanggal: 2021-03-04, perubahan: Penambahan langkah verifikasi }\n';
    const sop = sktm('berlaku', history).replace('  efektif: 2017-08-01\n', '  efektif: 2017-08-01\n  revisi: 2019-03-04\n');
    expect(rows(await projectIssues({ [OLD]: sop }))).toEqual([
      ['revisi-tertinggal', OLD, 11, 'tanggal.revisi',
        'Tanggal revisi (2019-03-04) lebih awal dari revisi ke-2 di riwayat_revisi ("Penambahan langkah verifikasi", 2021-03-04); halaman identitas dan PDF mencetak tanggal revisi yang sudah tertinggal.',
        'Tulis tanggal.revisi: 2021-03-04 bila revisi itu yang terakhir disahkan, atau periksa tanggal revisi ke-2 pada dokumennya.'],
    ]);
  });

  it('a review date before the effective date is named as such (it said only that the review date had passed)', async () => {
    expect(rows(await projectIssues({ [OLD]: sktm('berlaku', 'tinjau_ulang: 2016-08-01\n') }))).toEqual([
      ['tinjau-ulang-sebelum-efektif', OLD, 6, 'tinjau_ulang',
        'Tanggal tinjau ulang (2016-08-01) lebih awal dari tanggal efektif SOP ini (2017-08-01); SOP ditinjau sesudah mulai berlaku, jadi tanggal ini tidak pernah menjadi jadwal peninjauannya.',
        'Periksa angka tahunnya, lalu tulis tanggal tinjau ulang berikutnya, sesudah 2017-08-01.'],
    ]);
  });
});

describe('monitoring and evaluation records', () => {
  it('a record dated before the SOP was made is a warning; the SOP it replaced is named when there is one (it passed)', async () => {
    expect(rows(await projectIssues({ [OLD]: sktm('berlaku'), 'sops/_data/evaluasi/medan/sktm/2015-01-10.yaml': MONITORING }))).toEqual([
      ['evaluasi-sebelum-sop-dibuat', 'sops/_data/evaluasi/medan/sktm/2015-01-10.yaml', 1, '',
        'Catatan ini bertanggal 2015-01-10, lebih awal dari tanggal pembuatan SOP "medan/sktm" (2017-08-01); SOP itu belum ada pada tanggal tersebut.',
        'Periksa tanggal di nama berkas (angka tahun yang salah ketik?); bila catatan ini menilai SOP lain, pindahkan ke folder SOP itu di sops/_data/evaluasi/.'],
    ]);
    const files = { [OLD]: sktm('digantikan', 'digantikan_oleh: medan/sktm-2020\n'), [NEW]: sktm2020('berlaku'), 'sops/_data/evaluasi/medan/sktm-2020/2018-02-05.yaml': MONITORING };
    expect(rows(await projectIssues(files))).toEqual([
      ['evaluasi-sebelum-sop-dibuat', 'sops/_data/evaluasi/medan/sktm-2020/2018-02-05.yaml', 1, '',
        'Catatan ini bertanggal 2018-02-05, lebih awal dari tanggal pembuatan SOP "medan/sktm-2020" (2020-01-02); SOP itu belum ada pada tanggal tersebut.',
        'Bila catatan ini menilai SOP lama yang digantikan SOP ini, pindahkan ke sops/_data/evaluasi/medan/sktm/2018-02-05.yaml; bila tidak, periksa tanggal di nama berkas (angka tahun yang salah ketik?).'],
    ]);
  });

  it('a record dated after the SOP was withdrawn, or after its successor came into force, is a warning (it passed)', async () => {
    const revoked = { [OLD]: sktm('dicabut', 'dicabut: { tanggal: 2024-01-05, alasan: Layanan dialihkan ke kecamatan }\n'), 'sops/_data/evaluasi/medan/sktm/2025-01-10.yaml': MONITORING };
    expect(rows(await projectIssues(revoked))).toEqual([
      ['evaluasi-sesudah-sop-berakhir', 'sops/_data/evaluasi/medan/sktm/2025-01-10.yaml', 1, '',
        'Catatan ini bertanggal 2025-01-10, sesudah SOP "medan/sktm" dicabut pada 2024-01-05; SOP yang sudah dicabut tidak diterapkan lagi, jadi tidak dimonitor atau dievaluasi.',
        'Periksa tanggal di nama berkas (angka tahun yang salah ketik?) dan dicabut.tanggal di SOP itu; bila catatan ini menilai SOP lain, pindahkan ke folder SOP itu di sops/_data/evaluasi/.'],
    ]);
    const replaced = { [OLD]: sktm('digantikan', 'digantikan_oleh: medan/sktm-2020\n'), [NEW]: sktm2020('berlaku'), 'sops/_data/evaluasi/medan/sktm/2025-01-10.yaml': MONITORING };
    expect(rows(await projectIssues(replaced))).toEqual([
      ['evaluasi-sesudah-sop-berakhir', 'sops/_data/evaluasi/medan/sktm/2025-01-10.yaml', 1, '',
        'Catatan ini bertanggal 2025-01-10, sesudah SOP "medan/sktm" digantikan oleh "medan/sktm-2020" (berlaku sejak 2020-01-02); SOP yang sudah digantikan tidak diterapkan lagi, jadi tidak dimonitor atau dievaluasi.',
        'Bila catatan ini menilai SOP penggantinya, pindahkan ke sops/_data/evaluasi/medan/sktm-2020/2025-01-10.yaml; bila tidak, periksa tanggal di nama berkas.'],
    ]);
  });

  it('a folder named after the SOP\'s file ("sktm.mdx", "sktm" without its agency folder) gets the SOP meant (it offered none)', async () => {
    const fix = 'Pindahkan berkas ke folder sops/_data/evaluasi/<id SOP>/, dengan id SOP yaitu jalurnya di bawah sops/ tanpa .mdx. SOP yang ada: medan/sktm.';
    expect(rows(await projectIssues({ [OLD]: sktm('berlaku'), 'sops/_data/evaluasi/medan/sktm.mdx/2025-01-10.yaml': MONITORING, 'sops/_data/evaluasi/sktm/2025-02-10.yaml': MONITORING }))).toEqual([
      ['evaluasi-sop-tidak-ada', 'sops/_data/evaluasi/medan/sktm.mdx/2025-01-10.yaml', 1, '', 'SOP "medan/sktm.mdx" yang dinilai catatan ini tidak ditemukan. Maksud Anda "medan/sktm"?', fix],
      ['evaluasi-sop-tidak-ada', 'sops/_data/evaluasi/sktm/2025-02-10.yaml', 1, '', 'SOP "sktm" yang dinilai catatan ini tidak ditemukan. Maksud Anda "medan/sktm"?', fix],
    ]);
  });
});

describe('what stays clean', () => {
  it('a replacement in order with records on either side of it, a withdrawal on the effective day with a record that day, partial dates that may be the same, a planned revision date, a draft\'s past review date', async () => {
    expect(rows(await projectIssues({
      [OLD]: sktm('digantikan', 'digantikan_oleh: medan/sktm-2020\n'),
      [NEW]: sktm2020('draf', 'tinjau_ulang: 2021-06-01\n').replace(/efektif: 2020-01-02/, 'efektif: 2020'),
      'sops/_data/evaluasi/medan/sktm/2019-12-30.yaml': MONITORING,
      'sops/_data/evaluasi/medan/sktm/2020-01-02.yaml': MONITORING,
    }))).toEqual([]);
    // The successor's record on its first day, once it is in force (a record of a draf is a warning since sweep 16).
    expect(rows(await projectIssues({
      [OLD]: sktm('digantikan', 'digantikan_oleh: medan/sktm-2020\n'),
      [NEW]: sktm2020('berlaku').replace(/efektif: 2020-01-02/, 'efektif: 2020'),
      'sops/_data/evaluasi/medan/sktm-2020/2020-01-02.yaml': MONITORING,
    }))).toEqual([]);
    expect(rows(await projectIssues({
      [OLD]: sktm('dicabut', 'dicabut: { tanggal: 2017-08-01, alasan: Layanan dialihkan ke kecamatan }\n'),
      'sops/_data/evaluasi/medan/sktm/2017-08-01.yaml': MONITORING,
    }))).toEqual([]);
    const history = 'riwayat_revisi:\n  - { tanggal: 2019-03-04, perubahan: Perubahan waktu langkah 2 }\n';
    expect(rows(await projectIssues({ [OLD]: sktm('berlaku', history).replace('  efektif: 2017-08-01\n', '  efektif: 2017-08-01\n  revisi: 2019\n') }))).toEqual([]);
    expect(rows(await projectIssues({ [OLD]: sktm('berlaku', history).replace('  efektif: 2017-08-01\n', '  efektif: 2017-08-01\n  revisi: 2027-03-04\n') }))).toEqual([]);
  });
});
