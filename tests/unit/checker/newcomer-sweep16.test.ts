/**
 * A sixteenth sweep, on what earlier sweeps touched least: a Windows network path
 * ("\\server\share\...") in the narrative's images, links and text; a non-breaking space inside a
 * narrative heading; monitoring/evaluation records of an SOP still in draf, named without a date
 * or after the SOP, with the date or the SOP written as a field ("tanggal: 12 Maret 2025"), with
 * the criteria written as "kriteria: jawaban" pairs, with an answer or a rating outside the allowed
 * values, in the wrong folder or under a misspelt SOP id; service standards with lists written as
 * one text, the cost as "Rp. -" or "Gratis / Tidak dipungut biaya", a time written as a range, an
 * SOP named by its title, nomor or Windows file path, fields named as the regulation labels them
 * ("Biaya/Tarif", "Produk Pelayanan"), required parts missing, a complaint channel written in it;
 * agency files with a logo path in backslashes, an e-mail with a space, a phone number with
 * letters or "xxxx" or no number, a complaint channel that is a bare number; and the site's
 * address typed with backslashes or without https://. One test per fix, with the messages as the
 * author reads them; and the inputs that stay clean (including the ones already handled well).
 */
import { describe, expect, it } from 'vitest';
import type { CheckIssue } from '../../../src/core/checks/issue';
import { checkProject } from '../../../src/node/check-project';
import { writeTempProject } from '../support/temp-project';
import { SKTM_WITH_DECISION } from '../support/sktm-sop';
import { KELURAHAN_AGENCY, KELURAHAN_AGENCY_FILE, KELURAHAN_BASE, SKTM_MONITORING, SKTM_RECORDS, SKTM_SERVICE, SKTM_SERVICE_FILE } from '../support/kelurahan-project';

const BASE = KELURAHAN_BASE;
const SOP = 'sops/medan/sktm.mdx';
/** The SKTM SOP in force (SKTM_WITH_DECISION is a draf); its narrative ends on line 32. */
const SKTM_BERLAKU = SKTM_WITH_DECISION.replace('status: draf', 'status: berlaku');
const SERVICE = SKTM_SERVICE_FILE;
const RECORDS = SKTM_RECORDS;
const MONITORING = SKTM_MONITORING;
const EVALUATION = 'jenis: evaluasi\npenilai: Lurah\nkriteria:\n  - { kriteria: SOP mudah dipahami, jawaban: ya }\nrekomendasi: tetap berlaku\n';
const AGENCY = KELURAHAN_AGENCY_FILE;
/** The kelurahan's agency file without its complaint channel, for the lines `extra` (from line 6). */
const AGENCY_WITHOUT_CHANNEL = KELURAHAN_AGENCY.replace('pengaduan: ["Kotak pengaduan di kantor kelurahan"]\n', '');

async function projectIssues(files: Record<string, string>): Promise<CheckIssue[]> {
  const issues = (await checkProject(writeTempProject({ ...BASE, [SOP]: SKTM_BERLAKU, ...files }, 'sop-sweep16-'), '2026-12-01', { mermaid: false })).issues;
  return issues.filter((i) => i.code !== 'penanda-isi');
}
const rows = (issues: readonly CheckIssue[]) => issues.map((i) => [i.code, i.file, i.line, i.path, i.message, i.fix]);
/** The SKTM SOP in force with `body` after its narrative (from line 33). */
const narrative = (body: string) => ({ [SOP]: `${SKTM_BERLAKU}\n${body}` });

