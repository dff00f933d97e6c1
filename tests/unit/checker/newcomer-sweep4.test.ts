/**
 * A fourth sweep of newcomers' mistakes: copy-paste accidents from Word and PDF, files that
 * name a broken SOP, data files read less carefully than SOPs. One test per fix, with the
 * messages as the author reads them.
 */
import { describe, expect, it } from 'vitest';
import { writeTempProject } from '../support/temp-project';
import type { CheckIssue } from '../../../src/core/checks/issue';
import { readAgencyText, readEvaluationText, readServiceText } from '../../../src/core/source/read-sources';
import Handlebars from 'handlebars';
import { LetterTemplateError, parseLetterTemplate } from '../../../src/core/letters/template-header';
import { checkTemplateTree, type HbsNode } from '../../../src/core/letters/template-rules';
import { checkProject } from '../../../src/node/check-project';
import { brief, briefFix, readSktm as read } from '../support/issue-lists';

const AGENCY = `nama: Kelurahan Sei Putih Timur I
kota: Medan
alamat: "[ISI: alamat kantor]"
kepala: { jabatan: Lurah Sei Putih Timur I, nama: Budi }
pola_nomor_surat: "{klasifikasi}/{nomor}/{tahun}"
pengaduan: ["[ISI: saluran pengaduan]"]
`;
const REGS = `uu-11-2009: { jenis: Undang-Undang, nomor: "11", tahun: 2009, tentang: Kesejahteraan Sosial }
`;

/** A valid SOP; `edit` changes its text. Line 3 is `judul`, line 10 `sasaran`. */
function sop(edit: (t: string) => string = (t) => t): string {
  return edit(`---
nomor: "474/12/2017"
judul: Pelayanan Surat Keterangan Tidak Mampu
instansi: kel-sei-putih-timur-1
status: draf
bidang: Seksi Pemerintahan
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
  - kegiatan: Menandatangani surat
    pelaksana: lurah
    waktu: 15 menit
---

## Biaya

Gratis.
`);
}


const project = (files: Record<string, string | Buffer>) => writeTempProject(files, 'sop-sweep4-');
const BASE = {
  'sops/_data/instansi/kel-sei-putih-timur-1.yaml': AGENCY,
  'sops/_data/dasar-hukum.yaml': REGS,
  'sops/_data/situs.yaml': 'nama: SOP Kelurahan\nalamat: https://sop.contoh.go.id\n',
};
async function projectIssues(files: Record<string, string>): Promise<CheckIssue[]> {
  return (await checkProject(project({ ...BASE, ...files }), '2026-12-01', { mermaid: false })).issues;
}

describe('a file naming an SOP that exists but has errors', () => {
  it('gets no "tidak ditemukan": the SOP\'s own error is the only one', async () => {
    const issues = await projectIssues({
      'sops/medan/sktm.mdx': sop((t) => t.replace('status: draf', 'status: sah')),
      'sops/medan/domisili.mdx': sop((t) =>
        t
          .replace('474/12/2017', '474/13/2017')
          .replace('judul: Pelayanan Surat Keterangan Tidak Mampu', 'judul: Pelayanan Surat Keterangan Domisili\nketerkaitan: [{ sop: medan/sktm }]'),
      ),
      'sops/medan/lama.mdx': sop((t) =>
        t
          .replace('474/12/2017', '474/11/2017')
          .replace('judul: Pelayanan Surat Keterangan Tidak Mampu', 'judul: Pelayanan SKTM Lama')
          .replace('status: draf', 'status: digantikan\ndigantikan_oleh: medan/sktm'),
      ),
      'sops/_layanan/sktm.yaml': 'nama: SKTM\nringkasan: Surat keterangan tidak mampu.\nsop: [medan/sktm]\npersyaratan: [KTP]\nprosedur: [Datang ke kantor]\n',
      'sops/_data/evaluasi/medan/sktm/2025-09-01.yaml': 'jenis: monitoring\npenilai: Budi\npenilaian: berjalan baik\n',
    });
    expect(brief(issues.filter((i) => i.severity === 'error'))).toEqual([
      ['format-isian', 'status', 5, 'Status "sah" tidak dikenal. Maksud Anda "berlaku"? Status harus "draf", "berlaku", "digantikan" atau "dicabut".'],
    ]);
  });

  it('an SOP id that names no file is still reported', async () => {
    const issues = await projectIssues({
      'sops/medan/sktm.mdx': sop(),
      'sops/_layanan/sktm.yaml': 'nama: SKTM\nringkasan: Surat keterangan tidak mampu.\nsop: [medan/sktm-baru]\npersyaratan: [KTP]\nprosedur: [Datang ke kantor]\n',
    });
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.file, i.message])).toEqual([
      ['layanan-sop-tidak-ada', 'sops/_layanan/sktm.yaml', 'SOP "medan/sktm-baru" tidak ditemukan.'],
    ]);
  });
});

