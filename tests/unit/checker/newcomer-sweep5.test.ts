/**
 * A fifth sweep of newcomers' mistakes: lists and times copied from Word, decisions written the
 * way a sentence says them, ids in capitals, field names in English. One test per fix, with the
 * messages as the author reads them.
 */
import { describe, expect, it } from 'vitest';
import type { CheckIssue } from '../../../src/core/checks/issue';
import { readSopText } from '../../../src/core/source/read-sources';
import { parseWaktu } from '../../../src/core/waktu/parse';

/** A valid SOP with a decision at step 2; `edit` changes its text. */
function sop(edit: (t: string) => string = (t) => t): string {
  return edit(`---
nomor: "474/12/2017"
judul: Pelayanan Surat Keterangan Tidak Mampu
instansi: kel-sei-putih-timur-1
status: draf
tanggal:
  efektif: 2017-08-01
  pembuatan: 2017-08-01
sasaran: Warga
dasar_hukum: [uu-11-2009]
pelaksana:
  - { id: staf, label: Staf }
  - { id: lurah, label: Lurah }
langkah:
  - kegiatan: Menerima berkas
    pelaksana: staf
    waktu: 10 menit
  - kegiatan: Memeriksa berkas
    pelaksana: staf
    waktu: 10 menit
    keputusan:
      ya: { ke: 3 }
      tidak: { ke: selesai }
  - kegiatan: Menandatangani surat
    pelaksana: lurah
    waktu: 15 menit
---

## Biaya

Gratis.
`);
}

const read = (text: string) => readSopText('medan/sktm', 'sops/medan/sktm.mdx', text);
const brief = (issues: readonly CheckIssue[]) => issues.map((i) => [i.code, i.path, i.line, i.message]);
const briefFix = (issues: readonly CheckIssue[]) => issues.map((i) => [i.code, i.path, i.line, i.message, i.fix]);

describe('times written as service standards write them', () => {
  const minutes = (s: string) => {
    const r = parseWaktu(s);
    return r.ok && r.waktu ? [r.waktu.min, r.waktu.max] : r.ok ? null : 'tak terbaca';
  };
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
