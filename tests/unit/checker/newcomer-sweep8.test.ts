/**
 * An eighth sweep of newcomers' mistakes, in the files beside the SOPs: letter templates,
 * services, monitoring and evaluation records and the site settings. One test per fix, with
 * the messages as the author reads them.
 */
import { describe, expect, it } from 'vitest';
import { writeTempProject } from '../support/temp-project';
import type { CheckIssue } from '../../../src/core/checks/issue';
import { checkProject } from '../../../src/node/check-project';

const AGENCY = `nama: Kelurahan Sei Putih Timur I
kota: Medan
alamat: "[ISI: alamat kantor]"
kepala: { jabatan: Lurah Sei Putih Timur I, nama: Budi }
pola_nomor_surat: "{klasifikasi}/{nomor}/{tahun}"
pengaduan: ["Kotak saran di ruang pelayanan"]
`;
const REGS = `uu-11-2009: { jenis: Undang-Undang, nomor: "11", tahun: 2009, tentang: Kesejahteraan Sosial }
`;
/** A valid SOP, medan/sktm, numbered 474/12/2017. */
const SOP = `---
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

Teks.
`;
const BASE = {
  'sops/_data/instansi/kel-sei-putih-timur-1.yaml': AGENCY,
  'sops/_data/dasar-hukum.yaml': REGS,
  'sops/_data/situs.yaml': 'nama: SOP Kelurahan\nalamat: https://sop.contoh.go.id\n',
  'sops/medan/sktm.mdx': SOP,
};
async function projectIssues(files: Record<string, string>): Promise<CheckIssue[]> {
  const root = writeTempProject({ ...BASE, ...files }, 'sop-sweep8-');
  return (await checkProject(root, '2026-12-01', { mermaid: false })).issues;
}
const rows = (issues: readonly CheckIssue[]) => issues.map((i) => [i.code, i.file, i.line, i.path, i.message]);

/** A letter template (jenis formulir) with one declared field; its body starts on line 8. */
const letter = (field: string, body: string) => `---
judul: Surat Contoh
ringkasan: Contoh surat untuk pengujian.
jenis: formulir
fields:
  - ${field}
---
${body}
`;
const DATE_FIELD = '{ name: tgl, label: Tanggal, type: date }';
const letterIssues = async (field: string, body: string) =>
  rows((await projectIssues({ 'letter-templates/contoh.hbs': letter(field, body) })).filter((i) => i.file.startsWith('letter-templates/')));

