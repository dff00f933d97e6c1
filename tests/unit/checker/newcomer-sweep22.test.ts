/**
 * A twenty-second sweep, on the service-standard files (sops/_layanan/*.yaml) as a clerk fills
 * them in from a printed Maklumat or Standar Pelayanan decree. Tried: a requirement or step with
 * ": " inside it ("Fotokopi KTP: 1 lembar", "Tahap 2: ..."), ending in ":" or with its sub-items
 * under it; requirements split as the decree splits them ("persyaratan_administrasi:",
 * "persyaratan_teknis:"); an alasan written beside jangka_waktu/biaya/produk instead of in its
 * block; the office's hours under the Maklumat's words ("jadwal_pelayanan", "hari_dan_jam_pelayanan",
 * "waktu_pelayanan: Senin - Jumat, 08.00 - 16.00"), "kompetensi:" and "maklumat:"; items bulleted
 * "•", "–", "-" or with the Symbol font's bullet; a service named with its number in the annex
 * ("1. Surat Keterangan Tidak Mampu"); a list item "-KK" without its space, first or later in the
 * list; one product written as text in its block; a list written "-", "Tidak ada" or "Nihil" as the
 * decree's table leaves an empty cell. One test per fix, with the messages as the
 * author reads them; and the inputs that stay clean (including the ones already handled well:
 * "jangka_waktu_pelayanan", "persyaratan_pelayanan", "sarana_prasarana", "waktu_pelayanan: 1 hari
 * kerja", a tab before an item, "Rp. 0,- (Nol Rupiah)", "1 (satu) hari kerja" against an SOP of 35
 * minutes, jumlah_pelaksana: 3).
 */
import { describe, expect, it } from 'vitest';
import type { CheckIssue } from '../../../src/core/checks/issue';
import { checkProject } from '../../../src/node/check-project';
import { writeTempProject } from '../support/temp-project';
import { SKTM_WITH_DECISION } from '../support/sktm-sop';
import { KELURAHAN_BASE, SKTM_SERVICE, SKTM_SERVICE_FILE } from '../support/kelurahan-project';

const SOP = 'sops/medan/sktm.mdx';
const SKTM_BERLAKU = SKTM_WITH_DECISION.replace('status: draf', 'status: berlaku');
const SERVICE = SKTM_SERVICE_FILE;
const KNOWN = 'nama, ringkasan, sop, kata_kunci, persyaratan, prosedur, jangka_waktu, biaya, produk, sarana, pengawasan_internal, jumlah_pelaksana, jaminan_pelayanan, jaminan_keamanan, evaluasi_kinerja';

async function projectIssues(files: Record<string, string>): Promise<CheckIssue[]> {
  const issues = (await checkProject(writeTempProject({ ...KELURAHAN_BASE, [SOP]: SKTM_BERLAKU, ...files }, 'sop-sweep22-'), '2026-12-01', { mermaid: false })).issues;
  return issues.filter((i) => i.code !== 'penanda-isi');
}
const rows = (issues: readonly CheckIssue[]) => issues.map((i) => [i.code, i.file, i.line, i.path, i.message, i.fix]);
/** The SKTM service (nama on line 1, sop on 3, persyaratan on 4, prosedur on 5) with `from` replaced by `to`. */
const service = (from: string, to: string) => ({ [SERVICE]: SKTM_SERVICE.replace(from, to) });
/** The SKTM service with `fields` from line 6. */
const serviceWith = (fields: string) => ({ [SERVICE]: SKTM_SERVICE + fields });
const PROSEDUR = 'prosedur: [Warga datang ke kantor kelurahan, Petugas memeriksa berkas]';

