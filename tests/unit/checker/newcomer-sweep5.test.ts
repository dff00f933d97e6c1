/**
 * A fifth sweep of newcomers' mistakes: lists and times copied from Word, decisions written the
 * way a sentence says them, ids in capitals, field names in English. One test per fix, with the
 * messages as the author reads them.
 */
import { describe, expect, it } from 'vitest';
import type { CheckIssue } from '../../../src/core/checks/issue';
import { checkProject } from '../../../src/node/check-project';
import { writeTempProject } from '../support/temp-project';
import { brief, briefFix, readSktm as read, minutesOf as minutes } from '../support/issue-lists';
import { SKTM_WITH_DECISION } from '../support/sktm-sop';

const AGENCY = `nama: Kelurahan Sei Putih Timur I
kota: Medan
alamat: Jl. Contoh
kepala: { jabatan: Lurah Sei Putih Timur I, nama: Budi }
pola_nomor_surat: "{klasifikasi}/{nomor}/{tahun}"
pengaduan: ["[ISI: saluran pengaduan]"]
`;
const BASE = {
  'sops/_data/instansi/kel-sei-putih-timur-1.yaml': AGENCY,
  'sops/_data/dasar-hukum.yaml': 'uu-11-2009: { jenis: Undang-Undang, nomor: "11", tahun: 2009, tentang: Kesejahteraan Sosial }\n',
  'sops/_data/situs.yaml': 'nama: SOP Kelurahan\nalamat: https://sop.contoh.go.id\n',
};
async function projectIssues(files: Record<string, string>): Promise<CheckIssue[]> {
  return (await checkProject(writeTempProject({ ...BASE, ...files }, 'sop-sweep5-'), '2026-12-01', { mermaid: false })).issues;
}

/** A valid SOP with a decision at step 2; `edit` changes its text. */
const sop = (edit: (t: string) => string = (t) => t): string => edit(SKTM_WITH_DECISION);


describe('times written as service standards write them', () => {
  it('"s.d. 5 hari" is an upper bound like "maks. 5 hari"; "hari kalender" are days', () => {
    expect(minutes('s.d. 5 hari')).toEqual([7200, 7200]);
    expect(minutes('sampai dengan 2 jam')).toEqual([120, 120]);
    expect(minutes('14 hari kalender')).toEqual([20160, 20160]);
    expect(minutes('15 s.d. 30 menit')).toEqual([15, 30]);
    expect(brief(read(sop((t) => t.replace('waktu: 15 menit', 'waktu: s.d. 5 hari'))).issues)).toEqual([]);
  });
});

describe('decision branches written the way a sentence says them', () => {
  const branches = (edit: (t: string) => string) => {
    const r = read(sop(edit));
    return r.value ? r.value.data.langkah[1]!.keputusan : brief(r.issues);
  };
  it('"langkah 3", "ke langkah 3" and "Selesai." name the step and the end', () => {
    expect(branches((t) => t.replace('ya: { ke: 3 }', 'ya: { ke: langkah 3 }').replace('tidak: { ke: selesai }', 'tidak: { ke: Selesai. }'))).toEqual({
      ya: { label: 'Ya', ke: 3 },
      tidak: { label: 'Tidak', ke: 'selesai' },
    });
    expect(branches((t) => t.replace('ya: { ke: 3 }', 'ya: { ke: "ke langkah 3" }'))).toEqual({ ya: { label: 'Ya', ke: 3 }, tidak: { label: 'Tidak', ke: 'selesai' } });
  });
  it('a branch written as its target alone, "ya: 3", is that target with its usual label', () => {
    expect(branches((t) => t.replace('ya: { ke: 3 }', 'ya: 3').replace('tidak: { ke: selesai }', 'tidak: selesai'))).toEqual({
      ya: { label: 'Ya', ke: 3 },
      tidak: { label: 'Tidak', ke: 'selesai' },
    });
  });
  it('a target that is neither keeps its message', () => {
    expect(brief(read(sop((t) => t.replace('ya: { ke: 3 }', 'ya: { ke: berkas lengkap }'))).issues)).toEqual([
      ['format-isian', 'langkah[1].keputusan.ya.ke', 22, 'Tujuan cabang harus nomor langkah (misalnya 6) atau "selesai".'],
    ]);
  });
});

describe('an actor id written in capitals on a step', () => {
  it('gets the id in small letters, as the declared actor does', () => {
    expect(brief(read(sop((t) => t.replace('    pelaksana: lurah', '    pelaksana: Lurah'))).issues)).toEqual([
      ['format-isian', 'langkah[2].pelaksana', 25, 'Id pelaksana hanya huruf kecil, angka dan tanda hubung, misalnya "staf-adm". Maksud Anda "lurah"?'],
    ]);
  });
});

