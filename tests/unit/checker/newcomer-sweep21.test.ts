/**
 * A twenty-first sweep, on what a clerk pastes into an SOP from Word or a PDF: the narrative and
 * the frontmatter's texts. Tried: smart quotes, non-breaking spaces and soft hyphens in the text;
 * lists bulleted "•" or with the Symbol font's "" (pasted as a private-use character), lettered
 * "a." or "b)", numbered "1)" or "1." and a tab, indented with tabs; "{nama}", "{{nama}}", "<5
 * tahun", "<=5", "<<lampiran>>", "<o:p>", <span style=...>, <br>, an HTML table, a Markdown table;
 * an image named with spaces; links without https:// ("jdih.medan.go.id", "www...."); page-number
 * lines ("Halaman 2 dari 5", "Hal. 3", "Page 2 of 5", "- 2 -", "– 2 –"); a running header; a
 * second frontmatter block; "---" as a separator right under a line of text, or after a blank
 * line, "***", "______"; a footnote; a kegiatan with a line break (quoted "\n", folded, literal
 * "|"); a judul in capitals, with a trailing page number ("... Halaman 1 dari 3", "... - Hal. 2")
 * or a bare "2"; a sasaran with "Halaman 2/5"; a nomor with spaces around "/". One test per fix,
 * with the messages as the author reads them; and the inputs that stay clean (including the ones
 * already handled well: "{nama}", "<5 tahun", "<<lampiran>>", "<o:p>", <span style>, <br>, an
 * image path with a space, smart quotes around a YAML value, a soft hyphen in the judul).
 */
import { describe, expect, it } from 'vitest';
import type { CheckIssue } from '../../../src/core/checks/issue';
import { checkProject } from '../../../src/node/check-project';
import { writeTempProject } from '../support/temp-project';
import { SKTM_WITH_DECISION } from '../support/sktm-sop';
import { KELURAHAN_BASE } from '../support/kelurahan-project';

const SOP = 'sops/medan/sktm.mdx';
/** The SKTM SOP in force; judul on line 3, sasaran on line 9, the narrative's "## Biaya" on line 29. */
const SKTM_BERLAKU = SKTM_WITH_DECISION.replace('status: draf', 'status: berlaku');

async function projectIssues(files: Record<string, string>): Promise<CheckIssue[]> {
  const issues = (await checkProject(writeTempProject({ ...KELURAHAN_BASE, [SOP]: SKTM_BERLAKU, ...files }, 'sop-sweep21-'), '2026-12-01', { mermaid: false })).issues;
  return issues.filter((i) => i.code !== 'penanda-isi');
}
const rows = (issues: readonly CheckIssue[]) => issues.map((i) => [i.code, i.file, i.line, i.path, i.message, i.fix]);
/** The SKTM SOP in force with `from` replaced by `to`. */
const sop = (from: string | RegExp, to: string) => ({ [SOP]: SKTM_BERLAKU.replace(from, to) });
/** The SKTM SOP in force with `text` for its narrative, from line 29. */
const narrative = (text: string) => sop('## Biaya\n\nGratis.\n', text);

