/**
 * What real SOPs from other offices say, and the mistakes newcomers make: one test per class,
 * each on a fixture written for it. Messages are compared as authors read them.
 */
import { describe, expect, it } from 'vitest';
import { writeTempProject } from '../support/temp-project';
import type { Catalog } from '../../../src/core/catalog/catalog';
import { checkSop } from '../../../src/core/checks/check-catalog';
import type { CheckIssue } from '../../../src/core/checks/issue';
import { readAgencyText, readRegulationsText, readSopText } from '../../../src/core/source/read-sources';
import { regulationTitle, citationTitle } from '../../../src/core/model/regulation';
import { kopLines } from '../../../src/core/model/agency-names';
import { totalWaktuOfSop } from '../../../src/core/flow/total-time';
import { loadSources } from '../../../src/node/load-sources';
import { sopFlowInput } from '../../../src/core/site/flow-input';
import { layoutSwimlane } from '../../../src/core/swimlane/layout';
import { flowchartTotalHtml } from '../../../src/core/pdf/flowchart';
import { checkProject } from '../../../src/node/check-project';

const AGENCY = `kop: [Pemerintah Kota Medan, Kecamatan Medan Petisah, Kelurahan Sei Putih Timur I]
nama: Kelurahan Sei Putih Timur I
kota: Medan
alamat: "[ISI: alamat kantor]"
kepala: { jabatan: Lurah Sei Putih Timur I }
pola_nomor_surat: "{klasifikasi}/{nomor}/{tahun}"
`;
const REGS = `uud-1945: { jenis: Undang-Undang Dasar Negara Republik Indonesia, tahun: 1945 }
uu-11-2009: { jenis: Undang-Undang, nomor: "11", tahun: 2009, tentang: Kesejahteraan Sosial }
`;

function sopText(fields: string, steps: string, body = '\nNarasi.\n'): string {
  return `---
nomor: "474/12/2017"
judul: Pelayanan Surat Keterangan Tidak Mampu
instansi: kel-sei-putih-timur-1
status: draf
tanggal: { pembuatan: Agustus 2017, efektif: "2017" }
sasaran: Warga
${fields}pelaksana:
  - { id: staf, label: Staf }
  - { id: kasi, label: Kasi Pemerintahan }
  - { id: lurah, label: Lurah }
langkah:
${steps}---
${body}`;
}

const STEPS = `  - { kegiatan: Menerima berkas, pelaksana: staf, waktu: 10 menit }
  - { kegiatan: Memeriksa dan memaraf, pelaksana: [staf, kasi], waktu: Tentatif }
  - { kegiatan: Menandatangani, pelaksana: lurah, waktu: 15 menit }
`;

function catalog(): Catalog {
  const agency = readAgencyText('kel-sei-putih-timur-1', 'sops/_data/instansi/kel-sei-putih-timur-1.yaml', AGENCY);
  const regs = readRegulationsText('sops/_data/dasar-hukum.yaml', REGS);
  expect([...agency.issues, ...regs.issues]).toEqual([]);
  return {
    sops: [],
    agencies: new Map([[agency.value!.id, agency.value!]]),
    regulations: regs.regulations,
    regulationsFile: 'sops/_data/dasar-hukum.yaml',
    broken: { agencies: new Set(), regulations: regs.broken },
  };
}

function read(text: string) {
  return readSopText('medan/sktm', 'sops/medan/sktm.mdx', text);
}

/** Issues of one SOP text: schema errors, else every rule. As [code, path, line?, message]. */
function issuesOf(text: string, cat = catalog()): CheckIssue[] {
  const r = read(text);
  return r.value ? checkSop(r.value, cat, '2026-12-01') : r.issues;
}

const brief = (issues: CheckIssue[]) => issues.map((i) => [i.severity, i.code, i.path, i.message]);

