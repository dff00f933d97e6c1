/**
 * A nineteenth sweep, on the files beside the SOPs as a clerk new to them fills them in, and on
 * the narrative. Tried: an agency file with its address as a list of lines, an e-mail written with
 * "(at)", "[at] ... [dot]" or spaces, a website holding an e-mail or broken by a space, a NIP
 * grouped with "-", a pangkat written as its golongan alone ("III/a", "Gol. III/a") or with
 * another pangkat's golongan ("Penata (III/a)"), under "golongan:", an "id:" field, a logo
 * saved as a PDF or Word file; a regulation entered twice under two ids, its year written "Tahun
 * 2012", an article cited as "uu-11-2009#pasal-5"; a service whose cost is "0", "sepuluh ribu
 * rupiah" or "Rp10.000,00 (sepuluh ribu rupiah)", with a whole numbered list in one item; a
 * narrative heading written in bold, a table pasted without its separator row; a monitoring
 * rated "80%", "80" or "delapan puluh" or under "nilai:", a record named "2025_03_12.yaml" or
 * "20250312.yaml", a record under an SOP id since renamed or moved. One test per fix, with the
 * messages as the author reads them; and the inputs that stay clean (including the ones already
 * handled well: "www." without https://, "Penata Muda (III/a)", a NIP with spaces, "UU" and
 * "Perwako", "uu-11-2009 pasal 5", "Rp 0,-", "3 (tiga) hari", a numbered list pasted as one text,
 * a service of an SOP in draf, headings "## 5. Biaya", "<br>", "{nama}", "<!-- -->", "<5 tahun",
 * "<https://...>", a record named "12-03-2025.yaml").
 */
import { describe, expect, it } from 'vitest';
import type { CheckIssue } from '../../../src/core/checks/issue';
import { checkProject } from '../../../src/node/check-project';
import { writeTempProject } from '../support/temp-project';
import { SKTM_WITH_DECISION } from '../support/sktm-sop';
import { KELURAHAN_AGENCY, KELURAHAN_AGENCY_FILE, KELURAHAN_BASE, SKTM_MONITORING, SKTM_RECORDS, SKTM_SERVICE, SKTM_SERVICE_FILE } from '../support/kelurahan-project';

const SOP = 'sops/medan/sktm.mdx';
/** The SKTM SOP in force (SKTM_WITH_DECISION is a draf); its narrative ("## Biaya", "Gratis.") ends on line 32. */
const SKTM_BERLAKU = SKTM_WITH_DECISION.replace('status: draf', 'status: berlaku');
const AGENCY = KELURAHAN_AGENCY_FILE;
const REGULATIONS = 'sops/_data/dasar-hukum.yaml';
const SERVICE = SKTM_SERVICE_FILE;
const RECORD = `${SKTM_RECORDS}/2025-03-12.yaml`;

async function projectIssues(files: Record<string, string>): Promise<CheckIssue[]> {
  const issues = (await checkProject(writeTempProject({ ...KELURAHAN_BASE, [SOP]: SKTM_BERLAKU, ...files }, 'sop-sweep19-'), '2026-12-01', { mermaid: false })).issues;
  return issues.filter((i) => i.code !== 'penanda-isi');
}
const rows = (issues: readonly CheckIssue[]) => issues.map((i) => [i.code, i.file, i.line, i.path, i.message, i.fix]);
/** The kelurahan's agency file with `from` replaced by `to` (alamat on line 3, kepala on line 4). */
const agency = (from: string, to: string) => ({ [AGENCY]: KELURAHAN_AGENCY.replace(from, to) });
/** The kelurahan's agency file with `extra` from line 7. */
const agencyWith = (extra: string) => ({ [AGENCY]: `${KELURAHAN_AGENCY}${extra}` });
/** The kelurahan's head with `fields` after its name (all on line 4). */
const head = (fields: string) => agency('nama: Budi }', `nama: Budi, ${fields} }`);
/** The regulations file with `entry` on line 2. */
const regulations = (entry: string) => ({ [REGULATIONS]: `${KELURAHAN_BASE[REGULATIONS]}${entry}\n` });
/** The SKTM service with `extra` from line 6. */
const service = (extra: string) => ({ [SERVICE]: `${SKTM_SERVICE}${extra}` });
/** The SKTM SOP in force with its narrative's cost ("Gratis.", line 31) written `biaya`. */
const costing = (biaya: string) => ({ [SOP]: SKTM_BERLAKU.replace('Gratis.', biaya) });
/** The SKTM SOP in force with `body` after its narrative (from line 33). */
const narrative = (body: string) => ({ [SOP]: `${SKTM_BERLAKU}\n${body}` });
/** A monitoring of medan/sktm on 2025-03-12 with `from` replaced by `to` (penilaian on line 3). */
const monitoring = (from: string, to: string) => ({ [RECORD]: SKTM_MONITORING.replace(from, to) });