describe('items with a colon', () => {
  it('a requirement with ": " inside it is named with the quotes to write (it said "Isinya harus teks, bukan blok isian.")', async () => {
    expect(rows(await projectIssues(service('persyaratan: [KTP, KK]', 'persyaratan:\n  - Fotokopi KTP: 1 lembar\n  - KK')))).toEqual([
      ['butir-bertitik-dua', SERVICE, 5, 'persyaratan[0]',
        'Butir ke-1 persyaratan, "Fotokopi KTP: 1 lembar", memuat titik dua yang diikuti spasi; YAML membacanya sebagai blok isian bernama "Fotokopi KTP", bukan sebagai teks, sehingga butir ini tidak dapat dicetak.',
        'Apit butir itu dengan tanda kutip: - "Fotokopi KTP: 1 lembar".'],
    ]);
  });

  it('a step "Tahap 2: ..." and a step ending in ":" are named; the quoted one is not', async () => {
    expect(rows(await projectIssues(service(PROSEDUR, 'prosedur:\n  - "Tahap 1: Warga datang"\n  - Tahap 2: Petugas memeriksa berkas\n  - Petugas menyerahkan surat:')))).toEqual([
      ['butir-bertitik-dua', SERVICE, 7, 'prosedur[1]',
        'Butir ke-2 prosedur, "Tahap 2: Petugas memeriksa berkas", memuat titik dua yang diikuti spasi; YAML membacanya sebagai blok isian bernama "Tahap 2", bukan sebagai teks, sehingga butir ini tidak dapat dicetak.',
        'Apit butir itu dengan tanda kutip: - "Tahap 2: Petugas memeriksa berkas".'],
      ['butir-bertitik-dua', SERVICE, 8, 'prosedur[2]',
        'Butir ke-3 prosedur, "Petugas menyerahkan surat:", diakhiri titik dua; YAML membacanya sebagai blok isian bernama "Petugas menyerahkan surat", bukan sebagai teks, sehingga butir ini tidak dapat dicetak.',
        'Apit butir itu dengan tanda kutip: - "Petugas menyerahkan surat:".'],
    ]);
  });

  it('a requirement with its sub-items under it gets one item or one item each (it said "Isinya harus teks, bukan blok isian.")', async () => {
    expect(rows(await projectIssues(service('persyaratan: [KTP, KK]', 'persyaratan:\n  - Fotokopi KTP:\n    - pemohon\n    - suami/istri\n  - KK')))).toEqual([
      ['butir-bertitik-dua', SERVICE, 5, 'persyaratan[0]',
        'Butir ke-1 persyaratan ditulis "Fotokopi KTP:" dengan 2 butir di bawahnya; persyaratan adalah daftar satu tingkat, sehingga butir-butir di bawahnya tidak dapat dicetak.',
        'Tulis sebagai satu butir di antara tanda kutip: - "Fotokopi KTP: pemohon, suami/istri", atau jadikan setiap butir di bawahnya butir persyaratan tersendiri, misalnya - "Fotokopi KTP pemohon".'],
    ]);
  });
});

