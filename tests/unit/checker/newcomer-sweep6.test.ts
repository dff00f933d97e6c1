/**
 * A sixth sweep of newcomers' mistakes: Markdown in the narrative that prints as its own
 * characters, regulations whose id, year or subject disagree with themselves, an empty
 * regulations file, and "-" written for an agency head's name. One test per fix, with the
 * messages as the author reads them.
 */
import { createProcessor } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import type { CheckIssue } from '../../../src/core/checks/issue';
import { checkRegulationsEntry } from '../../../src/core/editor/check-data';
import { buildEditorCatalog } from '../../../src/core/editor/editor-catalog';
import { loadSources } from '../../../src/node/load-sources';
import { checkProject } from '../../../src/node/check-project';
import { writeTempProject } from '../support/temp-project';
import { brief, briefFix } from '../support/issue-lists';
import { SKTM_WITH_DECISION } from '../support/sktm-sop';

const AGENCY = `nama: Kelurahan Sei Putih Timur I
kota: Medan
alamat: Jl. Contoh
kepala: { jabatan: Lurah Sei Putih Timur I, nama: Budi }
pola_nomor_surat: "{klasifikasi}/{nomor}/{tahun}"
pengaduan: ["Kotak pengaduan di kantor kelurahan"]
`;
const REGULATIONS = 'uu-11-2009: { jenis: Undang-Undang, nomor: "11", tahun: 2009, tentang: Kesejahteraan Sosial }\n';
const BASE = {
  'sops/_data/instansi/kel-sei-putih-timur-1.yaml': AGENCY,
  'sops/_data/dasar-hukum.yaml': REGULATIONS,
  'sops/_data/situs.yaml': 'nama: SOP Kelurahan\nalamat: https://sop.contoh.go.id\n',
};

/** A valid SOP; `narrative` is written after its "## Biaya" section, from line 33 on. */
const sop = (narrative = ''): string => `${SKTM_WITH_DECISION}\n${narrative}`;

async function projectIssues(files: Record<string, string>): Promise<CheckIssue[]> {
  return (await checkProject(writeTempProject({ ...BASE, 'sops/medan/sktm.mdx': sop(), ...files }, 'sop-sweep6-'), '2026-12-01', { mermaid: false })).issues;
}
const narrativeIssues = (text: string) => projectIssues({ 'sops/medan/sktm.mdx': sop(text) });

