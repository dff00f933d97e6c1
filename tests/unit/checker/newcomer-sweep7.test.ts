/**
 * A seventh sweep of newcomers' mistakes: step times that are rates or frequencies, minutes
 * written with an apostrophe, decisions without a target or written as a sentence, narrative
 * images addressed through public/, and "-" in an agency file. One test per fix, with the
 * messages as the author reads them.
 */
import { describe, expect, it } from 'vitest';
import type { CheckIssue } from '../../../src/core/checks/issue';
import { checkProject } from '../../../src/node/check-project';
import { writeTempProject } from '../support/temp-project';
import { brief, briefFix, minutesOf } from '../support/issue-lists';
import { SKTM_WITH_DECISION } from '../support/sktm-sop';

const AGENCY_FILE = 'sops/_data/instansi/kel-sei-putih-timur-1.yaml';
const AGENCY = `nama: Kelurahan Sei Putih Timur I
kota: Medan
alamat: Jl. Contoh
kepala: { jabatan: Lurah Sei Putih Timur I, nama: Budi }
pola_nomor_surat: "{klasifikasi}/{nomor}/{tahun}"
pengaduan: ["Kotak pengaduan di kantor kelurahan"]
`;
const BASE = {
  [AGENCY_FILE]: AGENCY,
  'sops/_data/dasar-hukum.yaml': 'uu-11-2009: { jenis: Undang-Undang, nomor: "11", tahun: 2009, tentang: Kesejahteraan Sosial }\n',
  'sops/_data/situs.yaml': 'nama: SOP Kelurahan\nalamat: https://sop.contoh.go.id\n',
};

async function projectIssues(files: Record<string, string>): Promise<CheckIssue[]> {
  return (await checkProject(writeTempProject({ ...BASE, 'sops/medan/sktm.mdx': SKTM_WITH_DECISION, ...files }, 'sop-sweep7-'), '2026-12-01', { mermaid: false })).issues;
}
/** The SKTM SOP with its third step's time (line 26) written `waktu`. */
const timeIssues = (waktu: string) => projectIssues({ 'sops/medan/sktm.mdx': SKTM_WITH_DECISION.replace('waktu: 15 menit', `waktu: ${waktu}`) });

describe('a step time that is not a duration', () => {
  it('a time per item is named with the time to keep and where the rate goes', async () => {
    expect(brief(await timeIssues('15 menit/berkas'))).toEqual([
      [
        'waktu-tak-terbaca', 'langkah[2].waktu', 26,
        'Waktu "15 menit/berkas" ditulis per berkas (waktu untuk setiap berkas), padahal kolom Waktu berisi lama langkah ini untuk satu permohonan, yang dijumlahkan menjadi total waktu SOP. Tulis waktu: "15 menit" bila itu lama langkah ini untuk satu permohonan, dan pindahkan "per berkas" ke keterangan, misalnya keterangan: "15 menit per berkas".',
      ],
    ]);
    expect(brief(await timeIssues('30 - 60 menit per orang'))).toEqual([
      [
        'waktu-tak-terbaca', 'langkah[2].waktu', 26,
        'Waktu "30 - 60 menit per orang" ditulis per orang (waktu untuk setiap orang), padahal kolom Waktu berisi lama langkah ini untuk satu permohonan, yang dijumlahkan menjadi total waktu SOP. Tulis waktu: "30 - 60 menit" bila itu lama langkah ini untuk satu permohonan, dan pindahkan "per orang" ke keterangan, misalnya keterangan: "30 - 60 menit per orang".',
      ],
    ]);
  });
  it('a unit repeated after "/" is named with the time without it', async () => {
    expect(brief(await timeIssues('1 x 24 jam/hari'))).toEqual([
      [
        'waktu-tak-terbaca', 'langkah[2].waktu', 26,
        'Waktu "1 x 24 jam/hari" tidak dapat dibaca: "/hari" sesudah "1 x 24 jam" berarti "per hari", sedangkan kolom Waktu berisi lama langkah ini saja. Tulis lamanya tanpa "/hari": waktu: "1 x 24 jam".',
      ],
    ]);
  });
  it('a frequency is named as such, with a duration to write and the schedule moved to keterangan', async () => {
    expect(brief(await timeIssues('setiap hari'))).toEqual([
      [
        'waktu-tak-terbaca', 'langkah[2].waktu', 26,
        'Waktu "setiap hari" menyebut seberapa sering langkah ini dikerjakan, bukan berapa lama langkah ini berlangsung. Tulis lamanya, misalnya waktu: "1 hari" bila langkah ini selesai dalam sehari, atau waktu: "-" bila tidak ditentukan; tulis jadwalnya di keterangan, misalnya keterangan: "setiap hari".',
      ],
    ]);
  });
  it('minutes written with an apostrophe are read as minutes', async () => {
    expect(minutesOf("15'")).toEqual([15, 15]);
    expect(minutesOf('15 ’')).toEqual([15, 15]);
    expect(minutesOf("1 jam 15'")).toEqual([75, 75]);
    expect(minutesOf("10' - 15'")).toEqual([10, 15]);
    expect(brief(await timeIssues("\"15'\""))).toEqual([]);
  });
  it('times that were read before are read the same', () => {
    expect(minutesOf('1/2 jam')).toEqual([30, 30]);
    expect(minutesOf('3 x 24 jam')).toEqual([4320, 4320]);
    expect(minutesOf('per hari')).toEqual('tak terbaca');
  });
});