describe('parts written apart', () => {
  it('requirements split by kind get the one list to write (they were unknown fields, and persyaratan "missing" on line 1)', async () => {
    const fix = 'Tulis semua butirnya dalam satu daftar, persyaratan: [KTP, KK, Surat pengantar RT/RW], lalu hapus persyaratan_administrasi: dan persyaratan_teknis:.';
    expect(rows(await projectIssues(service('persyaratan: [KTP, KK]', 'persyaratan_administrasi: [KTP, KK]\npersyaratan_teknis: [Surat pengantar RT/RW]')))).toEqual([
      ['layanan-persyaratan-terpisah', SERVICE, 4, 'persyaratan_administrasi',
        'Kolom persyaratan_administrasi tidak dikenal: persyaratan teknis dan administratif adalah satu komponen Standar Pelayanan, yang di berkas layanan ditulis sebagai satu daftar persyaratan:, dicetak bernomor di halaman layanan.', fix],
      ['layanan-persyaratan-terpisah', SERVICE, 5, 'persyaratan_teknis',
        'Kolom persyaratan_teknis tidak dikenal: persyaratan teknis dan administratif adalah satu komponen Standar Pelayanan, yang di berkas layanan ditulis sebagai satu daftar persyaratan:, dicetak bernomor di halaman layanan.', fix],
    ]);
    // Beside a persyaratan already written: its items are moved there.
    expect(rows(await projectIssues(service('persyaratan: [KTP, KK]', 'persyaratan: [KTP]\npersyaratan_teknis: Surat pengantar')))).toEqual([
      ['layanan-persyaratan-terpisah', SERVICE, 5, 'persyaratan_teknis',
        'Kolom persyaratan_teknis tidak dikenal: persyaratan teknis dan administratif adalah satu komponen Standar Pelayanan, yang di berkas layanan ditulis sebagai satu daftar persyaratan:, dicetak bernomor di halaman layanan.',
        'Pindahkan butir-butir persyaratan_teknis: ke daftar persyaratan:, satu butir per baris, lalu hapus baris persyaratan_teknis:.'],
    ]);
  });

  it('an alasan beside the value it explains gets the block to write (it was an unknown field)', async () => {
    expect(rows(await projectIssues(serviceWith('jangka_waktu: 3 hari kerja\nalasan: menunggu tanda tangan\n')))).toEqual([
      ['layanan-alasan-terpisah', SERVICE, 7, 'alasan',
        'Kolom alasan: ditulis sendiri di tepi kiri, padahal alasan ditulis di dalam blok isian yang dijelaskannya; jangka_waktu: "3 hari kerja" terbaca tanpa alasan.',
        'Tulis alasannya di dalam blok jangka_waktu, jangka_waktu: { teks: "3 hari kerja", alasan: "menunggu tanda tangan" }, lalu hapus baris alasan: yang terpisah.'],
    ]);
    expect(rows(await projectIssues(serviceWith('produk: Surat keterangan\nalasan: dicetak\n')))).toEqual([
      ['layanan-alasan-terpisah', SERVICE, 7, 'alasan',
        'Kolom alasan: ditulis sendiri di tepi kiri, padahal alasan ditulis di dalam blok isian yang dijelaskannya; produk: "Surat keterangan" terbaca tanpa alasan.',
        'Tulis alasannya di dalam blok produk, produk: { teks: [Surat keterangan], alasan: "dicetak" }, lalu hapus baris alasan: yang terpisah.'],
    ]);
    expect(rows(await projectIssues(serviceWith('alasan: menunggu tanda tangan\n')))).toEqual([
      ['layanan-alasan-terpisah', SERVICE, 6, 'alasan',
        'Kolom alasan: ditulis sendiri di tepi kiri, padahal alasan ditulis di dalam blok jangka_waktu, biaya atau produk yang berbeda dari SOP, sehingga tidak diketahui isian mana yang dijelaskannya.',
        'Pindahkan alasan ke dalam blok isian yang dijelaskannya, misalnya biaya: { teks: "Rp10.000", alasan: "..." }, atau hapus baris alasan: bila layanan memakai nilai dari SOP.'],
    ]);
  });

  it('one product written as text in its block is one product (it said "Isinya harus daftar, bukan teks.")', async () => {
    expect(rows(await projectIssues(serviceWith('produk: { teks: Surat Keterangan, alasan: dicetak }\n')))).toEqual([]);
  });
});

describe('the Maklumat\'s own fields', () => {
  const toAgency = (key: string, what: string, field: string) => [
    'layanan-kolom-dari-sumber-lain', SERVICE, 6, key,
    `Kolom ${key} tidak ditulis di berkas layanan: ${what} layanan diambil dari kolom ${field} di berkas instansi penyelenggaranya (instansi SOP medan/sktm), sama untuk setiap layanan instansi itu.`,
    `Hapus ${key}: dari berkas ini, lalu tulis isinya di ${field}: berkas instansi itu, yaitu sops/_data/instansi/<id>.yaml dengan id yang tertulis di instansi: SOP medan/sktm.`,
  ];

  it('the office\'s hours under the Maklumat\'s words are sent to the agency file (they got no suggestion, or jangka_waktu)', async () => {
    for (const key of ['jadwal_pelayanan', 'hari_pelayanan', 'hari_dan_jam_pelayanan', 'jam_layanan', 'jam_kerja']) {
      expect(rows(await projectIssues(serviceWith(`${key}: Senin - Jumat\n`)))).toEqual([toAgency(key, 'jam pelayanan', 'jam_pelayanan')]);
    }
    // "Waktu pelayanan" with days or a clock time is the office's hours, not the time the service takes.
    expect(rows(await projectIssues(serviceWith('waktu_pelayanan: Senin - Jumat, 08.00 - 16.00 WIB\n')))).toEqual([toAgency('waktu_pelayanan', 'jam pelayanan', 'jam_pelayanan')]);
  });

  it('"maklumat:" is sent to the agency file and "kompetensi:" to the SOP (they got no suggestion)', async () => {
    expect(rows(await projectIssues(serviceWith('maklumat: Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar\n')))).toEqual([toAgency('maklumat', 'maklumat pelayanan', 'maklumat')]);
    expect(rows(await projectIssues(serviceWith('kompetensi: Sarjana\n')))).toEqual([
      ['layanan-kolom-dari-sumber-lain', SERVICE, 6, 'kompetensi',
        'Kolom kompetensi tidak ditulis di berkas layanan: kompetensi pelaksana layanan diambil dari kolom kualifikasi_pelaksana SOP medan/sktm.',
        'Hapus kompetensi: dari berkas ini; yang belum tercantum ditambahkan ke kualifikasi_pelaksana: SOP medan/sktm.'],
    ]);
  });
});