describe('Markdown in the narrative that prints as its own characters', () => {
  it('bold opened with "**" and not closed is named with its text', async () => {
    expect(briefFix(await narrativeIssues('Berkas wajib dibawa. **penting\n'))).toEqual([
      [
        'tebal-tidak-ditutup', 'narasi', 33,
        'Tanda tebal "**" pada "**penting" tidak berpasangan: teksnya tidak ditebalkan dan tanda bintangnya tercetak apa adanya.',
        'Tutup dengan "**" tepat sesudah kata terakhir yang ditebalkan, tanpa spasi di antaranya, misalnya **penting**. Bila tanda bintang memang dimaksud (misalnya penanda catatan), tulis \\*\\*.',
      ],
    ]);
  });
  it('a closing "**" after a space does not close, and is named at its own line', async () => {
    expect(brief(await narrativeIssues('Catatan:\nberkas **asli **wajib dibawa.\n'))).toEqual([
      ['tebal-tidak-ditutup', 'narasi', 34, 'Tanda tebal "**" pada "**asli **wajib dibawa." tidak berpasangan: teksnya tidak ditebalkan dan tanda bintangnya tercetak apa adanya.'],
    ]);
  });
  it('a link without its closing ")" is named, with the address or without', async () => {
    expect(briefFix(await narrativeIssues('Lihat [Perda](https://jdih.medan.go.id/perda-5\n'))).toEqual([
      [
        'tautan-tidak-ditutup', 'narasi', 33,
        'Tautan "[Perda](https://jdih.medan.go.id/perda-5" tidak ditutup dengan ")"; tautan "Perda" tercetak apa adanya sebagai teks.',
        'Tutup alamatnya dengan ")", misalnya [Perda](https://jdih.contoh.go.id/...); bila alamatnya belum diketahui, tulis teksnya saja tanpa kurung.',
      ],
    ]);
    expect(brief(await narrativeIssues('Lihat [Perda](\n'))).toEqual([
      ['tautan-tidak-ditutup', 'narasi', 33, 'Tautan "[Perda](" tidak ditutup dengan ")"; tautan "Perda" tercetak apa adanya sebagai teks.'],
    ]);
  });
  it('a link whose address holds a space is named as such', async () => {
    expect(briefFix(await narrativeIssues('Lihat [Perda](https://jdih.medan.go.id/perda 5.pdf).\n'))).toEqual([
      [
        'tautan-tidak-ditutup', 'narasi', 33,
        'Tautan "[Perda](https://jdih.medan.go.id/perda 5.pdf)." tidak terbaca karena alamatnya memuat spasi; tautan "Perda" tercetak apa adanya sebagai teks.',
        'Hapus spasi di alamat atau ganti dengan %20, misalnya [Perda](https://jdih.contoh.go.id/perda%202020.pdf).',
      ],
    ]);
  });
  it('an image whose file name holds a space is named as an image', async () => {
    expect(briefFix(await narrativeIssues('![Alur pelayanan](/gambar/alur baru.png)\n'))).toEqual([
      [
        'tautan-tidak-ditutup', 'narasi', 33,
        'Gambar "![Alur pelayanan](/gambar/alur baru.png)" tidak terbaca karena alamatnya memuat spasi; gambar "Alur pelayanan" tercetak apa adanya sebagai teks.',
        'Ganti spasi di alamat dengan %20, misalnya ![Alur pelayanan](/gambar/alur%20baru.png), atau ganti nama berkasnya tanpa spasi (alur-baru.png).',
      ],
    ]);
  });
  it('a link with an empty address is named with its text', async () => {
    expect(briefFix(await narrativeIssues('Paragraf pertama.\n\nLihat [Perda Kota Medan]() untuk rinciannya.\n'))).toEqual([
      [
        'tautan-tanpa-alamat', 'narasi', 35,
        'Tautan "Perda Kota Medan" tidak beralamat ("[Perda Kota Medan]()"); di situs tautan itu tidak menuju ke mana pun.',
        'Tulis alamatnya di antara kurung, misalnya [Perda Kota Medan](https://jdih.contoh.go.id/...); bila alamatnya belum diketahui, tulis Perda Kota Medan saja tanpa kurung siku dan kurung.',
      ],
    ]);
  });
  it('a table whose separator row has fewer cells than its header is named at the header', async () => {
    expect(briefFix(await narrativeIssues('## Persyaratan\n\n| No | Berkas |\n|---|\n| 1 | KTP |\n'))).toEqual([
      [
        'tabel-kolom-tidak-sama', 'narasi', 35,
        'Tabel ini tidak terbaca: baris judulnya berisi 2 kolom, tetapi baris pemisah "|---|" di bawahnya berisi 1 kolom; seluruh tabel tercetak sebagai teks biasa dengan tanda "|".',
        'Tulis baris pemisah dengan satu "---" untuk setiap kolom judul, yaitu 2 kolom: | --- | --- |',
      ],
    ]);
  });
  it('correct bold, links, tables, escaped asterisks and lists stay clean', async () => {
    const correct = [
      '**Penting:** berkas **asli** wajib dibawa; tanda \\*\\* menandai catatan.',
      '',
      'Lihat [Perda](https://jdih.medan.go.id/perda-5) dan [UU 11/2009](https://peraturan.bpk.go.id/Details/38829 "judul").',
      '',
      '| No | Berkas | Keterangan |',
      '|:---|:------:|---:|',
      '| 1 | **KTP** | asli \\| fotokopi |',
      '',
      'No | Berkas',
      '-- | --',
      '1 | KK',
      '',
      '- butir pertama',
      '',
      '    lanjutan butir pertama',
      '',
      '1. langkah *satu*',
      '',
      '```',
      '| a | b |',
      '|---|',
      '**kode',
      '```',
      '',
    ].join('\n');
    expect(brief(await narrativeIssues(correct))).toEqual([]);
  });
});

