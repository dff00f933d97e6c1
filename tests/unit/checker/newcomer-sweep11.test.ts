/**
 * An eleventh sweep of newcomers' mistakes, on the narrative and on files, made pasting text
 * from a Word document or a PDF: an SOP saved outside sops/, named "sktm.mdx.txt", saved as
 * UTF-16, or named as another SOP in capitals; Word's own HTML, an attribute without quotes, a
 * tag left open with no line, <font> and <center>; a table laid out with tabs; headings that are
 * not read ("##Biaya", "##" and a non-breaking space), a first-level heading repeating the
 * title, an invisible character in a heading; a ``` fence never closed; a link without text or
 * with a placeholder for its address. One test per fix, with the messages as the author reads
 * them; and the pasted text that stays clean.
 */
import { describe, expect, it } from 'vitest';
import type { CheckIssue } from '../../../src/core/checks/issue';
import { checkProject } from '../../../src/node/check-project';
import { writeTempProject } from '../support/temp-project';
import { SKTM_WITH_DECISION } from '../support/sktm-sop';
import { KELURAHAN_BASE } from '../support/kelurahan-project';

const BASE = KELURAHAN_BASE;
const FILE = 'sops/medan/sktm.mdx';

async function projectIssues(files: Record<string, string | Buffer>): Promise<CheckIssue[]> {
  return (await checkProject(writeTempProject({ ...BASE, [FILE]: SKTM_WITH_DECISION, ...files }, 'sop-sweep11-'), '2026-12-01', { mermaid: false })).issues;
}
/** The SKTM SOP with its narrative ("## Biaya\n\nGratis.\n", from line 29) replaced by `body`. */
function withBody(body: string): string {
  expect(SKTM_WITH_DECISION).toContain('## Biaya\n\nGratis.\n');
  return SKTM_WITH_DECISION.replace('## Biaya\n\nGratis.\n', body);
}
const narrativeIssues = async (body: string) => (await projectIssues({ [FILE]: withBody(body) })).filter((i) => i.code !== 'penanda-isi');
const rowsFix = (issues: readonly CheckIssue[]) => issues.map((i) => [i.code, i.file, i.line, i.path, i.message, i.fix]);

describe('an SOP saved outside sops/', () => {
  it('at the project root, in "sop/" or in "SOPS/" is a warning with where to move it (it was ignored without a word)', async () => {
    const issues = await projectIssues({ 'sktm-baru.mdx': SKTM_WITH_DECISION, 'sop/medan/domisili.mdx': SKTM_WITH_DECISION, 'SOPS/medan/usaha.mdx': SKTM_WITH_DECISION });
    expect(rowsFix(issues)).toEqual([
      [
        'sop-di-luar-sops', 'sktm-baru.mdx', 1, '',
        'Berkas SOP ini berada di luar folder sops/, sehingga tidak diperiksa dan tidak diterbitkan.',
        'Pindahkan berkas ini ke folder SOP instansinya di bawah sops/ (medan), misalnya sops/medan/sktm-baru.mdx.',
      ],
      [
        'sop-di-luar-sops', 'sop/medan/domisili.mdx', 1, '',
        'Berkas SOP ini berada di luar folder sops/, sehingga tidak diperiksa dan tidak diterbitkan.',
        'Pindahkan berkas ini ke sops/medan/domisili.mdx (nama folder sops ditulis dengan huruf kecil).',
      ],
      [
        'sop-di-luar-sops', 'SOPS/medan/usaha.mdx', 1, '',
        'Berkas SOP ini berada di luar folder sops/, sehingga tidak diperiksa dan tidak diterbitkan.',
        'Pindahkan berkas ini ke sops/medan/usaha.mdx (nama folder sops ditulis dengan huruf kecil).',
      ],
    ]);
  });

  it('the toolkit\'s own folders, hidden folders and other files are not searched', async () => {
    const issues = await projectIssues({ 'src/pages/contoh.mdx': 'x', 'tests/contoh.mdx': 'x', 'node_modules/x/contoh.mdx': 'x', '.cache/sops/a.mdx': 'x', '_arsip/lama.mdx': 'x', 'README.md': 'x' });
    expect(issues).toEqual([]);
  });
});