describe('lines copied from Word into the YAML', () => {
  it('a list numbered "1." or bulleted "•" is named with its marker, at its line', () => {
    const numbered = (marker: string) => sop((t) => t.replace('  - { id: staf, label: Staf }\n  - { id: lurah, label: Lurah }', `  ${marker} { id: staf, label: Staf }\n  ${marker} { id: lurah, label: Lurah }`));
    expect(briefFix(read(numbered('1.')).issues)).toEqual([
      [
        'yaml-penanda-butir', '', 12,
        'Butir daftar diawali "1." (penomoran atau poin dari Word); YAML hanya mengenal butir yang diawali tanda hubung "- ".',
        'Ganti "1." di awal setiap butir dengan "- " (tanda hubung lalu spasi); nomor butir dan langkah dibuat otomatis menurut urutannya.',
      ],
    ]);
    expect(brief(read(numbered('\u2022')).issues)).toEqual([
      ['yaml-penanda-butir', '', 12, 'Butir daftar diawali "\u2022" (penomoran atau poin dari Word); YAML hanya mengenal butir yang diawali tanda hubung "- ".'],
    ]);
  });
  it('a non-breaking space after a field name is named with the field', () => {
    expect(briefFix(read(sop((t) => t.replace('    pelaksana: lurah', '    pelaksana:\u00a0lurah'))).issues)).toEqual([
      [
        'yaml-spasi-khusus', '', 25,
        'Spasi sesudah "pelaksana:" adalah spasi khusus (spasi tak terputus, tersalin dari Word atau PDF), sehingga YAML tidak membaca "pelaksana" sebagai nama kolom.',
        'Hapus spasi sesudah titik dua lalu ketik ulang dengan spasi biasa.',
      ],
    ]);
  });
  it('a field of a step indented deeper than the one above it is named at its own line', () => {
    expect(briefFix(read(sop((t) => t.replace('  - kegiatan: Menandatangani surat\n    pelaksana: lurah', '  - kegiatan: Menandatangani surat\n      pelaksana: lurah'))).issues)).toEqual([
      [
        'yaml-menjorok', '', 25,
        'Kolom "pelaksana" ditulis lebih menjorok daripada "kegiatan" di atasnya, sehingga YAML membacanya sebagai lanjutan teks "kegiatan".',
        'Hapus spasi di awal baris ini sampai "pelaksana" tepat sejajar di bawah "kegiatan".',
      ],
    ]);
  });
  it('a tab at the start of a line keeps its own message', () => {
    expect(brief(read(sop((t) => t.replace('    pelaksana: lurah', '\tpelaksana: lurah'))).issues)).toEqual([
      ['yaml-sintaks', '', 25, 'YAML tidak dapat dibaca: Ada tab di awal baris; YAML hanya menerima spasi untuk indentasi.'],
    ]);
  });
});

describe('field names from other templates', () => {
  it('a field written in English is sent to its Indonesian name, and that field is not also reported missing', () => {
    expect(brief(read(sop((t) => t.replace('judul:', 'title:').replace('langkah:', 'steps:'))).issues)).toEqual([
      ['kolom-tidak-dikenal', 'title', 3, 'Kolom tidak dikenal: "title" (maksud Anda "judul"?).'],
      ['kolom-tidak-dikenal', 'steps', 14, 'Kolom tidak dikenal: "steps" (maksud Anda "langkah"?).'],
    ]);
  });
  it('a step numbered by hand is told that steps are numbered by their order', () => {
    expect(briefFix(read(sop((t) => t.replace('  - kegiatan: Menerima berkas', '  - no: 1\n    kegiatan: Menerima berkas'))).issues)).toEqual([
      [
        'langkah-bernomor', 'langkah[0]', 15,
        'Kolom "no" tidak dipakai: langkah dinomori otomatis menurut urutannya di daftar langkah.',
        'Hapus baris "no: ..."; untuk mengubah nomor sebuah langkah, pindahkan langkah itu ke urutan yang benar (cabang keputusan "ke:" memakai nomor menurut urutan ini).',
      ],
    ]);
  });
});