describe('a Windows network path in the narrative', () => {
  it('an image or a link to \\\\server\\share\\... is a file on the office network, named as written (the image was "not found as sops/medan/\\server\\...", the link passed)', async () => {
    expect(rows(await projectIssues(narrative('![Bagan alur](\\\\server\\share\\gambar.png)\n\nFormulir: [unduh](<\\\\server\\share\\Formulir SKTM.pdf>)\n')))).toEqual([
      ['berkas-di-komputer', SOP, 33, 'narasi',
        '"\\\\server\\share\\gambar.png" adalah alamat berkas di jaringan kantor (folder bersama); situs dan PDF tidak dapat membacanya.',
        'Salin berkas gambar.png ke folder public/gambar/, lalu tulis alamatnya sebagai /gambar/gambar.png.'],
      ['berkas-di-komputer', SOP, 35, 'narasi',
        '"\\\\server\\share\\Formulir SKTM.pdf" adalah alamat berkas di jaringan kantor (folder bersama); pembaca situs dan PDF SOP tidak dapat membukanya.',
        'Salin berkas Formulir SKTM.pdf ke folder public/berkas/ dengan nama tanpa spasi, misalnya Formulir-SKTM.pdf, lalu tulis alamatnya sebagai /berkas/Formulir-SKTM.pdf.'],
    ]);
  });

  it('a network path written as text is a warning: unreachable, and printed with one "\\" (it passed)', async () => {
    expect(rows(await projectIssues(narrative('Formulir ada di \\\\server\\share\\formulir.pdf.\n')))).toEqual([
      ['alamat-jaringan-di-narasi', SOP, 33, 'narasi',
        'Narasi menyebut "\\\\server\\share\\formulir.pdf", alamat di jaringan kantor (folder bersama); pembaca situs dan PDF SOP tidak dapat membukanya, dan "\\\\" di awalnya tercetak sebagai satu "\\".',
        'Bila formulir.pdf perlu dibaca masyarakat, salin berkasnya ke folder public/berkas/ lalu tulis [formulir.pdf](/berkas/formulir.pdf); bila tidak, sebut tempat penyimpanannya dengan kata-kata, tanpa alamatnya.'],
    ]);
  });
});

describe('a non-breaking space inside a narrative heading', () => {
  it('is a warning naming the anchor it breaks (it passed; only one right after "##" was named)', async () => {
    expect(rows(await projectIssues(narrative('## D. Jangka\u00a0Waktu\n\n1 hari.\n\n### 1.\u00a0Persyaratan Umum\n\nKTP.\n')))).toEqual([
      ['judul-spasi-tak-terputus', SOP, 33, 'narasi',
        'Judul "D. Jangka Waktu" memuat spasi tak terputus sesudah "Jangka" (biasanya tersalin dari Word atau PDF); tampak seperti spasi biasa, tetapi jangkar judul ini menjadi #d-jangkawaktu, bukan #d-jangka-waktu, sehingga tautan ke bagian ini tidak menemukannya.',
        'Hapus spasi sesudah "Jangka" dan ketik ulang dengan papan ketik (atau ketik ulang seluruh baris judul): ## D. Jangka Waktu.'],
      ['judul-spasi-tak-terputus', SOP, 37, 'narasi',
        'Judul "1. Persyaratan Umum" memuat spasi tak terputus sesudah "1." (biasanya tersalin dari Word atau PDF); tampak seperti spasi biasa, tetapi jangkar judul ini menjadi #1persyaratan-umum, bukan #1-persyaratan-umum, sehingga tautan ke bagian ini tidak menemukannya.',
        'Hapus spasi sesudah "1." dan ketik ulang dengan papan ketik (atau ketik ulang seluruh baris judul): ### 1. Persyaratan Umum.'],
    ]);
  });
});

