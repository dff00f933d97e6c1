import { describe, expect, it } from 'vitest';
import {
  formatHariTanggal,
  formatTanggal,
  formatTanggalAngka,
  formatTanggalDalamKata,
  NAMA_BULAN,
  namaHari,
  parseIsoDate,
  tanggalDalamKata,
  todayIso,
} from '../../../src/core/letters/indonesian-date';

const d = (s: string) => parseIsoDate(s)!;

describe('Indonesian dates', () => {
  it('writes the date of the seeds', () => {
    expect(formatTanggal(d('2024-03-04'))).toBe('4 Maret 2024');
    expect(formatHariTanggal(d('2024-03-04'))).toBe('Senin, 4 Maret 2024');
    expect(formatTanggalAngka(d('2024-03-04'))).toBe('04-03-2024');
  });

  it('agrees with Intl (id-ID) on day and month names for every day of 2023-2025', () => {
    const weekday = new Intl.DateTimeFormat('id-ID', { weekday: 'long', timeZone: 'UTC' });
    const long = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let t = Date.UTC(2023, 0, 1); t <= Date.UTC(2025, 11, 31); t += 86_400_000) {
      const date = new Date(t);
      const iso = date.toISOString().slice(0, 10);
      expect(namaHari(d(iso))).toBe(weekday.format(date));
      expect(formatTanggal(d(iso))).toBe(long.format(date));
    }
  });

  it('rejects dates that do not exist', () => {
    for (const bad of ['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '2024-3-4', '04-03-2024', '', 'kemarin']) {
      expect(parseIsoDate(bad), bad).toBeNull();
    }
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('writes a berita acara date in words', () => {
    expect(tanggalDalamKata(d('2024-03-04'))).toEqual({
      hari: 'Senin',
      tanggal: 'empat',
      bulan: 'Maret',
      tahun: 'dua ribu dua puluh empat',
    });
    expect(formatTanggalDalamKata(d('2026-08-17'))).toBe(
      'Senin tanggal tujuh belas bulan Agustus tahun dua ribu dua puluh enam',
    );
    expect(formatTanggalDalamKata(d('2025-12-31'))).toBe(
      'Rabu tanggal tiga puluh satu bulan Desember tahun dua ribu dua puluh lima',
    );
  });

  it('gives today in local time as YYYY-MM-DD', () => {
    expect(todayIso(new Date(2024, 2, 4, 23, 59))).toBe('2024-03-04');
    expect(NAMA_BULAN).toHaveLength(12);
  });
});