const EMAIL_FIX = 'Tulis alamat e-mail kantor, atau "[ISI: alamat e-mail]"; hapus baris ini bila tidak ada.';
const SITUS_FIX = 'Tulis alamat situs web kantor, atau "[ISI: alamat situs web]"; hapus baris ini bila tidak ada.';
const ASSESSMENT_FIX = 'Tulis penilaian: berjalan baik atau penilaian: tidak berjalan baik.';
const RECORD_NAME_FIX = 'Simpan catatan sebagai sops/_data/evaluasi/<id SOP>/<tanggal>.yaml, misalnya sops/_data/evaluasi/tanjungpinang/penanganan-eks-narapidana/2025-09-01.yaml.';

describe('an agency file filled in for the first time', () => {
  it('the address as a list of the letterhead\'s lines gets the one line to write (it said "Isinya harus teks, bukan daftar")', async () => {
    expect(rows(await projectIssues(agency('alamat: Jl. Contoh', 'alamat: [Jl. Contoh No. 1, Kel. Sei Putih Timur I, Medan 20118]')))).toEqual([
      ['format-isian', AGENCY, 3, 'alamat',
        'Alamat ditulis sebagai daftar 3 baris, padahal kop mencetak alamat sebagai satu baris di bawah nama instansi; tulis alamat: "Jl. Contoh No. 1, Kel. Sei Putih Timur I, Medan 20118".',
        'Tulis alamat kantor, atau "[ISI: alamat kantor]" selama belum diketahui (jangan mengarang alamat).'],
    ]);
  });

  it('an e-mail written with "(at)", "[at] ... [dot]" or spaces gets the address it means (it said only "tidak dapat dicetak di kop")', async () => {
    expect(rows(await projectIssues(agencyWith('email: dinsos(at)medan.go.id\n')))).toEqual([
      ['format-isian', AGENCY, 7, 'email',
        'Alamat e-mail "dinsos(at)medan.go.id" ditulis dengan kata pengganti "@" atau "." (seperti "(at)" dan "[dot]"); kop mencetaknya apa adanya, sehingga alamat itu tidak dapat dipakai untuk mengirim e-mail. Tulis alamatnya utuh: email: dinsos@medan.go.id.',
        EMAIL_FIX],
    ]);
    expect(rows(await projectIssues(agencyWith('email: dinsos [at] medan [dot] go [dot] id\n')))).toEqual([
      ['format-isian', AGENCY, 7, 'email',
        'Alamat e-mail "dinsos [at] medan [dot] go [dot] id" ditulis dengan kata pengganti "@" atau "." (seperti "(at)" dan "[dot]"); kop mencetaknya apa adanya, sehingga alamat itu tidak dapat dipakai untuk mengirim e-mail. Tulis alamatnya utuh: email: dinsos@medan.go.id.',
        EMAIL_FIX],
    ]);
    expect(rows(await projectIssues(agencyWith('email: dinsos @ medan.go.id\n')))).toEqual([
      ['format-isian', AGENCY, 7, 'email',
        'Alamat e-mail "dinsos @ medan.go.id" ditulis dengan spasi di dalamnya; kop mencetaknya apa adanya, sehingga alamat itu tidak dapat dipakai untuk mengirim e-mail. Tulis alamatnya utuh: email: dinsos@medan.go.id.',
        EMAIL_FIX],
    ]);
  });

  it('a website holding an e-mail address, or broken by a space, is named (both passed and printed as "Laman: ..." on the kop)', async () => {
    expect(rows(await projectIssues(agencyWith('situs: dinsos@medan.go.id\n')))).toEqual([
      ['format-isian', AGENCY, 7, 'situs',
        'Situs "dinsos@medan.go.id" berisi alamat e-mail, padahal kolom ini dicetak di kop sebagai alamat situs web: "Laman: dinsos@medan.go.id". Pindahkan alamat itu ke email: dinsos@medan.go.id, lalu tulis alamat situs web kantor di situs:, misalnya situs: www.pemkomedan.go.id, atau hapus baris situs bila kantor tidak punya situs.',
        SITUS_FIX],
    ]);
    expect(rows(await projectIssues(agencyWith('situs: www. medan.go.id\n')))).toEqual([
      ['format-isian', AGENCY, 7, 'situs', 'Alamat situs "www. medan.go.id" memuat spasi, sehingga tercetak terpotong di kop dan tidak dapat dibuka; tulis situs: www.medan.go.id.', SITUS_FIX],
    ]);
  });

  it('a NIP grouped with "-" gets the NIP with spaces (it said only "NIP harus 18 digit")', async () => {
    expect(rows(await projectIssues(head('nip: "19670720-199303-2-008"')))).toEqual([
      ['format-isian', AGENCY, 4, 'kepala.nip',
        'NIP "19670720-199303-2-008" dikelompokkan dengan tanda "-", padahal NIP dicetak apa adanya di blok tanda tangan dan ditulis berkelompok dengan spasi; tulis nip: "19670720 199303 2 008".',
        'Tulis NIP 18 digit, misalnya nip: "19670720 199303 2 008", atau "[ISI: NIP kepala dinas]".'],
    ]);
  });

  it('a pangkat written as its golongan alone gets the pangkat of that golongan (it passed and printed "III/a" under the name)', async () => {
    expect(rows(await projectIssues(head('pangkat: III/a')))).toEqual([
      ['pangkat-hanya-golongan', AGENCY, 4, 'kepala.pangkat',
        'Pangkat ditulis "III/a", golongannya saja; blok tanda tangan mencetak kolom ini di bawah nama sebagai pangkat, dan golongan III/a adalah pangkat Penata Muda.',
        'Tulis pangkat: Penata Muda (III/a).'],
    ]);
    expect(rows(await projectIssues(head('pangkat: "Gol. IV/c"')))).toEqual([
      ['pangkat-hanya-golongan', AGENCY, 4, 'kepala.pangkat',
        'Pangkat ditulis "Gol. IV/c", golongannya saja; blok tanda tangan mencetak kolom ini di bawah nama sebagai pangkat, dan golongan IV/c adalah pangkat Pembina Utama Muda.',
        'Tulis pangkat: Pembina Utama Muda (IV/c).'],
    ]);
    // The SOP's own signatory too.
    const signed = SKTM_BERLAKU.replace('sasaran: Warga', 'disahkan_oleh: { jabatan: Lurah Sei Putih Timur I, nama: Budi, pangkat: IV/a }\nsasaran: Warga');
    expect(rows(await projectIssues({ [SOP]: signed }))).toEqual([
      ['pangkat-hanya-golongan', SOP, 9, 'disahkan_oleh.pangkat',
        'Pangkat ditulis "IV/a", golongannya saja; blok tanda tangan mencetak kolom ini di bawah nama sebagai pangkat, dan golongan IV/a adalah pangkat Pembina.',
        'Tulis pangkat: Pembina (IV/a).'],
    ]);
  });

  it('a pangkat with another pangkat\'s golongan names both (it passed)', async () => {
    expect(rows(await projectIssues(head('pangkat: Penata (III/a)')))).toEqual([
      ['pangkat-golongan-tidak-cocok', AGENCY, 4, 'kepala.pangkat',
        'Pangkat "Penata (III/a)" tidak cocok dengan golongannya: golongan III/a adalah pangkat Penata Muda, sedangkan pangkat Penata adalah golongan III/c.',
        'Periksa SK kenaikan pangkat terakhir pejabat itu, lalu tulis pangkat: Penata Muda (III/a) atau pangkat: Penata (III/c).'],
    ]);
  });

  it('"golongan:" beside the name gets pangkat (it got no suggestion)', async () => {
    expect(rows(await projectIssues(head('golongan: III/a')))).toEqual([
      ['kolom-tidak-dikenal', AGENCY, 4, 'kepala', 'Kolom tidak dikenal: "golongan" (maksud Anda "pangkat"?).', 'Periksa ejaannya atau hapus. Kolom yang dikenal di sini: jabatan, nama, pangkat, nip, atas_nama.'],
    ]);
  });

  it('an "id:" field is told that the id is the file name, and what to do when it differs (it said only "Kolom tidak dikenal: id")', async () => {
    expect(rows(await projectIssues(agencyWith('id: kel-sei-putih-timur-i\n')))).toEqual([
      ['instansi-kolom-id', AGENCY, 7, 'id',
        'Kolom id tidak dibaca: id instansi adalah nama berkasnya tanpa .yaml, yaitu "kel-sei-putih-timur-1", dan SOP menyebut instansi ini dengan instansi: kel-sei-putih-timur-1. Id "kel-sei-putih-timur-i" yang ditulis di sini tidak dipakai di mana pun.',
        'Hapus baris id: kel-sei-putih-timur-i. Bila SOP instansi ini menulis instansi: kel-sei-putih-timur-i, ganti nama berkas ini menjadi sops/_data/instansi/kel-sei-putih-timur-i.yaml; bila tidak, biarkan nama berkasnya.'],
    ]);
    expect(rows(await projectIssues(agencyWith('id: kel-sei-putih-timur-1\n')))).toEqual([
      ['instansi-kolom-id', AGENCY, 7, 'id',
        'Kolom id tidak dibaca: id instansi adalah nama berkasnya tanpa .yaml, yaitu "kel-sei-putih-timur-1", dan SOP menyebut instansi ini dengan instansi: kel-sei-putih-timur-1.',
        'Hapus baris id: kel-sei-putih-timur-1; nama berkasnya sudah menjadi id instansi.'],
    ]);
  });

  it('a logo saved as a PDF or Word file is named as a document, even when the file is there (it said "tidak ditemukan" and to save the PDF in public/)', async () => {
    expect(rows(await projectIssues({ ...agencyWith('logo: /logo/pemko.pdf\n'), 'public/logo/pemko.pdf': '%PDF' }))).toEqual([
      ['logo-bukan-gambar', AGENCY, 7, 'logo',
        'Logo "/logo/pemko.pdf" adalah berkas PDF, bukan gambar; kop di halaman SOP, PDF dan surat hanya dapat memuat gambar .png, .jpg, .svg atau .webp, sehingga logo ini tidak tercetak.',
        'Simpan logonya sebagai gambar PNG (misalnya "Simpan sebagai gambar" atau ekspor dari berkas PDF itu) di public/logo/pemko.png, lalu tulis logo: /logo/pemko.png.'],
    ]);
    expect(rows(await projectIssues(agencyWith('logo: "/logo/Logo Pemko.docx"\n')))).toEqual([
      ['logo-bukan-gambar', AGENCY, 7, 'logo',
        'Logo "/logo/Logo Pemko.docx" adalah berkas Word, bukan gambar; kop di halaman SOP, PDF dan surat hanya dapat memuat gambar .png, .jpg, .svg atau .webp, sehingga logo ini tidak tercetak.',
        'Simpan logonya sebagai gambar PNG (misalnya "Simpan sebagai gambar" atau ekspor dari berkas Word itu) di public/logo/Logo-Pemko.png, lalu tulis logo: /logo/Logo-Pemko.png.'],
    ]);
  });
});