describe('monitoring and evaluation records', () => {
  it('a record of an SOP still in draf is a warning, not an error: the record may be right and the status left behind after signing (it passed)', async () => {
    expect(rows(await projectIssues({ [SOP]: SKTM_WITH_DECISION, [`${RECORDS}/2025-03-12.yaml`]: MONITORING, [`${RECORDS}/2025-06-12.yaml`]: EVALUATION }))).toEqual([
      ['evaluasi-sop-draf', `${RECORDS}/2025-03-12.yaml`, 1, '',
        'Catatan monitoring ini (2025-03-12) menilai SOP "medan/sktm", yang masih berstatus draf; SOP yang belum berlaku belum diterapkan, jadi belum dapat dimonitor.',
        'Bila SOP "medan/sktm" sudah ditandatangani dan diterapkan, ubah status: draf menjadi status: berlaku di SOP itu (dengan tanggal.efektif dari dokumen yang ditandatangani); bila catatan ini menilai SOP lain, pindahkan ke folder SOP itu di sops/_data/evaluasi/.'],
      ['evaluasi-sop-draf', `${RECORDS}/2025-06-12.yaml`, 1, '',
        'Catatan evaluasi ini (2025-06-12) menilai SOP "medan/sktm", yang masih berstatus draf; SOP yang belum berlaku belum diterapkan, jadi belum dapat dievaluasi.',
        'Bila SOP "medan/sktm" sudah ditandatangani dan diterapkan, ubah status: draf menjadi status: berlaku di SOP itu (dengan tanggal.efektif dari dokumen yang ditandatangani); bila catatan ini menilai SOP lain, pindahkan ke folder SOP itu di sops/_data/evaluasi/.'],
    ]);
  });

  it('a file named after the SOP gets the folder to move it to; a date among other words gets the name with the date first (both said only "bukan tanggal yang sah")', async () => {
    expect(rows(await projectIssues({ 'sops/_data/evaluasi/medan/sktm.yaml': MONITORING, [`${RECORDS}/monitoring-2025-03-12.yaml`]: MONITORING, [`${RECORDS}/Evaluasi 12-06-2025.yaml`]: EVALUATION }))).toEqual([
      ['evaluasi-nama-berkas', 'sops/_data/evaluasi/medan/sktm.yaml', 1, '',
        'Berkas "sktm.yaml" dinamai menurut SOP "medan/sktm", padahal catatan monitoring dan evaluasi disimpan di folder SOP itu, satu berkas per tanggal, dan nama berkasnya adalah tanggal monitoring atau evaluasinya.',
        'Pindahkan berkas ini ke folder sops/_data/evaluasi/medan/sktm/ dan beri nama tanggal monitoring atau evaluasinya, misalnya sops/_data/evaluasi/medan/sktm/2025-09-01.yaml.'],
      ['evaluasi-nama-berkas', `${RECORDS}/Evaluasi 12-06-2025.yaml`, 1, '',
        'Nama berkas "Evaluasi 12-06-2025.yaml" bukan tanggal yang sah; nama berkas adalah tanggal monitoring atau evaluasi. Maksud Anda "2025-06-12-evaluasi.yaml"?',
        'Simpan catatan sebagai sops/_data/evaluasi/<id SOP>/<tanggal>.yaml, misalnya sops/_data/evaluasi/tanjungpinang/penanganan-eks-narapidana/2025-09-01.yaml.'],
      ['evaluasi-nama-berkas', `${RECORDS}/monitoring-2025-03-12.yaml`, 1, '',
        'Nama berkas "monitoring-2025-03-12.yaml" bukan tanggal yang sah; nama berkas adalah tanggal monitoring atau evaluasi. Maksud Anda "2025-03-12-monitoring.yaml"?',
        'Simpan catatan sebagai sops/_data/evaluasi/<id SOP>/<tanggal>.yaml, misalnya sops/_data/evaluasi/tanjungpinang/penanganan-eks-narapidana/2025-09-01.yaml.'],
    ]);
  });

  it('"tanggal: 12 Maret 2025" and "sop:" in the record are named as the path they come from (they were unknown fields)', async () => {
    expect(rows(await projectIssues({ [`${RECORDS}/2025-03-12.yaml`]: `${MONITORING}tanggal: 12 Maret 2025\nsop: sops\\medan\\sktm.mdx\n`, [`${RECORDS}/2025-04-12.yaml`]: `${MONITORING}tanggal: Maret\n` }))).toEqual([
      ['evaluasi-kolom-dari-jalur', `${RECORDS}/2025-03-12.yaml`, 4, 'tanggal',
        'Kolom tanggal tidak dibaca: tanggal catatan monitoring atau evaluasi adalah nama berkasnya (tahun-bulan-tanggal), bukan isian di dalam berkas.',
        'Hapus baris tanggal: dan pastikan berkas ini bernama 2025-03-12.yaml (tanggal 12 Maret 2025 ditulis tahun-bulan-tanggal).'],
      ['evaluasi-kolom-dari-jalur', `${RECORDS}/2025-03-12.yaml`, 5, 'sop',
        'Kolom sop tidak dibaca: SOP yang dinilai catatan ini adalah folder tempat berkasnya disimpan, bukan isian di dalam berkas.',
        'Hapus baris sop: dan pastikan berkas ini disimpan di folder sops/_data/evaluasi/medan/sktm/.'],
      ['evaluasi-kolom-dari-jalur', `${RECORDS}/2025-04-12.yaml`, 4, 'tanggal',
        'Kolom tanggal tidak dibaca: tanggal catatan monitoring atau evaluasi adalah nama berkasnya (tahun-bulan-tanggal), bukan isian di dalam berkas.',
        'Hapus baris tanggal:, lalu beri nama berkas ini tanggal monitoring atau evaluasinya, misalnya 2025-03-12.yaml untuk 12 Maret 2025.'],
    ]);
  });

  it('criteria written as "kriteria: jawaban" pairs get the items to write (a block said "harus daftar"; an item gave three messages)', async () => {
    const asBlock = 'jenis: evaluasi\npenilai: Lurah\nkriteria:\n  SOP mudah dipahami: ya\n  "SOP mudah dilaksanakan, tanpa kendala": tidak\nrekomendasi: direvisi\n';
    const asItem = 'jenis: evaluasi\npenilai: Lurah\nkriteria:\n  - SOP mudah dipahami: ya\nrekomendasi: tetap berlaku\n';
    expect(rows(await projectIssues({ [`${RECORDS}/2025-03-12.yaml`]: asBlock, [`${RECORDS}/2025-04-12.yaml`]: asItem }))).toEqual([
      ['kriteria-berupa-pasangan', `${RECORDS}/2025-03-12.yaml`, 3, 'kriteria',
        'Kolom kriteria ditulis sebagai blok pasangan "kriteria: jawaban" ("SOP mudah dipahami: ya"), padahal setiap kriteria ditulis sebagai butir daftar dengan kriteria, jawaban dan (bila ada) catatan.',
        'Tulis setiap kriteria di barisnya sendiri di bawah kriteria:, diawali "- ": - { kriteria: SOP mudah dipahami, jawaban: ya } lalu - { kriteria: "SOP mudah dilaksanakan, tanpa kendala", jawaban: tidak }.'],
      ['kriteria-berupa-pasangan', `${RECORDS}/2025-04-12.yaml`, 4, 'kriteria[0]',
        'Butir ke-1 kriteria ditulis sebagai pasangan "SOP mudah dipahami: ya", padahal setiap butir menulis kriteria dan jawabannya di kolomnya sendiri: kriteria, jawaban dan (bila ada) catatan.',
        'Tulis - { kriteria: SOP mudah dipahami, jawaban: ya }.'],
    ]);
  });

  it('a folder "monitoring" in sops/_data/ gets "evaluasi" (it got no suggestion)', async () => {
    expect(rows(await projectIssues({ 'sops/_data/monitoring/medan/sktm/2025-03-12.yaml': MONITORING }))).toEqual([
      ['data-tidak-dikenal', 'sops/_data/monitoring', 1, '', '"monitoring" di sops/_data/ tidak dibaca oleh pemeriksa maupun situs. Maksud Anda "evaluasi"?',
        'sops/_data/ hanya berisi folder instansi/ dan evaluasi/, dasar-hukum.yaml dan situs.yaml; ganti namanya, atau awali dengan "_" bila sengaja disimpan.'],
    ]);
  });

  it('already clear, left alone: a rating or answer outside the allowed values, a misspelt SOP folder', async () => {
    expect(rows(await projectIssues({
      [`${RECORDS}/2025-03-12.yaml`]: MONITORING.replace('berjalan baik', 'cukup'),
      [`${RECORDS}/2025-04-12.yaml`]: EVALUATION.replace('jawaban: ya', 'jawaban: iya'),
      'sops/_data/evaluasi/medan/sktn/2025-03-12.yaml': MONITORING,
    }))).toEqual([
      ['format-isian', `${RECORDS}/2025-03-12.yaml`, 3, 'penilaian', 'Penilaian harus salah satu dari: berjalan baik, tidak berjalan baik.', 'Tulis penilaian: berjalan baik atau penilaian: tidak berjalan baik.'],
      ['format-isian', `${RECORDS}/2025-04-12.yaml`, 4, 'kriteria[0].jawaban', 'Jawaban harus salah satu dari: ya, tidak.', 'Tulis jawaban: ya atau jawaban: tidak.'],
      ['evaluasi-sop-tidak-ada', 'sops/_data/evaluasi/medan/sktn/2025-03-12.yaml', 1, '', 'SOP "medan/sktn" yang dinilai catatan ini tidak ditemukan. Maksud Anda "medan/sktm"?',
        'Pindahkan berkas ke folder sops/_data/evaluasi/<id SOP>/, dengan id SOP yaitu jalurnya di bawah sops/ tanpa .mdx. SOP yang ada: medan/sktm.'],
    ]);
  });
});

