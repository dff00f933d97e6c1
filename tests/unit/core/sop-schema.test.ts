/**
 * Each schema rule has a fixture that must fail with its message (Indonesian, field path, fix).
 */
import { readRegulationsText } from '../../../src/core/source/read-sources';
import { describe, expect, it } from 'vitest';
import { sopSchema } from '../../../src/core/model/sop';
import { agencySchema } from '../../../src/core/model/agency';
import { zodIssues } from '../../../src/core/checks/zod-issues';
import { AGENCY_FIELD_HELP, SOP_FIELD_HELP } from '../../../src/core/checks/field-help';
import { formatNip, isValidNip } from '../../../src/core/model/nip';
import { validSopInput } from '../support/fixtures';

function sopErrors(input: unknown) {
  const r = sopSchema.safeParse(input);
  if (r.success) return [];
  return zodIssues(r.error, sopSchema, 'sops/contoh.mdx', SOP_FIELD_HELP);
}

function expectOne(input: unknown, path: string, message: RegExp, fix?: RegExp) {
  const issues = sopErrors(input);
  const hit = issues.find((i) => i.path === path);
  expect(hit, `expected an error at ${path}, got ${JSON.stringify(issues.map((i) => i.path))}`).toBeDefined();
  expect(hit!.message).toMatch(message);
  if (fix) expect(hit!.fix).toMatch(fix);
  expect(hit!.file).toBe('sops/contoh.mdx');
}

describe('sopSchema', () => {
  it('accepts the valid fixture and fills documented defaults', () => {
    const data = sopSchema.parse(validSopInput());
    expect(data.mutu_baku).toEqual({ kelengkapan: 'Kelengkapan', waktu: 'Waktu', output: 'Output' });
    expect(data.tanggal.label_efektif).toBe('Tanggal Efektif');
    expect(data.label_kegiatan).toBe('Kegiatan');
    expect(data.langkah[0]!.surat).toEqual([]);
    expect(data.keterkaitan).toEqual([]);
  });

  it('normalises YAML Date objects to ISO dates', () => {
    const input = validSopInput();
    input.tanggal = { pembuatan: new Date('2024-02-20T00:00:00Z'), efektif: '2024-03-04' } as never;
    expect(sopSchema.parse(input).tanggal.pembuatan).toBe('2024-02-20');
  });

  it('drops "-" from list cells (the document\'s empty cell)', () => {
    expect(sopSchema.parse({ ...validSopInput(), peringatan: ['-'] }).peringatan).toEqual([]);
  });

  it('requires the identity fields', () => {
    const { judul: _omit, ...rest } = validSopInput();
    expectOne(rest, 'judul', /wajib/, /Tulis nama SOP/);
  });

  it('rejects an unknown status with the allowed values', () => {
    expectOne({ ...validSopInput(), status: 'aktif' }, 'status', /"draf", "berlaku", "digantikan" atau "dicabut"/, /status: draf/);
  });

  it('rejects impossible dates', () => {
    const input = validSopInput();
    input.tanggal = { pembuatan: '2024-02-30', efektif: '2024-03-04' };
    expectOne(input, 'tanggal.pembuatan', /Tanggal "2024-02-30" tidak ada di kalender: Februari 2024 hanya sampai tanggal 29\./, /TTTT-BB-HH/);
  });

  it('accepts a placeholder for an unknown identity date but not for a revision entry', () => {
    const input = validSopInput();
    input.tanggal = { pembuatan: '[ISI: tanggal pembuatan]', efektif: '2024-03-04' };
    expect(sopErrors(input)).toEqual([]);
    expectOne({ ...validSopInput(), riwayat_revisi: [{ tanggal: '[ISI: x]', perubahan: 'a' }] }, 'riwayat_revisi[0].tanggal', /Tanggal "\[ISI: x\]" tidak dapat dibaca/);
  });

  it('rejects a NIP that is not 18 digits', () => {
    const input = { ...validSopInput(), disahkan_oleh: { jabatan: 'Kepala', nama: 'A', nip: '1967 0720' } };
    expectOne(input, 'disahkan_oleh.nip', /18 digit/);
  });

  it('rejects an unreadable waktu with the accepted forms', () => {
    const input = validSopInput();
    (input.langkah as { waktu: string }[])[1]!.waktu = 'sebentar';
    expectOne(input, 'langkah[1].waktu', /tidak dapat dibaca/, /15 menit/);
  });

  it('rejects a decision with a third branch or a bad target', () => {
    const input = validSopInput();
    const step = (input.langkah as Record<string, unknown>[])[1]!;
    step.keputusan = { ya: { label: 'Ya', ke: 3 }, tidak: { label: 'Tidak', ke: 'akhir' } };
    expectOne(input, 'langkah[1].keputusan.tidak.ke', /nomor langkah .* atau "selesai"/);
    step.keputusan = { ya: { label: 'Ya', ke: 3 }, tidak: { label: 'Tidak', ke: 1 }, mungkin: { label: 'M', ke: 2 } };
    expectOne(input, 'langkah[1].keputusan', /Kolom tidak dikenal: "mungkin"/);
  });

  it('suggests the right name for a misspelt field', () => {
    const input: Record<string, unknown> = { ...validSopInput() };
    input.pelaksanaa = input.pelaksana;
    delete input.pelaksana;
    const issues = sopErrors(input);
    // One mistake, one message: at the misspelt key, not also "pelaksana" missing.
    expect(issues.map((i) => [i.path, i.message])).toEqual([['pelaksanaa', 'Kolom tidak dikenal: "pelaksanaa" (maksud Anda "pelaksana"?).']]);
  });

  it('needs at least two steps and one actor', () => {
    expectOne({ ...validSopInput(), langkah: [{ kegiatan: 'A', pelaksana: 'staf' }] }, 'langkah', /minimal memiliki dua langkah/);
    expectOne({ ...validSopInput(), pelaksana: [] }, 'pelaksana', /minimal satu pelaksana/);
  });

  it('rejects ids that cannot be part of a URL', () => {
    const input = validSopInput();
    (input.pelaksana as { id: string }[])[0]!.id = 'Staf ADM';
    expectOne(input, 'pelaksana[0].id', /huruf kecil/);
  });
});