describe('file names and encodings', () => {
  it('"sktm.mdx.txt" and "sktm.mdx.mdx" get the name Windows hid (it said "bukan SOP" and suggested "sktm-mdx.mdx")', async () => {
    const issues = await projectIssues({ 'sops/medan/domisili.mdx.txt': SKTM_WITH_DECISION, 'sops/medan/usaha.mdx.mdx': SKTM_WITH_DECISION });
    expect(rowsFix(issues)).toEqual([
      [
        'berkas-akhiran-ganda', 'sops/medan/domisili.mdx.txt', 1, '',
        'Nama berkas ini berakhiran ganda ".mdx.txt", sehingga tidak dibaca sebagai SOP dan tidak diterbitkan (di Windows, akhiran terakhirnya sering tersembunyi).',
        'Ganti nama berkas menjadi sops/medan/domisili.mdx. Agar akhiran terlihat di File Explorer, nyalakan "Ekstensi nama file" di menu Tampilan.',
      ],
      [
        'berkas-akhiran-ganda', 'sops/medan/usaha.mdx.mdx', 1, '',
        'Nama berkas ini berakhiran ganda ".mdx.mdx", sehingga tidak dibaca sebagai SOP dan tidak diterbitkan (di Windows, akhiran terakhirnya sering tersembunyi).',
        'Ganti nama berkas menjadi sops/medan/usaha.mdx. Agar akhiran terlihat di File Explorer, nyalakan "Ekstensi nama file" di menu Tampilan.',
      ],
    ]);
  });

  it('UTF-16 (Notepad\'s "Unicode") is named as such, with or without its byte-order mark (without it, it said there was no frontmatter)', async () => {
    const utf16 = Buffer.from(SKTM_WITH_DECISION, 'utf16le');
    const expected = [
      [
        'berkas-bukan-utf8', FILE, 1, '',
        'Berkas ini tersimpan sebagai teks UTF-16 (di Notepad disebut "Unicode" atau "UTF-16 LE"), bukan UTF-8, sehingga isinya tidak dapat dibaca sama sekali.',
        'Buka berkas di penyunting teks, lalu simpan ulang dengan pengodean "UTF-8".',
      ],
    ];
    expect(rowsFix(await projectIssues({ [FILE]: Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]) }))).toEqual(expected);
    expect(rowsFix(await projectIssues({ [FILE]: utf16 }))).toEqual(expected);
  });

  it('a name in capitals whose small-letter name another SOP has is not told to take that name', async () => {
    const issues = await projectIssues({ 'sops/medan/SKTM.mdx': SKTM_WITH_DECISION.replace('474/12', '474/13') });
    expect(rowsFix(issues)).toEqual([
      [
        'berkas-nama-tidak-sah', 'sops/medan/SKTM.mdx', 1, '',
        'Nama berkas/folder "medan/SKTM" tidak dapat dijadikan alamat halaman.',
        'Nama yang sah untuk berkas ini, sops/medan/sktm.mdx, sudah dipakai berkas lain: bila keduanya SOP yang sama, hapus salah satunya; bila berbeda, beri berkas ini nama lain dengan huruf kecil, angka dan tanda hubung saja.',
      ],
    ]);
  });
});

