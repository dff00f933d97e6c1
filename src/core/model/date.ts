/**
 * Calendar dates in SOP sources: written `2024-03-04` (YAML may hand us a Date object or a
 * string). Normalised to the ISO string "YYYY-MM-DD". Unknown dates may be a placeholder
 * `[ISI: ...]` where the schema allows it.
 */
import { z } from 'zod';
import { isPlaceholder } from './placeholder';
import { isValidIsoDate, NAMA_BULAN } from './calendar';

export { isValidIsoDate };

function toIso(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return value;
}

const DATE_HINT = 'Tulis tanggal sebagai TTTT-BB-HH, misalnya 2024-03-04 untuk 4 Maret 2024.';

/** A real calendar date, normalised to "YYYY-MM-DD". */
export const isoDateSchema = z.preprocess(
  toIso,
  z
    .string({ invalid_type_error: DATE_HINT, required_error: 'Tanggal wajib diisi. ' + DATE_HINT })
    .refine(isValidIsoDate, { message: `Tanggal tidak valid. ${DATE_HINT}` }),
);

/** A real date or a placeholder `[ISI: ...]` for a date the source does not show. */
export const isoDateOrPlaceholderSchema = z.preprocess(
  toIso,
  z
    .string({ invalid_type_error: DATE_HINT })
    .refine((v) => isPlaceholder(v) || isValidIsoDate(v), {
      message: `Tanggal tidak valid. ${DATE_HINT} Bila tanggal belum diketahui, tulis "[ISI: tanggal ...]".`,
    }),
);

/** "2024-03-04" -> "4 Maret 2024" (placeholders are returned unchanged). */
export function formatTanggal(iso: string): string {
  if (!isValidIsoDate(iso)) return iso;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${NAMA_BULAN[m - 1]} ${y}`;
}
