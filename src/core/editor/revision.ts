/**
 * Revising an SOP in force (status `berlaku`): the editor offers to record the revision, that is
 * to add a `riwayat_revisi` entry dated today that names what changed, and to set
 * `tanggal.revisi` to today. Pure: the original values (as the file was opened), the current
 * values and today's date in, the offer (or none) out.
 */
import { BODY_KEY } from './entry-file';
import { SOP_FIELDS } from './fields';
import { deepEqual, isEmptyValue } from './yaml-edit';

export interface RevisionEntry {
  tanggal: string;
  perubahan: string;
}

export interface RevisionOffer {
  /** Labels of the changed fields, in form order ("Nama SOP", "Langkah", "Narasi"). */
  changed: string[];
  entry: RevisionEntry;
}

type Values = Record<string, unknown>;

/** Fields the revision itself writes: changing them is not a revision. */
const OWN = new Set(['riwayat_revisi']);

const same = (a: unknown, b: unknown) => deepEqual(a, b) || (isEmptyValue(a) && isEmptyValue(b));

/** "Nama SOP" -> "nama SOP"; "Langkah" -> "langkah". */
function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** "a", "a dan b", "a, b dan c". */
function joinIndonesian(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} dan ${items[items.length - 1]}`;
}

/** Labels of the fields that differ between `original` and `current`, in form order. */
export function changedFields(original: Values, current: Values): string[] {
  const keys = [...Object.keys(SOP_FIELDS).filter((p) => !p.includes('.') && !p.includes('[')), BODY_KEY];
  const out: string[] = [];
  for (const key of keys) {
    if (OWN.has(key)) continue;
    let a = original[key];
    let b = current[key];
    if (key === 'tanggal') {
      // The revision date is the revision's own field.
      const strip = (t: unknown) => (t && typeof t === 'object' ? { ...(t as Values), revisi: undefined } : t);
      a = strip(a);
      b = strip(b);
    }
    if (!same(a, b)) out.push(key === BODY_KEY ? 'Narasi' : SOP_FIELDS[key]!.label.split(' (')[0]!);
  }
  return out;
}

/**
 * The offer for an SOP that was `berlaku` when opened and has changed since, unless a revision
 * dated `today` is already recorded. `today` is "YYYY-MM-DD".
 */
export function revisionOffer(original: Values | null, current: Values, today: string): RevisionOffer | null {
  if (!original || original.status !== 'berlaku') return null;
  const history = Array.isArray(current.riwayat_revisi) ? (current.riwayat_revisi as Partial<RevisionEntry>[]) : [];
  if (history.some((r) => r && String(r.tanggal) === today)) return null;
  const changed = changedFields(original, current);
  if (!changed.length) return null;
  return { changed, entry: { tanggal: today, perubahan: `Mengubah ${joinIndonesian(changed.map(inSentence))}.` } };
}

/** The two values the offer writes: the history with the new entry last, and the dates with `revisi`. */
export function acceptRevision(current: Values, offer: RevisionOffer): { riwayat_revisi: unknown[]; tanggal: Values } {
  const history = Array.isArray(current.riwayat_revisi) ? current.riwayat_revisi : [];
  const dates = current.tanggal && typeof current.tanggal === 'object' ? (current.tanggal as Values) : {};
  return { riwayat_revisi: [...history, offer.entry], tanggal: { ...dates, revisi: offer.entry.tanggal } };
}
