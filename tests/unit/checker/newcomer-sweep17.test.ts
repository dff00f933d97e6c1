/**
 * A seventeenth sweep, on letter templates an office writes or copies for its own letterhead, on
 * the flow of steps as real SOPs write it, and on the Mutu Baku cells. Tried: a kelurahan's letter
 * with its header fields in Indonesian words ("keterangan", "isian", "wajib", "pilihan",
 * "petunjuk", "jenis" for a field's type), a field type unknown ("teks", "tanggal"), a select
 * without options or with options as one text, a field used but not declared and declared but
 * never printed, a partial that does not exist, helpers misspelt or capitalised ("tanggal_indo",
 * "Tanggal", "#If"), "{{{ }}}", a logo from the author's computer, the web or without its "/",
 * inline fonts, a copy of a letter under the same title or named "domisili (1).hbs", templates
 * saved as .html, .hbs.txt or .HBS; a decision with one branch, branch targets written as
 * sentences ("kembali ke langkah 1", "dikembalikan ke langkah 1", "No. 3", "Langkah 3"), as the
 * step's kegiatan or out of range, a decision that is not a question, steps numbered by hand,
 * actors written by their label, in capitals, or several in one text; Mutu Baku as lists, and
 * times as "1 hari kerja", "3 HK", "½ jam", "1½ jam", "1 1/2 jam", "1,5 jam", "paling lama 3 hari",
 * "2 s/d 3 hari", "± 15 menit", "selama 15 menit", "max 15 menit", "Tentatif", "menyesuaikan".
 * One test per fix, with the messages as the author reads them; and the inputs that stay clean
 * (including the ones already handled well).
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
/** The SKTM SOP in force: step 2 (lines 18-23) is the decision, step 3 (lines 24-26) its last. */
const SKTM_BERLAKU = SKTM_WITH_DECISION.replace('status: draf', 'status: berlaku');
const README = 'Sesuaikan templat dengan letter-templates/README.md.';

async function projectIssues(files: Record<string, string>): Promise<CheckIssue[]> {
  const issues = (await checkProject(writeTempProject({ ...KELURAHAN_BASE, [SOP]: SKTM_BERLAKU, ...PARTIALS, ...files }, 'sop-sweep17-'), '2026-12-01', { mermaid: false })).issues;
  return issues.filter((i) => i.code !== 'penanda-isi');
}
const rows = (issues: readonly CheckIssue[]) => issues.map((i) => [i.code, i.file, i.line, i.path, i.message, i.fix]);
/** The kelurahan's letter with `from` replaced by `to`. */
const letter = (from: string, to: string) => ({ [LETTER]: DOMISILI.replace(from, to) });
/** The SKTM SOP in force with `from` replaced by `to`. */
const sop = (from: string, to: string) => ({ [SOP]: SKTM_BERLAKU.replace(from, to) });

const HEADER_KEYS = 'judul, jenis, ringkasan, kertas, bawaan, fields';
const FIELD_KEYS = 'name, label, hint, type, required, bagian, lebar, baris, maks, options, dari_instansi, dari_sop, tidak_sebelum, default, fields, min, max, label_item';
const HELPERS = 'tanggal, hariTanggal, hari, tanggalKata, tanggalAngka, terbilang, angka, rupiahAngka, rupiah, jumlah, formatNip, formatNik, formatNipNik, labelNipNik, jabatanTtd, baris, paragraf, urutan, sama, ada, if, unless, each, with';