describe('lists pasted from Word', () => {
  it('lines bulleted "•" are named with their marker (they passed and printed as one paragraph)', async () => {
    expect(rows(await projectIssues(narrative('## Persyaratan\n\nPersyaratan:\n\u2022 Fotokopi KTP\n\u2022 Fotokopi KK\n')))).toEqual([
      ['penanda-butir-tidak-terbaca', SOP, 32, 'narasi',
        '2 baris, mulai "\u2022 Fotokopi KTP", diawali "\u2022" (penomoran atau poin dari Word); Markdown tidak mengenalnya sebagai daftar, sehingga di situs dan PDF baris-baris itu bersambung menjadi satu paragraf.',
        'Ganti "\u2022" di awal setiap baris dengan "- " (tanda hubung lalu spasi), misalnya - Fotokopi KTP; untuk daftar bernomor tulis 1. , 2. , dan seterusnya.'],
    ]);
  });

  it('the Symbol font\'s bullet, pasted as a private-use character, is named as printing as a box', async () => {
    expect(rows(await projectIssues(narrative('## Persyaratan\n\n\uf0b7\tFotokopi KTP\n\uf0b7\tFotokopi KK\n')))).toEqual([
      ['penanda-butir-tidak-terbaca', SOP, 31, 'narasi',
        '2 baris, mulai "\uf0b7 Fotokopi KTP", diawali "\uf0b7" (penomoran atau poin dari Word); Markdown tidak mengenalnya sebagai daftar, sehingga di situs dan PDF baris-baris itu bersambung menjadi satu paragraf, dan tanda poinnya tercetak sebagai kotak.',
        'Ganti "\uf0b7" di awal setiap baris dengan "- " (tanda hubung lalu spasi), misalnya - Fotokopi KTP; untuk daftar bernomor tulis 1. , 2. , dan seterusnya.'],
    ]);
  });

  it('lines bulleted with a tab after "•" are a list, not a table (it said to write | • | KTP |)', async () => {
    const found = await projectIssues(narrative('## Persyaratan\n\n\u2022\tKTP\n\u2022\tKK\n'));
    expect(found.map((i) => [i.code, i.line])).toEqual([['penanda-butir-tidak-terbaca', 31]]);
  });

  it('lines lettered "a)" are named with their marker', async () => {
    expect(rows(await projectIssues(narrative('## Persyaratan\n\na) KTP\nb) KK\nc) Surat pengantar RT\n')))).toEqual([
      ['penanda-butir-tidak-terbaca', SOP, 31, 'narasi',
        '3 baris, mulai "a) KTP", diawali "a)" (penomoran atau poin dari Word); Markdown tidak mengenalnya sebagai daftar, sehingga di situs dan PDF baris-baris itu bersambung menjadi satu paragraf.',
        'Ganti "a)" di awal setiap baris dengan "- " (tanda hubung lalu spasi), misalnya - KTP; untuk daftar bernomor tulis 1. , 2. , dan seterusnya.'],
    ]);
  });

  it('lists Markdown reads, and bullets one to a paragraph, stay clean', async () => {
    for (const text of ['- KTP\n- KK\n', '1) KTP\n2) KK\n', '1.\tKTP\n2.\tKK\n', '\u2022 KTP\n\n\u2022 KK\n', '\u2022 Gratis\n', '\tFotokopi KTP\n\tFotokopi KK\n']) {
      expect(await projectIssues(narrative(`## Persyaratan\n\n${text}`))).toEqual([]);
    }
  });
});