describe('service and evaluation files are read as carefully as SOPs', () => {
  const SERVICE = 'nama: SKTM\nringkasan: Surat keterangan tidak mampu.\nsop: [medan/sktm]\npersyaratan: [KTP]\nprosedur: [Datang ke kantor]\n';
  it('an empty service or evaluation file is one message with where to start, not one per missing field', () => {
    expect(readServiceText('sktm', 'sops/_layanan/sktm.yaml', '# belum diisi\n').issues.map((i) => [i.code, i.line, i.message, i.fix])).toEqual([
      ['data-kosong', 1, 'Berkas layanan ini belum berisi data.', 'Mulai dari kerangka lengkap: salin contoh berkas layanan di README (Services for the public), lalu isi nama, ringkasan, sop, persyaratan dan prosedur.'],
    ]);
    expect(readEvaluationText('medan/sktm', '2025-09-01', 'sops/_data/evaluasi/medan/sktm/2025-09-01.yaml', '').issues.map((i) => [i.code, i.line, i.message, i.fix])).toEqual([
      ['data-kosong', 1, 'Catatan monitoring/evaluasi ini belum berisi data.', 'Mulai dari kerangka lengkap: salin contoh catatan di README (Monitoring and evaluation), lalu isi jenis, penilai dan hasilnya.'],
    ]);
  });

  it('text cut off by a "#" is a warning in a service and an evaluation record too', () => {
    const service = readServiceText('sktm', 'sops/_layanan/sktm.yaml', SERVICE + 'jumlah_pelaksana: 3 orang #staf loket\n');
    expect(service.value!.data.jumlah_pelaksana).toBe('3 orang');
    expect(brief(service.issues)).toEqual([
      ['teks-terpotong-komentar', 'jumlah_pelaksana', 6, 'Hanya "3 orang" yang terbaca: "#staf loket" sesudahnya dibaca YAML sebagai komentar dan dibuang.'],
    ]);
    const record = readEvaluationText('medan/sktm', '2025-09-01', 'sops/_data/evaluasi/medan/sktm/2025-09-01.yaml', 'jenis: monitoring\npenilai: Tim #1 Kelurahan\npenilaian: berjalan baik\n');
    expect(brief(record.issues)).toEqual([
      ['teks-terpotong-komentar', 'penilai', 2, 'Hanya "Tim" yang terbaca: "#1 Kelurahan" sesudahnya dibaca YAML sebagai komentar dan dibuang.'],
    ]);
  });
});