describe('a paragraph indented with a tab or four spaces', () => {
  it('is a paragraph in MDX, not a code block, so it gets no message', async () => {
    const text = 'Paragraf pertama.\n\n    Paragraf menjorok empat spasi.\n\n\tParagraf menjorok tab.\n';
    const tree = createProcessor().parse(text) as unknown as { children: { type: string }[] };
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(brief(await narrativeIssues(text))).toEqual([]);
  });
});

describe('regulations whose id, year or subject disagree', () => {
  const regulationIssues = async (text: string) => (await projectIssues({ 'sops/_data/dasar-hukum.yaml': text })).filter((i) => i.file === 'sops/_data/dasar-hukum.yaml');
  it('an id ending in another year than tahun is named at tahun, with both ways out', async () => {
    const text = `${REGULATIONS}uu-13-2011:\n  jenis: Undang-Undang\n  nomor: "13"\n  tahun: 2021\n  tentang: Penanganan Fakir Miskin\n`;
    expect(briefFix(await regulationIssues(text))).toEqual([
      [
        'dasar-hukum-tahun-id', 'uu-13-2011.tahun', 5,
        'Id "uu-13-2011" diakhiri tahun 2011, tetapi tahun peraturan ini ditulis 2021; salah satunya keliru.',
        'Periksa tahun pada naskah peraturannya. Bila 2011 benar, tulis tahun: 2011; bila 2021 benar, ganti id menjadi uu-13-2021, juga di dasar_hukum setiap SOP yang mengutipnya.',
      ],
    ]);
  });
  it('an id without a year at its end, or with the same year, gets nothing', async () => {
    const text = `${REGULATIONS}uud-1945: { jenis: Undang-Undang Dasar Negara Republik Indonesia, tahun: 1945 }\nperda-medan-5: { jenis: Peraturan Daerah Kota Medan, nomor: "5", tahun: 2015, tentang: Kesejahteraan Sosial }\n`;
    expect(brief(await regulationIssues(text))).toEqual([]);
  });
  it('a year after the current one is named with the current year', async () => {
    const text = `${REGULATIONS}uu-13-2011: { jenis: Undang-Undang, nomor: "13", tahun: 2027, tentang: Penanganan Fakir Miskin }\n`;
    expect(briefFix(await regulationIssues(text)).filter((i) => i[0] === 'dasar-hukum-tahun-mendatang')).toEqual([
      [
        'dasar-hukum-tahun-mendatang', 'uu-13-2011.tahun', 2,
        'Tahun peraturan ini ditulis 2027, padahal sekarang baru tahun 2026; peraturan yang dikutip SOP tentu sudah terbit.',
        'Tulis tahun terbit seperti tercetak pada naskah peraturannya ("... Nomor 11 Tahun 2009"); periksa angka yang tertukar atau salah ketik.',
      ],
    ]);
    expect(brief(await regulationIssues(`${REGULATIONS}uu-13-2026: { jenis: Undang-Undang, nomor: "13", tahun: 2026, tentang: Penanganan Fakir Miskin }\n`))).toEqual([]);
  });
  it('a subject written with its own "Tentang" is named with the text to keep', async () => {
    const text = 'uu-11-2009:\n  jenis: Undang-Undang\n  nomor: "11"\n  tahun: 2009\n  tentang: "Tentang: Kesejahteraan Sosial"\n';
    expect(briefFix(await regulationIssues(text))).toEqual([
      [
        'dasar-hukum-tentang-berulang', 'uu-11-2009.tentang', 5,
        'Isian tentang diawali kata "Tentang", padahal judul peraturan sudah mencetak "tentang" sebelum isian ini; akan tercetak "tentang Tentang Kesejahteraan Sosial".',
        'Hapus "Tentang" di awal dan tulis pokoknya saja: tentang: Kesejahteraan Sosial.',
      ],
    ]);
    expect(brief(await regulationIssues('uu-11-2009: { jenis: Undang-Undang, nomor: "11", tahun: 2009, tentang: Tentangan Sosial }\n'))).toEqual([]);
  });
});