describe('letter templates', () => {
  it('an unclosed {{#if}} is shown on its own line, not at the end of the file', async () => {
    expect(await letterIssues(DATE_FIELD, '<p>Isi</p>\n{{#if f.tgl}}\n<p>{{tanggal f.tgl}}</p>\n')).toEqual([
      [
        'templat-surat',
        'letter-templates/contoh.hbs',
        9,
        '',
        'Isi surat: {{#if}} di baris ini tidak pernah ditutup; tambahkan {{/if}} di akhir bagian yang hanya dicetak bila syaratnya terpenuhi.',
      ],
    ]);
  });

  it('a block closed with the wrong name names both, with a line (it had none)', async () => {
    expect(await letterIssues(DATE_FIELD, '<p>Isi</p>\n{{#if f.tgl}}\n<p>x</p>\n{{/each}}\n')).toEqual([
      ['templat-surat', 'letter-templates/contoh.hbs', 11, '', 'Isi surat: {{/each}} menutup {{#if}} dari baris 9; tutup blok itu dengan {{/if}}.'],
    ]);
  });

  it('a field used but not declared names the fields there are and how to declare it', async () => {
    expect(await letterIssues(DATE_FIELD, '<p>Isi</p>\n<p>{{tanggal f.tanggal}}</p>')).toEqual([
      [
        'templat-surat',
        'letter-templates/contoh.hbs',
        9,
        '',
        'Isi surat: "f.tanggal" bukan isian templat ini, sehingga tidak ada di formulir dan tercetak kosong. Bila memang isian baru, tambahkan di fields, misalnya - { name: tanggal, label: ..., type: text }. Isian yang ada: tanggal_surat, tgl.',
      ],
    ]);
  });

  it('a date helper on a text field (it printed the text unchanged)', async () => {
    expect(await letterIssues('{ name: nama, label: Nama, type: text }', '<p>Isi</p>\n<p>{{tanggal f.nama}}</p>')).toEqual([
      [
        'templat-surat',
        'letter-templates/contoh.hbs',
        9,
        '',
        'Isi surat: {{tanggal f.nama}}: "f.nama" bertipe text, padahal tanggal hanya mengubah isian tanggal (type: date); nilainya tercetak apa adanya. Ganti type isian itu, atau tulis {{f.nama}} tanpa tanggal.',
      ],
    ]);
  });

  it('a number helper on a date field, inside (...) too', async () => {
    expect(await letterIssues(DATE_FIELD, '<p>Isi</p>\n{{#if (sama (terbilang f.tgl) "satu")}}x{{/if}}')).toEqual([
      [
        'templat-surat',
        'letter-templates/contoh.hbs',
        9,
        '',
        'Isi surat: {{terbilang f.tgl}}: "f.tgl" bertipe date, padahal terbilang hanya mengubah isian angka (type: number atau rupiah); nilainya tercetak apa adanya. Ganti type isian itu, atau tulis {{f.tgl}} tanpa terbilang.',
      ],
    ]);
  });

  it('a date helper without a value (it printed nothing)', async () => {
    expect(await letterIssues(DATE_FIELD, '<p>Isi</p>\n<p>{{tanggal}}</p>')).toEqual([
      [
        'templat-surat',
        'letter-templates/contoh.hbs',
        9,
        '',
        'Isi surat: {{tanggal}} tanpa nilai mencetak kosong; tulis nama isiannya sesudah tanggal, misalnya {{tanggal f.<isian tanggal (type: date)>}}.',
      ],
    ]);
  });

  it('a misspelt name under instansi. or surat. (it printed nothing)', async () => {
    expect(await letterIssues(DATE_FIELD, '<p>Isi</p>\n<p>{{instansi.nma}}</p>\n<p>{{surat.tanggall}}</p>')).toEqual([
      [
        'templat-surat',
        'letter-templates/contoh.hbs',
        9,
        '',
        'Isi surat: "instansi.nma" tidak ada, sehingga tercetak kosong. Maksud Anda "instansi.nama"? Yang dapat dicetak: instansi.kopAtas, instansi.pemerintah, instansi.nama, instansi.singkatan, instansi.kota, instansi.alamat, instansi.telepon, instansi.email, instansi.situs, instansi.kontak, instansi.logo, instansi.logoPenanda.',
      ],
      [
        'templat-surat',
        'letter-templates/contoh.hbs',
        10,
        '',
        'Isi surat: "surat.tanggall" tidak ada, sehingga tercetak kosong. Yang dapat dicetak: surat.id, surat.judul, surat.jenis, surat.kertas.',
      ],
    ]);
  });

  it('a group field with a date helper inside {{#each}} is accepted', async () => {
    const group = '{ name: klien, label: Klien, type: group, label_item: Klien, fields: [{ name: lahir, label: Lahir, type: date }] }';
    expect(await letterIssues(group, '<p>Isi</p>\n{{#each f.klien}}<p>{{tanggal lahir}}</p>{{/each}}')).toEqual([]);
  });
});

/** A service run by medan/sktm; `edit` changes its text. Line 3 is `sop`, line 4 `persyaratan`. */
const service = (edit: (t: string) => string = (t) => t) =>
  edit(`nama: Surat Keterangan Tidak Mampu
ringkasan: Surat keterangan bagi warga tidak mampu.
sop: [medan/sktm]
persyaratan: [Fotokopi KTP]
prosedur: [Datang ke kantor kelurahan]
biaya: Gratis
`);
const serviceIssues = async (text: string) =>
  rows((await projectIssues({ 'sops/_layanan/sktm.yaml': text })).filter((i) => i.file === 'sops/_layanan/sktm.yaml'));

