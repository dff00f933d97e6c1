/**
 * A thirteenth sweep, on leftovers of the twelfth: a service stating the SOP's cost or time in
 * other words ("Rp 0" for "Gratis", the SOP's total) is not asked to explain a difference; an
 * agency logo on another site, a telephone holding an e-mail address and an e-mail holding a
 * phone number are named; a service file writing what comes from the agency file or the SOPs
 * (pengaduan, dasar_hukum, instansi) is told where it comes from. One test per fix, with the
 * messages as the author reads them; and the inputs that stay clean.
 */
import { describe, expect, it } from 'vitest';
import type { CheckIssue } from '../../../src/core/checks/issue';
import { checkProject } from '../../../src/node/check-project';
import { writeTempProject } from '../support/temp-project';
import { SKTM_WITH_DECISION } from '../support/sktm-sop';
import { KELURAHAN_AGENCY, KELURAHAN_AGENCY_FILE, KELURAHAN_BASE } from '../support/kelurahan-project';

const AGENCY = KELURAHAN_AGENCY;
const AGENCY_FILE = KELURAHAN_AGENCY_FILE;
const SOP_FILE = 'sops/medan/sktm.mdx';
const SERVICE_FILE = 'sops/_layanan/sktm.yaml';
const SERVICE = `nama: Surat Keterangan Tidak Mampu
ringkasan: Surat keterangan bagi warga tidak mampu.
sop: [medan/sktm]
persyaratan: [KTP]
prosedur: [Datang ke kantor kelurahan]
`;
const BASE = { ...KELURAHAN_BASE, [SOP_FILE]: SKTM_WITH_DECISION };

/** The issues of the project with `files` over BASE, placeholders' warnings left out. */
async function projectIssues(files: Record<string, string>): Promise<CheckIssue[]> {
  const issues = (await checkProject(writeTempProject({ ...BASE, ...files }, 'sop-sweep13-'), '2026-12-01', { mermaid: false })).issues;
  return issues.filter((i) => i.code !== 'penanda-isi');
}
/** The SOP with its one-line Biaya section saying `biaya`. */
function sopWith(biaya: string): Record<string, string> {
  expect(SKTM_WITH_DECISION).toContain('## Biaya\n\nGratis.\n');
  return { [SOP_FILE]: SKTM_WITH_DECISION.replace('## Biaya\n\nGratis.\n', `## Biaya\n\n${biaya}\n`) };
}
/** The SOP with each of its three steps taking `waktu` (3 steps on the main path). */
function sopTaking(waktu: string): Record<string, string> {
  expect(SKTM_WITH_DECISION.match(/waktu: 1[05] menit/g)).toHaveLength(3);
  return { [SOP_FILE]: SKTM_WITH_DECISION.replace(/waktu: 1[05] menit/g, `waktu: ${waktu}`) };
}
const serviceWith = (extra: string) => ({ [SERVICE_FILE]: SERVICE + extra });
const agencyWith = (extra: string) => ({ [AGENCY_FILE]: AGENCY + extra });
const rows = (issues: readonly CheckIssue[]) => issues.map((i) => [i.code, i.file, i.line, i.path, i.message, i.fix]);

