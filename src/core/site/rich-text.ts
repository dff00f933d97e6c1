/**
 * Text from the sources, ready to render: plain parts, acronyms explained on first use, and
 * placeholders `[ISI: ...]` (whole values or inside a sentence) marked so pages show them as
 * still to be filled in.
 */
import type { AbbrTracker, TextSegment } from '../glossary/annotate';

export type RichSegment = TextSegment | { kind: 'placeholder'; text: string; hint: string };
export type RichText = RichSegment[];

const INLINE_PLACEHOLDER = /\[ISI:\s*([^\]]*?)\s*\]/g;

/**
 * Splits `value` into segments. With a tracker, acronyms get their meaning on first use on the
 * page; without one, the text stays plain (apart from placeholders).
 */
export function richText(value: string, tracker?: AbbrTracker): RichText {
  const out: RichText = [];
  const plain = (text: string) => {
    if (text === '') return;
    if (tracker) out.push(...tracker.segments(text));
    else out.push({ kind: 'text', text });
  };
  let last = 0;
  for (const m of value.matchAll(INLINE_PLACEHOLDER)) {
    plain(value.slice(last, m.index));
    out.push({ kind: 'placeholder', text: m[0], hint: m[1]! });
    last = m.index + m[0].length;
  }
  plain(value.slice(last));
  return out;
}

/** The text of rich segments, as a reader sees it. */
export function plainText(rich: RichText): string {
  return rich.map((s) => s.text).join('');
}
