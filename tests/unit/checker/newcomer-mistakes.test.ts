/**
 * A second sweep of the mistakes a new author makes, one test per class, each on a fixture
 * written for it (a Kelurahan SOP), compared as the author reads the messages.
 */
import { describe, expect, it } from 'vitest';
import { writeTempProject } from '../support/temp-project';
import type { CheckIssue } from '../../../src/core/checks/issue';
import { closest } from '../../../src/core/checks/suggest';
import { readAgencyText, readRegulationsText } from '../../../src/core/source/read-sources';
import { checkProject } from '../../../src/node/check-project';
import { brief, readSktm as read, minutesOf as minutes } from '../support/issue-lists';

const AGENCY = `kop: [Pemerintah Kota Medan, Kecamatan Medan Petisah, Kelurahan Sei Putih Timur I]
nama: Kelurahan Sei Putih Timur I
kota: Medan
alamat: "[ISI: alamat kantor]"
kepala: { jabatan: Lurah Sei Putih Timur I, nama: Budi }
pola_nomor_surat: "{klasifikasi}/{nomor}/{tahun}"
`;
const REGS = `uu-11-2009: { jenis: Undang-Undang, nomor: "11", tahun: 2009, tentang: Kesejahteraan Sosial }
uu-21-2007: { jenis: Undang-Undang, nomor: "21", tahun: 2007, tentang: Pemberantasan Tindak Pidana Perdagangan Orang }
`;

/** A valid SOP; `edit` changes its text. Line 6 is `bidang`, line 9 `pembuatan`. */
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
peralatan:
  - Komputer
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