describe('services', () => {
  it('an SOP named by its title is found, and its id given', async () => {
    expect(await serviceIssues(service((t) => t.replace('[medan/sktm]', '[Pelayanan Surat Keterangan Tidak Mampu]')))).toEqual([
      [
        'layanan-sop-tidak-ada',
        'sops/_layanan/sktm.yaml',
        3,
        'sop[0]',
        'SOP ditulis dengan judulnya, "Pelayanan Surat Keterangan Tidak Mampu"; layanan menyebut SOP dengan id-nya, yaitu "medan/sktm".',
      ],
    ]);
  });

  it('an SOP named by its nomor is found, and its id given', async () => {
    expect(await serviceIssues(service((t) => t.replace('[medan/sktm]', '["474/12/2017"]')))).toEqual([
      ['layanan-sop-tidak-ada', 'sops/_layanan/sktm.yaml', 3, 'sop[0]', 'SOP ditulis dengan nomornya, "474/12/2017"; layanan menyebut SOP dengan id-nya, yaitu "medan/sktm".'],
    ]);
  });

  it('an SOP named by its file path or without its folder gets the id it means', async () => {
    expect(await serviceIssues(service((t) => t.replace('[medan/sktm]', '[sops/medan/sktm.mdx]')))).toEqual([
      ['layanan-sop-tidak-ada', 'sops/_layanan/sktm.yaml', 3, 'sop[0]', 'SOP "sops/medan/sktm.mdx" tidak ditemukan. Maksud Anda "medan/sktm"?'],
    ]);
    expect(await serviceIssues(service((t) => t.replace('[medan/sktm]', '[sktm]')))).toEqual([
      ['layanan-sop-tidak-ada', 'sops/_layanan/sktm.yaml', 3, 'sop[0]', 'SOP "sktm" tidak ditemukan. Maksud Anda "medan/sktm"?'],
    ]);
  });

  it('one SOP written without brackets is read as a list of one', async () => {
    expect(await serviceIssues(service((t) => t.replace('sop: [medan/sktm]', 'sop: medan/sktm')))).toEqual([]);
  });

  it('persyaratan and prosedur items numbered by hand (printed "1. 1. KTP")', async () => {
    const text = service((t) =>
      t.replace('persyaratan: [Fotokopi KTP]', 'persyaratan:\n  - 1. Fotokopi KTP\n  - 2. Fotokopi KK').replace('prosedur: [Datang ke kantor kelurahan]', 'prosedur:\n  - a) Datang ke kantor kelurahan'),
    );
    expect(await serviceIssues(text)).toEqual([
      [
        'layanan-butir-bernomor',
        'sops/_layanan/sktm.yaml',
        5,
        'persyaratan[0]',
        'Butir ini diawali nomor "1.", padahal persyaratan dinomori otomatis saat dicetak, sehingga nomornya tercetak dua kali ("1. 1. Fotokopi KTP").',
      ],
      [
        'layanan-butir-bernomor',
        'sops/_layanan/sktm.yaml',
        6,
        'persyaratan[1]',
        'Butir ini diawali nomor "2.", padahal persyaratan dinomori otomatis saat dicetak, sehingga nomornya tercetak dua kali ("2. 2. Fotokopi KK").',
      ],
      [
        'layanan-butir-bernomor',
        'sops/_layanan/sktm.yaml',
        8,
        'prosedur[0]',
        'Butir ini diawali nomor "a)", padahal prosedur dinomori otomatis saat dicetak, sehingga nomornya tercetak dua kali ("1. a) Datang ke kantor kelurahan").',
      ],
    ]);
  });

  it('an item starting with a count is not a number ("2 lembar pas foto")', async () => {
    expect(await serviceIssues(service((t) => t.replace('[Fotokopi KTP]', '[2 lembar pas foto 3x4]')))).toEqual([]);
  });
});

const RECORD = 'sops/_data/evaluasi/medan/sktm/2026-01-10.yaml';
/** A record of medan/sktm in force (a record of an SOP still in draf is a warning of its own, sweep 16). */
const recordIssues = async (text: string) => rows((await projectIssues({ [RECORD]: text, 'sops/medan/sktm.mdx': SOP.replace('status: draf', 'status: berlaku') })).filter((i) => i.file === RECORD));

describe('monitoring and evaluation records', () => {
  it('the guide\'s own wording "Berjalan dengan baik" is read as berjalan baik', async () => {
    expect(await recordIssues('jenis: monitoring\npenilai: Lurah\npenilaian: Berjalan dengan baik\n')).toEqual([]);
    expect(await recordIssues('jenis: monitoring\npenilai: Lurah\npenilaian: Tidak berjalan dengan baik\ntindakan: Sosialisasi ulang\n')).toEqual([]);
  });

  it('a monitoring record with a rekomendasi (it was dropped without a word)', async () => {
    expect(await recordIssues('jenis: monitoring\npenilai: Lurah\npenilaian: tidak berjalan baik\nrekomendasi: dicabut\n')).toEqual([
      [
        'evaluasi-isian-jenis-lain',
        RECORD,
        4,
        'rekomendasi',
        'Catatan ini berjenis monitoring, tetapi menulis rekomendasi, isian catatan evaluasi; rekomendasi tidak dicetak dan tidak dihitung di halaman SOP.',
      ],
    ]);
  });

  it('an evaluation record with a penilaian', async () => {
    const text = 'jenis: evaluasi\npenilai: Lurah\npenilaian: berjalan baik\nrekomendasi: tetap berlaku\nkriteria: [{ kriteria: SOP mudah dipahami, jawaban: ya }]\n';
    expect(await recordIssues(text)).toEqual([
      [
        'evaluasi-isian-jenis-lain',
        RECORD,
        3,
        'penilaian',
        'Catatan ini berjenis evaluasi, tetapi menulis penilaian, isian catatan monitoring; penilaian tidak dicetak dan tidak dihitung di halaman SOP.',
      ],
    ]);
  });
});