describe('pictures and logos written as where they are on the author\'s computer', () => {
  it('a picture at C:\\... and a logo at D:\\... are named as such, with the folder to copy them to', async () => {
    const issues = await projectIssues({
      'sops/medan/sktm.mdx': sop((t) => t.replace('Gratis.\n', 'Gratis.\n\n![Alur](C:\\Users\\staf\\Desktop\\alur.png)\n')),
      'sops/_data/instansi/kel-sei-putih-timur-1.yaml': AGENCY + 'logo: D:\\logo\\medan.png\n',
    });
    expect(briefFix(issues.filter((i) => i.code === 'berkas-di-komputer'))).toEqual([
      [
        'berkas-di-komputer', 'logo', 7,
        '"D:\\logo\\medan.png" adalah alamat berkas di komputer Anda; situs dan PDF tidak dapat membacanya.',
        'Salin berkas medan.png ke folder public/logo/, lalu tulis alamatnya sebagai /logo/medan.png.',
      ],
      [
        'berkas-di-komputer', 'narasi', 33,
        '"C:\\Users\\staf\\Desktop\\alur.png" adalah alamat berkas di komputer Anda; situs dan PDF tidak dapat membacanya.',
        'Salin berkas alur.png ke folder public/gambar/, lalu tulis alamatnya sebagai /gambar/alur.png.',
      ],
    ]);
    expect(issues.filter((i) => i.code === 'gambar-tidak-ada' || i.code === 'logo-tidak-ada')).toEqual([]);
  });
});

describe('an article cited inside the regulation id', () => {
  it('"uu-11-2009 pasal 5" gets the id and the article written apart', () => {
    expect(brief(read(sop((t) => t.replace('dasar_hukum: [uu-11-2009]', 'dasar_hukum: [uu-11-2009 pasal 5]'))).issues)).toEqual([
      ['format-isian', 'dasar_hukum[0]', 10, 'Pasal ditulis di dalam id dasar hukum "uu-11-2009 pasal 5". Tulis id dan pasalnya terpisah: - { id: uu-11-2009, pasal: "Pasal 5" }.'],
    ]);
  });
});

describe('a file saved with the line ends of old Macs', () => {
  it('is named as such, not as a file without frontmatter', () => {
    expect(briefFix(read(sop().replace(/\n/g, '\r')).issues)).toEqual([
      [
        'akhir-baris-cr', '', 1,
        'Berkas ini disimpan dengan akhir baris "CR" saja (gaya Mac lama), sehingga seluruh isinya terbaca sebagai satu baris dan frontmatter tidak ditemukan.',
        'Buka berkas di penyunting teks (misalnya VS Code atau Notepad++), ubah akhir barisnya menjadi "LF" atau "CRLF", lalu simpan ulang.',
      ],
    ]);
  });
});

describe('identity texts copied with the document\'s cell or label', () => {
  it('nomor "-" is an error that gives the placeholder; "Nomor : ..." is a warning that gives the text alone', async () => {
    const issues = await projectIssues({
      'sops/medan/sktm.mdx': sop((t) => t.replace('nomor: "474/12/2017"', 'nomor: "-"')),
      'sops/medan/domisili.mdx': sop((t) => t.replace('nomor: "474/12/2017"', 'nomor: "Nomor : 474/13/2017"').replace('Tidak Mampu', 'Domisili')),
    });
    expect(briefFix(issues.filter((i) => i.file.startsWith('sops/medan/')))).toEqual([
      [
        'isian-berlabel', 'nomor', 2,
        'Isian nomor diawali "Nomor :", padahal halaman identitas SOP sudah mencetak labelnya; "Nomor :" akan tercetak dua kali.',
        'Hapus "Nomor :" dan tulis isinya saja: nomor: "474/13/2017".',
      ],
      [
        'isian-strip', 'nomor', 2,
        'Kolom nomor ditulis "-" saja; kolom ini wajib dan dicetak di halaman identitas SOP.',
        'Tulis isinya, atau nomor: "[ISI: nomor SOP]" sampai diketahui (SOP tetap berstatus draf).',
      ],
    ]);
  });
});

describe('dates written year first with slashes, spaced out, or month first', () => {
  it('get the ISO date they mean', () => {
    const efektif = (v: string) => brief(read(sop((t) => t.replace('efektif: 2017-08-01', `efektif: ${v}`))).issues);
    const tail = ' Tulis tanggal sebagai TTTT-BB-HH, misalnya 2024-03-04 untuk 4 Maret 2024. Bila dokumen hanya menyebut bulan atau tahun, tulis "Agustus 2017" atau "2017"; bila tidak tercantum, tulis "[ISI: tanggal ...]".';
    expect(efektif('2024/03/05')).toEqual([['format-isian', 'tanggal.efektif', 7, `Tanggal "2024/03/05" tidak dapat dibaca. Maksud Anda 2024-03-05?${tail}`]]);
    expect(efektif('"12 - 03 - 2024"')).toEqual([['format-isian', 'tanggal.efektif', 7, `Tanggal "12 - 03 - 2024" tidak dapat dibaca. Maksud Anda 2024-03-12?${tail}`]]);
    expect(efektif('Maret 12, 2024')).toEqual([['format-isian', 'tanggal.efektif', 7, `Tanggal "Maret 12, 2024" tidak dapat dibaca. Maksud Anda 2024-03-12?${tail}`]]);
  });
});