describe('a service stating what its SOP states', () => {
  it('"Gratis", "Rp 0", "Rp. 0,-", "Tidak dipungut biaya" and "Tanpa biaya" are one cost (each got layanan-beda-tanpa-alasan against another); a tariff still is not', async () => {
    const FREE = ['Gratis', 'Rp 0', 'Rp. 0,-', 'Tidak dipungut biaya', 'Tanpa biaya'];
    for (const [sop, service] of [['Gratis.', 'Rp 0'], ['Rp. 0,-', 'Tidak dipungut biaya'], ['Tidak dipungut biaya.', 'Gratis'], ['Tanpa biaya', 'Rp. 0,-'], ['Gratis.', 'Tanpa biaya']] as const) {
      expect(FREE).toContain(service);
      expect(rows(await projectIssues({ ...sopWith(sop), ...serviceWith(`biaya: "${service}"\n`) })), `${sop} / ${service}`).toEqual([]);
    }
    // The same tariff written another way is one cost too; another tariff is a difference to explain.
    expect(rows(await projectIssues({ ...sopWith('Rp. 10.000,-'), ...serviceWith('biaya: "Rp10.000"\n') }))).toEqual([]);
    expect(rows(await projectIssues({ ...sopWith('Tidak dipungut biaya.'), ...serviceWith('biaya: "Rp10.000"\n') }))).toEqual([
      ['layanan-beda-tanpa-alasan', 'sops/_layanan/sktm.yaml', 6, 'biaya',
        'Biaya sudah diambil dari SOP (Gratis); isian di berkas layanan hanya dipakai bila disertai alasan.',
        'Hapus blok ini agar nilai dari SOP yang dipakai, atau tambahkan alasan: "..." yang menjelaskan mengapa berbeda.'],
    ]);
  });

  it('a jangka waktu equal to the SOP\'s total is no difference ("35 menit"; "3 hari kerja" where the SOP\'s steps are working days); working days the SOP does not write still are', async () => {
    expect(rows(await projectIssues(serviceWith('jangka_waktu: 35 menit\n')))).toEqual([]);
    expect(rows(await projectIssues({ ...sopTaking('1 hari kerja'), ...serviceWith('jangka_waktu: 3 hari kerja\n') }))).toEqual([]);
    expect(rows(await projectIssues({ ...sopTaking('1 hari'), ...serviceWith('jangka_waktu: 3 hari kerja\n') }))).toEqual([
      ['layanan-beda-tanpa-alasan', 'sops/_layanan/sktm.yaml', 6, 'jangka_waktu',
        'Jangka waktu sudah diambil dari SOP (3 hari); isian di berkas layanan hanya dipakai bila disertai alasan.',
        'Hapus blok ini agar nilai dari SOP yang dipakai, atau tambahkan alasan: "..." yang menjelaskan mengapa berbeda.'],
    ]);
  });
});

describe('agency files', () => {
  it('a logo given as an https:// address is an error with the file to save under public/logo/ (it passed, and the PDFs and letters printed no logo)', async () => {
    expect(rows(await projectIssues(agencyWith('logo: https://pemkomedan.go.id/images/logo-medan.png?v=2\n')))).toEqual([
      ['logo-dari-situs-lain', 'sops/_data/instansi/kel-sei-putih-timur-1.yaml', 7, 'logo',
        'Logo "https://pemkomedan.go.id/images/logo-medan.png?v=2" ditulis sebagai alamat di situs lain; PDF SOP dan halaman surat hanya memuat berkas dari situs ini sendiri, sehingga logo ini tidak tercetak di kop PDF maupun surat.',
        'Unduh berkas logo itu dan simpan sebagai public/logo/logo-medan.png, lalu tulis logo: /logo/logo-medan.png.'],
    ]);
    // Already saved under public/logo/: only the address to write.
    expect(rows(await projectIssues({ ...agencyWith('logo: https://pemkomedan.go.id/images/logo-medan.png\n'), 'public/logo/logo-medan.png': 'png' }))).toEqual([
      ['logo-dari-situs-lain', 'sops/_data/instansi/kel-sei-putih-timur-1.yaml', 7, 'logo',
        'Logo "https://pemkomedan.go.id/images/logo-medan.png" ditulis sebagai alamat di situs lain; PDF SOP dan halaman surat hanya memuat berkas dari situs ini sendiri, sehingga logo ini tidak tercetak di kop PDF maupun surat.',
        'Berkas public/logo/logo-medan.png sudah ada: tulis logo: /logo/logo-medan.png.'],
    ]);
  });

  it('telepon holding an e-mail address is named, alone or beside the number (it printed "Telp. nama@...")', async () => {
    expect(rows(await projectIssues(agencyWith('telepon: kelsptimur@pemkomedan.go.id\n')))).toEqual([
      ['kontak-tertukar', 'sops/_data/instansi/kel-sei-putih-timur-1.yaml', 7, 'telepon',
        'Telepon "kelsptimur@pemkomedan.go.id" berisi alamat e-mail, padahal kolom ini dicetak di kop sebagai nomor telepon: "Telp. kelsptimur@pemkomedan.go.id".',
        'Pindahkan alamat itu ke email: kelsptimur@pemkomedan.go.id, lalu tulis nomor telepon kantor di telepon:, misalnya telepon: "(061) 4514000", atau hapus baris telepon bila nomornya belum diketahui.'],
    ]);
    expect(rows(await projectIssues(agencyWith('telepon: "(061) 4514000 / Email: kelsptimur@pemkomedan.go.id"\n')))).toEqual([
      ['kontak-tertukar', 'sops/_data/instansi/kel-sei-putih-timur-1.yaml', 7, 'telepon',
        'Telepon "(061) 4514000 / Email: kelsptimur@pemkomedan.go.id" memuat alamat e-mail "kelsptimur@pemkomedan.go.id", padahal kolom ini dicetak di kop sebagai nomor telepon: "Telp. (061) 4514000 / Email: kelsptimur@pemkomedan.go.id".',
        'Tulis telepon: "(061) 4514000" dan email: kelsptimur@pemkomedan.go.id.'],
    ]);
  });

  it('email holding a phone number is named as such, with the field it belongs in (it said the address could not be printed)', async () => {
    expect(rows(await projectIssues(agencyWith('email: "Telp. (061) 4514000"\n')))).toEqual([
      ['kontak-tertukar', 'sops/_data/instansi/kel-sei-putih-timur-1.yaml', 7, 'email',
        'E-mail "Telp. (061) 4514000" berisi nomor telepon, padahal kolom ini dicetak di kop sebagai alamat e-mail: "Email: Telp. (061) 4514000".',
        'Pindahkan nomor itu ke telepon: "(061) 4514000", lalu tulis alamat e-mail kantor di email:, misalnya email: nama@domain.go.id, atau hapus baris email bila kantor tidak memakai e-mail.'],
    ]);
  });
});

