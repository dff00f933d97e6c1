import { describe, expect, it } from 'vitest';
import {
  formatAngka,
  formatRupiah,
  jumlahSatuan,
  parseAngka,
  rupiahTerbilang,
  terbilang,
} from '../../../src/core/letters/terbilang';

describe('terbilang', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [110, 'seratus sepuluh'],
    [111, 'seratus sebelas'],
    [200, 'dua ratus'],
    [999, 'sembilan ratus sembilan puluh sembilan'],
    [1_000, 'seribu'],
    [1_001, 'seribu satu'],
    [1_100, 'seribu seratus'],
    [2_000, 'dua ribu'],
    [11_000, 'sebelas ribu'],
    [100_000, 'seratus ribu'],
    [101_000, 'seratus satu ribu'],
    [1_000_000, 'satu juta'],
    [1_001_000, 'satu juta seribu'],
    [2_500_015, 'dua juta lima ratus ribu lima belas'],
    [1_000_000_000, 'satu miliar'],
    [1_000_000_000_000, 'satu triliun'],
    [2024, 'dua ribu dua puluh empat'],
  ])('%d -> %s', (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  it('says "seribu", "seratus", "sepuluh", "sebelas" where a group starts with one', () => {
    // "dua puluh satu ribu" is right; "satu ribu" at the start of a group is not.
    const wrong = /(^|juta |miliar |triliun |ribu )satu (ribu|ratus|puluh|belas)/;
    for (let n = 1; n < 3_000_000; n += 997) {
      expect(terbilang(n)).not.toMatch(wrong);
      expect(terbilang(n)).not.toMatch(/  |^ | $/);
    }
    expect(terbilang(1_111_111)).toBe('satu juta seratus sebelas ribu seratus sebelas');
  });

  it('rejects what it cannot write', () => {
    expect(() => terbilang(1.5)).toThrow(RangeError);
    expect(() => terbilang(10 ** 15)).toThrow(RangeError);
  });
});

describe('rupiah and counts', () => {
  it('formats rupiah with dots and ",00"', () => {
    expect(formatAngka(1_500_000)).toBe('1.500.000');
    expect(formatAngka(999)).toBe('999');
    expect(formatRupiah(1_500_000)).toBe('Rp1.500.000,00');
    expect(rupiahTerbilang(1_500_000)).toBe('Rp1.500.000,00 (satu juta lima ratus ribu rupiah)');
    expect(rupiahTerbilang(0)).toBe('Rp0,00 (nol rupiah)');
  });

  it('writes "1 (satu) berkas"', () => {
    expect(jumlahSatuan(1, 'berkas')).toBe('1 (satu) berkas');
    expect(jumlahSatuan(14, 'hari')).toBe('14 (empat belas) hari');
    expect(jumlahSatuan(2, '')).toBe('2 (dua)');
  });

  it('reads numbers as people type them', () => {
    expect(parseAngka('1500000')).toBe(1_500_000);
    expect(parseAngka('1.500.000')).toBe(1_500_000);
    expect(parseAngka('Rp 1.500.000,00')).toBe(1_500_000);
    expect(parseAngka(' 12 ')).toBe(12);
    expect(parseAngka('1.50.000')).toBeNull();
    expect(parseAngka('12a')).toBeNull();
    expect(parseAngka('-3')).toBeNull();
    expect(parseAngka('1,5')).toBeNull();
    expect(parseAngka('')).toBeNull();
    expect(parseAngka('1234567890123456')).toBeNull();
  });
});