describe('what a printed list leaves in the text', () => {
  it('items bulleted as Word pastes them are a warning (they passed and printed a second mark)', async () => {
    expect(rows(await projectIssues(service('persyaratan: [KTP, KK]', 'persyaratan:\n  - • KTP\n  - "\uf0b7 KK"\n  - "- Surat pengantar RT"\n  - – Pas foto')))).toEqual([
      ['layanan-butir-berpoin', SERVICE, 5, 'persyaratan[0]',
        'Butir ini diawali tanda poin "•" yang tersalin dari daftar Word atau PDF; persyaratan sudah diberi tanda atau nomor sendiri saat dicetak, sehingga tanda itu tercetak di depan "KTP" sebagai tanda kedua.',
        'Hapus "•" di awal butir dan tulis isinya saja: - KTP.'],
      ['layanan-butir-berpoin', SERVICE, 6, 'persyaratan[1]',
        'Butir ini diawali tanda poin huruf Symbol (U+F0B7) yang tersalin dari daftar Word atau PDF; persyaratan sudah diberi tanda atau nomor sendiri saat dicetak, sehingga tanda itu tercetak di depan "KK" sebagai tanda kedua.',
        'Hapus tanda itu (di penyunting teks tampak sebagai kotak atau tidak tampak sama sekali) di awal butir dan tulis isinya saja: - KK.'],
      ['layanan-butir-berpoin', SERVICE, 7, 'persyaratan[2]',
        'Butir ini diawali tanda poin "-" yang tersalin dari daftar Word atau PDF; persyaratan sudah diberi tanda atau nomor sendiri saat dicetak, sehingga tanda itu tercetak di depan "Surat pengantar RT" sebagai tanda kedua.',
        'Hapus "-" di awal butir dan tulis isinya saja: - Surat pengantar RT.'],
      ['layanan-butir-berpoin', SERVICE, 8, 'persyaratan[3]',
        'Butir ini diawali tanda poin "–" yang tersalin dari daftar Word atau PDF; persyaratan sudah diberi tanda atau nomor sendiri saat dicetak, sehingga tanda itu tercetak di depan "Pas foto" sebagai tanda kedua.',
        'Hapus "–" di awal butir dan tulis isinya saja: - Pas foto.'],
    ]);
    expect(rows(await projectIssues(serviceWith('sarana:\n  - •Ruang tunggu\n')))).toEqual([
      ['layanan-butir-berpoin', SERVICE, 7, 'sarana[0]',
        'Butir ini diawali tanda poin "•" yang tersalin dari daftar Word atau PDF; sarana sudah diberi tanda atau nomor sendiri saat dicetak, sehingga tanda itu tercetak di depan "Ruang tunggu" sebagai tanda kedua.',
        'Hapus "•" di awal butir dan tulis isinya saja: - Ruang tunggu.'],
    ]);
  });

  it('a service named with its number in the decree\'s annex is a warning (it passed and printed as the page\'s title)', async () => {
    expect(rows(await projectIssues(service('nama: Surat Keterangan Tidak Mampu', 'nama: "1. Surat Keterangan Tidak Mampu"')))).toEqual([
      ['layanan-nama-bernomor', SERVICE, 1, 'nama',
        'Nama layanan diawali nomor "1.", tersalin dari daftar layanan di lampiran keputusan; nama dicetak apa adanya sebagai judul halaman layanan dan di daftar layanan, sehingga tercetak "1. Surat Keterangan Tidak Mampu".',
        'Hapus "1." dan tulis namanya saja: nama: Surat Keterangan Tidak Mampu.'],
    ]);
  });

  it('an item "-KK" without the space after its dash is named (it said a quote or bracket was left open; first in the list, its fix kept the dashes)', async () => {
    expect(rows(await projectIssues(service('persyaratan: [KTP, KK]', 'persyaratan:\n  - KTP\n  -KK\n  - Surat pengantar')))).toEqual([
      ['yaml-sintaks', SERVICE, 6, '',
        'YAML tidak dapat dibaca: Baris ini diawali "-" tanpa spasi sesudahnya, sehingga YAML tidak membacanya sebagai butir daftar, melainkan sebagai teks yang merusak daftar di atasnya.',
        'Tambahkan satu spasi sesudah tanda "-": - KK.'],
    ]);
    expect(rows(await projectIssues(service(PROSEDUR, 'prosedur:\n- Warga datang\n-Petugas memeriksa berkas')))).toEqual([
      ['yaml-sintaks', SERVICE, 7, '',
        'YAML tidak dapat dibaca: Baris ini diawali "-" tanpa spasi sesudahnya, sehingga YAML tidak membacanya sebagai butir daftar, melainkan sebagai teks yang merusak daftar di atasnya.',
        'Tambahkan satu spasi sesudah tanda "-": - Petugas memeriksa berkas.'],
    ]);
    // First in the list, YAML reads the items below it as one text: the list to write has no dashes.
    expect(rows(await projectIssues(service('persyaratan: [KTP, KK]', 'persyaratan:\n  -KTP\n  - KK')))).toEqual([
      ['daftar-berupa-teks', SERVICE, 4, 'persyaratan',
        'Kolom persyaratan ditulis sebagai satu teks, "-KTP - KK", padahal persyaratan adalah daftar yang dicetak bernomor, satu butir per baris.',
        'Tulis setiap butir di barisnya sendiri diawali "- ", atau di antara kurung siku: persyaratan: [KTP, KK].'],
    ]);
  });
});

