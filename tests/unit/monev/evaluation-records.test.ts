/**
 * Recorded monitoring and evaluation (sops/_data/evaluasi/<sop-id>/<tanggal>.yaml) through the
 * checker, on a small project written for each case: every mistake with its file, line, field,
 * message and fix as the author reads them.
 */
import { describe, expect, it } from 'vitest';
import { writeTempProject } from '../support/temp-project';
import type { CheckIssue } from '../../../src/core/checks/issue';
import { classifyEvaluationPath } from '../../../src/core/source/source-paths';
import { checkProject } from '../../../src/node/check-project';

const AGENCY = `nama: Kelurahan Sei Putih Timur I
pemerintah: Pemerintah Kota Medan
kota: Medan
alamat: Jalan Contoh 1
kepala: { jabatan: Lurah Sei Putih Timur I, nama: Budi }
pola_nomor_surat: "{klasifikasi}/{nomor}/{tahun}"
`;
const REGS = `uu-11-2009: { jenis: Undang-Undang, nomor: "11", tahun: 2009, tentang: Kesejahteraan Sosial }
`;
const SOP = `---
nomor: "474/12/2024"
judul: Pelayanan Surat Keterangan Tidak Mampu
instansi: kel-sei
status: berlaku
tanggal:
  efektif: 2024-03-04
  pembuatan: 2024-03-01
sasaran: Warga
dasar_hukum: [uu-11-2009]
peralatan: [Komputer]
kualifikasi_pelaksana: [Teliti]
peringatan: [Tidak ada]
pencatatan: [Buku register]
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
`;

const DIR = 'sops/_data/evaluasi/medan/sktm';

async function recordIssues(files: Record<string, string>): Promise<string[][]> {
  const root = writeTempProject({ 'sops/_data/instansi/kel-sei.yaml': AGENCY, 'sops/_data/dasar-hukum.yaml': REGS, 'sops/medan/sktm.mdx': SOP, ...files }, 'sop-evaluasi-');
  const { issues } = await checkProject(root, '2025-06-30', { mermaid: false });
  return issues
    .filter((i: CheckIssue) => i.file.startsWith('sops/_data/evaluasi'))
    .map((i) => [i.severity, i.file, String(i.line), i.path, i.message, i.fix]);
}

const MONITORING = `jenis: monitoring
penilai: Sekretaris Kelurahan
penilaian: berjalan baik
catatan: Berkas diterima lengkap.
`;
const EVALUATION = `jenis: evaluasi
penilai: Lurah Sei Putih Timur I
kriteria:
  - { kriteria: SOP mudah dipahami, jawaban: ya }
  - { kriteria: SOP mudah dilaksanakan, jawaban: Tidak, catatan: Langkah 2 menunggu lurah. }
rekomendasi: Direvisi
`;

describe('the record files', () => {
  it('reads the SOP from the folders and the date from the file name', () => {
    expect(classifyEvaluationPath('medan/sktm/2025-03-04.yaml')).toEqual({ kind: 'record', sopId: 'medan/sktm', date: '2025-03-04' });
    expect(classifyEvaluationPath('medan/sktm/2025-03-04-evaluasi.yml')).toEqual({ kind: 'record', sopId: 'medan/sktm', date: '2025-03-04' });
    expect(classifyEvaluationPath('2025-03-04.yaml')).toEqual({ kind: 'bad-name', reason: 'no-sop', name: '2025-03-04.yaml' });
    expect(classifyEvaluationPath('medan/sktm/2025-02-30.yaml')).toEqual({ kind: 'bad-name', reason: 'bad-date', name: '2025-02-30.yaml' });
    expect(classifyEvaluationPath('medan/sktm/4 Maret 2025.yaml')).toEqual({ kind: 'bad-name', reason: 'bad-date', name: '4 Maret 2025.yaml', guess: '2025-03-04.yaml' });
    expect(classifyEvaluationPath('medan/sktm/hasil.docx')).toEqual({ kind: 'bad-name', reason: 'not-yaml', name: 'hasil.docx' });
    expect(classifyEvaluationPath('medan/_arsip/2025-03-04.yaml')).toEqual({ kind: 'ignored' });
  });

  it('accepts a monitoring and an evaluation of a known SOP without a message', async () => {
    expect(await recordIssues({ [`${DIR}/2024-09-02.yaml`]: MONITORING, [`${DIR}/2025-03-10.yaml`]: EVALUATION })).toEqual([]);
  });
});