describe('the regulations file', () => {
  it('one regulation entered twice under two ids is a warning on the second (it passed: two pages for one law)', async () => {
    expect(rows(await projectIssues(regulations('uu-11-th-2009: { jenis: Undang-Undang, nomor: "011", tahun: 2009, tentang: Kesejahteraan Sosial }')))).toEqual([
      ['dasar-hukum-ditulis-dua-kali', REGULATIONS, 2, 'uu-11-th-2009',
        'Peraturan "uu-11-th-2009" sama dengan "uu-11-2009": keduanya Undang-Undang Nomor 11 Tahun 2009. Satu peraturan yang ditulis dua kali mendapat dua halaman di situs, dan daftar SOP yang mengutipnya terbagi di antara keduanya.',
        'Hapus uu-11-th-2009 dari berkas ini, lalu di dasar_hukum setiap SOP yang mengutipnya ganti uu-11-th-2009 dengan uu-11-2009.'],
    ]);
  });

  it('a year written "Tahun 2012" gets the number to write (it said only "ditulis sebagai angka empat digit")', async () => {
    expect(rows(await projectIssues(regulations('pp-39-2012: { jenis: Peraturan Pemerintah, nomor: "39", tahun: Tahun 2012, tentang: Penyelenggaraan Kesejahteraan Sosial }')))).toEqual([
      ['format-isian', REGULATIONS, 2, 'pp-39-2012.tahun',
        'Tahun ditulis "Tahun 2012", padahal judul peraturan sudah mencetak kata "Tahun" sebelum angkanya; tulis angkanya saja: tahun: 2012.',
        'Tulis tahun sebagai angka, misalnya tahun: 2009.'],
    ]);
  });

  it('an article cited as "uu-11-2009#pasal-5" gets the citation to write, as "uu-11-2009 pasal 5" does (it said "hanya huruf kecil, angka dan tanda hubung")', async () => {
    const fix = 'Tulis daftar id dari sops/_data/dasar-hukum.yaml, misalnya dasar_hukum: [uu-11-2009], atau { id: uud-1945, pasal: "Pasal 34 ayat (1)" } untuk mengutip pasal.';
    for (const cited of ['"uu-11-2009#pasal-5"', 'uu-11-2009 pasal 5']) {
      expect(rows(await projectIssues({ [SOP]: SKTM_BERLAKU.replace('dasar_hukum: [uu-11-2009]', `dasar_hukum: [${cited}]`) }))).toEqual([
        ['format-isian', SOP, 10, 'dasar_hukum[0]', `Pasal ditulis di dalam id dasar hukum "${cited.replace(/"/g, '')}". Tulis id dan pasalnya terpisah: - { id: uu-11-2009, pasal: "Pasal 5" }.`, fix],
      ]);
    }
  });
});