describe('a letter template written for a kelurahan', () => {
  it('header and field keys in Indonesian words get the key they mean (they got no suggestion)', async () => {
    expect(rows(await projectIssues(letter('ringkasan:', 'keterangan:')))).toEqual([
      ['kolom-tidak-dikenal', LETTER, 4, 'keterangan', 'Kolom tidak dikenal: "keterangan" (maksud Anda "ringkasan"?).', `Periksa ejaannya atau hapus. Kolom yang dikenal di sini: ${HEADER_KEYS}.`],
    ]);
    expect(rows(await projectIssues(letter('fields:', 'isian:')))).toEqual([
      ['kolom-tidak-dikenal', LETTER, 7, 'isian', 'Kolom tidak dikenal: "isian" (maksud Anda "fields"?).', `Periksa ejaannya atau hapus. Kolom yang dikenal di sini: ${HEADER_KEYS}.`],
    ]);
    expect(rows(await projectIssues(letter('    type: text\n    required: true', '    jenis: text\n    wajib: true\n    petunjuk: Sesuai KTP')))).toEqual([
      ['kolom-tidak-dikenal', LETTER, 10, 'fields[0]', 'Kolom tidak dikenal: "jenis" (maksud Anda "type"?).', `Periksa ejaannya atau hapus. Kolom yang dikenal di sini: ${FIELD_KEYS}.`],
      ['kolom-tidak-dikenal', LETTER, 11, 'fields[0]', 'Kolom tidak dikenal: "wajib" (maksud Anda "required"?).', `Periksa ejaannya atau hapus. Kolom yang dikenal di sini: ${FIELD_KEYS}.`],
      ['kolom-tidak-dikenal', LETTER, 12, 'fields[0]', 'Kolom tidak dikenal: "petunjuk" (maksud Anda "hint"?).', `Periksa ejaannya atau hapus. Kolom yang dikenal di sini: ${FIELD_KEYS}.`],
    ]);
  });

  it('a select without options says what it does to the form and gives the options to write (it said only "harus punya \\"options\\"", with the general fix)', async () => {
    const fix = 'Tulis pilihannya sebagai daftar di bawah type: select, misalnya options: [Laki-laki, Perempuan].';
    expect(rows(await projectIssues(letter('    type: textarea\n', '    type: select\n    pilihan: [Sekolah, Bekerja]\n')))).toEqual([
      ['format-isian', LETTER, 12, 'fields[1].options', 'Isian bertipe select (pilihan) belum punya options, daftar pilihan yang ditawarkan formulir; tanpa itu petugas tidak dapat memilih apa pun.', fix],
      ['kolom-tidak-dikenal', LETTER, 15, 'fields[1]', 'Kolom tidak dikenal: "pilihan" (maksud Anda "options"?).', `Periksa ejaannya atau hapus. Kolom yang dikenal di sini: ${FIELD_KEYS}.`],
    ]);
    expect(rows(await projectIssues(letter('    type: textarea\n', '    type: select\n    options: Sekolah, Bekerja\n')))).toEqual([
      ['jenis-isian', LETTER, 15, 'fields[1].options', 'Isinya harus daftar, bukan teks.', fix],
    ]);
  });

  it('a misspelt or capitalised helper gets the helper meant and the list (it said only "tidak dikenal di templat surat")', async () => {
    expect(rows(await projectIssues(letter('{{f.keperluan}}.', '{{f.keperluan}}, {{tanggal_indo f.keperluan}}.')))).toEqual([
      ['templat-surat', LETTER, 19, '', `Isi surat: pembantu (helper) "tanggal_indo" tidak dikenal, sehingga templat tidak dapat dikompilasi. Pembantu yang ada: ${HELPERS}; nilai isian tanpa pembantu ditulis {{f.<nama isian>}}.`, README],
    ]);
    expect(rows(await projectIssues(letter('{{f.keperluan}}.', '{{#If f.keperluan}}{{f.keperluan}}{{/If}}.')))).toEqual([
      ['templat-surat', LETTER, 19, '', `Isi surat: pembantu (helper) "If" tidak dikenal, sehingga templat tidak dapat dikompilasi. Maksud Anda {{if ...}}? Handlebars membedakan huruf besar dan kecil. Pembantu yang ada: ${HELPERS}; nilai isian tanpa pembantu ditulis {{f.<nama isian>}}.`, README],
    ]);
    expect(rows(await projectIssues(letter('{{f.keperluan}}.', '{{Tanggal f.keperluan}}.')))).toEqual([
      ['templat-surat', LETTER, 19, '', `Isi surat: pembantu (helper) "Tanggal" tidak dikenal, sehingga templat tidak dapat dikompilasi. Maksud Anda {{tanggal ...}}? Handlebars membedakan huruf besar dan kecil. Pembantu yang ada: ${HELPERS}; nilai isian tanpa pembantu ditulis {{f.<nama isian>}}.`, README],
    ]);
  });

  it('a logo on the author\'s computer or without its "/" is named with the address to write (C:\\... and logo.png passed; file:/// was "dari situs lain")', async () => {
    expect(rows(await projectIssues(letter('{{> kop}}', '<img src="C:\\Users\\Staf\\Pictures\\logo pemko.png" alt="Logo">')))).toEqual([
      ['templat-surat', LETTER, 16, '',
        'Isi surat memuat gambar "C:\\Users\\Staf\\Pictures\\logo pemko.png", alamat berkas di komputer penulis atau di jaringan kantor; halaman surat dibuka di komputer petugas lain dan tidak dapat membacanya. Salin berkas logo pemko.png ke folder public/gambar/ dengan nama tanpa spasi, logo-pemko.png, lalu tulis src="/gambar/logo-pemko.png". Logo instansi di kop surat tidak perlu ditulis di templat: {{> kop}} mencetak logo: dari berkas instansi.',
        README],
    ]);
    expect(rows(await projectIssues(letter('{{> kop}}', '<img src="file:///D:/kop/logo.png">')))).toEqual([
      ['templat-surat', LETTER, 16, '',
        'Isi surat memuat gambar "file:///D:/kop/logo.png", alamat berkas di komputer penulis atau di jaringan kantor; halaman surat dibuka di komputer petugas lain dan tidak dapat membacanya. Salin berkas logo.png ke folder public/gambar/, lalu tulis src="/gambar/logo.png". Logo instansi di kop surat tidak perlu ditulis di templat: {{> kop}} mencetak logo: dari berkas instansi.',
        README],
    ]);
    expect(rows(await projectIssues(letter('{{> kop}}', '<img src="logo.png"> <a href="./formulir.pdf">Formulir</a>')))).toEqual([
      ['templat-surat', LETTER, 16, '',
        'Isi surat memuat gambar "logo.png" tanpa "/" di depannya; halaman surat ada di /surat/<id>/, jadi berkas itu dicari di /surat/<id>/logo.png dan tidak ditemukan. Simpan berkasnya di folder public/gambar/, lalu tulis src="/gambar/logo.png".',
        README],
      ['templat-surat', LETTER, 16, '',
        'Isi surat memuat tautan "./formulir.pdf" tanpa "/" di depannya; halaman surat ada di /surat/<id>/, jadi berkas itu dicari di /surat/<id>/formulir.pdf dan tidak ditemukan. Simpan berkasnya di folder public/berkas/, lalu tulis href="/berkas/formulir.pdf".',
        README],
    ]);
  });

  it('a field declared but printed nowhere (body or partials) is a warning at its declaration (it passed; the clerk typed it for nothing)', async () => {
    expect(rows(await projectIssues(letter('    type: textarea\n', '    type: textarea\n  - name: alamat\n    label: Alamat\n    type: textarea\n  - { name: rt_rw, label: RT/RW, type: text }\n')))).toEqual([
      ['isian-surat-tak-dipakai', LETTER, 15, 'fields[2]',
        'Isian "alamat" (Alamat) ada di formulir, tetapi isi surat dan bagian-bagiannya ({{> ...}}) tidak mencetaknya: apa pun yang diketik petugas di situ tidak muncul di surat.',
        'Cetak isian ini di tempatnya di isi surat dengan {{f.alamat}}, atau hapus isian alamat dari fields bila tidak diperlukan.'],
      ['isian-surat-tak-dipakai', LETTER, 18, 'fields[3]',
        'Isian "rt_rw" (RT/RW) ada di formulir, tetapi isi surat dan bagian-bagiannya ({{> ...}}) tidak mencetaknya: apa pun yang diketik petugas di situ tidak muncul di surat.',
        'Cetak isian ini di tempatnya di isi surat dengan {{f.rt_rw}}, atau hapus isian rt_rw dari fields bila tidak diperlukan.'],
    ]);
  });

  it('a copy under the same title (other spacing or capitals) is a warning on the second (it passed: two identical rows in the list of letters)', async () => {
    expect(rows(await projectIssues({ [LETTER]: DOMISILI, 'letter-templates/domisili-usaha.hbs': DOMISILI.replace('Surat Keterangan Domisili\n', 'Surat  keterangan domisili\n') }))).toEqual([
      ['judul-surat-ganda', LETTER, 2, 'judul',
        'Judul "Surat Keterangan Domisili" sama dengan judul templat letter-templates/domisili-usaha.hbs; di daftar surat keduanya tampil dengan judul yang sama, sehingga petugas tidak tahu mana yang harus dipilih.',
        'Bila templat ini salinan untuk keperluan atau kantor lain, ubah judul: menurut keperluan itu (misalnya tambahkan keperluannya sesudah "Surat Keterangan Domisili"); bila salah satunya tidak dipakai, hapus berkasnya.'],
    ]);
  });

  it('a template saved as .html, .hbs.txt or .HBS is a warning with the name to give it (it was ignored without a word); other files are left alone', async () => {
    const fix = (meant: string) => `Ganti nama berkasnya menjadi ${meant} (di Windows, nyalakan "File name extensions" di menu View agar akhiran .txt atau .html terlihat); bila berkas ini bukan templat surat, pindahkan ke luar folder letter-templates/.`;
    const message = (name: string) => `Berkas "${name}" di letter-templates/ tidak dibaca: hanya berkas yang namanya berakhiran .hbs (huruf kecil) yang menjadi surat, jadi surat ini tidak ada di daftar surat dan tidak diperiksa.`;
    expect(rows(await projectIssues({
      'letter-templates/Keterangan Domisili.hbs.txt': DOMISILI,
      'letter-templates/domisili.html': DOMISILI,
      'letter-templates/usaha.HBS': DOMISILI,
      'letter-templates/catatan.docx': 'x',
      'letter-templates/README.md': '# Surat\n',
    }))).toEqual([
      ['templat-surat-bukan-hbs', 'letter-templates/domisili.html', 1, '', message('domisili.html'), fix('domisili.hbs')],
      ['templat-surat-bukan-hbs', 'letter-templates/Keterangan Domisili.hbs.txt', 1, '', message('Keterangan Domisili.hbs.txt'), fix('keterangan-domisili.hbs')],
      ['templat-surat-bukan-hbs', 'letter-templates/usaha.HBS', 1, '', message('usaha.HBS'), fix('usaha.hbs')],
    ]);
  });

  it('a copy named "domisili (1).hbs" gets the name to give it (it said only which letters a name may have)', async () => {
    expect(rows(await projectIssues({ 'letter-templates/domisili (1).hbs': DOMISILI }))).toEqual([
      ['templat-surat', 'letter-templates/domisili (1).hbs', 1, '',
        'Nama berkas "domisili (1)" harus huruf kecil, angka dan tanda minus (mis. "surat-tugas.hbs"); ganti namanya menjadi domisili-1.hbs. Nama berkas menjadi alamat surat di situs (/surat/<nama>/).', README],
    ]);
  });

  it('already clear, left alone: an unknown type, "{{{ }}}", a field not declared, a logo from the web', async () => {
    expect(rows(await projectIssues({
      ...letter('type: text', 'type: teks'),
      'letter-templates/rt.hbs': DOMISILI.replace('{{> kop}}', '<img src="https://pemkomedan.go.id/logo.png">'),
      'letter-templates/rw.hbs': DOMISILI.replace('Surat Keterangan Domisili\n', 'Surat RW\n').replace('{{f.keperluan}}.', '{{f.keperluan}} {{{f.warga_nama}}}.'),
    }))).toEqual([
      ['pilihan-tidak-dikenal', LETTER, 10, 'fields[0].type', 'Nilai "teks" tidak dikenal; pilih salah satu: text, textarea, date, number, rupiah, nik, nip, nip_nik, select, group.', 'Tulis salah satu pilihan persis seperti di atas.'],
      ['templat-surat', 'letter-templates/rt.hbs', 16, '',
        'Isi surat memuat "https://pemkomedan.go.id/logo.png" dari situs lain; halaman surat tidak memanggil situs mana pun (data klien tidak boleh keluar dari peramban). Simpan berkasnya di public/ dan tulis alamatnya diawali "/".', README],
      ['templat-surat', 'letter-templates/rw.hbs', 19, '', 'Isi surat: "{{{" atau "{{&" mencetak nilai tanpa escape; selalu pakai {{ ... }}.', README],
    ]);
    expect(rows(await projectIssues(letter('{{f.keperluan}}.', '{{f.keperluan}} di {{f.alamat}}.')))).toEqual([
      ['templat-surat', LETTER, 19, '',
        'Isi surat: "f.alamat" bukan isian templat ini, sehingga tidak ada di formulir dan tercetak kosong. Bila memang isian baru, tambahkan di fields, misalnya - { name: alamat, label: ..., type: text }. Isian yang ada: klasifikasi, nomor_urut, tanggal_surat, sifat, lampiran, hal, rujukan_sop, tujuan, tujuan_tempat, warga_nama, keperluan, penandatangan_jabatan, penandatangan_nama, penandatangan_pangkat, penandatangan_nip, tembusan.',
        README],
    ]);
    expect(rows(await projectIssues(letter('{{> kop}}', '{{> kop-kelurahan}}')))).toEqual([
      ['templat-surat', LETTER, 16, '',
        'Isi surat: bagian "{{> kop-kelurahan}}" tidak ada di letter-templates/partials/ (yang ada: daftar-petugas, identitas-klien, kepala-surat-dinas, kop, tanda-tangan, tanda-tangan-kepala, tembusan).', README],
    ]);
  });
});

