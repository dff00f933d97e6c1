import { describe, expect, it } from 'vitest';
import { diffSops, type SopVersion } from '../../../src/core/diff/sop-diff';
import { sopSchema } from '../../../src/core/model/sop';

/** A small SOP: three actors, four steps, a decision that loops back to step 1. */
function baseInput(): Record<string, any> {
  return {
    nomor: '462/10/5.6.04/2024',
    judul: 'Penerbitan Surat Rekomendasi',
    instansi: 'dinsos-contoh',
    status: 'berlaku',
    tanggal: { pembuatan: '2024-02-20', efektif: '2024-03-04' },
    sasaran: 'Pemohon rekomendasi',
    peralatan: ['Komputer', 'Printer'],
    pelaksana: [
      { id: 'pemohon', label: 'Pemohon' },
      { id: 'staf', label: 'Staf Pelayanan' },
      { id: 'kabid', label: 'Kepala Bidang Rehabilitasi Sosial' },
    ],
    langkah: [
      { kegiatan: 'Menerima berkas permohonan dari pemohon', pelaksana: 'staf', kelengkapan: 'Formulir permohonan', waktu: '15 menit', output: 'Berkas diterima' },
      {
        kegiatan: 'Memeriksa kelengkapan berkas',
        pelaksana: 'staf',
        kelengkapan: 'Daftar periksa',
        waktu: '30 menit',
        output: 'Berkas lengkap',
        keputusan: { pertanyaan: 'Apakah berkas lengkap?', ya: { label: 'Lengkap', ke: 3 }, tidak: { label: 'Belum lengkap', ke: 1 } },
      },
      { kegiatan: 'Menandatangani surat rekomendasi', pelaksana: 'kabid', kelengkapan: 'Konsep surat', waktu: '1 hari', output: 'Surat rekomendasi' },
      { kegiatan: 'Menyerahkan surat rekomendasi kepada pemohon', pelaksana: 'staf', kelengkapan: '-', waktu: '10 menit', output: 'Tanda terima' },
    ],
  };
}

const BODY = `## C. Persyaratan

Pemohon membawa KTP dan Kartu Keluarga.

## D. Jangka Waktu

Paling lama dua hari kerja.
`;

function version(input: Record<string, any>, body = BODY): SopVersion {
  return { data: sopSchema.parse(input), body };
}

const before = () => version(baseInput());

