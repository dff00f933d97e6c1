/**
 * A tenth sweep of newcomers' mistakes, made copying a signed SOP (PDF) into an SOP file for the
 * first time: dates in English, with a time, a final period or only their month; a revision
 * history out of order, before the SOP or still to come; dates beside their tanggal block or
 * under the document's word; a decision branch to "ditolak", "end" or "-"; seconds and a minus
 * in a step's time; articles of a regulation in odd places; a nomor with its label or a part
 * copied twice; Mutu Baku headings as a list; a heading's colon; text going on under its field;
 * a step numbered in its activity; "-" for an SOP never revised; paper "Folio"; a regulation's
 * number with its label or year; the regulations file as a list; "Ya:" and "Tidak:". One test
 * per fix, with the messages as the author reads them.
 */
import { describe, expect, it } from 'vitest';
import type { CheckIssue } from '../../../src/core/checks/issue';
import { checkProject } from '../../../src/node/check-project';
import { writeTempProject } from '../support/temp-project';
import { SKTM_WITH_DECISION } from '../support/sktm-sop';
import { KELURAHAN_BASE } from '../support/kelurahan-project';

const REGULATIONS = 'sops/_data/dasar-hukum.yaml';
const BASE = KELURAHAN_BASE;
const FILE = 'sops/medan/sktm.mdx';

async function project(files: Record<string, string>) {
  return checkProject(writeTempProject({ ...BASE, [FILE]: SKTM_WITH_DECISION, ...files }, 'sop-sweep10-'), '2026-12-01', { mermaid: false });
}
const projectIssues = async (files: Record<string, string>): Promise<CheckIssue[]> => (await project(files)).issues;
/** The SKTM SOP (medan/sktm) with `from` replaced by `to`; `from` must be in it. */
function edited(from: string, to: string): string {
  expect(SKTM_WITH_DECISION).toContain(from);
  return SKTM_WITH_DECISION.replace(from, to);
}
const sktmIssues = (from: string, to: string) => projectIssues({ [FILE]: edited(from, to) });
/** The SKTM SOP with a revision history (its entries as YAML lines) after sasaran. */
const withRevisions = (entries: string) => sktmIssues('sasaran: Warga', `sasaran: Warga\nriwayat_revisi:\n${entries}`);
const rowsFix = (issues: readonly CheckIssue[]) => issues.map((i) => [i.code, i.file, i.line, i.path, i.message, i.fix]);