describe('left alone', () => {
  it('quoted colons, dashes and semicolons inside items, a name with its short form, a count of staff as a number, a negative-looking number', async () => {
    const written = SKTM_SERVICE
      .replace('nama: Surat Keterangan Tidak Mampu', 'nama: Surat Keterangan Tidak Mampu (SKTM)')
      .replace('persyaratan: [KTP, KK]', 'persyaratan:\n  - "Fotokopi KTP: 1 lembar"\n  - KK (asli dan fotokopi)\n  - Surat pengantar RT/RW; dan\n  - Pas foto 3x4 - 2 lembar')
      + 'sarana: [Ruang tunggu, "Kursi roda: 1 unit", Toilet -- difabel]\njumlah_pelaksana: 3\nkata_kunci: [surat miskin, "-sktm"]\n';
    expect(rows(await projectIssues({ [SERVICE]: written }))).toEqual([]);
  });

  it('already clear: fields named after a component, "waktu_pelayanan" for a duration, a tab, a cost in words, a time that differs', async () => {
    const unknown = (key: string, meant: string, line = 6) => ['kolom-tidak-dikenal', SERVICE, line, key, `Kolom tidak dikenal: "${key}" (maksud Anda "${meant}"?).`, `Periksa ejaannya atau hapus. Kolom yang dikenal di sini: ${KNOWN}.`];
    expect(rows(await projectIssues(serviceWith('jangka_waktu_pelayanan: 1 hari\n')))).toEqual([unknown('jangka_waktu_pelayanan', 'jangka_waktu')]);
    expect(rows(await projectIssues(serviceWith('waktu_pelayanan: 1 hari kerja\n')))).toEqual([unknown('waktu_pelayanan', 'jangka_waktu')]);
    expect(rows(await projectIssues(serviceWith('sarana_prasarana: [Ruang tunggu]\n')))).toEqual([unknown('sarana_prasarana', 'sarana')]);
    expect(rows(await projectIssues(service('persyaratan: [KTP, KK]', 'persyaratan_pelayanan: [KTP, KK]')))).toEqual([unknown('persyaratan_pelayanan', 'persyaratan', 4)]);
    expect(rows(await projectIssues(service('persyaratan: [KTP, KK]', 'persyaratan:\n\t- KTP\n\t- KK')))).toEqual([
      ['yaml-sintaks', SERVICE, 5, '', 'YAML tidak dapat dibaca: Ada tab di awal baris; YAML hanya menerima spasi untuk indentasi.',
        'Periksa baris ini: indentasi dengan spasi (bukan tab), titik dua setelah nama kolom, dan tanda kutip pada teks yang memuat ":" atau "#".'],
    ]);
    expect(rows(await projectIssues(serviceWith('biaya: Rp. 0,- (Nol Rupiah)\n')))).toEqual([]);
    expect(rows(await projectIssues(serviceWith('jangka_waktu: 1 (satu) hari kerja\n')))).toEqual([
      ['layanan-beda-tanpa-alasan', SERVICE, 6, 'jangka_waktu',
        'Jangka waktu sudah diambil dari SOP (35 menit); isian di berkas layanan hanya dipakai bila disertai alasan.',
        'Hapus blok ini agar nilai dari SOP yang dipakai, atau tambahkan alasan: "..." yang menjelaskan mengapa berbeda.'],
    ]);
  });
});