const siteIssues = async (alamat: string) =>
  rows((await projectIssues({ 'sops/_data/situs.yaml': `nama: SOP Kelurahan\nalamat: ${alamat}\n` })).filter((i) => i.file === 'sops/_data/situs.yaml'));

describe('the site address (situs.yaml)', () => {
  it('without https:// names the address to write', async () => {
    expect(await siteIssues('www.sop.contoh.go.id')).toEqual([
      ['format-isian', 'sops/_data/situs.yaml', 2, 'alamat', 'Alamat situs "www.sop.contoh.go.id" belum diawali https://; tulis alamat: https://www.sop.contoh.go.id.'],
    ]);
  });

  it('a misspelt https:// names the address to write', async () => {
    expect(await siteIssues('htps://sop.contoh.go.id')).toEqual([
      ['format-isian', 'sops/_data/situs.yaml', 2, 'alamat', 'Awal alamat situs "htps://" salah ketik; tulis https:// lalu nama situsnya: https://sop.contoh.go.id.'],
    ]);
  });

  it('a comma in the site name (accepted, the QR code led nowhere)', async () => {
    expect(await siteIssues('https://sop,contoh.go.id')).toEqual([
      [
        'format-isian',
        'sops/_data/situs.yaml',
        2,
        'alamat',
        'Nama situs "sop,contoh.go.id" memuat ",", yang tidak ada di alamat situs (salah ketik?); nama situs hanya berisi huruf, angka, titik dan tanda hubung.',
      ],
    ]);
  });

  it('the address of one page (accepted, every QR code led under /index.html/)', async () => {
    expect(await siteIssues('https://sop.contoh.go.id/index.html')).toEqual([
      ['format-isian', 'sops/_data/situs.yaml', 2, 'alamat', 'Alamat situs "https://sop.contoh.go.id/index.html" menunjuk satu halaman; tulis alamat situsnya saja: https://sop.contoh.go.id.'],
    ]);
  });

  it('a space in it', async () => {
    expect(await siteIssues('https://sop contoh.go.id')).toEqual([
      ['format-isian', 'sops/_data/situs.yaml', 2, 'alamat', 'Alamat situs "https://sop contoh.go.id" memuat spasi; tulis tanpa spasi, misalnya https://sop.dinsos.contoh.go.id.'],
    ]);
  });

  it('a trailing slash, a folder or http:// are accepted', async () => {
    expect(await siteIssues('https://sop.contoh.go.id/')).toEqual([]);
    expect(await siteIssues('https://dinsos.contoh.go.id/sop')).toEqual([]);
    expect(await siteIssues('http://localhost:4321')).toEqual([]);
  });
});

describe('a service cost or time written as a bare number', () => {
  it('biaya: 50.000 (YAML reads 50) says so and what to write', async () => {
    expect(await serviceIssues(service((t) => t.replace('biaya: Gratis', 'biaya: 50.000')))).toEqual([
      [
        'format-isian',
        'sops/_layanan/sktm.yaml',
        6,
        'biaya.teks',
        'Biaya ditulis sebagai angka saja (50), tanpa "Rp" dan tanpa tanda kutip; YAML membaca angka bertitik seperti 50.000 sebagai 50. Tulis tarifnya dengan Rp di antara tanda kutip, misalnya biaya: "Rp50.000".',
      ],
    ]);
  });

  it('biaya: 0 asks for Gratis (it said "harus blok isian, bukan angka")', async () => {
    expect(await serviceIssues(service((t) => t.replace('biaya: Gratis', 'biaya: 0')))).toEqual([
      ['format-isian', 'sops/_layanan/sktm.yaml', 6, 'biaya.teks', 'Biaya ditulis 0 saja; tulis biaya: Gratis (atau "Rp0").'],
    ]);
  });

  it('a jangka waktu without its unit (it printed "3")', async () => {
    expect(await serviceIssues(service((t) => `${t}jangka_waktu: { teks: 3, alasan: Termasuk verifikasi lapangan }\n`))).toEqual([
      ['format-isian', 'sops/_layanan/sktm.yaml', 7, 'jangka_waktu.teks', 'Jangka waktu ditulis sebagai angka saja (3), tanpa satuan; tulis satuannya, misalnya "3 hari kerja".'],
    ]);
  });

  it('a cost written as text is accepted as written', async () => {
    expect(await serviceIssues(service((t) => t.replace('biaya: Gratis', 'biaya: "Rp 50.000"')))).toEqual([]);
    expect(await serviceIssues(service((t) => t.replace('biaya: Gratis', 'biaya: Tidak dipungut biaya')))).toEqual([]);
  });
});