describe('service files', () => {
  it('pengaduan, dasar_hukum and instansi are told where their values come from (they got "Kolom tidak dikenal")', async () => {
    expect(rows(await projectIssues(serviceWith('pengaduan: [Kotak saran di kantor kelurahan]\ndasar_hukum: [uu-11-2009]\ninstansi: kel-sei-putih-timur-1\n')))).toEqual([
      ['layanan-kolom-dari-sumber-lain', 'sops/_layanan/sktm.yaml', 6, 'pengaduan',
        'Kolom pengaduan tidak ditulis di berkas layanan: saluran pengaduan layanan diambil dari kolom pengaduan di berkas instansi penyelenggaranya (instansi SOP medan/sktm), sama untuk setiap layanan instansi itu.',
        'Hapus pengaduan: dari berkas ini, lalu tulis isinya di pengaduan: berkas instansi itu, yaitu sops/_data/instansi/<id>.yaml dengan id yang tertulis di instansi: SOP medan/sktm.'],
      ['layanan-kolom-dari-sumber-lain', 'sops/_layanan/sktm.yaml', 7, 'dasar_hukum',
        'Kolom dasar_hukum tidak ditulis di berkas layanan: dasar hukum layanan diambil dari kolom dasar_hukum SOP medan/sktm.',
        'Hapus dasar_hukum: dari berkas ini; yang belum tercantum ditambahkan ke dasar_hukum: SOP medan/sktm.'],
      ['layanan-kolom-dari-sumber-lain', 'sops/_layanan/sktm.yaml', 8, 'instansi',
        'Kolom instansi tidak ditulis di berkas layanan: instansi penyelenggara layanan diambil dari kolom instansi SOP medan/sktm.',
        'Hapus instansi: dari berkas ini; layanan diselenggarakan oleh instansi yang tertulis di instansi: SOP medan/sktm.'],
    ]);
  });
});

describe('what stays clean', () => {
  it('situs without https:// (printed "Laman: www..." on the kop, as letterheads write it), a phone with its label and brackets, an e-mail, a logo under public/', async () => {
    const agency = agencyWith('telepon: "Telp. (061) 4514000, WA 0812-3456-7890"\nemail: kelsptimur@pemkomedan.go.id\nsitus: www.pemkomedan.go.id\nlogo: /logo/medan.png\n');
    expect(rows(await projectIssues({ ...agency, 'public/logo/medan.png': 'png' }))).toEqual([]);
  });
});