describe('service standards (sops/_layanan)', () => {
  it('kata_kunci, sarana and pengawasan_internal written as one text get the list to write (they said "Isinya harus daftar, bukan teks")', async () => {
    expect(rows(await projectIssues({ [SERVICE]: `${SKTM_SERVICE}kata_kunci: sktm, surat miskin\nsarana: Ruang tunggu; kursi roda\npengawasan_internal: Pengawasan oleh Lurah\n` }))).toEqual([
      ['daftar-berupa-teks', SERVICE, 6, 'kata_kunci',
        'Kolom kata_kunci ditulis sebagai satu teks, "sktm, surat miskin", padahal kata_kunci adalah daftar, satu butir per baris.',
        'Tulis setiap butir di barisnya sendiri diawali "- ", atau di antara kurung siku: kata_kunci: [sktm, surat miskin].'],
      ['daftar-berupa-teks', SERVICE, 7, 'sarana',
        'Kolom sarana ditulis sebagai satu teks, "Ruang tunggu; kursi roda", padahal sarana adalah daftar, satu butir per baris.',
        'Tulis setiap butir di barisnya sendiri diawali "- ", atau di antara kurung siku: sarana: [Ruang tunggu, kursi roda].'],
      ['daftar-berupa-teks', SERVICE, 8, 'pengawasan_internal',
        'Kolom pengawasan_internal ditulis sebagai satu teks, "Pengawasan oleh Lurah", padahal pengawasan_internal adalah daftar, satu butir per baris.',
        'Tulis setiap butir di barisnya sendiri diawali "- ", atau di antara kurung siku: pengawasan_internal: [Pengawasan oleh Lurah].'],
    ]);
  });

  it('"Rp. -", "Rp -,-" and "Gratis / Tidak dipungut biaya" say what the SOP\'s "Gratis" says (each was a difference without an alasan); a tariff still is one', async () => {
    for (const biaya of ['"Rp. -"', '"Rp -,-"', 'Gratis / Tidak dipungut biaya', 'Rp. 0,-']) {
      expect(rows(await projectIssues({ [SERVICE]: `${SKTM_SERVICE}biaya: ${biaya}\n` }))).toEqual([]);
    }
    expect(rows(await projectIssues({ [SERVICE]: `${SKTM_SERVICE}biaya: Rp. 10.000,-\n` }))).toEqual([
      ['layanan-beda-tanpa-alasan', SERVICE, 6, 'biaya',
        'Biaya sudah diambil dari SOP (Gratis); isian di berkas layanan hanya dipakai bila disertai alasan.',
        'Hapus blok ini agar nilai dari SOP yang dipakai, atau tambahkan alasan: "..." yang menjelaskan mengapa berbeda.'],
    ]);
  });

  it('an SOP written as its Windows file path gets its id (it got no suggestion)', async () => {
    expect(rows(await projectIssues({ [SERVICE]: SKTM_SERVICE.replace('sop: [medan/sktm]', 'sop: sops\\medan\\sktm.mdx') }))).toEqual([
      ['layanan-sop-tidak-ada', SERVICE, 3, 'sop[0]', 'SOP "sops\\medan\\sktm.mdx" tidak ditemukan. Maksud Anda "medan/sktm"?',
        'Tulis id SOP, yaitu jalurnya di bawah sops/ tanpa .mdx. SOP yang ada: medan/sktm.'],
    ]);
  });

  it('fields named as the Standar Pelayanan labels its components get the field they mean (they got no suggestion); "penanganan_pengaduan" is sent to the agency file', async () => {
    const known = 'nama, ringkasan, sop, kata_kunci, persyaratan, prosedur, jangka_waktu, biaya, produk, sarana, pengawasan_internal, jumlah_pelaksana, jaminan_pelayanan, jaminan_keamanan, evaluasi_kinerja';
    const extra = 'biaya/tarif: Gratis\nproduk_pelayanan: [Surat keterangan]\nSarana, Prasarana dan/atau Fasilitas: [Ruang tunggu]\npenanganan_pengaduan: Kotak saran\n';
    expect(rows(await projectIssues({ [SERVICE]: SKTM_SERVICE + extra }))).toEqual([
      ['kolom-tidak-dikenal', SERVICE, 6, 'biaya/tarif', 'Kolom tidak dikenal: "biaya/tarif" (maksud Anda "biaya"?).', `Periksa ejaannya atau hapus. Kolom yang dikenal di sini: ${known}.`],
      ['kolom-tidak-dikenal', SERVICE, 7, 'produk_pelayanan', 'Kolom tidak dikenal: "produk_pelayanan" (maksud Anda "produk"?).', `Periksa ejaannya atau hapus. Kolom yang dikenal di sini: ${known}.`],
      ['kolom-tidak-dikenal', SERVICE, 8, 'Sarana, Prasarana dan/atau Fasilitas', 'Kolom tidak dikenal: "Sarana, Prasarana dan/atau Fasilitas" (maksud Anda "sarana"?).', `Periksa ejaannya atau hapus. Kolom yang dikenal di sini: ${known}.`],
      ['layanan-kolom-dari-sumber-lain', SERVICE, 9, 'penanganan_pengaduan',
        'Kolom penanganan_pengaduan tidak ditulis di berkas layanan: saluran pengaduan layanan diambil dari kolom pengaduan di berkas instansi penyelenggaranya (instansi SOP medan/sktm), sama untuk setiap layanan instansi itu.',
        'Hapus penanganan_pengaduan: dari berkas ini, lalu tulis isinya di pengaduan: berkas instansi itu, yaitu sops/_data/instansi/<id>.yaml dengan id yang tertulis di instansi: SOP medan/sktm.'],
    ]);
  });

  it('already clear, left alone: a time written as a range, the SOP named by its title, a required part missing', async () => {
    expect(rows(await projectIssues({ [SERVICE]: SKTM_SERVICE.replace('sop: [medan/sktm]', 'sop: Pelayanan Surat Keterangan Tidak Mampu').replace('persyaratan: [KTP, KK]\n', '') + 'jangka_waktu: 1-3 hari kerja\n' }))).toEqual([
      ['kolom-wajib', SERVICE, 1, 'persyaratan', 'Kolom wajib ini belum diisi.', 'Tulis daftar yang harus dibawa atau dipenuhi pemohon, satu per butir; "[ISI: persyaratan]" bila belum diketahui.'],
    ]);
    expect(rows(await projectIssues({ [SERVICE]: SKTM_SERVICE.replace('sop: [medan/sktm]', 'sop: Pelayanan Surat Keterangan Tidak Mampu') + 'jangka_waktu: 1-3 hari kerja\n' }))).toEqual([
      ['layanan-sop-tidak-ada', SERVICE, 3, 'sop[0]',
        'SOP ditulis dengan judulnya, "Pelayanan Surat Keterangan Tidak Mampu"; layanan menyebut SOP dengan id-nya, yaitu "medan/sktm".', 'Ganti butir ini dengan medan/sktm.'],
    ]);
    expect(rows(await projectIssues({ [SERVICE]: `${SKTM_SERVICE}jangka_waktu: 1-3 hari kerja\n` }))).toEqual([
      ['layanan-beda-tanpa-alasan', SERVICE, 6, 'jangka_waktu',
        'Jangka waktu sudah diambil dari SOP (35 menit); isian di berkas layanan hanya dipakai bila disertai alasan.',
        'Hapus blok ini agar nilai dari SOP yang dipakai, atau tambahkan alasan: "..." yang menjelaskan mengapa berbeda.'],
    ]);
  });
});