describe('mistakes in a record', () => {
  it('a folder naming no SOP', async () => {
    expect(await recordIssues({ 'sops/_data/evaluasi/medan/sktmm/2024-09-02.yaml': MONITORING })).toEqual([
      ['error', 'sops/_data/evaluasi/medan/sktmm/2024-09-02.yaml', '1', '',
        'SOP "medan/sktmm" yang dinilai catatan ini tidak ditemukan. Maksud Anda "medan/sktm"?',
        'Pindahkan berkas ke folder sops/_data/evaluasi/<id SOP>/, dengan id SOP yaitu jalurnya di bawah sops/ tanpa .mdx. SOP yang ada: medan/sktm.'],
    ]);
  });

  it('a file name that is not a date, and a file straight in evaluasi/', async () => {
    const fix = 'Simpan catatan sebagai sops/_data/evaluasi/<id SOP>/<tanggal>.yaml, misalnya sops/_data/evaluasi/tanjungpinang/penanganan-eks-narapidana/2025-09-01.yaml.';
    expect(await recordIssues({ [`${DIR}/2024-09-31.yaml`]: MONITORING, 'sops/_data/evaluasi/2024-09-02.yaml': MONITORING })).toEqual([
      ['error', 'sops/_data/evaluasi/2024-09-02.yaml', '1', '', 'Berkas "2024-09-02.yaml" langsung di sops/_data/evaluasi/ tidak menyebut SOP yang dinilai.', fix],
      ['error', `${DIR}/2024-09-31.yaml`, '1', '', 'Nama berkas "2024-09-31.yaml" bukan tanggal yang sah; nama berkas adalah tanggal monitoring atau evaluasi.', fix],
    ]);
  });

  it('an unknown recommendation, answer and kind, each at its line', async () => {
    const bad = EVALUATION.replace('rekomendasi: Direvisi', 'rekomendasi: perlu revisi').replace('jawaban: ya', 'jawaban: mungkin');
    expect(await recordIssues({ [`${DIR}/2025-03-10.yaml`]: bad, [`${DIR}/2025-03-11.yaml`]: MONITORING.replace('jenis: monitoring', 'jenis: pemantauan') })).toEqual([
      ['error', `${DIR}/2025-03-10.yaml`, '4', 'kriteria[0].jawaban', 'Jawaban harus salah satu dari: ya, tidak.', 'Tulis jawaban: ya atau jawaban: tidak.'],
      ['error', `${DIR}/2025-03-10.yaml`, '6', 'rekomendasi', 'Rekomendasi harus salah satu dari: tetap berlaku, direvisi, dicabut.',
        'Tulis rekomendasi: tetap berlaku, rekomendasi: direvisi, atau rekomendasi: dicabut.'],
      ['error', `${DIR}/2025-03-11.yaml`, '1', 'jenis', 'Jenis catatan harus salah satu dari: monitoring, evaluasi.',
        'Tulis jenis: monitoring (penilaian penerapan tiap 6 bulan) atau jenis: evaluasi (evaluasi SOP dengan rekomendasi).'],
    ]);
  });

  it('an evaluation without recommendation, a monitoring without assessment', async () => {
    const issues = await recordIssues({
      [`${DIR}/2025-03-10.yaml`]: EVALUATION.replace('rekomendasi: Direvisi\n', ''),
      [`${DIR}/2024-09-02.yaml`]: MONITORING.replace('penilaian: berjalan baik\n', ''),
    });
    expect(issues).toEqual([
      ['error', `${DIR}/2024-09-02.yaml`, '1', 'penilaian', 'Catatan monitoring ini belum menulis penilaian.', 'Tambahkan penilaian: berjalan baik (atau tidak berjalan baik).'],
      ['error', `${DIR}/2025-03-10.yaml`, '1', 'rekomendasi', 'Catatan evaluasi ini belum menulis rekomendasi.', 'Tambahkan rekomendasi: tetap berlaku (atau direvisi, dicabut).'],
    ]);
  });

  it('a date still to come; a date before the current version came into force is an earlier version\'s record', async () => {
    // 2024-03-02: after the SOP was made (2024-03-01), before it took effect (2024-03-04). A date
    // before it was made is a warning (newcomer-sweep14.test.ts).
    expect(await recordIssues({ [`${DIR}/2025-07-01.yaml`]: MONITORING, [`${DIR}/2024-03-02.yaml`]: MONITORING })).toEqual([
      ['error', `${DIR}/2025-07-01.yaml`, '1', '', 'Tanggal catatan ini, 2025-07-01, belum tiba; hanya monitoring dan evaluasi yang sudah dilakukan yang dicatat.',
        'Ganti nama berkas dengan tanggal pelaksanaan monitoring atau evaluasi.'],
    ]);
  });
});