describe('HTML pasted into the narrative', () => {
  it('a tag left open on its own line is reported at that line (it pointed at the line above the narrative)', async () => {
    expect(rowsFix(await narrativeIssues('Denah ruang pelayanan:\n\n<img src="/gambar/denah.png" alt="Denah">\n'))).toEqual([
      [
        'mdx-sintaks', FILE, 31, 'narasi',
        'Narasi tidak dapat dibaca: tag <img> ditulis <img /> di MDX, dengan garis miring sebelum ">".',
        'Tutup setiap tag (<b>...</b>), tulis "<" sebagai &lt; dan "{" sebagai \\{ bila bukan kode.',
      ],
    ]);
  });

  it('Word\'s HTML (class=MsoNormal, <o:p>, style="mso-...") is named as a paste from Word, once a line (it said "<" was followed by a character it could not read, or nothing)', async () => {
    const fix = 'Hapus tag Word di baris ini (<o:p></o:p>, <p class=MsoNormal>, <span style="mso-...">) dan sisakan teksnya saja. Untuk menyalin dari Word, tempel sebagai teks biasa (Ctrl+Shift+V), lalu tulis judul, daftar dan tabel dengan Markdown.';
    expect(rowsFix(await narrativeIssues('<p class=MsoNormal>Pemohon datang ke loket.<o:p></o:p></p>\n'))).toEqual([
      ['mdx-html-word', FILE, 29, 'narasi', 'Narasi memuat class=MsoNormal, sisa HTML yang tersalin dari Word; tag dan atribut Word tidak berarti apa-apa di situs dan sering membuat narasi tidak dapat dibaca.', fix],
    ]);
    expect(rowsFix(await narrativeIssues('## Biaya\n\n<p class="MsoNormal">Gratis.<o:p></o:p></p>\n\nTidak dipungut biaya<o:p></o:p>\n\n<span style="mso-bidi-font-size:12pt">Sah</span>\n'))).toEqual([
      ['mdx-html-word', FILE, 31, 'narasi', 'Narasi memuat class=MsoNormal, sisa HTML yang tersalin dari Word; tag dan atribut Word tidak berarti apa-apa di situs dan sering membuat narasi tidak dapat dibaca.', fix],
      ['mdx-html-word', FILE, 33, 'narasi', 'Narasi memuat <o:p>, sisa HTML yang tersalin dari Word; tag dan atribut Word tidak berarti apa-apa di situs dan sering membuat narasi tidak dapat dibaca.', fix],
      ['mdx-html-word', FILE, 35, 'narasi', 'Narasi memuat style="mso-bidi-font-size:12pt", sisa HTML yang tersalin dari Word; tag dan atribut Word tidak berarti apa-apa di situs dan sering membuat narasi tidak dapat dibaca.', fix],
    ]);
  });

  it('an attribute value without quotes is named with the quotes to add', async () => {
    expect(rowsFix(await narrativeIssues('Lihat <a href=https://jdih.contoh.go.id>JDIH</a>.\n'))).toEqual([
      [
        'mdx-sintaks', FILE, 29, 'narasi',
        'Narasi tidak dapat dibaca: nilai atribut href=https://jdih.contoh.go.id tidak diapit tanda kutip; di MDX ditulis href="https://jdih.contoh.go.id".',
        'Tutup setiap tag (<b>...</b>), tulis "<" sebagai &lt; dan "{" sebagai \\{ bila bukan kode.',
      ],
    ]);
  });

  it('<font> and <center> are styling the site does not take (they passed)', async () => {
    expect(rowsFix(await narrativeIssues('<center>Pelayanan gratis</center>\n\n<font face="Arial">Tanpa biaya.</font>\n'))).toEqual([
      ['mdx-html-terlarang', FILE, 29, 'narasi', 'Narasi memuat <center>; situs SOP tidak memuat skrip, gaya sendiri, bingkai atau formulir.', 'Hapus bagian HTML ini dan tulis isinya sebagai teks Markdown (tebal **...**, daftar, tabel).'],
      ['mdx-html-terlarang', FILE, 31, 'narasi', 'Narasi memuat <font>; situs SOP tidak memuat skrip, gaya sendiri, bingkai atau formulir.', 'Hapus bagian HTML ini dan tulis isinya sebagai teks Markdown (tebal **...**, daftar, tabel).'],
    ]);
  });
});

describe('a table pasted with tabs', () => {
  it('is a warning at its first line with the Markdown table to write (it printed as one run-on paragraph)', async () => {
    expect(rowsFix(await narrativeIssues('## Persyaratan\n\nNo\tPersyaratan\tKeterangan\n1\tKTP\tAsli\n2\tKK\tFotokopi\n'))).toEqual([
      [
        'baris-bertab', FILE, 31, 'narasi',
        '3 baris, mulai "No Persyaratan Keterangan", dirapikan dengan tab (tabel atau isian yang tersalin dari Word atau Excel); di situs setiap tab menjadi satu spasi dan baris-barisnya bersambung menjadi satu paragraf.',
        'Tulis sebagai tabel Markdown: baris judul | No | Persyaratan | Keterangan |, di bawahnya | --- | --- | --- |, lalu satu baris | ... | untuk setiap baris tabel; atau sebagai daftar dengan "- " di awal setiap baris.',
      ],
    ]);
    // One line with a tab, or tabs inside a code block, print as they should.
    expect(await narrativeIssues('Nama\t: Budi\n\n```\nNo\tNama\n1\tBudi\n```\n')).toEqual([]);
  });
});