describe('what real SOPs say', () => {
  it('a step done by several actors, a time that cannot be summed, partial dates, no bidang', () => {
    const r = read(sopText('', STEPS));
    expect(r.issues).toEqual([]);
    const sop = r.value!;
    expect(sop.data.langkah[1]!.pelaksana).toEqual(['staf', 'kasi']);
    expect(sop.data.tanggal).toEqual({ pembuatan: 'Agustus 2017', efektif: '2017', label_efektif: 'Tanggal Efektif' });
    expect(sop.data.bidang).toBeUndefined();
    const total = totalWaktuOfSop(sop.data);
    expect([total.text, total.unsummable]).toEqual(['25 menit', [2]]);
    expect(brief(checkSop(sop, catalog(), '2026-12-01'))).toEqual([
      ['warning', 'waktu-tak-terjumlah', 'langkah[1].waktu', 'Waktu langkah ke-2 ("Tentatif") tidak tentu; dicetak apa adanya dan tidak ikut dijumlahkan.'],
      ['warning', 'penandatangan-tanpa-nama', 'instansi', 'Penandatangan "Lurah Sei Putih Timur I" belum bernama; blok tanda tangan dicetak tanpa nama dan NIP.'],
    ]);
  });

  it('bare numbers under a column headed "Waktu (Menit)" are minutes; without the unit they are an error', () => {
    const withUnit = read(sopText('mutu_baku: { waktu: "WAKTU (Menit)" }\n', STEPS.replace('10 menit', '"10"').replace('15 menit', '15')));
    expect(withUnit.issues).toEqual([]);
    expect(totalWaktuOfSop(withUnit.value!.data).text).toBe('25 menit');
    const without = issuesOf(sopText('', STEPS.replace('10 menit', '"10"')));
    expect(brief(without)).toEqual([
      ['error', 'waktu-tak-terbaca', 'langkah[0].waktu', 'Waktu "10" tidak bersatuan. Tulis satuannya, misalnya "10 menit", atau tulis satuan di judul kolom: mutu_baku: { waktu: "Waktu (Menit)" }.'],
    ]);
  });

  it('a letterhead of three lines; the office is the last', () => {
    const agency = catalog().agencies.get('kel-sei-putih-timur-1')!.data;
    expect(kopLines(agency)).toEqual(['Pemerintah Kota Medan', 'Kecamatan Medan Petisah', 'Kelurahan Sei Putih Timur I']);
    expect(kopLines({ pemerintah: 'Pemerintah Kota Tanjungpinang', nama: 'Dinas Sosial Kota Tanjungpinang' })).toEqual([
      'Pemerintah Kota Tanjungpinang',
      'Dinas Sosial Kota Tanjungpinang',
    ]);
  });

  it('a regulation without a number and a cited article print correctly', () => {
    const uud = catalog().regulations.get('uud-1945')!;
    expect(regulationTitle(uud)).toBe('Undang-Undang Dasar Negara Republik Indonesia Tahun 1945');
    expect(citationTitle(uud, { id: 'uud-1945', pasal: 'Pasal 34 ayat (1)' })).toBe(
      'Pasal 34 ayat (1) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945',
    );
    const r = read(sopText('dasar_hukum: [{ id: uud-1945, pasal: "Pasal 34 ayat (1)" }, uu-11-2009]\n', STEPS));
    expect(r.issues).toEqual([]);
  });

  it('signatories: pangkat, a title only while the name is unknown (a warning), signing a.n.', () => {
    const an = read(sopText('disahkan_oleh: { atas_nama: Camat Medan Petisah, jabatan: Sekretaris Camat, nama: Budi, pangkat: Penata (III/c), nip: "19670720 199303 1 008" }\n', STEPS));
    expect(an.issues).toEqual([]);
    expect(brief(issuesOf(sopText('', STEPS))).filter((i) => i[1] === 'penandatangan-tanpa-nama')).toEqual([
      ['warning', 'penandatangan-tanpa-nama', 'instansi', 'Penandatangan "Lurah Sei Putih Timur I" belum bernama; blok tanda tangan dicetak tanpa nama dan NIP.'],
    ]);
  });

  it('a source that breaks off is marked incomplete and must stay a draft', () => {
    expect(read(sopText('tidak_lengkap: Dokumen sumber terpotong setelah langkah 3.\n', STEPS)).issues).toEqual([]);
    const published = issuesOf(sopText('tidak_lengkap: Dokumen sumber terpotong.\n', STEPS).replace('status: draf', 'status: berlaku'));
    expect(brief(published).filter((i) => i[0] === 'error')).toEqual([
      ['error', 'tidak-lengkap-bukan-draf', 'status', 'SOP ini ditandai tidak_lengkap (sumbernya terpotong), tetapi statusnya "berlaku".'],
    ]);
  });
});