describe('agency files', () => {
  it('a logo path written with backslashes gets the address with "/" (the fix kept the backslashes: "tulis logo: /logo\\medan.png")', async () => {
    expect(rows(await projectIssues({ [AGENCY]: `${KELURAHAN_AGENCY}logo: logo\\medan.png\n`, 'public/logo/medan.png': 'png' }))).toEqual([
      ['logo-tidak-ada', AGENCY, 7, 'logo',
        'Logo "logo\\medan.png" ditulis dengan garis miring terbalik "\\" seperti alamat folder di Windows; alamat berkas di situs memakai garis miring "/" dan diawali "/", yaitu /logo/medan.png.',
        'Tulis logo: /logo/medan.png.'],
    ]);
    expect(rows(await projectIssues({ [AGENCY]: `${KELURAHAN_AGENCY}logo: \\logo\\medan.png\n` }))).toEqual([
      ['logo-tidak-ada', AGENCY, 7, 'logo',
        'Logo "\\logo\\medan.png" ditulis dengan garis miring terbalik "\\" seperti alamat folder di Windows; alamat berkas di situs memakai garis miring "/" dan diawali "/", yaitu /logo/medan.png (berkas public/logo/medan.png juga belum ada).',
        'Simpan berkas logo sebagai public/logo/medan.png lalu tulis logo: /logo/medan.png, atau tulis logo: "[ISI: logo instansi]" sampai berkasnya ada.'],
    ]);
  });

  it('a phone number with the letter O for 0, with "xxxx", with other letters, or with no number is named (each passed and printed on the kop)', async () => {
    const fix = 'Tulis nomor telepon kantor dalam tanda kutip, misalnya telepon: "(0771) 123456", atau "[ISI: nomor telepon]"; hapus baris ini bila tidak ada.';
    const phone = async (telepon: string) => rows(await projectIssues({ [AGENCY]: `${KELURAHAN_AGENCY}telepon: ${telepon}\n` }));
    expect(await phone('"0812-345O-789O"')).toEqual([
      ['format-isian', AGENCY, 7, 'telepon', 'Nomor telepon "0812-345O-789O" memuat huruf "O" di antara angkanya (maksud Anda angka 0?); kop mencetaknya apa adanya. Tulis telepon: 0812-3450-7890.', fix],
    ]);
    expect(await phone('"(061) 451xxxx"')).toEqual([
      ['format-isian', AGENCY, 7, 'telepon', 'Nomor telepon "(061) 451xxxx" memuat "xxxx" sebagai ganti angka yang belum diketahui, dan kop mencetaknya apa adanya. Tulis nomor lengkapnya, atau "[ISI: nomor telepon]" sampai diketahui.', fix],
    ]);
    expect(await phone('(061) 451-ABCD')).toEqual([
      ['format-isian', AGENCY, 7, 'telepon', 'Nomor telepon "(061) 451-ABCD" memuat huruf "ABCD" di dalam nomornya, padahal nomor telepon hanya berisi angka (dengan spasi, tanda hubung atau kurung). Periksa nomornya pada kop surat kantor.', fix],
    ]);
    expect(await phone('belum ada')).toEqual([
      ['format-isian', AGENCY, 7, 'telepon', 'Telepon "belum ada" tidak memuat nomor, padahal kolom ini tercetak di kop sesudah "Telp.". Tulis nomornya, misalnya (061) 4514000, atau "[ISI: nomor telepon]" sampai diketahui; hapus baris ini bila kantor tidak bertelepon.', fix],
    ]);
  });

  it('a complaint channel that is a bare number is a warning saying to write what it is for (it passed; the service page printed only the number)', async () => {
    expect(rows(await projectIssues({ [AGENCY]: `${AGENCY_WITHOUT_CHANNEL}pengaduan:\n  - "081234567890"\n  - (061) 4514000\n  - Kotak saran di ruang pelayanan\n` }))).toEqual([
      ['pengaduan-nomor-saja', AGENCY, 7, 'pengaduan[0]',
        'Saluran pengaduan ke-1 hanya berisi nomor "081234567890"; di halaman layanan masyarakat tidak tahu apakah nomor itu untuk ditelepon, dikirimi SMS atau dihubungi lewat WhatsApp.',
        'Tulis jenis salurannya di depan nomor, misalnya - WhatsApp 081234567890 (atau - Telepon/SMS 081234567890).'],
      ['pengaduan-nomor-saja', AGENCY, 8, 'pengaduan[1]',
        'Saluran pengaduan ke-2 hanya berisi nomor "(061) 4514000"; di halaman layanan masyarakat tidak tahu apakah nomor itu untuk ditelepon, dikirimi SMS atau dihubungi lewat WhatsApp.',
        'Tulis jenis salurannya di depan nomor, misalnya - Telepon (061) 4514000.'],
    ]);
  });

  it('already clear, left alone: an e-mail with a space', async () => {
    expect(rows(await projectIssues({ [AGENCY]: `${KELURAHAN_AGENCY}email: kel seiputih@medan.go.id\n` }))).toEqual([
      ['format-isian', AGENCY, 7, 'email',
        'Alamat e-mail "kel seiputih@medan.go.id" tidak dapat dicetak di kop: tulis satu alamat lengkap seperti nama@domain.go.id, tanpa spasi dan tanpa "mailto:".',
        'Tulis alamat e-mail kantor, atau "[ISI: alamat e-mail]"; hapus baris ini bila tidak ada.'],
    ]);
  });
});