describe('links and page lines', () => {
  it('a link to another site without https:// is a warning (it passed and led to a page not found)', async () => {
    expect(rows(await projectIssues(narrative('## Dasar Hukum\n\nLihat [Perwal 5/2020](jdih.medan.go.id/perwal-5.pdf).\n')))).toEqual([
      ['tautan-tanpa-https', SOP, 31, 'narasi',
        'Tautan "Perwal 5/2020" beralamat "jdih.medan.go.id/perwal-5.pdf", tanpa "https://" di depannya; tanpa itu alamatnya dibaca sebagai halaman di situs SOP ini sendiri, sehingga pembaca yang mengekliknya mendapat halaman "tidak ditemukan".',
        'Tulis alamatnya lengkap: [Perwal 5/2020](https://jdih.medan.go.id/perwal-5.pdf) (salin dari bilah alamat peramban bila ragu, misalnya http:// untuk situs yang belum memakai https).'],
    ]);
    const www = await projectIssues(narrative('## Dasar Hukum\n\nLihat [JDIH](www.medan.go.id).\n'));
    expect(www.map((i) => [i.code, i.line, i.fix])).toEqual([
      ['tautan-tanpa-https', 31, 'Tulis alamatnya lengkap: [JDIH](https://www.medan.go.id) (salin dari bilah alamat peramban bila ragu, misalnya http:// untuk situs yang belum memakai https).'],
    ]);
  });

  it('links with https://, to a file beside the SOP or to a page of the site stay clean', async () => {
    expect(await projectIssues(narrative('## Dasar Hukum\n\nLihat [JDIH](https://jdih.medan.go.id), [layanan](/layanan/) dan [FAQ](#biaya).\n'))).toEqual([]);
  });

  it('a page-number line copied from the PDF is a warning (it passed and printed in the middle of the text)', async () => {
    expect(rows(await projectIssues(narrative('## Biaya\n\nGratis.\n\nHalaman 2 dari 5\n\nTidak dipungut biaya.\n')))).toEqual([
      ['baris-nomor-halaman', SOP, 33, 'narasi',
        'Baris "Halaman 2 dari 5" adalah nomor halaman dokumen asal (tersalin dari PDF atau Word), bukan isi SOP; di situs dan PDF baris itu tercetak di tengah narasi, dan nomornya tidak sesuai dengan halaman yang dicetak situs.',
        'Hapus baris ini (dan baris kepala atau kaki halaman lain yang ikut tersalin); situs dan PDF memberi nomor halaman sendiri.'],
    ]);
    // Inside a paragraph, as "Page 2 of 5", and as "- 2 -" (which Markdown reads as a list item).
    for (const [text, line, page] of [['Gratis.\nHal. 3\n', 32, 'Hal. 3'], ['Gratis.\n\nPage 2 of 5\n', 33, 'Page 2 of 5'], ['Gratis.\n\n- 2 -\n', 33, '- 2 -'], ['Gratis.\n\n\u2013 2 \u2013\n', 33, '\u2013 2 \u2013']] as const) {
      const found = await projectIssues(narrative(`## Biaya\n\n${text}`));
      expect(found.map((i) => [i.code, i.line, i.message.slice(0, 8 + page.length)])).toEqual([['baris-nomor-halaman', line, `Baris "${page}"`]]);
    }
  });

  it('a page named in a sentence stays clean', async () => {
    expect(await projectIssues(narrative('## Biaya\n\nLihat halaman 2 formulir.\n\nHalaman 2 berisi syarat.\n'))).toEqual([]);
  });
});

describe('"---" in the narrative', () => {
  it('"---" right under a line of text is named as making it a heading (it passed and printed "Gratis." as a heading)', async () => {
    expect(rows(await projectIssues(narrative('## Biaya\n\nGratis.\n---\n\n## Waktu\n\n5 hari.\n')))).toEqual([
      ['garis-menjadi-judul', SOP, 32, 'narasi',
        'Baris "---" di bawah "Gratis." tidak tercetak sebagai garis pemisah: langsung di bawah sebuah baris teks, "---" menjadikan baris itu judul bagian, yang tercetak besar dan tebal di situs dan PDF.',
        'Bila maksudnya garis pemisah, sisipkan satu baris kosong di antara "Gratis." dan "---" (atau hapus garisnya); bila maksudnya judul, tulis ## Gratis.'],
    ]);
  });

  it('a second frontmatter block pasted into the narrative is named as such (it passed and printed its fields as a heading)', async () => {
    expect(rows(await projectIssues(narrative('---\nnomor: "474/12/2017"\njudul: Pelayanan SKTM\n---\n\n## Biaya\n\nGratis.\n')))).toEqual([
      ['garis-menjadi-judul', SOP, 30, 'narasi',
        'Baris-baris mulai "nomor: "474/12/2017"" di narasi ditulis seperti frontmatter kedua (blok "---" berisi kolom SOP); narasi tidak membacanya sebagai data SOP, dan "---" di bawahnya menjadikan isinya satu judul bagian yang tercetak di situs dan PDF.',
        'Hapus blok ini beserta baris "---" di atas dan di bawahnya; data SOP ditulis satu kali saja, di frontmatter di awal berkas (pindahkan ke sana kolom yang belum ada).'],
    ]);
  });

  it('separator lines after a blank line stay clean', async () => {
    for (const line of ['---', '***', '______________']) {
      expect(await projectIssues(narrative(`## Biaya\n\nGratis.\n\n${line}\n\n## Waktu\n\n5 hari.\n`))).toEqual([]);
    }
  });
});