describe('the flow of steps', () => {
  it('a decision with one branch says the other arrow is missing and what it usually is (it said "Kolom wajib ini belum diisi" with a Dinsos example)', async () => {
    expect(rows(await projectIssues(sop('      tidak: { ke: selesai }\n', '')))).toEqual([
      ['keputusan-satu-cabang', SOP, 21, 'langkah[1].keputusan.tidak',
        'Keputusan ini hanya menulis cabang ya; belah ketupat keputusan selalu punya dua panah, ya dan tidak, dan tanpa cabang tidak tidak diketahui ke mana alurnya bila jawabannya "Tidak".',
        'Tambahkan cabang tidak di bawah cabang ya: tidak: { label: Tidak, ke: selesai } bila prosesnya berhenti, atau ke: nomor langkah sebelumnya (misalnya ke: 1) bila berkas dikembalikan untuk dilengkapi. Bila langkah ini bukan keputusan, hapus keputusan: dan cabangnya.'],
    ]);
    expect(rows(await projectIssues(sop('      ya: { ke: 3 }\n', '')))).toEqual([
      ['keputusan-satu-cabang', SOP, 21, 'langkah[1].keputusan.ya',
        'Keputusan ini hanya menulis cabang tidak; belah ketupat keputusan selalu punya dua panah, ya dan tidak, dan tanpa cabang ya tidak diketahui ke mana alurnya bila jawabannya "Ya".',
        'Tambahkan cabang ya di atas cabang tidak: ya: { label: Ya, ke: <nomor langkah berikutnya> }. Bila langkah ini bukan keputusan, hapus keputusan: dan cabangnya.'],
    ]);
  });

  it('targets written "dikembalikan ke langkah 1", "No. 3", "kembali ke nomor 1." are read as the step (they were "Tujuan cabang harus nomor langkah")', async () => {
    expect(rows(await projectIssues(sop('ya: { ke: 3 }\n      tidak: { ke: selesai }', 'ya: { ke: No. 3 }\n      tidak: { label: Belum lengkap, ke: dikembalikan ke langkah 1 }')))).toEqual([]);
    expect(rows(await projectIssues(sop('ya: { ke: 3 }\n      tidak: { ke: selesai }', 'ya: { ke: nomor 3 }\n      tidak: { ke: "Kembali ke nomor 1." }')))).toEqual([]);
  });

  it('already clear, left alone: a target out of range, actors in capitals or several in one text, a step numbered by hand', async () => {
    expect(rows(await projectIssues(sop('ya: { ke: 3 }', 'ya: { ke: 9 }')))).toEqual([
      ['cabang-di-luar', SOP, 22, 'langkah[1].keputusan.ya.ke', 'Cabang "Ya" langkah ke-2 menuju langkah 9, padahal SOP ini hanya punya 3 langkah.', 'Tulis nomor langkah 1–3 atau "selesai".'],
    ]);
    const written = SKTM_BERLAKU.replace('pelaksana: lurah', 'pelaksana: Staf / Lurah')
      .replace('pelaksana: staf\n    waktu: 10 menit\n  - kegiatan: Memeriksa', 'pelaksana: STAF\n    waktu: 10 menit\n  - kegiatan: Memeriksa');
    expect(rows(await projectIssues({ [SOP]: written }))).toEqual([
      ['format-isian', SOP, 16, 'langkah[0].pelaksana', 'Id pelaksana hanya huruf kecil, angka dan tanda hubung, misalnya "staf-adm". Maksud Anda "staf"?',
        'Tulis id pelaksana yang dideklarasikan di bagian pelaksana, atau daftar id bila langkah dikerjakan bersama: pelaksana: [staf-adm, kadis].'],
      ['pelaksana-dalam-satu-teks', SOP, 25, 'langkah[2].pelaksana', 'Pelaksana langkah ke-3 ditulis "Staf / Lurah": beberapa pelaksana dalam satu teks, sehingga tidak dikenali sebagai id pelaksana.',
        'Bila langkah ini dikerjakan bersama, tulis daftar id: pelaksana: [staf, lurah]; bila dikerjakan satu pelaksana saja, tulis id pelaksana itu saja.'],
    ]);
    expect(rows(await projectIssues(sop('kegiatan: Menerima berkas', 'kegiatan: 1. Menerima berkas')))).toEqual([
      ['kegiatan-bernomor', SOP, 15, 'langkah[0].kegiatan', 'Kegiatan langkah ke-1 diawali nomor "1.", padahal kolom No di diagram alir sudah mencetak nomor langkah; "1." akan tercetak dua kali di baris itu.',
        'Hapus "1." dan tulis kegiatannya saja: kegiatan: Menerima berkas. Nomor langkah mengikuti urutannya di daftar langkah.'],
    ]);
  });
});