Narasi.
`);
}


const project = (files: Record<string, string | Buffer>) => writeTempProject(files, 'sop-newcomer-');
const BASE = { 'sops/_data/instansi/kel-sei-putih-timur-1.yaml': AGENCY, 'sops/_data/dasar-hukum.yaml': REGS };
async function projectIssues(files: Record<string, string | Buffer>): Promise<CheckIssue[]> {
  return (await checkProject(project({ ...BASE, ...files }), '2026-12-01', { mermaid: false })).issues;
}

describe('YAML that cannot be read', () => {
  it('an alias without its anchor is a message at its line, not a crash', () => {
    const r = read(sop((t) => t.replace('sasaran: Warga', 'sasaran: *Warga')));
    expect(brief(r.issues)).toEqual([
      ['yaml-sintaks', '', 10, 'YAML tidak dapat dibaca: Teks yang diawali "*" atau "&" dibaca YAML sebagai rujukan (alias) yang tidak ada; beri tanda kutip, misalnya "*catatan".'],
    ]);
  });

  it('one tab gives one message, not one per following line', () => {
    const r = read(sop((t) => t.replace('    pelaksana: staf\n', '\tpelaksana: staf\n')));
    expect(brief(r.issues)).toEqual([['yaml-sintaks', '', 19, 'YAML tidak dapat dibaca: Ada tab di awal baris; YAML hanya menerima spasi untuk indentasi.']]);
  });

  it('a frontmatter opened and never closed is named as such', () => {
    expect(brief(read(sop((t) => t.replace('\n---\n\nNarasi', '\n\nNarasi'))).issues)).toEqual([
      ['frontmatter-tidak-ditutup', '', 1, 'Frontmatter dibuka dengan "---" di baris pertama, tetapi tidak ada baris "---" yang menutupnya.'],
    ]);
  });

  it('"-" alone after a field name (the document\'s empty cell) is explained', () => {
    expect(brief(read(sop((t) => t.replace('peralatan:\n  - Komputer', 'peralatan: -'))).issues)).toEqual([
      ['yaml-sintaks', '', 12, 'YAML tidak dapat dibaca: Tanda "-" saja setelah nama kolom dibaca YAML sebagai awal daftar. Untuk sel yang di dokumen bertanda "-", tulis [] (daftar kosong) atau "-" dalam tanda kutip pada kolom teks.'],
    ]);
  });

  it('text cut off by a "#" that YAML takes for a comment is a warning at its field', () => {
    const r = read(sop((t) => t.replace('judul: Pelayanan Surat Keterangan Tidak Mampu', 'judul: Pelayanan SKTM #2 Kelurahan')));
    expect(r.value!.data.judul).toBe('Pelayanan SKTM');
    expect(r.issues.map((i) => [i.severity, i.code, i.path, i.line, i.message])).toEqual([
      ['warning', 'teks-terpotong-komentar', 'judul', 3, 'Hanya "Pelayanan SKTM" yang terbaca: "#2 Kelurahan" sesudahnya dibaca YAML sebagai komentar dan dibuang.'],
    ]);
    expect(read(sop((t) => t.replace('sasaran: Warga', 'sasaran: Warga # sesuai dokumen'))).issues).toEqual([]);
  });

  it('an empty frontmatter or agency file is one message, not one per missing field', () => {
    expect(brief(read('---\n# belum diisi\n---\n\nNarasi.\n').issues)).toEqual([['data-kosong', '', 2, 'Frontmatter SOP ini belum berisi data.']]);
    expect(brief(readAgencyText('x', 'sops/_data/instansi/x.yaml', '').issues)).toEqual([['data-kosong', '', 1, 'Berkas instansi ini belum berisi data.']]);
  });

  it('a partial frontmatter points each missing field at the first data line', () => {
    const r = read('---\nnomor: "1"\n---\n\nNarasi.\n');
    expect(r.issues.slice(0, 2).map((i) => [i.path, i.line, i.message])).toEqual([
      ['judul', 2, 'Kolom wajib ini belum diisi.'],
      ['instansi', 2, 'Kolom wajib ini belum diisi.'],
    ]);
  });
});

describe('quotes, brackets and indentation left open', () => {
  it('an unclosed quote is reported at the line that opened it, not where the frontmatter ends', () => {
    expect(brief(read(sop((t) => t.replace('kegiatan: Menerima berkas', 'kegiatan: "Menerima berkas'))).issues)).toEqual([
      ['yaml-sintaks', '', 18, 'YAML tidak dapat dibaca: Tanda kutip (") yang dibuka di baris ini tidak ditutup; akhiri teksnya dengan tanda kutip yang sama.'],
    ]);
    expect(brief(read(sop((t) => t.replace("sasaran: Warga", "sasaran: 'Warga"))).issues)).toEqual([
      ['yaml-sintaks', '', 10, "YAML tidak dapat dibaca: Tanda kutip (') yang dibuka di baris ini tidak ditutup; akhiri teksnya dengan tanda kutip yang sama."],
    ]);
  });

  it('an unclosed [ or { is reported at the line that opened it', () => {
    expect(brief(read(sop((t) => t.replace('dasar_hukum: [uu-11-2009]', 'dasar_hukum: [uu-11-2009'))).issues)).toEqual([
      ['yaml-sintaks', '', 11, 'YAML tidak dapat dibaca: Kurung siku "[" yang dibuka di baris ini tidak ditutup dengan "]".'],
    ]);
    expect(brief(read(sop((t) => t.replace('{ id: staf, label: Staf }', '{ id: staf, label: Staf'))).issues)).toEqual([
      ['yaml-sintaks', '', 15, 'YAML tidak dapat dibaca: Kurung kurawal "{" yang dibuka di baris ini tidak ditutup dengan "}".'],
    ]);
  });

  it('a line of a step indented one space short is explained as alignment under the "- "', () => {
    expect(brief(read(sop((t) => t.replace('    pelaksana: staf\n', '   pelaksana: staf\n'))).issues)).toEqual([
      ['yaml-sintaks', '', 19, 'YAML tidak dapat dibaca: Baris ini tidak sejajar dengan baris di atasnya: isian dalam satu butir daftar ditulis tepat di bawah teks sesudah "- ", dan butir baru diawali "- ".'],
    ]);
  });
});

describe('empty values', () => {
  it('an optional field written empty is "ditulis tanpa isi", not "wajib"; an empty list item is named by number', () => {
    const r = read(sop((t) => t.replace('bidang: Seksi Pemerintahan', 'bidang:').replace('  - Komputer\n', '  - Komputer\n  -\n')));
    expect(r.issues.map((i) => [i.code, i.path, i.line, i.message, i.fix])).toEqual([
      ['kolom-kosong', 'bidang', 6, 'Kolom ini ditulis tanpa isi.', 'Isi kolom ini, atau hapus barisnya bila tidak dipakai (kolom ini boleh tidak ditulis).'],
      ['butir-kosong', 'peralatan[1]', 14, 'Butir ke-2 daftar ini kosong.', 'Tulis daftar peralatan/perlengkapan, satu per baris diawali "- ", misalnya peralatan: [Komputer, Printer]; [] bila tidak ada.'],
    ]);
  });

  it('a required field written empty stays "wajib"', () => {
    expect(brief(read(sop((t) => t.replace('sasaran: Warga', 'sasaran:'))).issues)).toEqual([['kolom-wajib', 'sasaran', 10, 'Kolom wajib ini belum diisi.']]);
  });
});

describe('wrong types, in Indonesian', () => {
  it('names the choices of an enum, integers, and the types a union accepts', () => {
    const r = read(
      sop((t) =>
        t
          .replace('status: draf', 'status: true')
          .replace('    waktu: 10 menit', '    waktu: [10 menit, 20 menit]')
          .replace('    waktu: 15 menit', '    waktu: 15 menit\n    keputusan: { ya: { label: Ya, ke: 1.5 }, tidak: { label: Tidak, ke: selesai } }'),
      ),
    );
    expect(r.issues.map((i) => [i.path, i.message])).toEqual([
      ['status', 'Status harus "draf", "berlaku", "digantikan" atau "dicabut".'],
      ['langkah[0].waktu', 'Isinya harus teks atau angka, bukan daftar.'],
      ['langkah[1].keputusan.ya.ke', 'Isinya harus bilangan bulat, bukan angka pecahan.'],
    ]);
  });

  it('choices are read whatever their case: "Berlaku", "a4", "Lanskap"', () => {
    const r = read(sop((t) => t.replace('status: draf', 'status: Berlaku').replace('sasaran: Warga', 'sasaran: Warga\ncetak: { kertas: a4, orientasi: Lanskap }')));
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect([r.value!.data.status, r.value!.data.cetak]).toEqual(['berlaku', { kertas: 'A4', orientasi: 'lanskap' }]);
  });

  it('a number where a label or remark is expected is kept as written', () => {
    const r = read(sop((t) => t.replace('    waktu: 15 menit', '    waktu: 15 menit\n    keterangan: 2')));
    expect(r.issues).toEqual([]);
    expect(r.value!.data.langkah[1]!.keterangan).toBe('2');
  });
});

describe('what a newcomer cannot know yet', () => {
  it('a step whose actor the source does not show: the message gives the way to mark it unknown, which is accepted', () => {
    const unknown = read(sop((t) => t.replace('    pelaksana: lurah\n', '    pelaksana: "[ISI: pelaksana langkah 2]"\n')));
    expect(unknown.issues.map((i) => [i.code, i.path, i.line, i.message, i.fix])).toEqual([
      [
        'pelaksana-belum-diketahui',
        'langkah[1].pelaksana',
        22,
        'Pelaksana langkah ini belum diketahui ([ISI: pelaksana langkah 2]); diagram alir memerlukan satu lajur pelaksana untuk setiap langkah.',
        'Tanyakan pelaksananya ke instansi. Sementara itu tambahkan di daftar pelaksana { id: belum-diketahui, label: "[ISI: pelaksana]" }, tulis pelaksana: belum-diketahui pada langkah ini, dan biarkan status: draf.',
      ],
    ]);
    const marked = read(
      sop((t) => t.replace('  - { id: lurah, label: Lurah }', '  - { id: belum-diketahui, label: "[ISI: pelaksana langkah 2]" }').replace('    pelaksana: lurah\n', '    pelaksana: belum-diketahui\n')),
    );
    expect(marked.issues).toEqual([]);
  });
});

describe('values the site shows as the checker read them', () => {
  it('an agency\'s phone with a leading zero, an unquoted NIP and a regulation number "08" stay as written', () => {
    const agency = readAgencyText('x', 'sops/_data/instansi/x.yaml', AGENCY.replace('kepala: { jabatan: Lurah Sei Putih Timur I, nama: Budi }', 'telepon: 0614567890\nkepala: { jabatan: Lurah, nama: Budi, nip: 196707201993031008 }'));
    expect([agency.value!.data.telepon, agency.value!.data.kepala.nip]).toEqual(['0614567890', '196707201993031008']);
    const regs = readRegulationsText('sops/_data/dasar-hukum.yaml', 'permensos-8-2012: { jenis: Peraturan Menteri Sosial, nomor: 08, tahun: 2012 }\n');
    expect(regs.regulations.get('permensos-8-2012')!.nomor).toBe('08');
  });
});

describe('unknown keys', () => {
  it('are reported at their own line, once, without the missing field they meant', () => {
    const agency = readAgencyText('x', 'sops/_data/instansi/x.yaml', AGENCY.replace('alamat:', 'almat:'));
    expect(agency.issues.map((i) => [i.code, i.path, i.line, i.message])).toEqual([
      ['kolom-tidak-dikenal', 'almat', 4, 'Kolom tidak dikenal: "almat" (maksud Anda "alamat"?).'],
    ]);
    const top = read(sop((t) => t.replace('sasaran: Warga', 'sasaran: Warga\ntanggal_efektif: 2017-08-01')));
    expect(top.issues.map((i) => [i.path, i.line])).toEqual([['tanggal_efektif', 11]]);
  });
});

describe('regulations: no cascades, no unrelated suggestions', () => {
  it('an unreadable regulations file is one error; SOPs citing it get none', async () => {
    const issues = await projectIssues({
      'sops/_data/dasar-hukum.yaml': REGS + 'uu-11-2009: { jenis: UU, tahun: 2009 }\n',
      'sops/medan/sktm.mdx': sop(),
    });
    expect(brief(issues.filter((i) => i.severity === 'error'))).toEqual([
      ['yaml-sintaks', '', 3, 'YAML tidak dapat dibaca: Kolom "uu-11-2009" ditulis dua kali dalam satu blok (pertama di baris 1).'],
    ]);
  });

  it('an id written in capitals is one error at the entry, and a quoted year is a year', () => {
    const regs = readRegulationsText('sops/_data/dasar-hukum.yaml', REGS.replace('uu-11-2009:', 'UU-11-2009:').replace('tahun: 2007', 'tahun: "2007"'));
    expect(regs.issues.map((i) => [i.path, i.line])).toEqual([['UU-11-2009', 1]]);
    expect(regs.broken.has('uu-11-2009')).toBe(true);
    expect(regs.regulations.get('uu-21-2007')!.tahun).toBe(2007);
  });

  it('suggests an id only when its numbers match but for one digit', () => {
    expect(closest('uu-11-2009', ['uu-21-2007'])).toBe(null);
    expect(closest('uu-11-2008', ['uu-21-2007', 'uu-11-2009'])).toBe('uu-11-2009');
    expect(closest('permensos-08-2012', ['permensos-8-2012'])).toBe('permensos-8-2012');
  });
});

describe('which files are read (the checker and the build agree)', () => {
  it('reports .MDX, Word files among SOPs, agency files the build skips, and unknown data files', async () => {
    const issues = await projectIssues({
      'sops/medan/sktm.mdx': sop(),
      'sops/medan/domisili.MDX': sop((t) => t.replace('474/12', '474/13')),
      'sops/medan/sktm-lama.docx': 'PK',
      'sops/_data/instansi/kota/kel-lain.yaml': AGENCY,
      'sops/_data/instansi/Kel Baru.yaml': AGENCY,
      'sops/_data/instansi/kel-sei-putih-timur-1.yml': AGENCY,
      'sops/_data/instansi/profil.json': '{}',
      'sops/_data/dasar_hukum.yaml': REGS,
    });
    expect(issues.filter((i) => i.code !== 'penanda-isi').map((i) => [i.severity, i.code, i.file, i.message])).toEqual([
      ['warning', 'data-tidak-dikenal', 'sops/_data/dasar_hukum.yaml', '"dasar_hukum.yaml" di sops/_data/ tidak dibaca oleh pemeriksa maupun situs. Maksud Anda "dasar-hukum.yaml"?'],
      ['error', 'instansi-nama-berkas', 'sops/_data/instansi/Kel Baru.yaml', 'Nama berkas instansi "Kel Baru" tidak dapat dijadikan id instansi.'],
      ['error', 'instansi-ganda', 'sops/_data/instansi/kel-sei-putih-timur-1.yml', 'Instansi "kel-sei-putih-timur-1" juga ditulis di sops/_data/instansi/kel-sei-putih-timur-1.yaml.'],
      ['error', 'instansi-di-subfolder', 'sops/_data/instansi/kota/kel-lain.yaml', 'Berkas instansi di dalam subfolder tidak dibaca.'],
      ['error', 'instansi-bukan-yaml', 'sops/_data/instansi/profil.json', 'Berkas ini tidak dibaca: data instansi ditulis sebagai berkas .yaml.'],
      ['error', 'berkas-ekstensi-besar', 'sops/medan/domisili.MDX', 'Berkas ini berakhiran .mdx dengan huruf besar, sehingga tidak diterbitkan.'],
      ['warning', 'berkas-bukan-sop', 'sops/medan/sktm-lama.docx', 'Berkas ini bukan SOP (.mdx), jadi tidak dibaca dan tidak diterbitkan.'],
    ]);
  });
});

describe('the narrative puts nothing on the site that it should not', () => {
  it('script, event handlers, script links and {expressions} are errors; {/* comments */} are not', async () => {
    const body = [
      '',
      '{/* catatan penulis */}',
      '',
      'Biaya {gratis}.',
      '',
      '<script>alert(1)</script>',
      '',
      '<a href="#" onClick="alert(1)">tautan</a>',
      '',
      '<a href="javascript:alert(1)">tautan</a>',
      '',
      '[tautan](javascript:alert(1))',
      '',
    ].join('\n');
    const issues = await projectIssues({ 'sops/medan/sktm.mdx': sop((t) => t.replace('\nNarasi.\n', body)) });
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.line, i.message])).toEqual([
      ['mdx-ekspresi', 28, 'Narasi memuat {gratis}; kurung kurawal di MDX dijalankan sebagai kode.'],
      ['mdx-html-terlarang', 30, 'Narasi memuat <script>; situs SOP tidak memuat skrip, gaya sendiri, bingkai atau formulir.'],
      ['mdx-html-terlarang', 32, 'Narasi memuat atribut onClick pada <a>; situs SOP tidak memuat skrip, gaya sendiri, bingkai atau formulir.'],
      ['mdx-html-terlarang', 34, 'Narasi memuat tautan skrip pada <a>; situs SOP tidak memuat skrip, gaya sendiri, bingkai atau formulir.'],
      ['mdx-html-terlarang', 36, 'Narasi memuat tautan skrip (javascript:); situs SOP tidak memuat skrip, gaya sendiri, bingkai atau formulir.'],
    ]);
  });
});

describe('HTML habits in the narrative', () => {
  it('an HTML comment and a "<" before a number are named as such', async () => {
    const issues = await projectIssues({ 'sops/medan/sktm.mdx': sop((t) => t.replace('\nNarasi.\n', '\n<!-- catatan untuk penyusun -->\n\nSelesai dalam <3 hari.\n')) });
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.line, i.message])).toEqual([
      ['mdx-sintaks', 26, 'Narasi tidak dapat dibaca: komentar HTML "<!-- ... -->" tidak dapat dipakai di MDX; tulis catatan untuk penulis sebagai {/* ... */}.'],
    ]);
    const after = await projectIssues({ 'sops/medan/sktm.mdx': sop((t) => t.replace('\nNarasi.\n', '\nSelesai dalam <3 hari.\n')) });
    expect(after.filter((i) => i.severity === 'error').map((i) => [i.code, i.line, i.message])).toEqual([
      ['mdx-sintaks', 26, 'Narasi tidak dapat dibaca: tanda "<" sebelum angka atau spasi dibaca sebagai awal tag; tulis "kurang dari" atau &lt;.'],
    ]);
  });
});

describe('heading anchors from other Markdown tools', () => {
  it('"{#id}" after a heading is named as an anchor the heading already has', async () => {
    const issues = await projectIssues({ 'sops/medan/sktm.mdx': sop((t) => t.replace('\nNarasi.\n', '\n## C. Ketentuan Umum {#ketentuan}\n\nIsi.\n')) });
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.line, i.message, i.fix])).toEqual([
      [
        'mdx-jangkar-judul',
        26,
        'Judul "C. Ketentuan Umum" diakhiri penanda jangkar "{#ketentuan}"; MDX membacanya sebagai kode, dan setiap judul sudah mendapat jangkarnya sendiri dari teksnya.',
        'Hapus "{#ketentuan}" dari judul; tautan ke judul ini memakai jangkar yang dibuat dari teks judulnya (huruf kecil, spasi menjadi "-", misalnya #c-ketentuan-umum).',
      ],
    ]);
  });
});

describe('pictures in the narrative', () => {
  it('a picture from another site, a missing file and a picture without words are each named at their line', async () => {
    const body = ['', '![Alur pelayanan](https://contoh.go.id/alur.png)', '', '![Denah](/gambar/denah.png)', '', '![Foto loket](./loket.jpg)', '', '![](/gambar/ada.png)', ''].join('\n');
    const issues = await projectIssues({
      'sops/medan/sktm.mdx': sop((t) => t.replace('\nNarasi.\n', body)),
      'public/gambar/ada.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    });
    expect(issues.filter((i) => i.file === 'sops/medan/sktm.mdx').map((i) => [i.severity, i.code, i.line, i.message])).toEqual([
      ['warning', 'gambar-dari-situs-lain', 26, 'Gambar "https://contoh.go.id/alur.png" diambil dari situs lain: PDF dicetak tanpa gambar itu (pencetak PDF tidak memanggil situs lain), dan setiap pembaca halaman SOP ikut memanggil situs itu.'],
      ['error', 'gambar-tidak-ada', 28, 'Gambar "/gambar/denah.png" tidak ditemukan (dicari sebagai public/gambar/denah.png).'],
      ['error', 'gambar-tidak-ada', 30, 'Gambar "./loket.jpg" tidak ditemukan (dicari sebagai sops/medan/loket.jpg).'],
      ['warning', 'gambar-tanpa-keterangan', 32, 'Gambar "/gambar/ada.png" tidak berketerangan; pembaca layar tidak dapat menyampaikan isinya.'],
    ]);
  });

  it('a picture beside the SOP file or under public/ passes', async () => {
    const issues = await projectIssues({
      'sops/medan/sktm.mdx': sop((t) => t.replace('\nNarasi.\n', '\n![Foto loket](./loket.jpg)\n\n<img src="/gambar/ada.png" alt="Denah" />\n')),
      'sops/medan/loket.jpg': Buffer.from([0xff, 0xd8, 0xff]),
      'public/gambar/ada.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    });
    expect(issues.filter((i) => i.file === 'sops/medan/sktm.mdx')).toEqual([]);
  });

  it('<style> in the narrative is named as forbidden, not as a brace the parser cannot read', async () => {
    const issues = await projectIssues({ 'sops/medan/sktm.mdx': sop((t) => t.replace('\nNarasi.\n', '\nNarasi.\n\n<style>p { color: red }</style>\n')) });
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.line, i.message])).toEqual([
      ['mdx-html-terlarang', 28, 'Narasi memuat <style>; situs SOP tidak memuat skrip, gaya sendiri, bingkai atau formulir.'],
    ]);
  });
});

describe('what is copied from Word and PDF', () => {
  it('a non-breaking space at the start of a line is named as such', () => {
    expect(brief(read(sop((t) => t.replace('    pelaksana: staf\n', '\u00a0\u00a0\u00a0\u00a0pelaksana: staf\n'))).issues)).toEqual([
      ['yaml-sintaks', '', 19, 'YAML tidak dapat dibaca: Baris ini diawali spasi khusus (spasi tak terputus, biasanya tersalin dari Word atau PDF); hapus spasi di awal baris dan ketik ulang dengan spasi biasa.'],
    ]);
  });
});

describe('dates and citations that contradict themselves', () => {
  it('a revision dated before the SOP was made, and a regulation cited twice, are warnings at their lines', async () => {
    const issues = await projectIssues({
      'sops/medan/sktm.mdx': sop((t) => t.replace('  pembuatan: 2017-08-01', '  pembuatan: 2017-08-01\n  revisi: 2016-01-05').replace('dasar_hukum: [uu-11-2009]', 'dasar_hukum: [uu-11-2009, uu-21-2007, uu-11-2009]')),
    });
    expect(issues.filter((i) => i.file === 'sops/medan/sktm.mdx').map((i) => [i.severity, i.code, i.path, i.line, i.message])).toEqual([
      ['warning', 'revisi-sebelum-dibuat', 'tanggal.revisi', 10, 'Tanggal revisi (2016-01-05) lebih awal dari tanggal pembuatan (2017-08-01).'],
      ['warning', 'dasar-hukum-ganda', 'dasar_hukum[2]', 12, 'Dasar hukum "uu-11-2009" sudah ditulis sebagai butir ke-1; di situs dan PDF akan tercetak dua kali.'],
    ]);
  });
});

describe('dates as documents write them', () => {
  it('accepts old spellings and abbreviations of months; suggests the ISO form of a day-first date', () => {
    expect(read(sop((t) => t.replace('pembuatan: 2017-08-01', 'pembuatan: 1 Pebruari 2017'))).value!.data.tanggal.pembuatan).toBe('2017-02-01');
    expect(read(sop((t) => t.replace('pembuatan: 2017-08-01', 'pembuatan: 1 Agt. 2017'))).value!.data.tanggal.pembuatan).toBe('2017-08-01');
    expect(read(sop((t) => t.replace('pembuatan: 2017-08-01', 'pembuatan: Nopember 2016'))).value!.data.tanggal.pembuatan).toBe('Nopember 2016');
    expect(read(sop((t) => t.replace('pembuatan: 2017-08-01', 'pembuatan: "12-03-2017"'))).issues.map((i) => i.message)).toEqual([
      'Tanggal "12-03-2017" tidak dapat dibaca. Maksud Anda 2017-03-12? Tulis tanggal sebagai TTTT-BB-HH, misalnya 2024-03-04 untuk 4 Maret 2024. Bila dokumen hanya menyebut bulan atau tahun, tulis "Agustus 2017" atau "2017"; bila tidak tercantum, tulis "[ISI: tanggal ...]".',
    ]);
  });
});

describe('times as documents write them', () => {
  it('reads ranges with a unit at both ends, s/d, approximations, spelled-out numbers and fractions', () => {
    expect(minutes('15 menit s.d. 30 menit')).toEqual([15, 30]);
    expect(minutes('1 jam sampai dengan 2 jam')).toEqual([60, 120]);
    expect(minutes('15 s/d 30 menit')).toEqual([15, 30]);
    expect(minutes('± 15 menit')).toEqual([15, 15]);
    expect(minutes('3 (tiga) hari kerja')).toEqual([4320, 4320]);
    expect(minutes('1/2 jam')).toEqual([30, 30]);
    expect(minutes('15 Menit.')).toEqual([15, 15]);
    expect(minutes('30 menit - 15 menit')).toBe('tak terbaca');
    expect(minutes('3 jam 30')).toBe('tak terbaca');
  });
});