/** The SKTM SOP with its decision (step 2, lines 21-23) written `decision`. */
const decisionIssues = (decision: string) =>
  projectIssues({ 'sops/medan/sktm.mdx': SKTM_WITH_DECISION.replace('    keputusan:\n      ya: { ke: 3 }\n      tidak: { ke: selesai }\n', decision) });

describe('a decision branch without its target', () => {
  it('is named with its label and the ways to write the target', async () => {
    expect(briefFix(await decisionIssues('    keputusan: { ya: { label: Lengkap }, tidak: { label: Kurang, ke: selesai } }\n'))).toEqual([
      [
        'cabang-tanpa-tujuan', 'langkah[1].keputusan.ya', 21,
        'Cabang ya ("Lengkap") tidak menulis tujuannya: kolom ke tidak ada, sehingga tidak diketahui ke langkah mana panah "Lengkap" menuju.',
        'Tambahkan ke dengan nomor langkah tujuan atau selesai, misalnya ya: { label: Lengkap, ke: 3 } atau ya: { label: Lengkap, ke: selesai }.',
      ],
    ]);
  });
  it('a branch without a label is named with its default label, at its own line', async () => {
    expect(brief(await decisionIssues('    keputusan:\n      ya: { ke: 3 }\n      tidak: {}\n'))).toEqual([
      ['cabang-tanpa-tujuan', 'langkah[1].keputusan.tidak', 23, 'Cabang tidak ("Tidak") tidak menulis tujuannya: kolom ke tidak ada, sehingga tidak diketahui ke langkah mana panah "Tidak" menuju.'],
    ]);
  });
  it('a target under a misspelt name keeps the misspelt-field message', async () => {
    expect(brief(await decisionIssues('    keputusan:\n      ya: { label: Lengkap, kek: 3 }\n      tidak: { ke: selesai }\n')).map((i) => i[0])).toEqual(['format-isian', 'kolom-tidak-dikenal']);
  });
});

describe('a decision written as a sentence', () => {
  it('is named with the shape of a decision, the question kept', async () => {
    expect(briefFix(await decisionIssues('    keputusan: Apakah berkas lengkap?\n'))).toEqual([
      [
        'keputusan-berupa-kalimat', 'langkah[1].keputusan', 21,
        'Kolom keputusan berisi kalimat ("Apakah berkas lengkap?"), padahal keputusan ditulis sebagai dua cabang, ya: dan tidak:, masing-masing dengan label dan tujuannya (ke), agar diagram dapat menggambar kedua panahnya.',
        'Tulis pertanyaannya di kegiatan langkah ini (atau di pertanyaan:), lalu kedua cabangnya di bawah keputusan:, misalnya keputusan: { pertanyaan: Apakah berkas lengkap?, ya: { label: Ya, ke: 3 }, tidak: { label: Tidak, ke: selesai } } (ke: nomor langkah tujuan atau selesai).',
      ],
    ]);
  });
  it('a decision with its question and both branches stays clean', async () => {
    expect(brief(await decisionIssues('    keputusan:\n      pertanyaan: Apakah berkas lengkap?\n      ya: { label: Lengkap, ke: 3 }\n      tidak: selesai\n'))).toEqual([]);
  });
});