describe('site settings', () => {
  it('"https:\\\\" typed with backslashes gets the address to write (the fix kept them: "https://\\\\sop...")', async () => {
    expect(rows(await projectIssues({ 'sops/_data/situs.yaml': 'nama: SOP Kelurahan\nalamat: https:\\\\sop.contoh.go.id\n' }))).toEqual([
      ['format-isian', 'sops/_data/situs.yaml', 2, 'alamat', 'Awal alamat situs "https:\\\\" salah ketik; tulis https:// lalu nama situsnya: https://sop.contoh.go.id.',
        'Tulis alamat publik situs, diawali https://, misalnya alamat: https://sop.dinsos.contoh.go.id (dipakai kode QR pada poster layanan).'],
    ]);
  });

  it('already clear, left alone: an address without https://', async () => {
    expect(rows(await projectIssues({ 'sops/_data/situs.yaml': 'nama: SOP Kelurahan\nalamat: sop.contoh.go.id\n' }))).toEqual([
      ['format-isian', 'sops/_data/situs.yaml', 2, 'alamat', 'Alamat situs "sop.contoh.go.id" belum diawali https://; tulis alamat: https://sop.contoh.go.id.',
        'Tulis alamat publik situs, diawali https://, misalnya alamat: https://sop.dinsos.contoh.go.id (dipakai kode QR pada poster layanan).'],
    ]);
  });
});

