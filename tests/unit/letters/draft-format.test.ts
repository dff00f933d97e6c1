import { describe, expect, it } from 'vitest';
import { readDraft } from '../../../src/core/letters/draft-format';

describe('reading a stored draft', () => {
  it('nothing stored', () => {
    expect(readDraft(null)).toEqual({ status: 'kosong' });
    expect(readDraft('')).toEqual({ status: 'kosong' });
  });

  it('a draft of this version', () => {
    const draft = { versi: 1, instansi: 'dinsos-tanjungpinang', values: { hal: 'Uji', tembusan: [{ isi: 'Arsip' }] }, disimpan: '2024-03-04T10:15:00.000Z' };
    expect(readDraft(JSON.stringify(draft))).toEqual({ status: 'terbaca', draft });
  });

  it('malformed, another version or incomplete: unreadable, with the reason', () => {
    expect(readDraft('{"versi":1,')).toEqual({ status: 'tidak-terbaca', alasan: 'isinya rusak' });
    expect(readDraft('[1,2]')).toEqual({ status: 'tidak-terbaca', alasan: 'isinya rusak' });
    expect(readDraft('null')).toEqual({ status: 'tidak-terbaca', alasan: 'isinya rusak' });
    expect(readDraft(JSON.stringify({ versi: 2, instansi: 'x', values: {}, disimpan: '' }))).toEqual({
      status: 'tidak-terbaca',
      alasan: 'dibuat oleh versi lain formulir ini',
    });
    expect(readDraft(JSON.stringify({ versi: 1, instansi: 'x', values: { hal: 5 }, disimpan: '' }))).toEqual({
      status: 'tidak-terbaca',
      alasan: 'isinya tidak lengkap',
    });
    expect(readDraft(JSON.stringify({ versi: 1, instansi: 'x', values: { t: [{ isi: null }] }, disimpan: '' }))).toEqual({
      status: 'tidak-terbaca',
      alasan: 'isinya tidak lengkap',
    });
  });
});