describe('headings', () => {
  it('"#Biaya" and "##" with a non-breaking space are named as text that is no heading (they printed with their "#")', async () => {
    expect(rowsFix(await narrativeIssues('##\u00a0Biaya\n\nGratis.\n\n#Waktu\n\n5 hari.\n'))).toEqual([
      [
        'judul-tidak-terbaca', FILE, 29, 'narasi',
        'Baris "##\u00a0Biaya" tercetak sebagai teks biasa, bukan judul: sesudah "##" ada spasi khusus (spasi tak terputus atau karakter tak terlihat, tersalin dari Word atau PDF), bukan spasi biasa.',
        'Tulis ## Biaya: tanda "#", satu spasi biasa (hapus spasi khusus itu dan ketik ulang dengan papan ketik), lalu teks judulnya; bagian-bagian narasi ditulis dengan "## ".',
      ],
      [
        'judul-tidak-terbaca', FILE, 33, 'narasi',
        'Baris "#Waktu" tercetak sebagai teks biasa, bukan judul: sesudah "#" tidak ada spasi.',
        'Tulis ## Waktu: tanda "#", satu spasi biasa, lalu teks judulnya; bagian-bagian narasi ditulis dengan "## ".',
      ],
    ]);
  });

  it('a first-level heading repeating the title, or any other, is a warning (the title printed twice)', async () => {
    expect(rowsFix(await narrativeIssues('# Pelayanan Surat Keterangan Tidak Mampu\n\n# Biaya\n\nGratis.\n'))).toEqual([
      [
        'judul-tingkat-satu', FILE, 29, 'narasi',
        'Judul "Pelayanan Surat Keterangan Tidak Mampu" di narasi mengulang judul SOP, yang sudah tercetak di atas halaman dan PDF; judul itu tercetak dua kali.',
        'Hapus baris judul ini; narasi dimulai dari bagiannya, misalnya ## C. Ketentuan Umum.',
      ],
      [
        'judul-tingkat-satu', FILE, 31, 'narasi',
        'Judul "Biaya" di narasi adalah judul tingkat satu ("# "), tingkat judul halaman: halaman SOP sudah berjudul "Pelayanan Surat Keterangan Tidak Mampu", dan bagian-bagian narasi ditulis dengan "## ".',
        'Tulis ## Biaya.',
      ],
    ]);
    expect(rowsFix(await narrativeIssues('<h1>Biaya</h1>\n'))).toEqual([
      [
        'judul-tingkat-satu', FILE, 29, 'narasi',
        'Judul "Biaya" di narasi adalah judul tingkat satu ("# "), tingkat judul halaman: halaman SOP sudah berjudul "Pelayanan Surat Keterangan Tidak Mampu", dan bagian-bagian narasi ditulis dengan "## ".',
        'Tulis ## Biaya.',
      ],
    ]);
  });

  it('an invisible character in a heading is a warning at its line (the search reads another word than the reader sees)', async () => {
    expect(rowsFix(await narrativeIssues('## C. Keten\u00adtuan Umum\n\nIsi.\n'))).toEqual([
      [
        'karakter-tak-terlihat', FILE, 29, 'narasi',
        'Ada karakter tak terlihat (tanda hubung lunak) sesudah "Keten", biasanya tersalin dari Word atau PDF: teks yang tampak sama dibaca berbeda.',
        'Teksnya tercetak seperti yang tampak, tetapi pencarian dapat melewatkannya: hapus teks di baris ini dan ketik ulang dengan papan ketik.',
      ],
    ]);
  });
});