describe('a date that names one day written otherwise than TTTT-BB-HH', () => {
  it('in English, "1-Agt-2017", with a time or a final period gets the ISO date it means (it got only "tidak dapat dibaca")', async () => {
    expect(rowsFix(await sktmIssues('pembuatan: 2017-08-01', 'pembuatan: 1 August 2017'))).toEqual([
      [
        'format-isian', 'sops/medan/sktm.mdx', 8, 'tanggal.pembuatan',
        'Tanggal "1 August 2017" tidak dapat dibaca. Maksud Anda 2017-08-01? Tulis tanggal sebagai TTTT-BB-HH, misalnya 2024-03-04 untuk 4 Maret 2024. Bila dokumen hanya menyebut bulan atau tahun, tulis "Agustus 2017" atau "2017"; bila tidak tercantum, tulis "[ISI: tanggal ...]".',
        'Tulis tanggal pembuatan sebagai TTTT-BB-HH, misalnya 2024-02-20; "Agustus 2017" atau "2017" bila dokumen hanya menyebut itu.',
      ],
    ]);
    expect(rowsFix(await sktmIssues('efektif: 2017-08-01', 'efektif: 1-Agt-2017'))).toEqual([
      [
        'format-isian', 'sops/medan/sktm.mdx', 7, 'tanggal.efektif',
        'Tanggal "1-Agt-2017" tidak dapat dibaca. Maksud Anda 2017-08-01? Tulis tanggal sebagai TTTT-BB-HH, misalnya 2024-03-04 untuk 4 Maret 2024. Bila dokumen hanya menyebut bulan atau tahun, tulis "Agustus 2017" atau "2017"; bila tidak tercantum, tulis "[ISI: tanggal ...]".',
        'Tulis tanggal efektif/pengesahan sebagai TTTT-BB-HH, misalnya 2024-03-04.',
      ],
    ]);
    expect(rowsFix(await sktmIssues('pembuatan: 2017-08-01', 'pembuatan: 2017-08-01 10:00'))).toEqual([
      [
        'format-isian', 'sops/medan/sktm.mdx', 8, 'tanggal.pembuatan',
        'Tanggal "2017-08-01 10:00" tidak dapat dibaca. Maksud Anda 2017-08-01? Tulis tanggal sebagai TTTT-BB-HH, misalnya 2024-03-04 untuk 4 Maret 2024. Bila dokumen hanya menyebut bulan atau tahun, tulis "Agustus 2017" atau "2017"; bila tidak tercantum, tulis "[ISI: tanggal ...]".',
        'Tulis tanggal pembuatan sebagai TTTT-BB-HH, misalnya 2024-02-20; "Agustus 2017" atau "2017" bila dokumen hanya menyebut itu.',
      ],
    ]);
    expect(rowsFix(await sktmIssues('pembuatan: 2017-08-01', 'pembuatan: 1 Agustus 2017.'))).toEqual([
      [
        'format-isian', 'sops/medan/sktm.mdx', 8, 'tanggal.pembuatan',
        'Tanggal "1 Agustus 2017." tidak dapat dibaca. Maksud Anda 2017-08-01? Tulis tanggal sebagai TTTT-BB-HH, misalnya 2024-03-04 untuk 4 Maret 2024. Bila dokumen hanya menyebut bulan atau tahun, tulis "Agustus 2017" atau "2017"; bila tidak tercantum, tulis "[ISI: tanggal ...]".',
        'Tulis tanggal pembuatan sebagai TTTT-BB-HH, misalnya 2024-02-20; "Agustus 2017" atau "2017" bila dokumen hanya menyebut itu.',
      ],
    ]);
    expect(rowsFix(await withRevisions('  - tanggal: 2 January 2018\n    perubahan: Revisi'))).toEqual([
      [
        'format-isian', 'sops/medan/sktm.mdx', 11, 'riwayat_revisi[0].tanggal',
        'Tanggal "2 January 2018" tidak dapat dibaca. Maksud Anda 2018-01-02? Tulis tanggal sebagai TTTT-BB-HH, misalnya 2024-03-04 untuk 4 Maret 2024.',
        'Tulis tanggal sebagai TTTT-BB-HH, misalnya 2024-02-27.',
      ],
    ]);
  });

  it('a month in numbers ("2018-01") is named as a month: the day to add in a revision, the month\'s name in the document\'s dates', async () => {
    expect(rowsFix(await withRevisions('  - tanggal: 2018-01\n    perubahan: Penyesuaian waktu'))).toEqual([
      [
        'format-isian', 'sops/medan/sktm.mdx', 11, 'riwayat_revisi[0].tanggal',
        'Tanggal "2018-01" hanya menyebut bulan dan tahun (Januari 2018), padahal kolom ini memerlukan tanggal lengkap. Tulis tanggalnya sebagai 2018-01-HH, dengan HH tanggal di dokumen (01 sampai 31).',
        'Tulis tanggal sebagai TTTT-BB-HH, misalnya 2024-02-27.',
      ],
    ]);
    expect(rowsFix(await sktmIssues('pembuatan: 2017-08-01', 'pembuatan: 2017-08'))).toEqual([
      [
        'format-isian', 'sops/medan/sktm.mdx', 8, 'tanggal.pembuatan',
        'Tanggal "2017-08" tidak dapat dibaca. Maksud Anda "Agustus 2017"? Bila dokumen hanya menyebut bulan dan tahun, tulis nama bulannya, misalnya "Agustus 2017"; bila menyebut tanggalnya, tulis TTTT-BB-HH, misalnya 2024-03-04 untuk 4 Maret 2024.',
        'Tulis tanggal pembuatan sebagai TTTT-BB-HH, misalnya 2024-02-20; "Agustus 2017" atau "2017" bila dokumen hanya menyebut itu.',
      ],
    ]);
  });
});