describe('mistakes that must not get through', () => {
  it('a missing nomor is "not filled in", never "undefined"', () => {
    const issues = issuesOf(sopText('', STEPS).replace('nomor: "474/12/2017"\n', ''));
    expect(brief(issues)).toEqual([['error', 'kolom-wajib', 'nomor', 'Kolom wajib ini belum diisi.']]);
    const empty = issuesOf(sopText('', STEPS).replace('nomor: "474/12/2017"', 'nomor:'));
    expect(brief(empty)).toEqual([['error', 'kolom-wajib', 'nomor', 'Kolom wajib ini belum diisi.']]);
  });

  it('a number written where text is expected is kept as written', () => {
    const r = read(sopText('', STEPS).replace('nomor: "474/12/2017"', 'nomor: 08'));
    expect(r.value!.data.nomor).toBe('08');
    const nip = read(sopText('disahkan_oleh: { jabatan: Lurah, nama: Budi, nip: 196707201993032008 }\n', STEPS));
    expect(nip.value!.data.disahkan_oleh!.nip).toBe('196707201993032008');
  });

  it('YAML syntax errors in Indonesian, one line counted from the top of the file', () => {
    const text = sopText('', STEPS).replace('sasaran: Warga', 'sasaran: Warga\n\tperalatan: [a]');
    const [e, ...rest] = read(text).issues;
    expect(rest).toEqual([]);
    expect([e!.code, e!.line, e!.message]).toEqual(['yaml-sintaks', 8, 'YAML tidak dapat dibaca: Ada tab di awal baris; YAML hanya menerima spasi untuk indentasi.']);
  });

  it('unknown keys in agencies and signatories with a close suggestion only', () => {
    const agency = readAgencyText('x', 'sops/_data/instansi/x.yaml', AGENCY.replace('kepala: { jabatan: Lurah Sei Putih Timur I }', 'kepala: { jabatan: Lurah, pangat: III/c }'));
    expect(agency.issues.map((i) => [i.path, i.line, i.message])).toEqual([
      ['kepala', 5, 'Kolom tidak dikenal: "pangat" (maksud Anda "pangkat"?).'],
    ]);
    const unrelated = issuesOf(sopText('dasar_hukum: [uu-23-2014]\n', STEPS));
    expect(brief(unrelated).filter((i) => i[0] === 'error')).toEqual([
      ['error', 'dasar-hukum-tidak-ada', 'dasar_hukum[0]', 'Dasar hukum "uu-23-2014" tidak ada di sops/_data/dasar-hukum.yaml.'],
    ]);
  });

  it('no cascades: a broken regulation entry is one error, not one per citing SOP', () => {
    const cat = catalog();
    cat.broken!.regulations.add('permensos-8-2012');
    expect(brief(issuesOf(sopText('dasar_hukum: [permensos-8-2012]\n', STEPS), cat)).filter((i) => i[0] === 'error')).toEqual([]);
  });

  it('values that make no sense: 0 menit, ke: 0, an unreadable total, a hidden keterangan, a duplicate judul', () => {
    expect(brief(issuesOf(sopText('', STEPS.replace('10 menit', '0 menit'))))).toEqual([
      ['error', 'waktu-tak-terbaca', 'langkah[0].waktu', 'Waktu "0 menit" bernilai nol. Tulis lama langkah ini, atau "-" bila waktunya tidak ditentukan.'],
    ]);
    const loop = STEPS.replace('pelaksana: [staf, kasi], waktu: Tentatif }', 'pelaksana: kasi, waktu: 5 menit, keputusan: { ya: { label: Lengkap, ke: 3 }, tidak: { label: Kurang, ke: 0 } } }');
    expect(brief(issuesOf(sopText('', loop))).filter((i) => i[0] === 'error')).toEqual([
      ['error', 'cabang-di-luar', 'langkah[1].keputusan.tidak.ke', 'Cabang "Kurang" langkah ke-2 menuju langkah 0, padahal langkah dinomori mulai dari 1.'],
    ]);
    expect(brief(issuesOf(sopText('waktu_total_dokumen: "36"\n', STEPS)))).toEqual([
      ['error', 'waktu-tak-terbaca', 'waktu_total_dokumen', 'Waktu "36" tidak bersatuan. Tulis satuannya, misalnya "36 menit", atau tulis satuan di judul kolom: mutu_baku: { waktu: "Waktu (Menit)" }.'],
    ]);
    const hidden = issuesOf(sopText('mutu_baku: { keterangan: false }\n', STEPS.replace('waktu: 15 menit }', 'waktu: 15 menit, keterangan: Bila perlu }')));
    expect(brief(hidden).filter((i) => i[1] === 'keterangan-tersembunyi')).toEqual([
      ['warning', 'keterangan-tersembunyi', 'langkah[2].keterangan', 'Keterangan langkah ke-3 tidak akan tampil karena mutu_baku.keterangan: false.'],
    ]);
    const longTitle = `Pelayanan ${'sangat '.repeat(30)}panjang`;
    expect(brief(issuesOf(sopText('', STEPS).replace(/^judul: .*$/m, `judul: ${longTitle}`))).filter((i) => i[1] === 'judul-terlalu-panjang')).toEqual([
      ['warning', 'judul-terlalu-panjang', 'judul', 'Judul SOP panjangnya 227 huruf (lebih dari 200); judul tampil di blok identitas, di daftar SOP, di hasil pencarian dan di daftar isi buku SOP.'],
    ]);
    // "ya" and "tidak" say the same as true and false.
    const saidTidak = issuesOf(sopText('mutu_baku: { keterangan: Tidak }\n', STEPS.replace('waktu: 15 menit }', 'waktu: 15 menit, keterangan: Bila perlu }')));
    expect(brief(saidTidak).filter((i) => i[0] === 'error' || i[1] === 'keterangan-tersembunyi')).toEqual([
      ['warning', 'keterangan-tersembunyi', 'langkah[2].keterangan', 'Keterangan langkah ke-3 tidak akan tampil karena mutu_baku.keterangan: false.'],
    ]);
    expect(brief(issuesOf(sopText('mutu_baku: { keterangan: ya }\n', STEPS))).filter((i) => i[0] === 'error')).toEqual([]);
    expect(read(sopText('mutu_baku: { keterangan: ya }\n', STEPS)).value!.data.mutu_baku.keterangan).toBe(true);
    const cat = catalog();
    const other = read(sopText('', STEPS).replace('474/12/2017', '474/13/2017')).value!;
    cat.sops.push({ ...other, id: 'medan/a', file: 'sops/medan/a.mdx' });
    expect(brief(issuesOf(sopText('', STEPS), cat)).filter((i) => i[1] === 'judul-ganda')).toEqual([
      ['warning', 'judul-ganda', 'judul', 'Judul "Pelayanan Surat Keterangan Tidak Mampu" juga dipakai oleh sops/medan/a.mdx pada instansi yang sama.'],
    ]);
  });

  it('a kegiatan too long for one flowchart row is a warning; 1,200 characters still pass', () => {
    const long = (n: number) => STEPS.replace('Menandatangani,', `"${'a'.repeat(n)}",`);
    expect(brief(issuesOf(sopText('', long(1200)))).filter((i) => i[1] === 'kegiatan-terlalu-panjang')).toEqual([]);
    expect(brief(issuesOf(sopText('', long(1201)))).filter((i) => i[1] === 'kegiatan-terlalu-panjang')).toEqual([
      ['warning', 'kegiatan-terlalu-panjang', 'langkah[2].kegiatan', 'Uraian kegiatan langkah ke-3 panjangnya 1201 huruf (lebih dari 1200); di PDF halaman diagramnya akan diperkecil sampai muat dan hurufnya menjadi kecil.'],
    ]);
  });

  it('placeholders in the narrative are warned about with their line', () => {
    const issues = issuesOf(sopText('', STEPS, '\n## A. Dasar\n\nBiaya [ISI: tarif].\n'));
    expect(issues.filter((i) => i.code === 'penanda-isi').map((i) => [i.path, i.line, i.message])).toEqual([
      ['narasi', 20, 'Penanda [ISI: tarif] belum diisi.'],
    ]);
  });
});

