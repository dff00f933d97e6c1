/**
 * Status digantikan / dicabut: the schema asks for the successor or the withdrawal details, the
 * checker follows digantikan_oleh (exists, not itself, in force, no loop) and warns about fields
 * that belong to another status.
 */
import { describe, expect, it } from 'vitest';
import { sopSchema } from '../../../src/core/model/sop';
import { zodIssues } from '../../../src/core/checks/zod-issues';
import { SOP_FIELD_HELP } from '../../../src/core/checks/field-help';
import { checkCatalog } from '../../../src/core/checks/check-catalog';
import { entryFrontmatter } from '../../../src/core/editor/check-entry';
import { catalogOf, sopSource, validSopInput } from '../support/fixtures';

const TODAY = '2026-11-23';

function schemaIssues(input: unknown) {
  const r = sopSchema.safeParse(input);
  return r.success ? [] : zodIssues(r.error, sopSchema, 'sops/contoh.mdx', SOP_FIELD_HELP).map((i) => [i.severity, i.path, i.message, i.fix]);
}

function sop(id: string, fields: Record<string, unknown>) {
  const input = { ...validSopInput(), nomor: `462/${id}/2024`, judul: `SOP ${id}`, ...fields };
  return sopSource(input, id);
}

function statusIssues(...sops: ReturnType<typeof sop>[]) {
  const codes = new Set(['digantikan-tanpa-pengganti', 'dicabut-tanpa-keterangan', 'pengganti-tidak-ada', 'pengganti-diri-sendiri', 'pengganti-tidak-berlaku', 'pengganti-berputar', 'pengganti-tanpa-status', 'keterangan-cabut-tanpa-status']);
  return checkCatalog(catalogOf(...sops), TODAY)
    .filter((i) => codes.has(i.code))
    .map((i) => [i.severity, i.file, i.path, i.message, i.fix]);
}

describe('status in the schema', () => {
  it('accepts digantikan with its successor and dicabut with date and reason', () => {
    expect(schemaIssues({ ...validSopInput(), status: 'digantikan', digantikan_oleh: 'contoh/sop-b' })).toEqual([]);
    expect(schemaIssues({ ...validSopInput(), status: 'Dicabut', dicabut: { tanggal: '2025-01-31', alasan: 'Layanan dialihkan' } })).toEqual([]);
  });

  it('digantikan without digantikan_oleh is an error at that field', () => {
    expect(schemaIssues({ ...validSopInput(), status: 'digantikan' })).toEqual([
      ['error', 'digantikan_oleh', 'SOP ini berstatus digantikan, tetapi tidak menyebut SOP penggantinya.',
        'Tulis digantikan_oleh: <id SOP pengganti> (jalurnya di bawah sops/ tanpa .mdx), misalnya digantikan_oleh: tanjungpinang/penanganan-korban-2025; atau ubah status.'],
    ]);
  });

  it('dicabut without its date and reason is an error; a missing reason is named', () => {
    expect(schemaIssues({ ...validSopInput(), status: 'dicabut' })).toEqual([
      ['error', 'dicabut', 'SOP ini berstatus dicabut, tetapi tanggal dan alasan pencabutannya tidak ditulis.',
        'Tambahkan dicabut: { tanggal: 2025-01-31, alasan: "..." } dengan tanggal pencabutan (TTTT-BB-HH) dan alasannya; atau ubah status.'],
    ]);
    expect(schemaIssues({ ...validSopInput(), status: 'dicabut', dicabut: { tanggal: '2025-01-31' } }).map((i) => i[1])).toEqual(['dicabut.alasan']);
  });
});