describe('Mutu Baku', () => {
  it('"1½ jam" is one and a half hours, not ten and a half; "1 1/2 jam" and "2 ¼ jam" are read too (they were 630 minutes and unreadable)', () => {
    expect(parseWaktu('1½ jam')).toEqual({ ok: true, waktu: { min: 90, max: 90, unit: 'jam', text: '1½ jam' } });
    expect(parseWaktu('1 1/2 jam')).toEqual({ ok: true, waktu: { min: 90, max: 90, unit: 'jam', text: '1 1/2 jam' } });
    expect(parseWaktu('2 ¼ jam')).toEqual({ ok: true, waktu: { min: 135, max: 135, unit: 'jam', text: '2 ¼ jam' } });
    expect(totalWaktu([{ waktu: '1½ jam' }, { waktu: '½ jam' }, { waktu: '± 15 menit' }]).text).toBe('2 jam 15 menit');
  });

  it('"selama 15 menit" and "max 15 menit" are read as 15 minutes (they were "tidak dapat dibaca")', async () => {
    expect(parseWaktu('selama 15 menit')).toEqual({ ok: true, waktu: { min: 15, max: 15, unit: 'menit', text: 'selama 15 menit' } });
    expect(parseWaktu('Max. 2 hari')).toEqual({ ok: true, waktu: { min: 2880, max: 2880, unit: 'hari', text: 'Max. 2 hari' } });
    expect(rows(await projectIssues(sop('waktu: 15 menit', 'waktu: selama 15 menit')))).toEqual([]);
    expect(rows(await projectIssues(sop('waktu: 15 menit', 'waktu: max 15 menit')))).toEqual([]);
  });

  it('the phrases real SOPs write sum as they say: "1 hari kerja", "3 HK", "paling lama 3 hari", "2 s/d 3 hari", "1,5 jam", "½ jam", "± 15 menit"', () => {
    const steps = (...waktu: string[]) => waktu.map((w) => ({ waktu: w }));
    expect(totalWaktu(steps('1 hari kerja', '3 HK', '2 s/d 3 hari', 'paling lama 3 hari')).text).toBe('9 hari – 10 hari');
    expect(totalWaktu(steps('1,5 jam', '½ jam', '± 15 menit')).text).toBe('2 jam 15 menit');
  });

  it('already clear, left alone: kelengkapan and output written as lists, "Tentatif" and "menyesuaikan"', async () => {
    const lists = SKTM_BERLAKU.replace('    waktu: 10 menit\n    keputusan', '    kelengkapan: [KTP, KK, Surat pengantar RT/RW]\n    waktu: 10 menit\n    keputusan')
      .replace('waktu: 15 menit', 'waktu: 15 menit\n    output: [SKTM, Arsip]');
    expect(rows(await projectIssues({ [SOP]: lists }))).toEqual([
      ['sel-berupa-daftar', SOP, 20, 'langkah[1].kelengkapan', 'Kolom kelengkapan ditulis sebagai daftar 3 butir, padahal sel Mutu Baku berisi satu teks yang dicetak di satu sel tabel.',
        'Tulis butirnya sebagai satu teks, dipisah koma: kelengkapan: "KTP, KK, Surat pengantar RT/RW".'],
      ['sel-berupa-daftar', SOP, 28, 'langkah[2].output', 'Kolom output ditulis sebagai daftar 2 butir, padahal sel Mutu Baku berisi satu teks yang dicetak di satu sel tabel.',
        'Tulis butirnya sebagai satu teks, dipisah koma: output: "SKTM, Arsip".'],
    ]);
    expect(rows(await projectIssues(sop('waktu: 15 menit', 'waktu: Tentatif')))).toEqual([
      ['waktu-tak-terjumlah', SOP, 26, 'langkah[2].waktu', 'Waktu langkah ke-3 ("Tentatif") tidak tentu; dicetak apa adanya dan tidak ikut dijumlahkan.', 'Bila ada perkiraan, tulis sebagai rentang, misalnya "1-3 hari".'],
    ]);
    expect(rows(await projectIssues(sop('waktu: 15 menit', 'waktu: menyesuaikan')))).toEqual([
      ['waktu-tak-terjumlah', SOP, 26, 'langkah[2].waktu', 'Waktu langkah ke-3 ("menyesuaikan") tidak tentu; dicetak apa adanya dan tidak ikut dijumlahkan.', 'Bila ada perkiraan, tulis sebagai rentang, misalnya "1-3 hari".'],
    ]);
  });
});

