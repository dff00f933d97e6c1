/**
 * A review cycle written as a period, as documents and offices say it: "1 tahun", "2 tahun
 * sekali", "setiap tahun", "tahunan", "6 bulan", "enam bulan sekali". Read only to name the value
 * to write (a date in tinjau_ulang, a number of months in siklus_tinjau_bulan), never as the value.
 */
import { numberOfWords } from '../waktu/number-words';

/** A period of months or years as written, or null when the text is no period. */
export interface Period {
  months: number;
  /** "1 tahun", "6 bulan": the period in plain words, for the message. */
  words: string;
}

export function periodOf(text: string): Period | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.!]$/, '');
  if (/^(?:tahunan|(?:setiap|tiap|per|sekali(?: dalam)?|sekali setahun|1x|1 x) ?(?:satu )?tahun|setahun(?: sekali)?|sekali setahun)$/.test(t)) return { months: 12, words: '1 tahun' };
  if (/^(?:semesteran|(?:setiap|tiap|per) semester|setengah tahun(?: sekali)?)$/.test(t)) return { months: 6, words: '6 bulan' };
  if (/^(?:bulanan|(?:setiap|tiap|per) bulan|sebulan(?: sekali)?)$/.test(t)) return { months: 1, words: '1 bulan' };
  const m = /^(?:(?:setiap|tiap|sekali) )?(?:(\d{1,3})|(dua belas|[a-z]+)) ?(tahun|thn|th|bulan|bln)(?: sekali)?$/.exec(t);
  if (!m) return null;
  const n = m[1] !== undefined ? Number(m[1]) : m[2] === 'se' ? 1 : numberOfWords(m[2]!);
  if (!n || !Number.isInteger(n)) return null;
  const years = /^t/.test(m[3]!);
  return { months: years ? n * 12 : n, words: `${n} ${years ? 'tahun' : 'bulan'}` };
}