describe('code fences', () => {
  it('a ``` or ```mermaid fence never closed is an error at its line (the rest of the narrative became code)', async () => {
    expect(rowsFix(await narrativeIssues('## Alur\n\n```mermaid\nflowchart TD\n  A --> B\n\n## D. Biaya\n\nGratis.\n'))).toEqual([
      [
        'blok-kode-tidak-ditutup', FILE, 31, 'narasi',
        'Diagram yang dibuka dengan "```mermaid" di baris ini tidak ditutup: semua baris sesudahnya, sampai akhir berkas, terbaca sebagai isi diagram, bukan sebagai narasi.',
        'Tambahkan baris berisi "```" saja sesudah baris terakhir diagram.',
      ],
    ]);
    expect(rowsFix(await narrativeIssues('~~~\nformat nomor\n'))).toEqual([
      [
        'blok-kode-tidak-ditutup', FILE, 29, 'narasi',
        'Blok kode yang dibuka dengan "~~~" di baris ini tidak ditutup: semua baris sesudahnya, sampai akhir berkas, terbaca sebagai isi blok kode, bukan sebagai narasi.',
        'Tambahkan baris berisi "~~~" saja sesudah baris terakhir kode.',
      ],
    ]);
    expect(await narrativeIssues('````\nkode\n````\n\n```mermaid\nflowchart TD\n  A --> B\n```\n')).toEqual([]);
  });
});

describe('links', () => {
  it('a link without text is an error (it did not show on the site)', async () => {
    expect(rowsFix(await narrativeIssues('Formulir: [](https://contoh.go.id/formulir.pdf)\n'))).toEqual([
      [
        'tautan-tanpa-teks', FILE, 29, 'narasi',
        'Tautan ke "https://contoh.go.id/formulir.pdf" tidak bertulisan ("[](https://contoh.go.id/formulir.pdf)"); di situs tautan itu tidak tampil, sehingga tidak dapat dibaca maupun diklik.',
        'Tulis teks tautannya di antara kurung siku, misalnya [nama dokumen atau laman](https://contoh.go.id/formulir.pdf).',
      ],
    ]);
    // A picture as the link's content is its text.
    expect((await narrativeIssues('[![Alur](/gambar/alur.png)](https://contoh.go.id)\n')).map((i) => i.code)).toEqual(['gambar-tidak-ada']);
  });

  it('a placeholder for the address is named as such, with the text to write until it is known (it was told to replace spaces by %20)', async () => {
    expect(rowsFix(await narrativeIssues('Unduh [formulir permohonan]([ISI: alamat formulir]).\n'))).toEqual([
      [
        'tautan-tidak-ditutup', FILE, 29, 'narasi',
        'Tautan "[formulir permohonan]([ISI: alamat formulir])." tidak terbaca karena alamatnya masih penanda [ISI: alamat formulir]; tautan "formulir permohonan" tercetak apa adanya sebagai teks.',
        'Sampai alamatnya diketahui, tulis teksnya dengan penandanya saja, tanpa kurung: formulir permohonan [ISI: alamat formulir]; bila sudah diketahui, tulis [formulir permohonan](https://...).',
      ],
    ]);
  });
});

describe('text pasted from Word or a PDF that prints as written', () => {
  it('"<" and ">" before a space, arrows, addresses, footnotes, entities, a path in text, a long line, a placeholder in a link\'s text, a skipped heading level', async () => {
    const body = [
      '## C. Ketentuan Umum',
      '',
      'Selesai < 5 hari; berkas -> Lurah; usia > 60 tahun.',
      '',
      'Lihat https://contoh.go.id atau tulis ke dinsos@contoh.go.id.[^1]',
      '',
      '[^1]: Catatan kaki dari dokumen.',
      '',
      'Spasi&nbsp;tetap &amp; tanda lain. Berkas asli di C:\\Users\\staf\\sop.docx.',
      '',
      'Kata '.repeat(1500).trim(),
      '',
      '#### Rincian',
      '',
      '[Formulir [ISI: nama formulir]](https://contoh.go.id/formulir)',
      '',
      'Nomor #1 dan pukul 08.00 s/d 12.00.',
      '',
    ].join('\n');
    expect(await narrativeIssues(body)).toEqual([]);
  });
});