describe('agencySchema', () => {
  const agency = {
    pemerintah: 'Pemerintah Kota Contoh', nama: 'Dinas Sosial', singkatan: 'Dinsos', kota: 'Contoh',
    alamat: '[ISI: alamat]', telepon: '[ISI: telepon]', email: '[ISI: e-mail]', situs: '[ISI: situs]', logo: '[ISI: logo]',
    kepala: { jabatan: 'Kepala', nama: 'A', nip: '19670720 199303 2 008' },
    pola_nomor_surat: '{klasifikasi}/{nomor}/Dinsos/{tahun}',
  };
  it('defaults paper to A4 and orientation to potret', () => {
    const a = agencySchema.parse(agency);
    expect([a.kertas, a.orientasi_sop]).toEqual(['A4', 'potret']);
  });
  it('rejects a number pattern without {nomor} and an unknown paper', () => {
    const r = agencySchema.safeParse({ ...agency, pola_nomor_surat: '{klasifikasi}/{tahun}', kertas: 'Letter' });
    expect(r.success).toBe(false);
    const issues = zodIssues(r.error!, agencySchema, 'a.yaml', AGENCY_FIELD_HELP);
    expect(issues.find((i) => i.path === 'pola_nomor_surat')?.message).toMatch(/\{nomor\}/);
    expect(issues.find((i) => i.path === 'kertas')?.message).toMatch(/"A4" atau "F4"/);
  });
});

describe('regulations file', () => {
  it('rejects a regulation without a year and a badly formed id, each entry on its own', () => {
    const read = readRegulationsText(
      'sops/_data/dasar-hukum.yaml',
      ['UU 11: { jenis: Undang-Undang, nomor: 11, tentang: X }', 'uu-13-2011: { jenis: Undang-Undang, nomor: 13, tentang: Y }', 'uud-1945: { jenis: Undang-Undang Dasar Negara Republik Indonesia, tahun: 1945 }'].join('\n'),
    );
    expect(read.issues.map((i) => [i.line, i.path, i.message])).toEqual([
      [1, 'UU 11', 'Id peraturan "UU 11" tidak sah: id ditulis dengan huruf kecil, angka dan tanda hubung saja (misalnya "uu-11-2009"), karena SOP menyebut peraturan dengan id itu di dasar_hukum dan alamat halaman peraturan dibuat darinya.'],
      [2, 'uu-13-2011.tahun', 'Kolom wajib ini belum diisi.'],
    ]);
    // The bad id is also marked broken as SOPs would cite it, so they get no second error.
    expect([...read.broken]).toEqual(['UU 11', 'uu-11', 'uu-13-2011']);
    expect([...read.regulations.keys()]).toEqual(['uud-1945']);
  });
});

describe('NIP', () => {
  it('validates 18 digits with a plausible date and sex digit, and groups them', () => {
    expect(isValidNip('196707201993032008')).toBe(true);
    expect(isValidNip('19670720 199303 2 008')).toBe(true);
    expect(isValidNip('19671320 199303 2 008')).toBe(false); // month 13
    expect(isValidNip('19670720 199303 3 008')).toBe(false); // sex digit
    expect(isValidNip('1967072019930320')).toBe(false);
    expect(formatNip('196707201993032008')).toBe('19670720 199303 2 008');
  });
});