describe('a service standard', () => {
  it('a cost of "0" is the SOP\'s "Gratis" (it was a difference to explain)', async () => {
    expect(rows(await projectIssues(service('biaya: "0"\n')))).toEqual([]);
  });

  it('a cost in words, or with its amount in words after it, is the SOP\'s amount (they were differences to explain); another amount still is one', async () => {
    expect(rows(await projectIssues({ ...costing('Rp10.000'), ...service('biaya: sepuluh ribu rupiah\n') }))).toEqual([]);
    expect(rows(await projectIssues({ ...costing('Rp10.000,00 (sepuluh ribu rupiah).'), ...service('biaya: "Rp. 10.000,-"\n') }))).toEqual([]);
    expect(rows(await projectIssues({ ...costing('Rp1.500.000,00 (satu juta lima ratus ribu rupiah)'), ...service('biaya: satu juta lima ratus ribu rupiah\n') }))).toEqual([]);
    const differs = (derived: string) => ['layanan-beda-tanpa-alasan', SERVICE, 6, 'biaya', `Biaya sudah diambil dari SOP (${derived}); isian di berkas layanan hanya dipakai bila disertai alasan.`,
      'Hapus blok ini agar nilai dari SOP yang dipakai, atau tambahkan alasan: "..." yang menjelaskan mengapa berbeda.'];
    expect(rows(await projectIssues({ ...costing('Rp10.000'), ...service('biaya: dua puluh ribu rupiah\n') }))).toEqual([differs('Rp10.000')]);
    // Words saying another amount than the figures are not read as the figures.
    expect(rows(await projectIssues({ ...costing('Rp10.000,00 (seratus ribu rupiah)'), ...service('biaya: Rp10.000\n') }))).toEqual([differs('Rp10.000,00 (seratus ribu rupiah)')]);
  });

  it('an item holding the whole numbered list gets the items to write (the fix said to write "- KTP 2. KK 3. Surat Pengantar RT")', async () => {
    expect(rows(await projectIssues({ [SERVICE]: SKTM_SERVICE.replace('persyaratan: [KTP, KK]', 'persyaratan:\n  - 1. KTP 2. KK 3. Surat Pengantar RT') }))).toEqual([
      ['layanan-butir-bernomor', SERVICE, 5, 'persyaratan[0]',
        'Butir ini memuat 3 butir bernomor dalam satu teks ("1. KTP 2. KK 3. Surat Pengantar RT"), padahal persyaratan dinomori otomatis saat dicetak; tercetak sebagai satu butir bernomor 1 dengan nomor-nomor itu di dalamnya.',
        'Ganti butir ini dengan 3 butir tanpa nomornya, masing-masing di barisnya sendiri diawali "- ": "KTP", "KK", "Surat Pengantar RT".'],
    ]);
  });
});

