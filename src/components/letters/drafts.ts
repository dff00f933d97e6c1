/**
 * Drafts kept in this browser only when the user asks ("Simpan draf di perangkat ini").
 * One draft per letter template. Browser storage may be unavailable (private mode, policy):
 * every function reports that instead of throwing.
 */
import { readDraft, type DraftReading, type LetterDraft } from '../../core/letters/draft-format';

export type { LetterDraft };

export const DRAFT_PREFIX = 'surat:draf:';

export function draftKey(templateId: string): string {
  return DRAFT_PREFIX + templateId;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** What storage holds for a template: nothing, a draft, or something unreadable. */
export function inspectDraft(templateId: string): DraftReading {
  try {
    return readDraft(storage()?.getItem(draftKey(templateId)) ?? null);
  } catch {
    return { status: 'kosong' };
  }
}

export function loadDraft(templateId: string): LetterDraft | null {
  const reading = inspectDraft(templateId);
  return reading.status === 'terbaca' ? reading.draft : null;
}

export function saveDraft(templateId: string, draft: LetterDraft): boolean {
  try {
    const s = storage();
    if (!s) return false;
    s.setItem(draftKey(templateId), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function deleteDraft(templateId: string): boolean {
  try {
    storage()?.removeItem(draftKey(templateId));
    return true;
  } catch {
    return false;
  }
}

/** "4 Maret 2024 pukul 10.15" */
export function formatSavedAt(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const date = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric' }).format(d);
  const time = `${String(d.getHours()).padStart(2, '0')}.${String(d.getMinutes()).padStart(2, '0')}`;
  return `${date} pukul ${time}`;
}
