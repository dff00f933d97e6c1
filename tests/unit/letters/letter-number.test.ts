import { describe, expect, it } from 'vitest';
import { formatLetterNumber, letterNumberHtml, unknownNumberTokens } from '../../../src/core/letters/letter-number';

describe('letter number from the agency pattern', () => {
  const pattern = '{klasifikasi}/{nomor}/5.6.04/{tahun}';

  it('fills the pattern', () => {
    expect(formatLetterNumber(pattern, { klasifikasi: '400.9', nomor: '15', tahun: 2024 })).toBe('400.9/15/5.6.04/2024');
    expect(letterNumberHtml(pattern, { klasifikasi: '400.9', nomor: '15', tahun: 2024 }).html).toBe('400.9/15/5.6.04/2024');
  });

  it('leaves a gap to write the running number by hand', () => {
    expect(formatLetterNumber(pattern, { klasifikasi: '400.9', tahun: 2024 })).toBe(`400.9/${'\u00a0'.repeat(8)}/5.6.04/2024`);
    expect(letterNumberHtml(pattern, { klasifikasi: '400.9', nomor: ' ', tahun: 2024 }).html).toBe(
      '400.9/<span class="surat-nomor-kosong"></span>/5.6.04/2024',
    );
  });

  it('escapes typed parts and marks placeholders of the pattern', () => {
    const html = letterNumberHtml('{klasifikasi}/{nomor}/[ISI: kode unit]/{tahun}', {
      klasifikasi: '<b>1</b>',
      nomor: '2',
      tahun: 2024,
    }).html;
    expect(html).toBe(
      '&lt;b&gt;1&lt;/b&gt;/2/<span class="surat-penanda surat-penanda--isi">[ISI: kode unit]</span>/2024',
    );
  });

  it('finds unknown tokens', () => {
    expect(unknownNumberTokens('{klasifikasi}/{nomer}/{tahun}')).toEqual(['nomer']);
    expect(unknownNumberTokens(pattern)).toEqual([]);
  });
});