describe('the narrative', () => {
  it('a part\'s heading written in bold is a warning with the heading to write (it passed; the service then found no cost)', async () => {
    expect(rows(await projectIssues({ [SOP]: SKTM_BERLAKU.replace('## Biaya', '**E. Biaya**'), ...service('') }))).toEqual([
      ['layanan-tanpa-biaya', SERVICE, 1, '',
        'Biaya layanan tidak diketahui: narasi SOP (medan/sktm) tidak memuat bagian "Biaya" satu kalimat, dan berkas layanan tidak menulis biaya.',
        'Tulis biaya: Gratis (atau tarifnya), atau "[ISI: biaya layanan]" sampai diketahui; atau tambahkan bagian "## Biaya" di narasi SOP.'],
      ['judul-ditulis-tebal', SOP, 29, 'narasi',
        'Baris "**E. Biaya**" ditulis tebal sebagai judul bagian, padahal tercetak sebagai paragraf biasa: tidak menjadi judul di situs dan PDF, tidak dapat ditautkan, dan bagian seperti Biaya atau Jangka Waktu di bawahnya tidak terbaca untuk halaman layanan.',
        'Tulis sebagai judul bagian, tanpa tanda bintang: ## E. Biaya.'],
    ]);
    expect(rows(await projectIssues(narrative('**D. Jangka Waktu Penyelesaian:**\n\n1 hari.\n')))).toEqual([
      ['judul-ditulis-tebal', SOP, 33, 'narasi',
        'Baris "**D. Jangka Waktu Penyelesaian:**" ditulis tebal sebagai judul bagian, padahal tercetak sebagai paragraf biasa: tidak menjadi judul di situs dan PDF, tidak dapat ditautkan, dan bagian seperti Biaya atau Jangka Waktu di bawahnya tidak terbaca untuk halaman layanan.',
        'Tulis sebagai judul bagian, tanpa tanda bintang: ## D. Jangka Waktu Penyelesaian.'],
    ]);
  });

  it('a table pasted without its separator row is a warning at its first row with the row to insert (it passed and printed its pipes)', async () => {
    expect(rows(await projectIssues(narrative('Persyaratan:\n\n| No | Syarat | Keterangan |\n| 1 | KTP | Asli |\n| 2 | KK | Fotokopi |\n')))).toEqual([
      ['tabel-tanpa-pemisah', SOP, 35, 'narasi',
        'Baris-baris mulai "| No | Syarat | Keterangan |" ditulis sebagai tabel dengan "|", tetapi di bawah baris judulnya tidak ada baris pemisah "| --- |"; tanpa baris itu tabel tidak terbaca, dan semuanya tercetak sebagai satu paragraf dengan tanda "|"-nya.',
        'Sisipkan di bawah baris judul ini satu baris pemisah dengan satu "---" untuk setiap kolom, yaitu 3 kolom: | --- | --- | --- |'],
    ]);
  });

  it('already clear, now proven: "<br>", "{nama}", "<!-- -->", "<5 tahun" and "<https://...>" each get an Indonesian message at their line', async () => {
    const general = 'Tutup setiap tag (<b>...</b>), tulis "<" sebagai &lt; dan "{" sebagai \\{ bila bukan kode.';
    expect(rows(await projectIssues(narrative('Baris satu<br>Baris dua\n')))).toEqual([
      ['mdx-sintaks', SOP, 33, 'narasi', 'Narasi tidak dapat dibaca: tag <br> ditulis <br /> di MDX, dengan garis miring sebelum ">".', general],
    ]);
    expect(rows(await projectIssues(narrative('Surat atas nama {nama} dibuat.\n')))).toEqual([
      ['mdx-ekspresi', SOP, 33, 'narasi', 'Narasi memuat {nama}; kurung kurawal di MDX dijalankan sebagai kode.', 'Bila maksudnya teks, tulis kurung kurawal sebagai \\{ dan \\}; catatan untuk penulis ditulis {/* ... */}.'],
    ]);
    expect(rows(await projectIssues(narrative('Teks.\n\n<!-- catatan: periksa lagi -->\n')))).toEqual([
      ['mdx-sintaks', SOP, 35, 'narasi', 'Narasi tidak dapat dibaca: komentar HTML "<!-- ... -->" tidak dapat dipakai di MDX; tulis catatan untuk penulis sebagai {/* ... */}.',
        'Ganti "<!-- catatan: periksa lagi -->" dengan {/* catatan: periksa lagi */} (catatan yang tidak tampil di situs), atau hapus catatan itu.'],
    ]);
    expect(rows(await projectIssues(narrative('<5 tahun tidak dilayani.\n')))).toEqual([
      ['mdx-sintaks', SOP, 33, 'narasi', 'Narasi tidak dapat dibaca: tanda "<" sebelum angka atau spasi dibaca sebagai awal tag; tulis "kurang dari" atau &lt;.', general],
    ]);
    expect(rows(await projectIssues(narrative('Lihat <https://medan.go.id/layanan>.\n')))).toEqual([
      ['mdx-sintaks', SOP, 33, 'narasi', 'Narasi tidak dapat dibaca: alamat "<https://medan.go.id/layanan>" di antara "<" dan ">" dibaca MDX sebagai tag; tulis alamatnya saja tanpa "<" dan ">", atau sebagai tautan [teks](https://...).', general],
    ]);
  });
});