const project = (files: Record<string, string | Buffer>) => writeTempProject(files, 'sop-real-');

describe('which files are SOPs (the checker and the build agree)', () => {
  const base = {
    'sops/_data/instansi/kel-sei-putih-timur-1.yaml': AGENCY,
    'sops/_data/dasar-hukum.yaml': REGS,
  };

  it('skips "_" folders at any depth, reports .md files, files that are not UTF-8, and a missing logo', async () => {
    const root = project({
      ...base,
      'sops/_data/instansi/kel-sei-putih-timur-1.yaml': AGENCY + 'logo: /logo/medan.png\n',
      'sops/medan/sktm.mdx': sopText('', STEPS),
      'sops/medan/_arsip/lama.mdx': 'bukan SOP',
      'sops/medan/catatan.md': '# Catatan',
      'sops/medan/ansi.mdx': Buffer.from(sopText('', STEPS).replace('Warga', 'Warga Kec. Sei \xe9'), 'latin1'),
    });
    expect(loadSources(root).catalog.sops.map((s) => s.id)).toEqual(['medan/sktm']);
    const report = await checkProject(root, '2026-12-01', { mermaid: false });
    expect(report.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.file, i.line, i.message])).toEqual([
      ['logo-tidak-ada', 'sops/_data/instansi/kel-sei-putih-timur-1.yaml', 7, 'Logo "/logo/medan.png" tidak ditemukan di folder public/.'],
      ['berkas-bukan-utf8', 'sops/medan/ansi.mdx', 1, 'Berkas ini tidak tersimpan sebagai teks UTF-8, sehingga huruf tertentu akan tercetak rusak.'],
      ['berkas-md', 'sops/medan/catatan.md', 1, 'Berkas .md di folder sops/ tidak diterbitkan; SOP ditulis sebagai berkas .mdx.'],
    ]);
  });

  it('the MDX body is compiled by the checker: an unclosed tag and an import, with file lines', async () => {
    const root = project({
      ...base,
      'sops/medan/sktm.mdx': sopText('', STEPS, '\n## A. Dasar\n\nTeks <b>tebal\n\nimport Tabel from "./Tabel.astro"\n'),
    });
    const report = await checkProject(root, '2026-12-01', { mermaid: false });
    expect(report.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.line, i.message])).toEqual([
      ['mdx-sintaks', 20, 'Narasi tidak dapat dibaca: tag <b> dibuka tetapi tidak ditutup.'],
    ]);
  });
});

