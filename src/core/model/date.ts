/**
 * Calendar dates in SOP sources. A full date is written `2024-03-04` (YAML may hand us a Date
 * object) or "4 Maret 2024", and is kept as the ISO string "YYYY-MM-DD". A document that only
 * shows a month or a year ("Agustus 2017", "2017") is kept exactly as written and printed as
 * written: nothing is invented. Unknown dates may be a placeholder `[ISI: ...]` where allowed.
 */
import { z } from 'zod';
import { isPlaceholder } from './placeholder';
import { daysInMonth, isValidIsoDate, NAMA_BULAN } from './calendar';

export { isValidIsoDate };

const MONTHS = NAMA_BULAN.map((m) => m.toLowerCase());

/**
 * Month number (1-12) of a month name as Indonesian documents write it: the standard names,
 * the older spellings "Pebruari" and "Nopember", and the usual abbreviations ("Feb", "Agt", "Sept").
 */
const MONTH_ALIASES: Record<string, number> = {
  ...Object.fromEntries(MONTHS.map((m, i) => [m, i + 1])),
  pebruari: 2, nopember: 11,
  jan: 1, feb: 2, peb: 2, mar: 3, apr: 4, mei: 5, jun: 6, jul: 7,
  agu: 8, agt: 8, ags: 8, agust: 8, agst: 8, sep: 9, sept: 9, okt: 10, nov: 11, nop: 11, des: 12,
};
const monthNumber = (name: string) => MONTH_ALIASES[name.toLowerCase().replace(/\.$/, '')];

/**
 * English month names and the abbreviations that differ from the Indonesian ones, as a date
 * copied from an English template or typed out of habit is written ("1 August 2017", "1-Aug-2017").
 * Only read to suggest the ISO date: the date itself is written as the document has it.
 */
const ENGLISH_MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, october: 10, december: 12,
  aug: 8, oct: 10, dec: 12,
};
const anyMonthNumber = (name: string) => monthNumber(name) ?? ENGLISH_MONTHS[name.toLowerCase().replace(/\.$/, '')];

interface DateParts {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** "YYYY-MM-DD" of the parts, whether or not that day exists. */
const isoOf = ({ y, m, d }: DateParts) => `${y}-${pad(m)}-${pad(d)}`;

/** "4 Maret 2024", "4 Mar. 2024": the year, month and day it names (the day need not exist). */
function namedDateParts(t: string): DateParts | null {
  const named = /^(\d{1,2}) ([A-Za-z]+\.?) (\d{4})$/.exec(t);
  const month = named ? monthNumber(named[2]!) : undefined;
  return named && month ? { y: Number(named[3]), m: month, d: Number(named[1]) } : null;
}

function toIso(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value); // tanggal: 2017
  if (typeof value !== 'string') return value;
  const t = value.trim().replace(/\s+/g, ' ');
  const named = namedDateParts(t);
  const iso = named && isoOf(named);
  // "31 Februari 2024" stays as written, so the message quotes what the author wrote.
  return iso && isValidIsoDate(iso) ? iso : t;
}

/** "Agustus 2017" or "2017": a date the source gives only in part. */
export function isPartialDate(value: string): boolean {
  const m = /^(?:([A-Za-z]+\.?) )?(\d{4})$/.exec(value.trim());
  if (!m) return false;
  const year = Number(m[2]);
  return year >= 1900 && year <= 2100 && (m[1] === undefined || monthNumber(m[1]) !== undefined);
}

/** Earliest and latest ISO day a full or partial date can mean ("2017" -> 2017-01-01..2017-12-31). */
export function dateBounds(value: string): { first: string; last: string } | null {
  if (isValidIsoDate(value)) return { first: value, last: value };
  if (!isPartialDate(value)) return null;
  const [a, b] = value.trim().split(' ');
  if (b === undefined) return { first: `${a}-01-01`, last: `${a}-12-31` };
  const month = monthNumber(a!)!;
  const mm = pad(month);
  return { first: `${b}-${mm}-01`, last: `${b}-${mm}-${daysInMonth(Number(b), month)}` };
}