describe('monitoring and evaluation records', () => {
  const scored = (written: string) => ['format-isian', RECORD, 3, 'penilaian',
    `Penilaian ditulis "${written}", sebuah nilai angka; monitoring SOP AP (kolom 3 tabel Monitoring Pelaksanaan SOP AP) tidak memberi nilai angka, tetapi menilai penerapan SOP: berjalan baik atau tidak berjalan baik. Tulis salah satunya; bila angka itu perlu disimpan, tulis di catatan:.`,
    ASSESSMENT_FIX];

  it('a rating written as a score says the guide rates with no score (it listed the two choices only)', async () => {
    expect(rows(await projectIssues(monitoring('berjalan baik', '80%')))).toEqual([scored('80%')]);
    expect(rows(await projectIssues(monitoring('berjalan baik', '80')))).toEqual([scored('80')]);
    expect(rows(await projectIssues(monitoring('berjalan baik', 'delapan puluh')))).toEqual([scored('delapan puluh')]);
  });

  it('a score under "nilai:" gets penilaian (it got no suggestion)', async () => {
    expect(rows(await projectIssues({ [RECORD]: `${SKTM_MONITORING}nilai: 80%\n` }))).toEqual([
      ['kolom-tidak-dikenal', RECORD, 4, 'nilai', 'Kolom tidak dikenal: "nilai" (maksud Anda "penilaian"?).',
        'Periksa ejaannya atau hapus. Kolom yang dikenal di sini: jenis, penilai, penilaian, tindakan, kriteria, rekomendasi, catatan.'],
    ]);
  });

  it('a record named "2025_03_12.yaml" or "20250312.yaml" gets the name meant (they got no suggestion)', async () => {
    for (const name of ['2025_03_12.yaml', '20250312.yaml']) {
      expect(rows(await projectIssues({ [`${SKTM_RECORDS}/${name}`]: SKTM_MONITORING }))).toEqual([
        ['evaluasi-nama-berkas', `${SKTM_RECORDS}/${name}`, 1, '', `Nama berkas "${name}" bukan tanggal yang sah; nama berkas adalah tanggal monitoring atau evaluasi. Maksud Anda "2025-03-12.yaml"?`, RECORD_NAME_FIX],
      ]);
    }
  });

  it('a record under the SOP\'s id before it was renamed after its title, or moved to another folder, gets the SOP meant (they got no suggestion)', async () => {
    const unknown = (id: string) => ['evaluasi-sop-tidak-ada', `sops/_data/evaluasi/${id}/2025-03-12.yaml`, 1, '', `SOP "${id}" yang dinilai catatan ini tidak ditemukan. Maksud Anda "medan/sktm"?`,
      'Pindahkan berkas ke folder sops/_data/evaluasi/<id SOP>/, dengan id SOP yaitu jalurnya di bawah sops/ tanpa .mdx. SOP yang ada: medan/sktm.'];
    expect(rows(await projectIssues({ 'sops/_data/evaluasi/medan/surat-keterangan-tidak-mampu/2025-03-12.yaml': SKTM_MONITORING }))).toEqual([unknown('medan/surat-keterangan-tidak-mampu')]);
    expect(rows(await projectIssues({ 'sops/_data/evaluasi/kelurahan/sktm/2025-03-12.yaml': SKTM_MONITORING }))).toEqual([unknown('kelurahan/sktm')]);
  });

  it('already right, now proven: a record named "12-03-2025.yaml" gets the day first, as Indonesian dates are written', async () => {
    expect(rows(await projectIssues({ [`${SKTM_RECORDS}/03-12-2025.yaml`]: SKTM_MONITORING }))).toEqual([
      ['evaluasi-nama-berkas', `${SKTM_RECORDS}/03-12-2025.yaml`, 1, '', 'Nama berkas "03-12-2025.yaml" bukan tanggal yang sah; nama berkas adalah tanggal monitoring atau evaluasi. Maksud Anda "2025-12-03.yaml"?', RECORD_NAME_FIX],
    ]);
  });
});