describe('a list written as "nothing", as the decree table leaves a cell', () => {
  it('persyaratan "-" or "Tidak ada" gets the three ways to write it (the fix was persyaratan: ["-"], a "-" item)', async () => {
    const PERSYARATAN_FIX = 'Tulis persyaratan yang harus dibawa atau dipenuhi pemohon, satu per butir; bila layanan ini memang tanpa persyaratan, tulis persyaratan: [Tidak ada persyaratan]; bila belum diketahui, tulis persyaratan: ["[ISI: persyaratan]"].';
    expect(rows(await projectIssues(service('persyaratan: [KTP, KK]', 'persyaratan: "-"')))).toEqual([
      ['daftar-tidak-ada', SERVICE, 4, 'persyaratan',
        'Kolom persyaratan ditulis "-" (tidak ada), seperti sel kosong di tabel keputusan; persyaratan wajib dicantumkan di Standar Pelayanan sebagai daftar bernomor, dan tanda itu tidak memberi tahu masyarakat apa pun.',
        PERSYARATAN_FIX],
    ]);
    expect(rows(await projectIssues(service('persyaratan: [KTP, KK]', 'persyaratan: Tidak ada')))).toEqual([
      ['daftar-tidak-ada', SERVICE, 4, 'persyaratan',
        'Kolom persyaratan ditulis "Tidak ada", seperti sel kosong di tabel keputusan; persyaratan wajib dicantumkan di Standar Pelayanan sebagai daftar bernomor, dan tanda itu tidak memberi tahu masyarakat apa pun.',
        PERSYARATAN_FIX],
    ]);
  });

  it('prosedur "Nihil" asks for the steps, and an optional list written "-" is to be left out', async () => {
    expect(rows(await projectIssues(service(PROSEDUR, 'prosedur: Nihil')))).toEqual([
      ['daftar-tidak-ada', SERVICE, 5, 'prosedur',
        'Kolom prosedur ditulis "Nihil", seperti sel kosong di tabel keputusan; prosedur wajib dicantumkan di Standar Pelayanan sebagai daftar bernomor, dan tanda itu tidak memberi tahu masyarakat apa pun.',
        'Tulis prosedur satu per butir; bila belum diketahui, tulis prosedur: ["[ISI: prosedur]"].'],
    ]);
    expect(rows(await projectIssues(serviceWith('sarana: "-"\n')))).toEqual([
      ['daftar-tidak-ada', SERVICE, 6, 'sarana',
        'Kolom sarana ditulis "-" (tidak ada), seperti sel kosong di tabel keputusan; daftar yang tidak ada isinya cukup tidak ditulis.',
        'Hapus baris sarana: bila memang tidak ada.'],
    ]);
  });

  it('stays clean written as an item, and a text that only starts with "Tidak ada" is still a list written as text', async () => {
    expect(rows(await projectIssues(service('persyaratan: [KTP, KK]', 'persyaratan: [Tidak ada persyaratan]')))).toEqual([]);
    expect((await projectIssues(serviceWith('sarana: Tidak ada toilet\n'))).map((i) => i.code)).toEqual(['daftar-berupa-teks']);
  });
});
