/**
 * What the site says about status digantikan and dicabut: the banner, "Menggantikan", the lists
 * split by status, the status pages' links, the PDF watermark word and sops.json's links.
 */
import { describe, expect, it } from 'vitest';
import { endedNotice, predecessorsOf, replacesNotice, type LinkedSop } from '../../../src/core/site/status-links';
import { splitByStatus, statusLinks } from '../../../src/core/site/status-filter';
import { pdfWatermark } from '../../../src/core/pdf/watermark';
import { sopPdfMetadata } from '../../../src/core/pdf/metadata';
import { sopsJsonEntry } from '../../../src/core/site/sops-json';
import { totalWaktu } from '../../../src/core/flow/total-time';
import { parseSop, validSopInput } from '../support/fixtures';

function linked(id: string, fields: Record<string, unknown>): LinkedSop {
  return { id, data: parseSop({ ...validSopInput(), judul: `SOP ${id}`, ...fields }) };
}

const baru = linked('contoh/baru', { tanggal: { pembuatan: '2025-01-02', efektif: '2025-02-01' } });
const lama = linked('contoh/lama', { status: 'digantikan', digantikan_oleh: 'contoh/baru' });
const lain = linked('contoh/lain', { status: 'digantikan', digantikan_oleh: 'contoh/baru' });
const cabut = linked('contoh/cabut', { status: 'dicabut', dicabut: { tanggal: '2025-01-31', alasan: 'Layanan dialihkan ke provinsi.' } });
const find = (id: string) => [baru, lama, lain, cabut].find((s) => s.id === id);

describe('status notices', () => {
  it('a replaced SOP: since the successor took effect, with a link to it', () => {
    expect(endedNotice(parseSop({ ...validSopInput(), status: 'digantikan', digantikan_oleh: 'contoh/baru' }), find)).toEqual([
      { text: 'Tidak berlaku lagi sejak 1 Februari 2025; digantikan oleh ' },
      { text: 'SOP contoh/baru', href: '/sop/contoh/baru/' },
      { text: '.' },
    ]);
  });

  it('a withdrawn SOP: date and reason, one full stop', () => {
    expect(endedNotice(cabut.data as never, find)).toEqual([{ text: 'Dicabut pada 31 Januari 2025 karena Layanan dialihkan ke provinsi.' }]);
  });

  it('none for an SOP in force', () => {
    expect(endedNotice(baru.data as never, find)).toBeUndefined();
    expect(endedNotice(parseSop({ ...validSopInput(), status: 'draf' }), find)).toBeUndefined();
  });

  it('the successor names every SOP it replaces', () => {
    expect(predecessorsOf('contoh/baru', [baru, lama, cabut, lain]).map((s) => s.id)).toEqual(['contoh/lama', 'contoh/lain']);
    expect(replacesNotice(predecessorsOf('contoh/baru', [baru, lama, cabut, lain]))).toEqual([
      { text: 'Menggantikan ' },
      { text: 'SOP contoh/lama', href: '/sop/contoh/lama/' },
      { text: ', ' },
      { text: 'SOP contoh/lain', href: '/sop/contoh/lain/' },
      { text: '.' },
    ]);
    expect(replacesNotice(predecessorsOf('contoh/lama', [baru, lama, cabut, lain]))).toBeUndefined();
  });
});

describe('lists by status', () => {
  it('SOPs in force stay in the tables, the others go to their own section', () => {
    const draf = linked('contoh/draf', { status: 'draf' });
    const { current, ended } = splitByStatus([lama, baru, cabut, draf]);
    expect(current.map((s) => s.id)).toEqual(['contoh/baru', 'contoh/draf']);
    expect(ended.map((s) => s.id)).toEqual(['contoh/lama', 'contoh/cabut']);
  });

  it('one link per status with its count', () => {
    expect(statusLinks([lama, baru, cabut, lain])).toEqual([
      { status: 'draf', label: 'Draf', count: 0, url: '/status/draf/' },
      { status: 'berlaku', label: 'Berlaku', count: 1, url: '/status/berlaku/' },
      { status: 'digantikan', label: 'Digantikan', count: 2, url: '/status/digantikan/' },
      { status: 'dicabut', label: 'Dicabut', count: 1, url: '/status/dicabut/' },
    ]);
  });
});

describe('PDF and sops.json', () => {
  it('the watermark word by status, also in the PDF subject', () => {
    expect(['draf', 'berlaku', 'digantikan', 'dicabut'].map((s) => pdfWatermark(s as never))).toEqual(['DRAF', undefined, 'TIDAK BERLAKU', 'TIDAK BERLAKU']);
    expect(sopPdfMetadata(lama.data as never, { nama: 'Dinas Sosial Kota Contoh', singkatan: 'Dinsos Contoh' }).subject).toBe(
      'Standar Operasional Prosedur Nomor 462/10/5.6.04/2024 — Rehabilitasi Sosial (TIDAK BERLAKU)',
    );
  });

  it('sops.json carries the links of each status', () => {
    const entry = (s: LinkedSop, replaces: string[] = []) => {
      const data = s.data as ReturnType<typeof parseSop>;
      const e = sopsJsonEntry(s.id, data, totalWaktu(data.langkah), replaces);
      return { status: e.status, digantikan_oleh: e.digantikan_oleh, menggantikan: e.menggantikan, dicabut: e.dicabut };
    };
    expect(entry(lama)).toEqual({ status: 'digantikan', digantikan_oleh: 'contoh/baru', menggantikan: undefined, dicabut: undefined });
    expect(entry(baru, ['contoh/lama', 'contoh/lain'])).toEqual({ status: 'berlaku', digantikan_oleh: undefined, menggantikan: ['contoh/lama', 'contoh/lain'], dicabut: undefined });
    expect(entry(cabut)).toEqual({ status: 'dicabut', digantikan_oleh: undefined, menggantikan: undefined, dicabut: { tanggal: '2025-01-31', alasan: 'Layanan dialihkan ke provinsi.' } });
  });
});