describe('characters copied from Word or PDF that YAML reads differently', () => {
  it('an invisible character in an id is named at its line, with the word it follows', () => {
    expect(briefFix(read(sop((t) => t.replace('    pelaksana: lurah\n', '    pelaksana: lurah\u200b\n'))).issues)).toEqual([
      ['yaml-sintaks', '', 20, 'YAML tidak dapat dibaca: Ada karakter tak terlihat (spasi lebar nol) sesudah "lurah", biasanya tersalin dari Word atau PDF: teks yang tampak sama dibaca berbeda.', 'Hapus teks di baris ini dan ketik ulang dengan papan ketik.'],
    ]);
    expect(briefFix(read(sop((t) => t.replace('sasaran: Warga', 'sasaran\u00ad: Warga'))).issues)).toEqual([
      ['yaml-sintaks', '', 10, 'YAML tidak dapat dibaca: Ada karakter tak terlihat (tanda hubung lunak) sesudah "sasaran", biasanya tersalin dari Word atau PDF: teks yang tampak sama dibaca berbeda.', 'Hapus teks di baris ini dan ketik ulang dengan papan ketik.'],
    ]);
  });

  it('an invisible character inside running text is a warning at its field: the text prints as it reads', () => {
    const r = read(sop((t) => t.replace('sasaran: Warga', 'sasaran: Warga yang memer\u00adlukan surat')));
    expect(r.value!.data.sasaran).toBe('Warga yang memer\u00adlukan surat');
    expect(briefFix(r.issues)).toEqual([
      ['karakter-tak-terlihat', 'sasaran', 10, 'Ada karakter tak terlihat (tanda hubung lunak) sesudah "memer", biasanya tersalin dari Word atau PDF: teks yang tampak sama dibaca berbeda.', 'Teksnya tercetak seperti yang tampak, tetapi pencarian dapat melewatkannya: hapus teks di baris ini dan ketik ulang dengan papan ketik.'],
    ]);
    expect(r.issues.map((i) => i.severity)).toEqual(['warning']);
  });

  it('a value wrapped in curly quotes is named, not read with its quotes; curly quotes inside text stay', () => {
    expect(briefFix(read(sop((t) => t.replace('nomor: "474/12/2017"', 'nomor: “474/12/2017”'))).issues)).toEqual([
      ['yaml-sintaks', '', 2, 'YAML tidak dapat dibaca: Teks di baris ini diapit tanda kutip lengkung “...” (biasanya tersalin dari Word); YAML tidak membacanya sebagai tanda kutip, sehingga tanda kutip itu ikut menjadi isi.', 'Ganti dengan tanda kutip lurus "...", atau hapus tanda kutipnya.'],
    ]);
    const inside = read(sop((t) => t.replace('sasaran: Warga', 'sasaran: Warga penerima “Kartu Sejahtera”')));
    expect(inside.issues).toEqual([]);
    expect(inside.value!.data.sasaran).toBe('Warga penerima “Kartu Sejahtera”');
  });

  it('a full-width colon after a field name is named as such', () => {
    expect(briefFix(read(sop((t) => t.replace('sasaran: Warga', 'sasaran： Warga'))).issues)).toEqual([
      ['yaml-sintaks', '', 10, 'YAML tidak dapat dibaca: Titik dua setelah nama kolom adalah titik dua lebar penuh "：" (biasanya tersalin dari PDF).', 'Ganti "：" dengan titik dua biasa ":" lalu satu spasi.'],
    ]);
  });

  it('a byte-order mark at the start and Windows line ends are still read as before', () => {
    const r = read('\uFEFF' + sop().replace(/\n/g, '\r\n'));
    expect(r.issues).toEqual([]);
    expect(r.value!.data.langkah[1]!.pelaksana).toBe('lurah');
  });
});

describe('a field written twice', () => {
  it('names the field and the line where it was first written', () => {
    expect(briefFix(read(sop((t) => t.replace('    pelaksana: staf\n', '    pelaksana: staf\n    pelaksana: lurah\n'))).issues)).toEqual([
      ['yaml-sintaks', '', 18, 'YAML tidak dapat dibaca: Kolom "pelaksana" ditulis dua kali dalam satu blok (pertama di baris 17).', 'Hapus salah satu, atau gabungkan isinya di satu kolom.'],
    ]);
  });
});

describe('dates that are not on the calendar', () => {
  const message = (date: string) => read(sop((t) => t.replace('pembuatan: 2017-08-01', `pembuatan: ${date}`))).issues.map((i) => [i.path, i.line, i.message]);
  const HINT = 'Tulis tanggal sebagai TTTT-BB-HH, misalnya 2024-03-04 untuk 4 Maret 2024. Bila dokumen hanya menyebut bulan atau tahun, tulis "Agustus 2017" atau "2017"; bila tidak tercantum, tulis "[ISI: tanggal ...]".';
  it('quote the date as written and say which part does not exist', () => {
    expect(message('31 Februari 2024')).toEqual([['tanggal.pembuatan', 9, `Tanggal "31 Februari 2024" tidak ada di kalender: Februari 2024 hanya sampai tanggal 29. ${HINT}`]]);
    expect(message('31/02/2024')).toEqual([['tanggal.pembuatan', 9, `Tanggal "31/02/2024" tidak ada di kalender: Februari 2024 hanya sampai tanggal 29. ${HINT}`]]);
    expect(message('2024-13-01')).toEqual([['tanggal.pembuatan', 9, `Tanggal "2024-13-01" tidak ada di kalender: bulan 13 tidak ada (bulan ditulis 01 sampai 12). Maksud Anda 2024-01-13? ${HINT}`]]);
  });

  it('a date with the name of its day gets the ISO form it means', () => {
    expect(message('Selasa, 1 Agustus 2017')).toEqual([['tanggal.pembuatan', 9, `Tanggal "Selasa, 1 Agustus 2017" tidak dapat dibaca. Maksud Anda 2017-08-01? ${HINT}`]]);
  });
});

