/**
 * Calendar dates in SOP sources. A full date is written `2024-03-04` (YAML may hand us a Date
 * object) or "4 Maret 2024", and is kept as the ISO string "YYYY-MM-DD". A document that only
 * shows a month or a year ("Agustus 2017", "2017") is kept exactly as written and printed as
 * written: nothing is invented. Unknown dates may be a placeholder `[ISI: ...]` where allowed.
 */
import { z } from 'zod';
import { isPlaceholder } from './placeholder';
import { isValidIsoDate, NAMA_BULAN } from './calendar';

export { isValidIsoDate };

const MONTHS = NAMA_BULAN.map((m) => m.toLowerCase());

function toIso(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value); // tanggal: 2017
  if (typeof value !== 'string') return value;
  const t = value.trim().replace(/\s+/g, ' ');
  const full = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(t);
  if (full) {
    const month = MONTHS.indexOf(full[2]!.toLowerCase());
    if (month >= 0) return `${full[3]}-${String(month + 1).padStart(2, '0')}-${full[1]!.padStart(2, '0')}`;
  }
  return t;
}

/** "Agustus 2017" or "2017": a date the source gives only in part. */
export function isPartialDate(value: string): boolean {
  const m = /^(?:([A-Za-z]+) )?(\d{4})$/.exec(value.trim());
  if (!m) return false;
  const year = Number(m[2]);
  return year >= 1900 && year <= 2100 && (m[1] === undefined || MONTHS.includes(m[1].toLowerCase()));
}

/** Earliest and latest ISO day a full or partial date can mean ("2017" -> 2017-01-01..2017-12-31). */
export function dateBounds(value: string): { first: string; last: string } | null {
  if (isValidIsoDate(value)) return { first: value, last: value };
  if (!isPartialDate(value)) return null;
  const [a, b] = value.trim().split(' ');
  if (b === undefined) return { first: `${a}-01-01`, last: `${a}-12-31` };
  const month = MONTHS.indexOf(a!.toLowerCase()) + 1;
  const days = new Date(Date.UTC(Number(b), month, 0)).getUTCDate();
  const mm = String(month).padStart(2, '0');
  return { first: `${b}-${mm}-01`, last: `${b}-${mm}-${days}` };
}

const DATE_HINT = 'Tulis tanggal sebagai TTTT-BB-HH, misalnya 2024-03-04 untuk 4 Maret 2024.';
const dateMessage = (v: string) => `Tanggal "${v}" tidak dapat dibaca. ${DATE_HINT}`;

/** A real calendar date, normalised to "YYYY-MM-DD". */
export const isoDateSchema = z.preprocess(
  toIso,
  z
    .string({ invalid_type_error: DATE_HINT })
    .superRefine((v, ctx) => {
      if (!isValidIsoDate(v)) ctx.addIssue({ code: 'custom', message: dateMessage(v) });
    }),
);

/**
 * A date as the signed document gives it: a full date, a month and year or a year alone
 * (kept as written), or a placeholder `[ISI: ...]` for a date the source does not show.
 */
export const documentDateSchema = z.preprocess(
  toIso,
  z.string({ invalid_type_error: DATE_HINT }).superRefine((v, ctx) => {
    if (isPlaceholder(v) || isValidIsoDate(v) || isPartialDate(v)) return;
    ctx.addIssue({
      code: 'custom',
      message: `${dateMessage(v)} Bila dokumen hanya menyebut bulan atau tahun, tulis "Agustus 2017" atau "2017"; bila tidak tercantum, tulis "[ISI: tanggal ...]".`,
    });
  }),
);

/** "2024-03-04" -> "4 Maret 2024"; partial dates and placeholders are returned as written. */
export function formatTanggal(iso: string): string {
  if (!isValidIsoDate(iso)) return iso;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${NAMA_BULAN[m - 1]} ${y}`;
}