describe('a narrative image written through the public/ folder', () => {
  /** The SKTM SOP with `narrative` after its "## Biaya" section, from line 33 on, and public/gambar/alur.png. */
  const imageIssues = (narrative: string) =>
    projectIssues({ 'sops/medan/sktm.mdx': `${SKTM_WITH_DECISION}\n${narrative}`, 'public/gambar/alur.png': 'png' });
  it('"public/gambar/alur.png" is named with the address of the file that exists', async () => {
    expect(briefFix(await imageIssues('![Alur](public/gambar/alur.png)\n'))).toEqual([
      [
        'gambar-lewat-public', 'narasi', 33,
        'Gambar "public/gambar/alur.png" ditulis dengan folder public/ di alamatnya; situs menyajikan isi folder public/ langsung dari akar alamatnya, jadi alamat gambar ini /gambar/alur.png, tanpa "public" dan diawali "/".',
        'Tulis ![Alur](/gambar/alur.png).',
      ],
    ]);
  });
  it('"../../public/gambar/alur.png", which a file manager gives, is named the same way', async () => {
    expect(briefFix(await imageIssues('![Alur](../../public/gambar/alur.png)\n'))).toEqual([
      [
        'gambar-lewat-public', 'narasi', 33,
        'Gambar "../../public/gambar/alur.png" ditulis dengan folder public/ di alamatnya; situs menyajikan isi folder public/ langsung dari akar alamatnya, jadi alamat gambar ini /gambar/alur.png, tanpa "public" dan diawali "/".',
        'Tulis ![Alur](/gambar/alur.png).',
      ],
    ]);
  });
  it('a file that is not under public/ either is named with where to save it', async () => {
    expect(briefFix(await imageIssues('![Alur](public/gambar/alur-baru.png)\n'))).toEqual([
      [
        'gambar-lewat-public', 'narasi', 33,
        'Gambar "public/gambar/alur-baru.png" ditulis dengan folder public/ di alamatnya; situs menyajikan isi folder public/ langsung dari akar alamatnya, jadi alamat gambar ini /gambar/alur-baru.png, tanpa "public" dan diawali "/" (berkas public/gambar/alur-baru.png juga belum ada).',
        'Simpan berkas gambarnya sebagai public/gambar/alur-baru.png (periksa ejaan nama berkas; huruf besar dan kecil dibedakan), lalu tulis ![Alur](/gambar/alur-baru.png).',
      ],
    ]);
  });
  it('"/gambar/alur.png" stays clean', async () => {
    expect(brief(await imageIssues('![Alur](/gambar/alur.png)\n'))).toEqual([]);
  });
});

describe('"-" written in an agency file', () => {
  const agencyIssues = async (text: string) => (await projectIssues({ [AGENCY_FILE]: text })).filter((i) => i.file === AGENCY_FILE);
  it('the head\'s jabatan "-" is named at its field, as a warning like a placeholder: it is required and printed under every SOP', async () => {
    const issues = await agencyIssues(AGENCY.replace('jabatan: Lurah Sei Putih Timur I', 'jabatan: "-"'));
    // "-" is how a document marks an empty cell: printed as it is, like [ISI: ...], not refused.
    expect(issues.map((i) => i.severity)).toEqual(['warning']);
    expect(briefFix(issues)).toEqual([
      [
        'isian-strip', 'kepala.jabatan', 4,
        'Kolom kepala.jabatan ditulis "-" saja; kolom ini wajib dan dicetak di blok tanda tangan setiap SOP instansi ini.',
        'Tulis isinya, atau jabatan: "[ISI: jabatan kepala]" sampai diketahui.',
      ],
    ]);
  });
  it('telepon, email, situs and singkatan "-" are each named with where "-" would print', async () => {
    const text = `${AGENCY}singkatan: "-"\ntelepon: "–"\nemail: "-"\nsitus: "-"\n`;
    expect(briefFix(await agencyIssues(text))).toEqual([
      [
        'isian-strip-opsional', 'singkatan', 7,
        'Kolom singkatan ditulis "-" saja; daftar SOP, kaki halaman PDF dan surat akan mencetak "-" sebagai singkatan instansi.',
        'Hapus baris singkatan bila belum diketahui (nama lengkap instansi dipakai sebagai gantinya), atau tulis singkatan: "[ISI: singkatan instansi]" sampai diketahui.',
      ],
      [
        'isian-strip-opsional', 'telepon', 8,
        'Kolom telepon ditulis "-" saja; kop surat dan halaman SOP akan mencetak "-" sebagai nomor telepon.',
        'Hapus baris telepon bila belum diketahui (kop dicetak tanpa nomor telepon), atau tulis telepon: "[ISI: nomor telepon]" sampai diketahui.',
      ],
      [
        'isian-strip-opsional', 'email', 9,
        'Kolom email ditulis "-" saja; kop surat dan halaman SOP akan mencetak "-" sebagai alamat e-mail.',
        'Hapus baris email bila belum diketahui (kop dicetak tanpa alamat e-mail), atau tulis email: "[ISI: alamat e-mail]" sampai diketahui.',
      ],
      [
        'isian-strip-opsional', 'situs', 10,
        'Kolom situs ditulis "-" saja; kop surat akan mencetak "-" sebagai alamat situs.',
        'Hapus baris situs bila belum diketahui (kop dicetak tanpa alamat situs), atau tulis situs: "[ISI: alamat situs]" sampai diketahui.',
      ],
    ]);
  });
  it('written values and a mistyped e-mail keep their own messages', async () => {
    expect(brief(await agencyIssues(`${AGENCY}singkatan: Kel. SPT I\ntelepon: "(061) 123456"\nemail: kel@medan.go.id\nsitus: https://medan.go.id\n`))).toEqual([]);
    expect((await agencyIssues(`${AGENCY}email: "kel medan"\n`)).map((i) => i.code)).toEqual(['format-isian']);
  });
});