describe('the dates of the revision history (they passed without a word)', () => {
  it('a revision before the SOP was made is a warning naming the entry', async () => {
    expect(rowsFix(await withRevisions('  - tanggal: 2016-01-05\n    perubahan: Penyesuaian waktu'))).toEqual([
      [
        'riwayat-revisi-sebelum-dibuat', 'sops/medan/sktm.mdx', 11, 'riwayat_revisi[0].tanggal',
        'Revisi ke-1 di riwayat_revisi ("Penyesuaian waktu") bertanggal 2016-01-05, lebih awal dari tanggal pembuatan SOP (2017-08-01); SOP belum ada pada tanggal itu.',
        'Periksa tanggal revisi ini dan tanggal.pembuatan pada dokumen yang ditandatangani; riwayat_revisi hanya mencatat revisi sesudah SOP dibuat.',
      ],
    ]);
  });

  it('a revision after the day of the check is a warning naming the entry', async () => {
    expect(rowsFix(await withRevisions('  - tanggal: 2018-01-02\n    perubahan: Penyesuaian waktu\n  - tanggal: 2027-01-10\n    perubahan: Penambahan langkah'))).toEqual([
      [
        'riwayat-revisi-mendatang', 'sops/medan/sktm.mdx', 13, 'riwayat_revisi[1].tanggal',
        'Revisi ke-2 di riwayat_revisi ("Penambahan langkah") bertanggal 2027-01-10, padahal hari ini 2026-12-01; riwayat revisi hanya mencatat revisi yang sudah dilakukan.',
        'Tulis tanggal revisi itu dilakukan (periksa angka tahun atau bulan yang tertukar); rencana peninjauan berikutnya ditulis di tinjau_ulang.',
      ],
    ]);
  });

  it('a revision older than the one above it is a warning at that entry; the same day twice is not', async () => {
    expect(rowsFix(await withRevisions('  - tanggal: 2019-03-04\n    perubahan: Penambahan langkah\n  - tanggal: 2018-01-02\n    perubahan: Penyesuaian waktu'))).toEqual([
      [
        'riwayat-revisi-tidak-urut', 'sops/medan/sktm.mdx', 13, 'riwayat_revisi[1].tanggal',
        'Revisi ke-2 di riwayat_revisi ("Penyesuaian waktu") bertanggal 2018-01-02, lebih awal dari revisi ke-1 di atasnya (2019-03-04); riwayat_revisi ditulis urut dari yang terlama dan dicetak di halaman SOP sesuai urutan tulisannya.',
        'Pindahkan butir ini ke atas revisi bertanggal 2019-03-04 (terlama di atas), atau periksa tanggalnya pada dokumen.',
      ],
    ]);
    expect(await withRevisions('  - tanggal: 2018-01-02\n    perubahan: Penyesuaian waktu\n  - tanggal: 2018-01-02\n    perubahan: Penambahan langkah')).toEqual([]);
  });
});

describe('the SOP\'s dates written outside their block or under the document\'s word', () => {
  it('"tanggal_pembuatan:" and "tanggal_pengesahan:" beside the other fields are sent into the tanggal block, which is not also reported missing', async () => {
    expect(rowsFix(await sktmIssues('tanggal:\n  efektif: 2017-08-01\n  pembuatan: 2017-08-01\n', 'tanggal_pembuatan: 2017-08-01\ntanggal_pengesahan: 2017-08-01\n'))).toEqual([
      [
        'kolom-tanggal-lain', 'sops/medan/sktm.mdx', 6, 'tanggal_pembuatan',
        'Kolom "tanggal_pembuatan" tidak dikenal: tanggal SOP ditulis di dalam blok tanggal, tempat tanggal pembuatan bernama pembuatan.',
        'Hapus baris tanggal_pembuatan dan tulis pembuatan: dengan tanggalnya di dalam blok tanggal, menjorok dua spasi di bawah "tanggal:", misalnya tanggal: { pembuatan: 2024-02-20, efektif: 2024-03-04 }.',
      ],
      [
        'kolom-tanggal-lain', 'sops/medan/sktm.mdx', 7, 'tanggal_pengesahan',
        'Kolom "tanggal_pengesahan" tidak dikenal: tanggal SOP ditulis di dalam blok tanggal, tempat tanggal pengesahan (Tanggal Efektif) bernama efektif.',
        'Hapus baris tanggal_pengesahan dan tulis efektif: dengan tanggalnya di dalam blok tanggal, menjorok dua spasi di bawah "tanggal:", misalnya tanggal: { pembuatan: 2024-02-20, efektif: 2024-03-04 }; bila dokumennya menulis "Tanggal Pengesahan", tambahkan juga label_efektif: Tanggal Pengesahan di blok tanggal agar halaman identitas mencetak label itu.',
      ],
    ]);
  });

  it('"pengesahan:" inside the block is efektif, with the label to print the document\'s word; efektif is not also reported missing', async () => {
    expect(rowsFix(await sktmIssues('  efektif: 2017-08-01', '  pengesahan: 2017-08-01'))).toEqual([
      [
        'kolom-tanggal-lain', 'sops/medan/sktm.mdx', 7, 'tanggal',
        'Kolom "pengesahan" tidak dikenal di blok tanggal: tanggal pengesahan (Tanggal Efektif) bernama efektif.',
        'Ganti "pengesahan:" dengan efektif:; bila dokumennya menulis "Tanggal Pengesahan", tambahkan juga label_efektif: Tanggal Pengesahan di blok tanggal agar halaman identitas mencetak label itu.',
      ],
    ]);
  });

  it('"-" for an SOP never revised is no revision, as the identity page prints it (it said "tidak dapat dibaca")', async () => {
    const r = await project({ [FILE]: edited('  pembuatan: 2017-08-01', '  pembuatan: 2017-08-01\n  revisi: "-"') });
    expect(r.issues).toEqual([]);
    expect(r.catalog.sops[0]!.data.tanggal.revisi).toBeUndefined();
  });
});