describe('one actor declared twice under two ids', () => {
  it('labels that differ only in case and spaces are a warning at the second', async () => {
    const issues = await projectIssues({
      'sops/medan/sktm.mdx': sop((t) => t.replace('  - { id: lurah, label: Lurah }', '  - { id: lurah, label: Lurah }\n  - { id: staf-loket, label: "staf  " }').replace('    pelaksana: staf\n', '    pelaksana: staf-loket\n').replace('    pelaksana: lurah\n', '    pelaksana: [staf, lurah]\n')),
    });
    expect(issues.filter((i) => i.file === 'sops/medan/sktm.mdx').map((i) => [i.severity, i.code, i.path, i.line, i.message, i.fix])).toEqual([
      [
        'warning',
        'pelaksana-label-ganda',
        'pelaksana[2].label',
        15,
        'Pelaksana "staf-loket" berjudul "staf", sama dengan pelaksana "staf" ("Staf"); diagram akan memiliki dua lajur berjudul sama.',
        'Bila keduanya jabatan yang sama, hapus pelaksana "staf-loket" dan tulis pelaksana: staf pada langkahnya; bila berbeda, bedakan judulnya.',
      ],
    ]);
  });
});

describe('the agency\'s e-mail, printed on every kop', () => {
  const email = (value: string) =>
    readAgencyText('x', 'sops/_data/instansi/x.yaml', AGENCY + `email: ${value}\n`).issues.map((i) => [i.path, i.line, i.message]);
  it('an address without a domain, with a space, "mailto:" or two addresses is an error at its line', () => {
    const message = (v: string) => `Alamat e-mail "${v}" tidak dapat dicetak di kop: tulis satu alamat lengkap seperti nama@domain.go.id, tanpa spasi dan tanpa "mailto:".`;
    expect(email('dinsos@medan')).toEqual([['email', 7, message('dinsos@medan')]]);
    expect(email('kel sptI@gmail.com')).toEqual([['email', 7, message('kel sptI@gmail.com')]]);
    expect(email('mailto:kel@pemkomedan.go.id')).toEqual([['email', 7, message('mailto:kel@pemkomedan.go.id')]]);
    expect(email('"a@pemkomedan.go.id, b@pemkomedan.go.id"')).toEqual([['email', 7, message('a@pemkomedan.go.id, b@pemkomedan.go.id')]]);
  });
  it('an address with a domain, or a placeholder, is accepted', () => {
    expect(email('kel.spt1@pemkomedan.go.id')).toEqual([]);
    expect(email('"[ISI: alamat e-mail]"')).toEqual([]);
  });
});

describe('letter templates copied from Word', () => {
  const HEADER = '---\njudul: Surat Keterangan\njenis: surat-dinas\nringkasan: Keterangan untuk klien.\nfields:\n  - { name: nama_klien, label: Nama klien, type: text }\n---\n';
  const problems = (source: string) => {
    try {
      parseLetterTemplate('letter-templates/keterangan.hbs', source);
      return [];
    } catch (err) {
      return (err as LetterTemplateError).issues.map((i) => [i.line, i.message]);
    }
  };
  it('text in curly quotes inside {{ }} is named as such, at its line', () => {
    const check = (body: string) =>
      checkTemplateTree(Handlebars.parse(body) as unknown as HbsNode, { fields: [] }, new Set(['jumlah']), []).map((f) => [f.line, f.detail]);
    expect(check('<p>{{f.lampiran}}</p>\n<p>Lampiran: {{jumlah f.lampiran “berkas”}}</p>\n')).toEqual([
      [2, 'Isi surat: “berkas” ditulis dengan tanda kutip lengkung (biasanya tersalin dari Word), yang tidak dibaca Handlebars sebagai tanda kutip; tulis teks di dalam {{ }} dengan tanda kutip lurus, misalnya "berkas".'],
    ]);
    expect(check('<p>{{jumlah f.lampiran "berkas"}}</p>\n')).toEqual([]);
  });

  it('a header opened and never closed is named as such', () => {
    expect(problems(HEADER.replace(/---\n$/, '') + '<p>{{f.nama_klien}}</p>\n')).toEqual([
      [1, 'Kepala YAML dibuka dengan "---" di baris pertama, tetapi tidak ada baris "---" yang menutupnya sebelum isi surat.'],
    ]);
  });
});