describe('the same rules in the editor\'s regulations form', () => {
  it('name the field of the row', () => {
    const root = writeTempProject({ ...BASE, 'sops/medan/sktm.mdx': sop() }, 'sop-sweep6-');
    const snapshot = buildEditorCatalog(loadSources(root).catalog, new Map(), []);
    const rows = [{ id: 'uu-11-2009', jenis: 'Undang-Undang', nomor: '11', tahun: 2019, tentang: 'Tentang Kesejahteraan Sosial' }];
    expect(checkRegulationsEntry('sops/_data/dasar-hukum.yaml', rows, snapshot, '2026-12-01').map((i) => [i.code, i.path])).toEqual([
      ['dasar-hukum-tahun-id', 'peraturan[0].tahun'],
      ['dasar-hukum-tentang-berulang', 'peraturan[0].tentang'],
    ]);
  });
});

describe('an empty regulations file', () => {
  const empty = {
    code: 'data-kosong', path: '', line: 1,
    message: 'Berkas dasar hukum ini belum berisi data.',
    fix: 'Mulai dari kerangka lengkap: tulis setiap peraturan sebagai id: { jenis, nomor, tahun, tentang }, misalnya uu-11-2009: { jenis: Undang-Undang, nomor: "11", tahun: 2009, tentang: Kesejahteraan Sosial } (contoh di README, Agencies and regulations).',
  };
  it('is one message at the file, not "not found" at every SOP citing it', async () => {
    for (const text of ['', '# dasar hukum SOP kelurahan\n# (belum diisi)\n']) {
      const issues = await projectIssues({ 'sops/_data/dasar-hukum.yaml': text, 'sops/medan/sktm-2.mdx': sop().replace('474/12/2017', '474/13/2017').replace('Tidak Mampu', 'Domisili') });
      expect(issues.map((i) => ({ code: i.code, path: i.path, line: i.line, message: i.message, fix: i.fix, file: i.file }))).toEqual([{ ...empty, file: 'sops/_data/dasar-hukum.yaml' }]);
    }
  });
});

describe('"-" written for the name of the official who signs', () => {
  const AGENCY_FILE = 'sops/_data/instansi/kel-sei-putih-timur-1.yaml';
  it('an agency head\'s name "-" is named at its field, as "-" for nomor is', async () => {
    const issues = await projectIssues({ [AGENCY_FILE]: AGENCY.replace('nama: Budi }', 'nama: "-" }') });
    expect(issues.map((i) => [i.code, i.file, i.path, i.line, i.message, i.fix])).toEqual([
      [
        'isian-strip-opsional', AGENCY_FILE, 'kepala.nama', 4,
        'Kolom kepala.nama ditulis "-" saja; blok tanda tangan akan mencetak "-" sebagai nama penandatangan.',
        'Hapus baris nama bila belum diketahui (blok tanda tangan dicetak tanpanya), atau tulis nama: "[ISI: nama penandatangan]" sampai diketahui.',
      ],
    ]);
  });
  it('an SOP\'s own signatory with a rank "–" is named at its field too', async () => {
    const signed = sop().replace('sasaran: Warga\n', 'sasaran: Warga\ndisahkan_oleh:\n  jabatan: Camat Medan Petisah\n  nama: Andi\n  pangkat: "–"\n');
    expect(brief(await projectIssues({ 'sops/medan/sktm.mdx': signed }))).toEqual([
      ['isian-strip-opsional', 'disahkan_oleh.pangkat', 13, 'Kolom disahkan_oleh.pangkat ditulis "-" saja; blok tanda tangan akan mencetak "-" sebagai pangkat penandatangan.'],
    ]);
  });
  it('a name left out or written as a placeholder keeps its own message', async () => {
    const left = await projectIssues({ [AGENCY_FILE]: AGENCY.replace(', nama: Budi }', ' }') });
    expect(left.map((i) => i.code)).toEqual(['penandatangan-tanpa-nama']);
    const placeholder = await projectIssues({ [AGENCY_FILE]: AGENCY.replace('nama: Budi }', 'nama: "[ISI: nama lurah]" }') });
    expect(placeholder.map((i) => i.code)).toEqual(['penanda-isi']);
  });
});