describe('a decision branch to a word that ends the process', () => {
  it('"ditolak", "end" and "-" get selesai, an outcome as the label; any other word keeps its message', async () => {
    expect(rowsFix(await sktmIssues('tidak: { ke: selesai }', 'tidak: { ke: ditolak }'))).toEqual([
      [
        'cabang-tujuan-kata', 'sops/medan/sktm.mdx', 23, 'langkah[1].keputusan.tidak.ke',
        'Cabang tidak ("Tidak") menuju "ditolak", padahal tujuan cabang ditulis sebagai nomor langkah (misalnya 3) atau "selesai"; diagram tidak tahu ke mana panah "Tidak" ditarik.',
        'Bila proses berakhir karena ditolak, tulis ke: selesai dan jadikan "ditolak" labelnya: tidak: { label: Ditolak, ke: selesai }.',
      ],
    ]);
    expect(rowsFix(await sktmIssues('tidak: { ke: selesai }', 'tidak: { label: Tidak lengkap, ke: end }'))).toEqual([
      [
        'cabang-tujuan-kata', 'sops/medan/sktm.mdx', 23, 'langkah[1].keputusan.tidak.ke',
        'Cabang tidak ("Tidak lengkap") menuju "end", padahal tujuan cabang ditulis sebagai nomor langkah (misalnya 3) atau "selesai"; diagram tidak tahu ke mana panah "Tidak lengkap" ditarik.',
        'Bila proses berakhir di cabang ini, tulis tidak: { label: Tidak lengkap, ke: selesai }.',
      ],
    ]);
    expect(rowsFix(await sktmIssues('tidak: { ke: selesai }', 'tidak: { ke: "-" }'))).toEqual([
      [
        'cabang-tujuan-kata', 'sops/medan/sktm.mdx', 23, 'langkah[1].keputusan.tidak.ke',
        'Cabang tidak ("Tidak") menuju "-", padahal tujuan cabang ditulis sebagai nomor langkah (misalnya 3) atau "selesai"; diagram tidak tahu ke mana panah "Tidak" ditarik.',
        'Bila proses berakhir di cabang ini, tulis tidak: { label: Tidak, ke: selesai }; bila berlanjut, tulis nomor langkah tujuannya, misalnya ke: 3.',
      ],
    ]);
  });
});

