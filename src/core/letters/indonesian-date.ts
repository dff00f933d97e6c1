/**
 * Indonesian dates as letters print them: "4 Maret 2024", "Senin, 4 Maret 2024", and the words of
 * a berita acara: "hari Senin tanggal empat bulan Maret tahun dua ribu dua puluh empat".
 * Dates travel as ISO strings "YYYY-MM-DD" (what <input type="date"> gives), free of time zones.
 */
import { terbilang } from './terbilang';
import { isValidIsoDate, NAMA_BULAN } from '../model/calendar';

export { NAMA_BULAN };

/** Index 0 = Sunday, as Date#getUTCDay. */
export const NAMA_HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

/** Parses "2024-03-04"; null unless it is a real calendar date (no 30 Februari). */
export function parseIsoDate(value: string): CalendarDate | null {
  const text = value.trim();
  if (!isValidIsoDate(text)) return null;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return year < 1900 ? null : { year, month, day };
}

/** Today in the local time zone of the machine, as "YYYY-MM-DD". */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export function namaBulan(date: CalendarDate): string {
  return NAMA_BULAN[date.month - 1]!;
}

export function namaHari(date: CalendarDate): string {
  return NAMA_HARI[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()]!;
}

/** "4 Maret 2024" */
export function formatTanggal(date: CalendarDate): string {
  return `${date.day} ${namaBulan(date)} ${date.year}`;
}

/** "Senin, 4 Maret 2024" */
export function formatHariTanggal(date: CalendarDate): string {
  return `${namaHari(date)}, ${formatTanggal(date)}`;
}

/** "04-03-2024", the short form written after a date in words. */
export function formatTanggalAngka(date: CalendarDate): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(date.day)}-${p(date.month)}-${date.year}`;
}

export interface TanggalDalamKata {
  hari: string;
  tanggal: string;
  bulan: string;
  tahun: string;
}

/** Parts of "Pada hari ini Senin tanggal empat bulan Maret tahun dua ribu dua puluh empat". */
export function tanggalDalamKata(date: CalendarDate): TanggalDalamKata {
  return {
    hari: namaHari(date),
    tanggal: terbilang(date.day),
    bulan: namaBulan(date),
    tahun: terbilang(date.year),
  };
}

/** "Senin tanggal empat bulan Maret tahun dua ribu dua puluh empat" (after "Pada hari ini"). */
export function formatTanggalDalamKata(date: CalendarDate): string {
  const k = tanggalDalamKata(date);
  return `${k.hari} tanggal ${k.tanggal} bulan ${k.bulan} tahun ${k.tahun}`;
}
