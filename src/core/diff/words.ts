/**
 * Word-level differences of two texts (jsdiff's word diff) and how alike two texts are: the two
 * text measures every part of an SOP's difference uses.
 */
import { diffWords } from 'diff';

/** A run of text that both versions share, or that only the new (added) or old (removed) one has. */
export interface WordPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** The words of `before` and `after` as runs kept, removed and added, in reading order. */
export function wordDiff(before: string, after: string): WordPart[] {
  const parts: WordPart[] = [];
  for (const c of diffWords(before, after)) {
    const op = c.added ? 'added' : c.removed ? 'removed' : 'same';
    const last = parts[parts.length - 1];
    if (last?.op === op) last.text += c.value;
    else if (c.value !== '') parts.push({ op, text: c.value });
  }
  return parts;
}

/** Lower-case words (letters and digits) of a text. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * How alike two texts are, from 0 (no word in common) to 1 (the same words): the Dice
 * coefficient of their words, counted with repeats. Two empty texts are alike (1).
 */
export function textSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 && wb.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length);
}

/** Whether two texts read the same once runs of white space are made one space. */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}