describe('a step\'s time in seconds or with a minus', () => {
  it('seconds get the whole minutes to write, rounded up', async () => {
    expect(rowsFix(await sktmIssues('waktu: 15 menit', 'waktu: 30 detik'))).toEqual([
      [
        'waktu-tak-terbaca', 'sops/medan/sktm.mdx', 26, 'langkah[2].waktu',
        'Waktu "30 detik" ditulis dengan detik, padahal kolom Waktu dibaca dalam menit, jam, hari, minggu atau bulan (satuan terkecilnya menit). Tulis waktu: "1 menit" (dibulatkan ke atas ke menit penuh), dan tulis lamanya dalam detik di keterangan bila perlu, misalnya keterangan: "30 detik".',
        'Tulis waktu seperti "15 menit", "30 - 60 menit", "3-7 hari", "3 x 24 jam"; "-" bila tidak ditentukan; "Tentatif" atau "sesuai kebutuhan" bila memang tidak tentu.',
      ],
    ]);
    expect(rowsFix(await sktmIssues('waktu: 15 menit', 'waktu: 1 menit 30 detik'))).toEqual([
      [
        'waktu-tak-terbaca', 'sops/medan/sktm.mdx', 26, 'langkah[2].waktu',
        'Waktu "1 menit 30 detik" ditulis dengan detik, padahal kolom Waktu dibaca dalam menit, jam, hari, minggu atau bulan (satuan terkecilnya menit). Tulis waktu: "2 menit" (dibulatkan ke atas ke menit penuh), dan tulis lamanya dalam detik di keterangan bila perlu, misalnya keterangan: "1 menit 30 detik".',
        'Tulis waktu seperti "15 menit", "30 - 60 menit", "3-7 hari", "3 x 24 jam"; "-" bila tidak ditentukan; "Tentatif" atau "sesuai kebutuhan" bila memang tidak tentu.',
      ],
    ]);
  });

  it('a minus before the time is named as such', async () => {
    expect(rowsFix(await sktmIssues('waktu: 15 menit', 'waktu: -15 menit'))).toEqual([
      [
        'waktu-tak-terbaca', 'sops/medan/sktm.mdx', 26, 'langkah[2].waktu',
        'Waktu "-15 menit" diawali tanda minus, padahal lama langkah tidak dapat kurang dari nol. Tulis waktu: "15 menit" bila itu lamanya, atau "-" saja bila waktunya tidak ditentukan.',
        'Tulis waktu seperti "15 menit", "30 - 60 menit", "3-7 hari", "3 x 24 jam"; "-" bila tidak ditentukan; "Tentatif" atau "sesuai kebutuhan" bila memang tidak tentu.',
      ],
    ]);
  });
});

describe('the article of a regulation cited', () => {
  it('"Pasal 5 uu-11-2009", the article before the id, gets the citation to write', async () => {
    expect(rowsFix(await sktmIssues('dasar_hukum: [uu-11-2009]', 'dasar_hukum:\n  - Pasal 5 uu-11-2009'))).toEqual([
      [
        'format-isian', 'sops/medan/sktm.mdx', 11, 'dasar_hukum[0]',
        'Pasal ditulis di dalam id dasar hukum "Pasal 5 uu-11-2009". Tulis id dan pasalnya terpisah: - { id: uu-11-2009, pasal: "Pasal 5" }.',
        'Tulis daftar id dari sops/_data/dasar-hukum.yaml, misalnya dasar_hukum: [uu-11-2009], atau { id: uud-1945, pasal: "Pasal 34 ayat (1)" } untuk mengutip pasal.',
      ],
    ]);
  });

  it('"- uu-11-2009: Pasal 5" is one message with the citation to write (it was three)', async () => {
    expect(rowsFix(await sktmIssues('dasar_hukum: [uu-11-2009]', 'dasar_hukum:\n  - uu-11-2009: Pasal 5'))).toEqual([
      [
        'format-isian', 'sops/medan/sktm.mdx', 11, 'dasar_hukum[0]',
        'Butir ini ditulis "uu-11-2009: Pasal 5", sehingga YAML membacanya sebagai kolom bernama "uu-11-2009". Tulis id dan pasalnya sebagai - { id: uu-11-2009, pasal: "Pasal 5" }.',
        'Tulis daftar id dari sops/_data/dasar-hukum.yaml, misalnya dasar_hukum: [uu-11-2009], atau { id: uud-1945, pasal: "Pasal 34 ayat (1)" } untuk mengutip pasal.',
      ],
    ]);
  });

  it('pasal: 5 (accepted, printed "5 Undang-Undang ...") is a warning with the word to add', async () => {
    expect(rowsFix(await sktmIssues('dasar_hukum: [uu-11-2009]', 'dasar_hukum:\n  - { id: uu-11-2009, pasal: 5 }'))).toEqual([
      [
        'pasal-tanpa-kata-pasal', 'sops/medan/sktm.mdx', 11, 'dasar_hukum[0].pasal',
        'Pasal dasar hukum "uu-11-2009" ditulis "5" tanpa kata "Pasal"; di halaman identitas SOP tercetak "5 Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial".',
        'Tulis pasal: "Pasal 5".',
      ],
    ]);
    expect(await sktmIssues('dasar_hukum: [uu-11-2009]', 'dasar_hukum:\n  - { id: uu-11-2009, pasal: "Pasal 5 ayat (1)" }')).toEqual([]);
  });
});