describe('HTML where it is printed as text, or styles the page', () => {
  it('a tag in a data field is an error at its field; "<" before a number is not a tag', () => {
    const r = read(sop((t) => t.replace('judul: Pelayanan Surat Keterangan Tidak Mampu', 'judul: <b>Pelayanan Surat Keterangan Tidak Mampu</b>').replace('sasaran: Warga', 'sasaran: Warga usia < 18 tahun dan <60 tahun')));
    expect(r.issues.map((i) => [i.path, i.line, i.message])).toEqual([
      ['judul', 3, 'Teks memuat tag HTML <b>; kolom ini dicetak apa adanya, sehingga tag itu tampil sebagai teks di situs dan PDF. Hapus tagnya dan tulis teksnya saja.'],
    ]);
    const service = readServiceText('sktm', 'sops/_layanan/sktm.yaml', 'nama: SKTM\nringkasan: Surat keterangan tidak mampu.\nsop: [medan/sktm]\npersyaratan: [KTP]\nprosedur: [Datang ke kantor]\njumlah_pelaksana: 2 orang<br>\n');
    expect(service.issues.map((i) => [i.path, i.line, i.message, i.fix])).toEqual([
      [
        'jumlah_pelaksana',
        6,
        'Teks memuat tag HTML <br>; kolom ini dicetak apa adanya, sehingga tag itu tampil sebagai teks di situs dan PDF. Hapus tagnya dan tulis teksnya saja.',
        'Tulis jumlah pelaksana sebagai teks, misalnya jumlah_pelaksana: 3 orang, atau "[ISI: jumlah pelaksana]".',
      ],
    ]);
  });

  it('a style attribute in the narrative is forbidden HTML', async () => {
    const issues = await projectIssues({ 'sops/medan/sktm.mdx': sop((t) => t + '\n<p style="color:red">Penting.</p>\n') });
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.line, i.message])).toEqual([
      ['mdx-html-terlarang', 28, 'Narasi memuat atribut style pada <p>; situs SOP tidak memuat skrip, gaya sendiri, bingkai atau formulir.'],
    ]);
  });
});

describe('ids and missing fields, where the author looks', () => {
  // The SOP is read on its own; the agency id is checked against the agencies (sweep 12), so through a project.
  it('an agency id in capitals gets an agency example and the id in small letters', async () => {
    expect(brief((await projectIssues({ 'sops/medan/sktm.mdx': sop((t) => t.replace('instansi: kel-sei-putih-timur-1', 'instansi: Kel-Sei-Putih-Timur-1')) })).filter((i) => i.file === 'sops/medan/sktm.mdx'))).toEqual([
      ['format-isian', 'instansi', 4, 'Id instansi hanya huruf kecil, angka dan tanda hubung, misalnya "dinsos-tanjungpinang". Maksud Anda "kel-sei-putih-timur-1"?'],
    ]);
  });

  it('status digantikan or dicabut without what it needs is reported at the status line', () => {
    expect(read(sop((t) => t.replace('status: draf', 'status: digantikan'))).issues.map((i) => [i.path, i.line, i.message])).toEqual([
      ['digantikan_oleh', 5, 'SOP ini berstatus digantikan, tetapi tidak menyebut SOP penggantinya.'],
    ]);
    expect(read(sop((t) => t.replace('status: draf', 'status: dicabut'))).issues.map((i) => [i.path, i.line])).toEqual([['dicabut', 5]]);
  });
});

describe('SOP ids written as a path or as plain text', () => {
  const SERVICE = (sopId: string) => `nama: SKTM\nringkasan: Surat keterangan tidak mampu.\nsop: [${sopId}]\npersyaratan: [KTP]\nprosedur: [Datang ke kantor]\n`;
  it('a path with "sops/" or ".mdx" gets the id it means', async () => {
    const issues = await projectIssues({ 'sops/medan/sktm.mdx': sop(), 'sops/_layanan/sktm.yaml': SERVICE('sops/medan/sktm') });
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.path, i.message])).toEqual([
      ['layanan-sop-tidak-ada', 'sop[0]', 'SOP "sops/medan/sktm" tidak ditemukan. Maksud Anda "medan/sktm"?'],
    ]);
  });

  it('an SOP id in keterkaitan written as plain text is a warning; other text is not', async () => {
    const issues = await projectIssues({
      'sops/medan/sktm.mdx': sop(),
      'sops/medan/domisili.mdx': sop((t) =>
        t.replace('474/12/2017', '474/13/2017').replace('judul: Pelayanan Surat Keterangan Tidak Mampu', 'judul: Pelayanan Surat Keterangan Domisili\nketerkaitan: [medan/sktm, SOP Pelayanan KTP Kecamatan]'),
      ),
    });
    expect(issues.filter((i) => i.file === 'sops/medan/domisili.mdx').map((i) => [i.severity, i.code, i.path, i.line, i.message, i.fix])).toEqual([
      [
        'warning',
        'keterkaitan-id-sebagai-teks',
        'keterkaitan[0]',
        4,
        'Butir ini adalah id SOP "medan/sktm", tetapi ditulis sebagai teks biasa: dicetak apa adanya, tanpa judul SOP itu dan tanpa tautan.',
        'Tulis - { sop: medan/sktm } agar tercetak judul SOP itu dengan tautannya.',
      ],
    ]);
  });
});

