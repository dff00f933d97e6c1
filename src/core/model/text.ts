/**
 * Text fields as authors write them in YAML: a number written where text is expected
 * (nomor: 08, nomor: 462) stays the text as written; nothing missing ever becomes "undefined".
 */
import { z } from 'zod';

/** Required text; a YAML number is accepted and kept as its digits. Missing stays missing. */
export const textSchema = z.preprocess(
  (v) => (typeof v === 'number' || typeof v === 'bigint' ? String(v) : typeof v === 'string' ? v.trim() : v),
  z.string().min(1),
);

/** A Mutu Baku cell: text or a number as written; empty or missing prints "-". */
export const cellSchema = z.preprocess(
  (v) => (v === undefined || v === null ? '-' : typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() || '-' : v),
  z.string(),
);