const DATE_HINT = 'Tulis tanggal sebagai TTTT-BB-HH, misalnya 2024-03-04 untuk 4 Maret 2024.';
const PARTIAL_HINT = 'Bila dokumen hanya menyebut bulan atau tahun, tulis "Agustus 2017" atau "2017"; bila tidak tercantum, tulis "[ISI: tanggal ...]".';
/**
 * The year, month and day a written date names, whether or not that day exists: "2024-13-01",
 * "2024-3-4", "2024/03/04", "31/02/2024" or "31 - 02 - 2024" (day first, as Indonesian documents
 * write it), "31 Februari 2024", "Februari 20, 2024", "1-Agt-2017", "1 August 2017" (an English
 * month), "Selasa, 20 Februari 2024" (with the day's name), and any of them with a final period
 * or with a time of day after it ("2017-08-01 10:00", "1 Agustus 2017 pukul 10.00 WIB").
 */
function dateParts(v: string): DateParts | null {
  const t = v
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu),? /i, '')
    .replace(/(?:,? |T)(?:pukul |pkl\.? |jam )?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?: ?(?:wib|wita|wit))?$/i, '')
    .replace(/\.$/, '');
  const iso = /^(\d{4}) ?[-/.] ?(\d{1,2}) ?[-/.] ?(\d{1,2})$/.exec(t);
  if (iso) return { y: Number(iso[1]), m: Number(iso[2]), d: Number(iso[3]) };
  const dayFirst = /^(\d{1,2}) ?[-/.] ?(\d{1,2}) ?[-/.] ?(\d{4})$/.exec(t);
  if (dayFirst) return { y: Number(dayFirst[3]), m: Number(dayFirst[2]), d: Number(dayFirst[1]) };
  // "Maret 12, 2024", the month first as English documents write it.
  const monthFirst = /^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$/.exec(t);
  const month = monthFirst ? anyMonthNumber(monthFirst[1]!) : undefined;
  if (monthFirst && month) return { y: Number(monthFirst[3]), m: month, d: Number(monthFirst[2]) };
  // "1 Agustus 2017", "1-Agt-2017", "1/Aug/2017", "1 August 2017".
  const named = /^(\d{1,2}) ?[-/ ] ?([A-Za-z]+\.?) ?[-/ ] ?(\d{4})$/.exec(t);
  const namedMonth = named ? anyMonthNumber(named[2]!) : undefined;
  return named && namedMonth ? { y: Number(named[3]), m: namedMonth, d: Number(named[1]) } : null;
}

/** The ISO date a date written another way names ("1 September 2025", "01-09-2025"), or null. */
export function writtenDateAsIso(v: string): string | null {
  const parts = dateParts(v);
  const iso = parts && isoOf(parts);
  return iso && isValidIsoDate(iso) ? iso : null;
}

/**
 * A date that names only a month or a year: "Agustus 2017", "2017", or a month in numbers as a
 * form field gives it ("2017-08", "08/2017"). Null for anything else.
 */
function monthOrYearOf(v: string): { y: number; m?: number; numeric: boolean } | null {
  const t = v.trim();
  const yearFirst = /^(\d{4}) ?[-/.] ?(\d{1,2})$/.exec(t);
  const monthFirst = /^(\d{1,2}) ?[-/.] ?(\d{4})$/.exec(t);
  const [y, m] = yearFirst ? [yearFirst[1], yearFirst[2]] : monthFirst ? [monthFirst[2], monthFirst[1]] : [];
  if (y && Number(m) >= 1 && Number(m) <= 12 && isPartialDate(y)) return { y: Number(y), m: Number(m), numeric: true };
  if (!isPartialDate(t)) return null;
  const [a, b] = t.split(/\s+/);
  return b === undefined ? { y: Number(a), numeric: false } : { y: Number(b), m: monthNumber(a!), numeric: false };
}