describe('diffSops (two versions of an SOP -> what changed)', () => {
  it('finds nothing when nothing changed', () => {
    expect(diffSops(before(), before())).toEqual([]);
  });

  it('reports a step inserted in the middle as one insertion; the renumbered steps and branch are no change', () => {
    const input = baseInput();
    input.langkah.splice(1, 0, { kegiatan: 'Mencatat permohonan di buku register', pelaksana: 'staf', kelengkapan: 'Buku register', waktu: '5 menit', output: 'Nomor register' });
    // The decision is now step 3; "Lengkap" still goes to "Menandatangani ...", now step 4.
    input.langkah[2].keputusan.ya.ke = 4;
    const changes = diffSops(before(), version(input));
    expect(diffSops(before(), version(input))).toEqual([
      {
        kind: 'step-added',
        after: 2,
        kegiatan: 'Mencatat permohonan di buku register',
        cells: [
          { field: 'pelaksana', label: 'Pelaksana', text: 'Staf Pelayanan' },
          { field: 'kelengkapan', label: 'Kelengkapan', text: 'Buku register' },
          { field: 'waktu', label: 'Waktu', text: '5 menit' },
          { field: 'output', label: 'Output', text: 'Nomor register' },
        ],
      },
      { kind: 'total', before: '1 hari 55 menit', after: '1 hari 1 jam' },
    ]);
  });

  it('reports a renamed actor once, not on each of its steps', () => {
    const input = baseInput();
    input.pelaksana[2].label = 'Kabid Rehabilitasi Sosial';
    expect(diffSops(before(), version(input))).toEqual([
      {
        kind: 'actor-renamed',
        id: 'kabid',
        before: 'Kepala Bidang Rehabilitasi Sosial',
        after: 'Kabid Rehabilitasi Sosial',
        words: [
          { op: 'removed', text: 'Kepala Bidang' },
          { op: 'added', text: 'Kabid' },
          { op: 'same', text: ' Rehabilitasi Sosial' },
        ],
      },
    ]);
  });

  it('pairs an actor whose id and heading were both rewritten by its lane', () => {
    const input = baseInput();
    input.pelaksana[1] = { id: 'petugas', label: 'Petugas Loket' };
    for (const s of input.langkah) if (s.pelaksana === 'staf') s.pelaksana = 'petugas';
    expect(diffSops(before(), version(input))).toEqual([
      {
        kind: 'actor-renamed',
        id: 'petugas',
        before: 'Staf Pelayanan',
        after: 'Petugas Loket',
        words: [
          { op: 'removed', text: 'Staf Pelayanan' },
          { op: 'added', text: 'Petugas Loket' },
        ],
      },
    ]);
  });

  it('reports an actor added, one removed and the lanes reordered', () => {
    const input = baseInput();
    input.pelaksana = [
      { id: 'kabid', label: 'Kepala Bidang Rehabilitasi Sosial' },
      { id: 'staf', label: 'Staf Pelayanan' },
      { id: 'kadis', label: 'Kepala Dinas' },
    ];
    expect(diffSops(before(), version(input))).toEqual([
      { kind: 'actor-removed', id: 'pemohon', label: 'Pemohon' },
      { kind: 'actor-added', id: 'kadis', label: 'Kepala Dinas' },
      {
        kind: 'actor-order',
        before: ['Pemohon', 'Staf Pelayanan', 'Kepala Bidang Rehabilitasi Sosial'],
        after: ['Kepala Bidang Rehabilitasi Sosial', 'Staf Pelayanan', 'Kepala Dinas'],
      },
    ]);
  });

  it('reports a branch whose target changed, naming both targets', () => {
    const input = baseInput();
    input.langkah[1].keputusan.tidak.ke = 'selesai';
    expect(diffSops(before(), version(input))).toEqual([
      {
        kind: 'step-changed',
        before: 2,
        after: 2,
        kegiatan: 'Memeriksa kelengkapan berkas',
        cells: [
          {
            field: 'keputusan.tidak',
            label: 'Cabang tidak',
            before: 'Belum lengkap → langkah 1 (Menerima berkas permohonan dari pemohon)',
            after: 'Belum lengkap → selesai',
            words: [
              { op: 'same', text: 'Belum lengkap → ' },
              { op: 'removed', text: 'langkah 1 (Menerima berkas permohonan dari pemohon)' },
              { op: 'added', text: 'selesai' },
            ],
          },
        ],
      },
    ]);
  });

  it('reports a branch renamed with the same target word by word', () => {
    const input = baseInput();
    input.langkah[1].keputusan.tidak.label = 'Tidak lengkap';
    expect(diffSops(before(), version(input))).toEqual([
      {
        kind: 'step-changed',
        before: 2,
        after: 2,
        kegiatan: 'Memeriksa kelengkapan berkas',
        cells: [
          {
            field: 'keputusan.tidak',
            label: 'Cabang tidak',
            before: 'Belum lengkap → langkah 1 (Menerima berkas permohonan dari pemohon)',
            after: 'Tidak lengkap → langkah 1 (Menerima berkas permohonan dari pemohon)',
            words: [
              { op: 'removed', text: 'Belum' },
              { op: 'added', text: 'Tidak' },
              { op: 'same', text: ' lengkap → langkah 1 (Menerima berkas permohonan dari pemohon)' },
            ],
          },
        ],
      },
    ]);
  });

  it('reports a changed time word by word, and the total before and after', () => {
    const input = baseInput();
    input.langkah[2].waktu = '2 hari';
    expect(diffSops(before(), version(input))).toEqual([
      {
        kind: 'step-changed',
        before: 3,
        after: 3,
        kegiatan: 'Menandatangani surat rekomendasi',
        cells: [
          {
            field: 'waktu',
            label: 'Waktu',
            before: '1 hari',
            after: '2 hari',
            words: [
              { op: 'removed', text: '1' },
              { op: 'added', text: '2' },
              { op: 'same', text: ' hari' },
            ],
          },
        ],
      },
      { kind: 'total', before: '1 hari 55 menit', after: '2 hari 55 menit' },
    ]);
  });

  it('reports identity fields old -> new with the editor\'s labels, list fields by item', () => {
    const input = baseInput();
    input.judul = 'Penerbitan Surat Rekomendasi Bantuan Sosial';
    input.tanggal.revisi = '2025-01-10';
    input.peralatan = ['Komputer', 'Pemindai'];
    expect(diffSops(before(), version(input))).toEqual([
      {
        kind: 'field',
        path: 'judul',
        label: 'Nama SOP',
        before: 'Penerbitan Surat Rekomendasi',
        after: 'Penerbitan Surat Rekomendasi Bantuan Sosial',
        words: [
          { op: 'same', text: 'Penerbitan Surat Rekomendasi ' },
          { op: 'added', text: 'Bantuan Sosial' },
        ],
      },
      { kind: 'field', path: 'tanggal.revisi', label: 'Tanggal revisi', before: '', after: '10 Januari 2025', words: [{ op: 'added', text: '10 Januari 2025' }] },
      { kind: 'field-items', path: 'peralatan', label: 'Peralatan/perlengkapan', added: ['Pemindai'], removed: ['Printer'] },
    ]);
  });

  it('replaces a changed date as a whole, written as pages write it', () => {
    const input = baseInput();
    input.tanggal.efektif = '2024-04-01';
    expect(diffSops(before(), version(input))).toEqual([
      {
        kind: 'field',
        path: 'tanggal.efektif',
        label: 'Tanggal efektif',
        before: '4 Maret 2024',
        after: '1 April 2024',
        words: [
          { op: 'removed', text: '4 Maret 2024' },
          { op: 'added', text: '1 April 2024' },
        ],
      },
    ]);
  });

  it('reports a step moved, a step removed and word changes in its Mutu Baku cells', () => {
    const input = baseInput();
    const [first, check, sign, hand] = input.langkah;
    sign.output = 'Surat rekomendasi bertanda tangan';
    check.keputusan = undefined;
    // Hand-over moved before signing; the check removed.
    input.langkah = [first, hand, sign];
    // Of the two orders that keep two steps in place, the one keeping the unchanged step wins:
    // "Menandatangani" is the step that moved (now after the hand-over).
    expect(diffSops(before(), version(input))).toEqual([
      {
        kind: 'step-removed',
        before: 2,
        kegiatan: 'Memeriksa kelengkapan berkas',
        cells: [
          { field: 'pelaksana', label: 'Pelaksana', text: 'Staf Pelayanan' },
          { field: 'kelengkapan', label: 'Kelengkapan', text: 'Daftar periksa' },
          { field: 'waktu', label: 'Waktu', text: '30 menit' },
          { field: 'output', label: 'Output', text: 'Berkas lengkap' },
          {
            field: 'keputusan',
            label: 'Keputusan',
            text: 'Apakah berkas lengkap?; Lengkap → langkah 3 (Menandatangani surat rekomendasi); Belum lengkap → langkah 1 (Menerima berkas permohonan dari pemohon)',
          },
        ],
      },
      {
        kind: 'step-moved',
        before: 3,
        after: 3,
        follows: 2,
        kegiatan: 'Menandatangani surat rekomendasi',
        cells: [
          {
            field: 'output',
            label: 'Output',
            before: 'Surat rekomendasi',
            after: 'Surat rekomendasi bertanda tangan',
            words: [
              { op: 'same', text: 'Surat rekomendasi ' },
              { op: 'added', text: 'bertanda tangan' },
            ],
          },
        ],
      },
      { kind: 'total', before: '1 hari 55 menit', after: '1 hari 25 menit' },
    ]);
  });

  it('reports narrative sections changed, added and removed, by heading', () => {
    const body = `## C. Persyaratan

Pemohon membawa KTP, Kartu Keluarga dan surat pengantar RT.

## E. Biaya

Tidak dipungut biaya.
`;
    expect(diffSops(before(), version(baseInput(), body))).toEqual([
      {
        kind: 'narrative',
        change: 'changed',
        heading: 'C. Persyaratan',
        words: [
          { op: 'same', text: 'Pemohon membawa KTP' },
          { op: 'removed', text: ' dan' },
          { op: 'added', text: ',' },
          { op: 'same', text: ' Kartu Keluarga ' },
          { op: 'added', text: 'dan surat pengantar RT' },
          { op: 'same', text: '.' },
        ],
      },
      { kind: 'narrative', change: 'removed', heading: 'D. Jangka Waktu', words: [{ op: 'removed', text: 'Paling lama dua hari kerja.' }] },
      { kind: 'narrative', change: 'added', heading: 'E. Biaya', words: [{ op: 'added', text: 'Tidak dipungut biaya.' }] },
    ]);
  });

  it('leaves MDX comments and changes of white space out of the narrative', () => {
    const body = `{/* catatan penyusun */}
## C. Persyaratan

Pemohon membawa KTP dan
Kartu Keluarga.

## D. Jangka Waktu

Paling lama dua hari kerja.
`;
    expect(diffSops(before(), version(baseInput(), body))).toEqual([]);
  });
});
