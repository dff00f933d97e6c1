/**
 * The stored form of a letter draft (one per template, in the browser's storage, only when the
 * user asks). Reading is strict: anything malformed or written by another version is reported
 * as unreadable, so the page can say so and offer to delete it instead of leaving it hidden.
 */
import type { GroupItem, LetterValues } from './form-values';

export const DRAFT_VERSION = 1;

export interface LetterDraft {
  versi: typeof DRAFT_VERSION;
  instansi: string;
  values: LetterValues;
  /** ISO date-time of saving. */
  disimpan: string;
}

export type DraftReading =
  | { status: 'kosong' }
  | { status: 'terbaca'; draft: LetterDraft }
  | { status: 'tidak-terbaca'; alasan: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isValues(v: unknown): v is LetterValues {
  if (!isRecord(v)) return false;
  return Object.values(v).every(
    (x) =>
      typeof x === 'string' ||
      (Array.isArray(x) && x.every((item): item is GroupItem => isRecord(item) && Object.values(item).every((s) => typeof s === 'string'))),
  );
}

/** Reads what storage holds for one template (null: nothing stored). */
export function readDraft(raw: string | null): DraftReading {
  if (raw === null || raw === '') return { status: 'kosong' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: 'tidak-terbaca', alasan: 'isinya rusak' };
  }
  if (!isRecord(data)) return { status: 'tidak-terbaca', alasan: 'isinya rusak' };
  if (data.versi !== DRAFT_VERSION) return { status: 'tidak-terbaca', alasan: 'dibuat oleh versi lain formulir ini' };
  if (typeof data.instansi !== 'string' || typeof data.disimpan !== 'string' || !isValues(data.values)) {
    return { status: 'tidak-terbaca', alasan: 'isinya tidak lengkap' };
  }
  return { status: 'terbaca', draft: { versi: DRAFT_VERSION, instansi: data.instansi, values: data.values, disimpan: data.disimpan } };
}