/**
 * Why a written date cannot be read, and the ISO date it most likely means. `partial`: whether
 * the field takes a month or a year alone (the document's dates do, a revision's date does not).
 */
function dateMessage(v: string, partial: boolean): string {
  const tail = partial ? ` ${DATE_HINT} ${PARTIAL_HINT}` : ` ${DATE_HINT}`;
  const parts = dateParts(v);
  if (parts) {
    const { y, m, d } = parts;
    const iso = isoOf(parts);
    if (isValidIsoDate(iso)) return `Tanggal "${v}" tidak dapat dibaca. Maksud Anda ${iso}?${tail}`;
    if (m < 1 || m > 12) {
      const swapped = isoOf({ y, m: d, d: m });
      const guess = isValidIsoDate(swapped) ? ` Maksud Anda ${swapped}?` : '';
      return `Tanggal "${v}" tidak ada di kalender: bulan ${m} tidak ada (bulan ditulis 01 sampai 12).${guess}${tail}`;
    }
    const why = d < 1 ? `tanggal ${d} tidak ada` : `${NAMA_BULAN[m - 1]} ${y} hanya sampai tanggal ${daysInMonth(y, m)}`;
    return `Tanggal "${v}" tidak ada di kalender: ${why}.${tail}`;
  }
  const month = monthOrYearOf(v);
  if (month) {
    const named = month.m ? `${NAMA_BULAN[month.m - 1]} ${month.y}` : String(month.y);
    // A field that takes "Agustus 2017": the month in numbers is written with its name.
    if (partial) return `Tanggal "${v}" tidak dapat dibaca. Maksud Anda "${named}"? Bila dokumen hanya menyebut bulan dan tahun, tulis nama bulannya, misalnya "${named}"; bila menyebut tanggalnya, tulis TTTT-BB-HH, misalnya 2024-03-04 untuk 4 Maret 2024.`;
    const last = month.m ? daysInMonth(month.y, month.m) : 31;
    const form = month.m ? `${month.y}-${pad(month.m)}-HH` : `${month.y}-BB-HH`;
    return `Tanggal "${v}" hanya menyebut ${month.m ? 'bulan dan tahun' : 'tahun'} (${named}), padahal kolom ini memerlukan tanggal lengkap. Tulis tanggalnya sebagai ${form}, dengan ${month.m ? `HH tanggal di dokumen (01 sampai ${last})` : 'BB bulan dan HH tanggal di dokumen'}.`;
  }
  return `Tanggal "${v}" tidak dapat dibaca.${tail}`;
}

/**
 * A real calendar date, normalised to "YYYY-MM-DD", or a text `also` lets through for a later
 * rule to name (a review period in tinjau_ulang, named with the date it gives).
 */
export const isoDateSchemaOr = (also: (v: string) => boolean) =>
  z.preprocess(
    toIso,
    z
      .string({ invalid_type_error: DATE_HINT })
      .superRefine((v, ctx) => {
        if (!isValidIsoDate(v) && !also(v)) ctx.addIssue({ code: 'custom', message: dateMessage(v, false) });
      }),
  );

/** A real calendar date, normalised to "YYYY-MM-DD". */
export const isoDateSchema = isoDateSchemaOr(() => false);

/**
 * A date as the signed document gives it: a full date, a month and year or a year alone
 * (kept as written), or a placeholder `[ISI: ...]` for a date the source does not show.
 */
export const documentDateSchema = z.preprocess(
  toIso,
  z.string({ invalid_type_error: DATE_HINT }).superRefine((v, ctx) => {
    if (isPlaceholder(v) || isValidIsoDate(v) || isPartialDate(v)) return;
    ctx.addIssue({ code: 'custom', message: dateMessage(v, true) });
  }),
);

/** "2024-03-04" -> "4 Maret 2024"; partial dates and placeholders are returned as written. */
export function formatTanggal(iso: string): string {
  if (!isValidIsoDate(iso)) return iso;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${NAMA_BULAN[m - 1]} ${y}`;
}