describe('what stays clean', () => {
  it('a path on the author\'s own computer in text (it prints as written), a network path in code, headings with plain spaces, records of an SOP in force with a suffix after the date, criteria as items, service lists as lists, "Rp. -", phone numbers with their labels, channels that say what they are, a logo in public/, the agency\'s site written as the kop prints it', async () => {
    const body = '## D. Jangka Waktu\n\nBerkas asli di C:\\Users\\staf\\sop.docx dan `\\\\server\\share\\sop.docx`.\n\n![Alur](/gambar/alur.png)\n';
    const evaluation = 'jenis: evaluasi\npenilai: Lurah\nkriteria:\n  - { kriteria: SOP mudah dipahami, jawaban: ya }\n  - { kriteria: "SOP mudah dilaksanakan, tanpa kendala", jawaban: tidak, catatan: Langkah 2 lama }\nrekomendasi: direvisi\n';
    const agency = `${AGENCY_WITHOUT_CHANNEL}logo: /logo/medan.png\ntelepon: "Telp. (061) 4514000, Fax. (061) 4514001 ext.12"\nsitus: www.seiputihtimur1.medan.go.id\npengaduan:\n  - WhatsApp 0812-3456-7890\n  - SMS 0812345678\n  - "Telepon (061) 4514000"\n  - pengaduan@medan.go.id\n`;
    expect(rows(await projectIssues({
      ...narrative(body),
      'public/gambar/alur.png': 'png',
      'public/logo/medan.png': 'png',
      [AGENCY]: agency,
      [SERVICE]: `${SKTM_SERVICE}kata_kunci: [sktm, surat miskin]\nsarana: [Ruang tunggu]\nbiaya: "Rp. -"\n`,
      [`${RECORDS}/2025-03-12-monitoring.yaml`]: MONITORING,
      [`${RECORDS}/2025-06-12.yaml`]: evaluation,
    }))).toEqual([]);
  });
});