describe('what stays clean', () => {
  it('the kelurahan\'s letter, a field printed only by a partial, a formulir\'s number fields printed through {{nomor}}, a logo in public/ and the agency\'s through {{> kop}}, inline fonts, links to a place on the page or by e-mail, two letters under different titles, a README in the folder; branches written "kembali ke langkah 1" and "Langkah 3"; kelengkapan and output as text, and each time phrase', async () => {
    const second = DOMISILI.replace('Surat Keterangan Domisili\n', 'Surat Keterangan Usaha\n')
      .replace('  - name: keperluan\n    label: Keperluan\n    type: textarea\n', '  - name: klien_nama\n    label: Nama\n    type: text\n')
      .replace('{{> kepala-surat-dinas}}', '{{> kepala-surat-dinas}}\n<img src="/gambar/cap.png" alt="">')
      .replace('<p>Lurah', '<p style="font-family: \'Bookman Old Style\'; font-size: 12pt"><a href="#isi">Lurah</a> <a href="mailto:kel@medan.go.id">surel</a>')
      .replace('{{f.keperluan}}', '{{#if f.warga_nama}}ya{{/if}}')
      .replace('{{> tanda-tangan-kepala}}', '{{> identitas-klien}}\n{{> tanda-tangan-kepala}}');
    const steps = SKTM_BERLAKU.replace('ya: { ke: 3 }', 'ya: { ke: Langkah 3 }').replace('tidak: { ke: selesai }', 'tidak: { label: Belum lengkap, ke: kembali ke langkah 1 }')
      .replace('    waktu: 10 menit\n    keputusan', '    kelengkapan: KTP, KK, surat pengantar RT/RW\n    waktu: 1 hari kerja\n    keputusan')
      .replace('waktu: 15 menit', 'waktu: "± 15 menit"\n    output: SKTM yang sudah ditandatangani');
    // A formulir numbers itself: its own klasifikasi and nomor_urut are printed through {{nomor}}.
    const record = '---\njudul: Berita Acara Musyawarah Kelurahan\njenis: formulir\nringkasan: Berita acara musyawarah warga di kantor kelurahan.\nfields:\n  - { name: klasifikasi, label: Kode klasifikasi, type: text }\n  - { name: nomor_urut, label: Nomor urut, type: text }\n---\n{{> kop}}\n<p>Nomor: {{nomor}}, {{tanggal f.tanggal_surat}}</p>\n';
    expect(rows(await projectIssues({ [LETTER]: DOMISILI, 'letter-templates/usaha.hbs': second, 'letter-templates/musyawarah.hbs': record, 'letter-templates/README.md': '# Surat kelurahan\n', 'public/gambar/cap.png': 'png', [SOP]: steps }))).toEqual([]);
    for (const waktu of ['1 hari kerja', '3 HK', '"½ jam"', '1,5 jam', 'paling lama 3 hari', '2 s/d 3 hari', '"± 15 menit"', '1½ jam']) {
      expect(rows(await projectIssues(sop('waktu: 15 menit', `waktu: ${waktu}`)))).toEqual([]);
    }
  });
});