describe('page numbers in the frontmatter\'s texts', () => {
  it('a judul ending with the PDF\'s page number is a warning (it passed and printed on the page\'s title)', async () => {
    expect(rows(await projectIssues(sop('judul: Pelayanan Surat Keterangan Tidak Mampu', 'judul: PELAYANAN SURAT KETERANGAN TIDAK MAMPU - Hal. 2')))).toEqual([
      ['nomor-halaman-di-isian', SOP, 3, 'judul',
        'Kolom judul ditulis "PELAYANAN SURAT KETERANGAN TIDAK MAMPU - Hal. 2", dengan nomor halaman dokumen asal di akhirnya ("Hal. 2", tersalin bersama kepala halaman PDF); isian ini tercetak apa adanya di halaman identitas SOP, sebagai judul halaman dan di daftar SOP.',
        'Hapus nomor halamannya: judul: PELAYANAN SURAT KETERANGAN TIDAK MAMPU.'],
    ]);
    expect(rows(await projectIssues(sop('sasaran: Warga', 'sasaran: Warga kurang mampu Halaman 2/5')))).toEqual([
      ['nomor-halaman-di-isian', SOP, 9, 'sasaran',
        'Kolom sasaran ditulis "Warga kurang mampu Halaman 2/5", dengan nomor halaman dokumen asal di akhirnya ("Halaman 2/5", tersalin bersama kepala halaman PDF); isian ini tercetak apa adanya di halaman identitas SOP.',
        'Hapus nomor halamannya: sasaran: Warga kurang mampu.'],
    ]);
  });

  it('a judul in capitals, with "Halaman" inside it or a bare number, a nomor with spaces and a kegiatan folded over two lines stay clean', async () => {
    for (const [from, to] of [
      ['judul: Pelayanan Surat Keterangan Tidak Mampu', 'judul: PELAYANAN SURAT KETERANGAN TIDAK MAMPU'],
      ['judul: Pelayanan Surat Keterangan Tidak Mampu', 'judul: Pelayanan Pembuatan Halaman 2 Website'],
      ['judul: Pelayanan Surat Keterangan Tidak Mampu', 'judul: Pelayanan Surat Keterangan Tidak Mampu 2'],
      ['nomor: "474/12/2017"', 'nomor: "474 / 12 / 2017"'],
      ['  - kegiatan: Menerima berkas\n', '  - kegiatan: Menerima\n      berkas\n'],
    ] as const) {
      expect(await projectIssues(sop(from, to))).toEqual([]);
    }
  });
});

describe('what was already handled well', () => {
  it('pasted text with smart quotes, non-breaking spaces, soft hyphens, tables and footnotes stays clean', async () => {
    const text = '## Biaya\n\nWarga menulis \u201cnama\u201d\u00a0dan \u2018alamat\u2019; gra\u00adtis.\n\n| No | Jenis | Biaya |\n|---|---|---|\n| 1 | SKTM | Gratis |\n\nLihat Perwal[^1].\n\n[^1]: Perwal 5/2020.\n';
    expect(await projectIssues(narrative(text))).toEqual([]);
  });

  it('braces, angle brackets and Word\'s HTML stop with a message naming them', async () => {
    const codes = async (text: string) => (await projectIssues(narrative(`## Biaya\n\n${text}\n`))).map((i) => [i.code, i.line]);
    expect(await codes('Tulis {nama} pemohon.')).toEqual([['mdx-ekspresi', 31]]);
    expect(await codes('Anak <5 tahun gratis.')).toEqual([['mdx-sintaks', 31]]);
    expect(await codes('Lihat <<lampiran>>.')).toEqual([['mdx-sintaks', 31]]);
    expect(await codes('Gratis<o:p></o:p>')).toEqual([['mdx-html-word', 31]]);
    expect(await codes('![Alur](./alur pelayanan.png)')).toEqual([['tautan-tidak-ditutup', 31]]);
  });
});