describe('letter templates in npm run check', () => {
  it('a Handlebars syntax error and an undeclared field, with the template file and line', async () => {
    const header = ['---', 'judul: Surat Contoh', 'jenis: surat-dinas', 'ringkasan: Surat contoh untuk menguji pemeriksaan templat surat.', 'fields: []', '---'].join('\n');
    const root = project({
      'sops/_data/instansi/kel-sei-putih-timur-1.yaml': AGENCY,
      'letter-templates/rusak.hbs': `${header}\n<p>Halo</p>\n<p>{{#if perihal}}tanpa penutup</p>\n`,
      'letter-templates/tak-dideklarasikan.hbs': `${header}\n<p>Halo</p>\n<p>{{f.nama_klien}}</p>\n`,
    });
    const report = await checkProject(root, '2026-12-01', { mermaid: false });
    const letters = report.issues.filter((i) => i.file.startsWith('letter-templates/'));
    expect(letters.map((i) => [i.code, i.file, i.line]).slice(0, 1)).toEqual([['templat-surat', 'letter-templates/rusak.hbs', 8]]);
    expect(letters.filter((i) => i.file === 'letter-templates/tak-dideklarasikan.hbs').map((i) => [i.line, i.message])).toEqual([
      [
        8,
        'Isi surat: "f.nama_klien" bukan isian templat ini, sehingga tidak ada di formulir dan tercetak kosong. Bila memang isian baru, tambahkan di fields, misalnya - { name: nama_klien, label: ..., type: text }. Isian yang ada: klasifikasi, nomor_urut, tanggal_surat, sifat, lampiran, hal, rujukan_sop, tujuan, tujuan_tempat, penandatangan_jabatan, penandatangan_nama, penandatangan_pangkat, penandatangan_nip, tembusan.',
      ],
    ]);
    expect(letters.every((i) => !/Parse error|Expecting|undefined/.test(i.message))).toBe(true);
  });

  it('a header error with the template file, its line and field, in the words the SOP checker uses', async () => {
    const header = ['---', 'judul: Surat Contoh', 'jenis: nota', 'ringkasan: Surat contoh untuk menguji pemeriksaan templat surat.', 'fields:', '  - { name: nama_klien, label: Nama klien, type: teks }', '---'].join('\n');
    const root = project({
      'sops/_data/instansi/kel-sei-putih-timur-1.yaml': AGENCY,
      'letter-templates/kepala-rusak.hbs': `${header}\n<p>{{f.nama_klien}}</p>\n`,
    });
    const report = await checkProject(root, '2026-12-01', { mermaid: false });
    expect(report.errors.filter((e) => e.includes('letter-templates/'))).toEqual([
      'KESALAHAN letter-templates/kepala-rusak.hbs:3 — jenis\n' +
        '  Nilai "nota" tidak dikenal; pilih salah satu: surat-dinas, surat-tugas, berita-acara, formulir.\n' +
        '  Perbaiki: Tulis salah satu pilihan persis seperti di atas.',
      'KESALAHAN letter-templates/kepala-rusak.hbs:6 — fields[0].type\n' +
        '  Nilai "teks" tidak dikenal; pilih salah satu: text, textarea, date, number, rupiah, nik, nip, nip_nik, select, group.\n' +
        '  Perbaiki: Tulis salah satu pilihan persis seperti di atas.',
    ]);
  });
});

describe('drawing what real SOPs say', () => {
  it('an incomplete source does not end in a "Selesai" terminator; the total names what it leaves out', () => {
    const sop = read(sopText('tidak_lengkap: Dokumen sumber terpotong setelah langkah 3.\n', STEPS)).value!;
    const layout = layoutSwimlane(sopFlowInput(sop.data, () => []));
    expect(layout.symbols.filter((s) => s.step !== undefined && !s.joinedTo).map((s) => [s.step, s.kind])).toEqual([
      [1, 'terminator'],
      [2, 'process'],
      [3, 'process'],
    ]);
    expect(layout.symbols.filter((s) => s.joinedTo === 's2').map((s) => [s.col, s.kind])).toEqual([[0, 'process']]);
    expect(flowchartTotalHtml(sop.data, totalWaktuOfSop(sop.data))).toBe(
      'Jumlah waktu penyelesaian: <b>25 menit</b> <span class="fc-total-note">(waktu tidak tentu, tidak dijumlahkan: langkah 2)</span>' +
        '<br><span class="fc-incomplete">Dokumen sumber tidak lengkap: Dokumen sumber terpotong setelah langkah 3.</span>',
    );
  });
});