describe('what stays clean', () => {
  it('an agency with a website without https://, a pangkat with its golongan in any common form or without it, a NIP with spaces or dots, an address block, a bold lead-in', async () => {
    for (const pangkat of ['Penata Muda (III/a)', '"Pembina Tk. I / IV b"', 'Pembina Tingkat I (IV/b)', 'Penata Muda', '"[ISI: pangkat/golongan]"']) {
      expect(rows(await projectIssues(head(`pangkat: ${pangkat}, nip: "19670720 199303 2 008"`)))).toEqual([]);
    }
    expect(rows(await projectIssues(head('nip: "19670720.199303.2.008"')))).toEqual([]);
    for (const situs of ['www.medan.go.id', 'http://medan.go.id', 'https://dinsos.pemkomedan.go.id', 'www.medan.go.id dan dinsos.medan.go.id']) {
      expect(rows(await projectIssues(agencyWith(`situs: ${situs}\nemail: dinsos@medan.go.id\n`)))).toEqual([]);
    }
    expect(rows(await projectIssues({ ...agency('alamat: Jl. Contoh', 'alamat: |\n  Jl. Contoh No. 1\n  Medan 20118'), ...agencyWith('logo: /logo/pemko.png\n'), 'public/logo/pemko.png': 'png' }))).toEqual([]);
    expect(rows(await projectIssues(narrative('**Catatan:** berkas disimpan di lemari arsip.\n\n**Penting**\n\n**A. Menerima berkas lalu memeriksanya.**\n')))).toEqual([]);
  });

  it('the regulations and citations already handled: "UU" and "Perwako" are named with the full kind; the same law in another kind is no duplicate; a year in quotes; "uu-11-2009" with its pasal as a block', async () => {
    expect(rows(await projectIssues(regulations('perwako-5-2020: { jenis: Perwako, nomor: "5", tahun: 2020, tentang: Contoh }')))).toEqual([
      ['dasar-hukum-jenis-singkatan', REGULATIONS, 2, 'perwako-5-2020.jenis', 'Jenis peraturan ditulis dengan singkatannya, "Perwako"; judul peraturan di halaman SOP dan PDF tercetak "Perwako Nomor 5 Tahun 2020 tentang Contoh".',
        'Tulis jenis: Peraturan Wali Kota diikuti nama daerahnya seperti pada naskahnya (misalnya Kota Medan); singkatan untuk daftar ditulis di kolom singkatan.'],
    ]);
    expect(rows(await projectIssues(regulations('pp-11-2009: { jenis: Peraturan Pemerintah, nomor: "11", tahun: "2009", tentang: Contoh }')))).toEqual([]);
    expect(rows(await projectIssues({ [SOP]: SKTM_BERLAKU.replace('dasar_hukum: [uu-11-2009]', 'dasar_hukum: [{ id: uu-11-2009, pasal: "Pasal 5" }]') }))).toEqual([]);
  });

  it('a service: the costs that say "Gratis", a time of "3 (tiga) hari", a numbered list pasted as one text (named as before), an SOP still in draf (its page says so), a cost section under "## 5. Biaya"', async () => {
    for (const biaya of ['"Rp 0,-"', 'Rp. 0,00', 'nol rupiah', 'Tidak dipungut biaya']) {
      expect(rows(await projectIssues(service(`biaya: ${biaya}\n`)))).toEqual([]);
    }
    const days = SKTM_BERLAKU.replace(/waktu: 10 menit/g, 'waktu: 1 hari').replace('waktu: 15 menit', 'waktu: 1 hari');
    expect(rows(await projectIssues({ [SOP]: days, ...service('jangka_waktu: 3 (tiga) hari\n') }))).toEqual([]);
    expect(rows(await projectIssues({ [SERVICE]: SKTM_SERVICE.replace('persyaratan: [KTP, KK]', 'persyaratan: 1. KTP 2. KK 3. Surat Pengantar RT') }))).toEqual([
      ['daftar-berupa-teks', SERVICE, 4, 'persyaratan', 'Kolom persyaratan ditulis sebagai satu teks, "1. KTP 2. KK 3. Surat Pengantar RT", padahal persyaratan adalah daftar yang dicetak bernomor, satu butir per baris.',
        'Tulis setiap butir di barisnya sendiri diawali "- ", atau di antara kurung siku: persyaratan: [KTP, KK, Surat Pengantar RT].'],
    ]);
    expect(rows(await projectIssues({ [SOP]: SKTM_WITH_DECISION, [SERVICE]: SKTM_SERVICE }))).toEqual([]);
    expect(rows(await projectIssues({ [SOP]: SKTM_BERLAKU.replace('## Biaya', '## 5. Biaya'), ...service('biaya: Gratis\n') }))).toEqual([]);
  });

  it('a narrative table with its separator row, "Usia < 5 tahun" and "> 60 tahun"', async () => {
    expect(rows(await projectIssues(narrative('| No | Syarat |\n| --- | --- |\n| 1 | KTP |\n\nUsia < 5 tahun didampingi orang tua.\n\n> 60 tahun mendapat prioritas.\n')))).toEqual([]);
  });
});