describe('status links in the checker', () => {
  it('a successor in force (berlaku or draf) is fine', () => {
    expect(statusIssues(sop('contoh/lama', { status: 'digantikan', digantikan_oleh: 'contoh/baru' }), sop('contoh/baru', {}))).toEqual([]);
    expect(statusIssues(sop('contoh/lama', { status: 'digantikan', digantikan_oleh: 'contoh/baru' }), sop('contoh/baru', { status: 'draf' }))).toEqual([]);
  });

  it('an unknown successor is an error with a suggestion', () => {
    expect(statusIssues(sop('contoh/lama', { status: 'digantikan', digantikan_oleh: 'contoh/bar' }), sop('contoh/baru', {}))).toEqual([
      ['error', 'sops/contoh/lama.mdx', 'digantikan_oleh', 'SOP pengganti "contoh/bar" tidak ditemukan. Maksud Anda "contoh/baru"?',
        'Tulis id SOP pengganti, yaitu jalurnya di bawah sops/ tanpa .mdx, misalnya tanjungpinang/penanganan-korban-2025.'],
    ]);
  });

  it('the SOP itself is not its successor', () => {
    expect(statusIssues(sop('contoh/lama', { status: 'digantikan', digantikan_oleh: 'contoh/lama' }))).toEqual([
      ['error', 'sops/contoh/lama.mdx', 'digantikan_oleh', 'SOP ini disebut digantikan oleh dirinya sendiri.',
        'Tulis id SOP lain yang menggantikannya; bila SOP ini hanya direvisi, biarkan status: berlaku dan catat perubahannya di riwayat_revisi.'],
    ]);
  });

  it('a successor no longer in force is an error naming the SOP now in force', () => {
    expect(statusIssues(
      sop('contoh/a', { status: 'digantikan', digantikan_oleh: 'contoh/b' }),
      sop('contoh/b', { status: 'digantikan', digantikan_oleh: 'contoh/c' }),
      sop('contoh/c', {}),
    )).toEqual([
      ['error', 'sops/contoh/a.mdx', 'digantikan_oleh', 'SOP pengganti "contoh/b" sendiri berstatus digantikan, jadi tidak dapat menggantikan SOP ini.',
        'Tulis digantikan_oleh: contoh/c (SOP yang kini berlaku), atau periksa status SOP "contoh/b".'],
    ]);
    expect(statusIssues(
      sop('contoh/a', { status: 'digantikan', digantikan_oleh: 'contoh/b' }),
      sop('contoh/b', { status: 'dicabut', dicabut: { tanggal: '2025-01-31', alasan: 'Tidak diperlukan' } }),
    )).toEqual([
      ['error', 'sops/contoh/a.mdx', 'digantikan_oleh', 'SOP pengganti "contoh/b" sendiri berstatus dicabut, jadi tidak dapat menggantikan SOP ini.',
        'Tulis id SOP yang berlaku atau masih draf, atau periksa status SOP "contoh/b".'],
    ]);
  });

  it('a loop of replacements is reported on each SOP in it', () => {
    expect(statusIssues(
      sop('contoh/a', { status: 'digantikan', digantikan_oleh: 'contoh/b' }),
      sop('contoh/b', { status: 'digantikan', digantikan_oleh: 'contoh/a' }),
    )).toEqual([
      ['error', 'sops/contoh/a.mdx', 'digantikan_oleh', 'Rantai penggantian berputar: contoh/a → contoh/b → contoh/a.',
        'Satu SOP dalam rantai ini harus menjadi pengganti yang berlaku: ubah statusnya menjadi berlaku (atau draf) dan hapus digantikan_oleh-nya.'],
      ['error', 'sops/contoh/b.mdx', 'digantikan_oleh', 'Rantai penggantian berputar: contoh/b → contoh/a → contoh/b.',
        'Satu SOP dalam rantai ini harus menjadi pengganti yang berlaku: ubah statusnya menjadi berlaku (atau draf) dan hapus digantikan_oleh-nya.'],
    ]);
  });

  it('fields of another status are warnings', () => {
    expect(statusIssues(sop('contoh/a', { digantikan_oleh: 'contoh/b', dicabut: { tanggal: '2025-01-31', alasan: 'Tidak diperlukan' } }), sop('contoh/b', {}))).toEqual([
      ['warning', 'sops/contoh/a.mdx', 'digantikan_oleh', 'SOP ini menulis digantikan_oleh, tetapi statusnya "berlaku"; penggantinya tidak ditampilkan.',
        'Ubah status menjadi digantikan bila SOP ini memang sudah diganti, atau hapus digantikan_oleh.'],
      ['warning', 'sops/contoh/a.mdx', 'dicabut', 'SOP ini menulis tanggal dan alasan pencabutan, tetapi statusnya "berlaku"; keterangan itu tidak ditampilkan.',
        'Ubah status menjadi dicabut bila SOP ini memang sudah dicabut, atau hapus blok dicabut.'],
    ]);
  });
});

describe('status fields in the editor', () => {
  it('an untouched dicabut group is not written, a filled one is', () => {
    expect(entryFrontmatter({ status: 'berlaku', dicabut: { tanggal: '', alasan: '' }, digantikan_oleh: '' })).toEqual({ status: 'berlaku' });
    expect(entryFrontmatter({ status: 'dicabut', dicabut: { tanggal: '2025-01-31', alasan: '' } })).toEqual({ status: 'dicabut', dicabut: { tanggal: '2025-01-31' } });
    // A required group left empty stays, so its fields are named in the errors.
    expect(entryFrontmatter({ tanggal: { pembuatan: '', efektif: '' } })).toEqual({ tanggal: {} });
  });
});