describe('what Markdown and Word templates put between "<" and ">" in the narrative', () => {
  const errors = async (line: string) =>
    (await projectIssues({ 'sops/medan/sktm.mdx': sop((t) => t + '\n' + line + '\n') })).filter((i) => i.severity === 'error').map((i) => [i.code, i.line, i.message]);
  it('a blank to fill in, an address and a <br> get their own explanation at their line', async () => {
    expect(await errors('Surat ditujukan kepada <Nama Instansi>.')).toEqual([
      ['mdx-sintaks', 28, 'Narasi tidak dapat dibaca: "<Nama Instansi>" dibaca MDX sebagai tag. Bila ini isian yang belum diisi, tulis [ISI: Nama Instansi]; bila memang teks, tulis tanda kurung sudut sebagai &lt; dan &gt;.'],
    ]);
    expect(await errors('Pengaduan: <https://contoh.go.id>')).toEqual([
      ['mdx-sintaks', 28, 'Narasi tidak dapat dibaca: alamat "<https://contoh.go.id>" di antara "<" dan ">" dibaca MDX sebagai tag; tulis alamatnya saja tanpa "<" dan ">", atau sebagai tautan [teks](https://...).'],
    ]);
    expect(await errors('Baris satu<br>baris dua')).toEqual([
      ['mdx-sintaks', 28, 'Narasi tidak dapat dibaca: tag <br> ditulis <br /> di MDX, dengan garis miring sebelum ">".'],
    ]);
  });

  it('an HTML tag left open keeps its message', async () => {
    expect(await errors('Ini <b>penting.')).toEqual([['mdx-sintaks', 28, 'Narasi tidak dapat dibaca: tag <b> dibuka tetapi tidak ditutup.']]);
  });
});

describe('a regulation cited by its title', () => {
  it('is sent to the regulations file with the number and year the id ends with', () => {
    const r = read(sop((t) => t.replace('dasar_hukum: [uu-11-2009]', 'dasar_hukum:\n  - Peraturan Menteri Sosial Nomor 08 Tahun 2012 tentang Pendataan dan Pengelolaan PMKS dan PSKS')));
    expect(brief(r.issues)).toEqual([
      [
        'format-isian',
        'dasar_hukum[0]',
        12,
        '"Peraturan Menteri Sosial Nomor 08 Tahun 2012 tentang Pendataan dan Pengelolaan PMKS dan PSKS" adalah judul peraturan, bukan id-nya. Tulis id peraturan itu dari sops/_data/dasar-hukum.yaml, yang biasanya diakhiri -8-2012 (misalnya uu-11-2009); bila belum ada, tambahkan peraturannya di berkas itu.',
      ],
    ]);
    expect(brief(read(sop((t) => t.replace('dasar_hukum: [uu-11-2009]', 'dasar_hukum: [UU 11/2009]'))).issues)).toEqual([
      ['format-isian', 'dasar_hukum[0]', 11, 'Id dasar hukum hanya huruf kecil, angka dan tanda hubung, misalnya "uu-11-2009".'],
    ]);
  });
});

describe('an evaluation record named with the date as documents write it', () => {
  it('gets the file name it should have', async () => {
    const issues = await projectIssues({
      'sops/medan/sktm.mdx': sop(),
      'sops/_data/evaluasi/medan/sktm/1 September 2025.yaml': 'jenis: monitoring\npenilai: Lurah\npenilaian: berjalan baik\n',
    });
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.file, i.message])).toEqual([
      [
        'evaluasi-nama-berkas',
        'sops/_data/evaluasi/medan/sktm/1 September 2025.yaml',
        'Nama berkas "1 September 2025.yaml" bukan tanggal yang sah; nama berkas adalah tanggal monitoring atau evaluasi. Maksud Anda "2025-09-01.yaml"?',
      ],
    ]);
  });
});