describe('files in sops/_layanan/ that are not read', () => {
  it('a service in a subfolder (it never appeared, without a word)', async () => {
    const issues = await projectIssues({ 'sops/_layanan/medan/sktm.yaml': service() });
    expect(rows(issues.filter((i) => i.file.startsWith('sops/_layanan/')))).toEqual([
      ['layanan-di-subfolder', 'sops/_layanan/medan/sktm.yaml', 1, '', 'Berkas layanan di dalam subfolder tidak dibaca, sehingga layanan ini tidak terbit.'],
    ]);
    expect(issues.find((i) => i.code === 'layanan-di-subfolder')?.fix).toBe(
      'Pindahkan berkas ini langsung ke sops/_layanan/, misalnya sops/_layanan/sktm.yaml, atau awali nama foldernya dengan "_" bila bukan data layanan.',
    );
  });

  it('a service saved as .txt or .docx; a README is left alone', async () => {
    const issues = await projectIssues({ 'sops/_layanan/sktm.txt': service(), 'sops/_layanan/README.md': '# Layanan\n' });
    expect(rows(issues.filter((i) => i.file.startsWith('sops/_layanan/')))).toEqual([
      ['layanan-bukan-yaml', 'sops/_layanan/sktm.txt', 1, '', 'Berkas ini tidak dibaca: layanan ditulis sebagai berkas .yaml.'],
    ]);
  });
});

describe('complaint channels (pengaduan) of an agency', () => {
  const agencyIssues = async (pengaduan: string) => {
    const file = 'sops/_data/instansi/kel-sei-putih-timur-1.yaml';
    const issues = await projectIssues({ [file]: AGENCY.replace('pengaduan: ["Kotak saran di ruang pelayanan"]', `pengaduan: ${pengaduan}`) });
    return rows(issues.filter((i) => i.file === file && i.code !== 'penanda-isi'));
  };

  it('an e-mail address with a comma (accepted, printed on every service page)', async () => {
    expect(await agencyIssues('["E-mail: pengaduan@dinsos,go.id"]')).toEqual([
      [
        'format-isian',
        'sops/_data/instansi/kel-sei-putih-timur-1.yaml',
        6,
        'pengaduan[0]',
        'Alamat e-mail "pengaduan@dinsos,go.id" di saluran pengaduan tidak dapat dipakai (salah ketik?); tulis satu alamat lengkap seperti pengaduan@dinsos.contoh.go.id, tanpa spasi dan dengan titik, bukan koma, sebelum domain.',
      ],
    ]);
  });

  it('a WhatsApp link with the number as dialled at home (the link does not open)', async () => {
    expect(await agencyIssues('["WhatsApp: https://wa.me/0812-3456-7890"]')).toEqual([
      [
        'format-isian',
        'sops/_data/instansi/kel-sei-putih-timur-1.yaml',
        6,
        'pengaduan[0]',
        'Tautan WhatsApp "https://wa.me/0812-3456-7890" tidak terbuka: wa.me memakai nomor dengan kode negara 62 tanpa 0 di depan, tanpa "+", spasi atau tanda hubung. Tulis https://wa.me/6281234567890.',
      ],
    ]);
  });

  it('a phone number with spaces or dashes, a correct link and address are accepted', async () => {
    expect(await agencyIssues('["WhatsApp 0812-3456-7890 (https://wa.me/6281234567890)", "Telepon (0771) 123 456", "E-mail: pengaduan@dinsos.contoh.go.id."]')).toEqual([]);
  });
});