describe('a revision written as its date and its change', () => {
  it('"- 2 Januari 2018: Perubahan waktu" is one message with the entry to write (it was three)', async () => {
    expect(rowsFix(await withRevisions('  - 2 Januari 2018: Perubahan waktu'))).toEqual([
      [
        'format-isian', 'sops/medan/sktm.mdx', 11, 'riwayat_revisi[0]',
        'Butir riwayat revisi ditulis "2 Januari 2018: Perubahan waktu", sehingga YAML membaca tanggalnya sebagai nama kolom. Tulis - { tanggal: 2018-01-02, perubahan: "Perubahan waktu" }.',
        'Tulis daftar { tanggal: 2024-02-27, perubahan: "..." }.',
      ],
    ]);
  });
});

describe('the nomor copied with more than the number', () => {
  it('its label twice, or without a colon (accepted, printed "Nomor SOP Nomor 474/..."), gets the number alone', async () => {
    expect(rowsFix(await sktmIssues('nomor: "474/12/2017"', 'nomor: "Nomor: Nomor 474/12/2017"'))).toEqual([
      [
        'isian-berlabel', 'sops/medan/sktm.mdx', 2, 'nomor',
        'Isian nomor diawali "Nomor: Nomor", padahal halaman identitas SOP sudah mencetak labelnya; "Nomor: Nomor" akan tercetak dua kali.',
        'Hapus "Nomor: Nomor" dan tulis isinya saja: nomor: "474/12/2017".',
      ],
    ]);
    expect(rowsFix(await sktmIssues('nomor: "474/12/2017"', 'nomor: Nomor 474/12/2017'))).toEqual([
      [
        'isian-berlabel', 'sops/medan/sktm.mdx', 2, 'nomor',
        'Isian nomor diawali "Nomor", padahal halaman identitas SOP sudah mencetak labelnya; "Nomor" akan tercetak dua kali.',
        'Hapus "Nomor" dan tulis isinya saja: nomor: "474/12/2017".',
      ],
    ]);
  });

  it('an agency\'s code copied twice (accepted) is a warning; a number repeated is not', async () => {
    expect(rowsFix(await sktmIssues('nomor: "474/12/2017"', 'nomor: "474/12/Kel-SPT/Kel-SPT/2017"'))).toEqual([
      [
        'nomor-bagian-ganda', 'sops/medan/sktm.mdx', 2, 'nomor',
        'Nomor SOP "474/12/Kel-SPT/Kel-SPT/2017" memuat "Kel-SPT" dua kali berturut-turut; kode instansi atau unit biasanya tersalin dua kali.',
        'Periksa nomor pada dokumen yang ditandatangani; bila "Kel-SPT" tertulis sekali, tulis nomor: "474/12/Kel-SPT/2017".',
      ],
    ]);
    expect(await sktmIssues('nomor: "474/12/2017"', 'nomor: "474/474/2017"')).toEqual([]);
  });
});

describe('the Mutu Baku headings', () => {
  it('written as a list in the document\'s order get the block, each heading under its column (it said "blok isian, bukan daftar")', async () => {
    expect(rowsFix(await sktmIssues('sasaran: Warga', 'sasaran: Warga\nmutu_baku: [Waktu (Menit), Persyaratan, Output]'))).toEqual([
      [
        'mutu-baku-berupa-daftar', 'sops/medan/sktm.mdx', 10, 'mutu_baku',
        'Kolom mutu_baku ditulis sebagai daftar judul kolom (Waktu (Menit), Persyaratan, Output), padahal setiap judul kolom Mutu Baku ditulis di bawah nama kolomnya: kelengkapan, waktu dan output; dari daftar, diagram tidak tahu judul mana untuk kolom mana.',
        'Tulis mutu_baku: { kelengkapan: Persyaratan, waktu: Waktu (Menit), output: Output }. Urutan judul di dokumen tidak perlu diikuti; yang menentukan adalah nama kolomnya.',
      ],
    ]);
  });

  it('"persyaratan", the document\'s word, is sent to kelengkapan', async () => {
    expect(rowsFix(await sktmIssues('sasaran: Warga', 'sasaran: Warga\nmutu_baku: { persyaratan: Persyaratan }'))).toEqual([
      [
        'kolom-tidak-dikenal', 'sops/medan/sktm.mdx', 10, 'mutu_baku',
        'Kolom tidak dikenal: "persyaratan" (maksud Anda "kelengkapan"?).',
        'Periksa ejaannya atau hapus. Kolom yang dikenal di sini: kelengkapan, waktu, output, keterangan.',
      ],
    ]);
  });
});

describe('text copied with the document\'s line breaks and colons', () => {
  it('a heading with its colon ("label: Lurah:") is named as such (it said a colon was missing)', async () => {
    expect(rowsFix(await sktmIssues('  - { id: lurah, label: Lurah }', '  - id: lurah\n    label: Lurah:'))).toEqual([
      [
        'yaml-sintaks', 'sops/medan/sktm.mdx', 14, '',
        'YAML tidak dapat dibaca: Teks "Lurah:" diakhiri titik dua, yang dibaca YAML sebagai nama kolom baru; judul di dokumen memang diikuti ":", tetapi titik dua itu tidak ikut ditulis.',
        'Hapus titik dua di akhir teks: label: Lurah. Bila titik dua memang bagian dari teksnya, beri tanda kutip: label: "Lurah:".',
      ],
    ]);
    expect(rowsFix(await sktmIssues('{ id: lurah, label: Lurah }', '{ id: lurah, label: Lurah: }'))).toEqual([
      [
        'yaml-sintaks', 'sops/medan/sktm.mdx', 13, '',
        'YAML tidak dapat dibaca: Teks "Lurah:" diakhiri titik dua, yang dibaca YAML sebagai nama kolom baru; judul di dokumen memang diikuti ":", tetapi titik dua itu tidak ikut ditulis.',
        'Hapus titik dua di akhir teks: label: Lurah. Bila titik dua memang bagian dari teksnya, beri tanda kutip: label: "Lurah:".',
      ],
    ]);
  });

  it('a keterangan going on under its field name is named as such (it said a quote was left open)', async () => {
    expect(rowsFix(await sktmIssues('    waktu: 15 menit', '    waktu: 15 menit\n    keterangan: Surat ditandatangani\n    dan diberi nomor'))).toEqual([
      [
        'yaml-sintaks', 'sops/medan/sktm.mdx', 28, '',
        'YAML tidak dapat dibaca: Baris ini melanjutkan teks "keterangan" di baris atasnya, tetapi tidak lebih menjorok daripada "keterangan", sehingga YAML membacanya sebagai nama kolom tanpa titik dua, bukan sebagai lanjutan teks.',
        'Gabungkan baris ini ke ujung baris "keterangan: ..." di atasnya, atau tambahkan spasi di awal baris ini sampai lebih menjorok daripada "keterangan".',
      ],
    ]);
  });

  it('a kegiatan with its row\'s number (accepted, printed twice) is a warning', async () => {
    expect(rowsFix(await sktmIssues('  - kegiatan: Menandatangani surat', '  - kegiatan: 3. Menandatangani surat'))).toEqual([
      [
        'kegiatan-bernomor', 'sops/medan/sktm.mdx', 24, 'langkah[2].kegiatan',
        'Kegiatan langkah ke-3 diawali nomor "3.", padahal kolom No di diagram alir sudah mencetak nomor langkah; "3." akan tercetak dua kali di baris itu.',
        'Hapus "3." dan tulis kegiatannya saja: kegiatan: Menandatangani surat. Nomor langkah mengikuti urutannya di daftar langkah.',
      ],
    ]);
  });
});

describe('paper', () => {
  it('"Folio" is named as F4', async () => {
    expect(rowsFix(await sktmIssues('sasaran: Warga', 'sasaran: Warga\ncetak: { kertas: Folio }'))).toEqual([
      [
        'format-isian', 'sops/medan/sktm.mdx', 10, 'cetak.kertas',
        'Kertas "Folio" adalah ukuran F4 (215 x 330 mm); di sini ditulis kertas: F4.',
        'Tulis kertas: A4 atau kertas: F4, atau hapus baris ini agar memakai kertas instansi.',
      ],
    ]);
  });
});

describe('the regulations file', () => {
  it('a number with its year or its label (accepted, printed "Nomor 11 Tahun 2009 Tahun 2009") is a warning', async () => {
    expect(rowsFix(await projectIssues({ [REGULATIONS]: 'uu-11-2009: { jenis: Undang-Undang, nomor: "11 Tahun 2009", tahun: 2009, tentang: Kesejahteraan Sosial }\n' }))).toEqual([
      [
        'dasar-hukum-nomor-berlabel', 'sops/_data/dasar-hukum.yaml', 1, 'uu-11-2009.nomor',
        'Nomor peraturan ditulis "11 Tahun 2009", padahal judul peraturan sudah mencetak kata "Nomor" dan tahunnya sendiri; akan tercetak "Undang-Undang Nomor 11 Tahun 2009 Tahun 2009 tentang Kesejahteraan Sosial".',
        'Tulis angkanya saja: nomor: "11".',
      ],
    ]);
    expect(rowsFix(await projectIssues({ [REGULATIONS]: 'uu-11-2009: { jenis: Undang-Undang, nomor: No. 11, tahun: 2009, tentang: Kesejahteraan Sosial }\n' }))).toEqual([
      [
        'dasar-hukum-nomor-berlabel', 'sops/_data/dasar-hukum.yaml', 1, 'uu-11-2009.nomor',
        'Nomor peraturan ditulis "No. 11", padahal judul peraturan sudah mencetak kata "Nomor" dan tahunnya sendiri; akan tercetak "Undang-Undang Nomor No. 11 Tahun 2009 tentang Kesejahteraan Sosial".',
        'Tulis angkanya saja: nomor: "11".',
      ],
    ]);
  });

  it('written as a list of "- id:" entries gets the entry as it is written', async () => {
    expect(rowsFix(await projectIssues({ [REGULATIONS]: '- id: uu-11-2009\n  jenis: Undang-Undang\n  nomor: "11"\n  tahun: 2009\n  tentang: Kesejahteraan Sosial\n' }))).toEqual([
      [
        'format-isian', 'sops/_data/dasar-hukum.yaml', 1, '',
        'Berkas dasar hukum ditulis sebagai daftar butir "- id: ...", padahal setiap peraturan ditulis dengan id-nya sebagai nama kolom, agar SOP dapat menyebutnya dengan id itu.',
        'Tulis setiap peraturan di barisnya sendiri, diawali id-nya, tanpa "- " dan tanpa "id:", misalnya uu-11-2009: { jenis: Undang-Undang, nomor: "11", tahun: 2009, tentang: Kesejahteraan Sosial }.',
      ],
    ]);
  });
});

describe('decision branches in capitals', () => {
  it('"Ya:" and "Tidak:" are ya and tidak misspelt (they were named as labels written as field names)', async () => {
    expect(rowsFix(await sktmIssues('      ya: { ke: 3 }\n      tidak: { ke: selesai }', '      Ya: 3\n      Tidak: selesai'))).toEqual([
      [
        'kolom-tidak-dikenal', 'sops/medan/sktm.mdx', 22, 'langkah[1].keputusan',
        'Kolom tidak dikenal: "Ya" (maksud Anda "ya"?).',
        'Periksa ejaannya atau hapus. Kolom yang dikenal di sini: pertanyaan, ya, tidak.',
      ],
      [
        'kolom-tidak-dikenal', 'sops/medan/sktm.mdx', 23, 'langkah[1].keputusan',
        'Kolom tidak dikenal: "Tidak" (maksud Anda "tidak"?).',
        'Periksa ejaannya atau hapus. Kolom yang dikenal di sini: pertanyaan, ya, tidak.',
      ],
    ]);
  });
});
