/**
 * Marking acronyms with their meaning on first use (<abbr title="...">), in plain text and in
 * already-rendered HTML. A page keeps one `AbbrTracker` so that each acronym is explained once,
 * at its first appearance in reading order.
 */
import { ACRONYMS, spellings, type Acronym } from './acronyms';

export type TextSegment =
  | { kind: 'text'; text: string }
  | { kind: 'abbr'; text: string; title: string };

const BY_SPELLING = new Map<string, Acronym>();
for (const a of ACRONYMS) for (const s of spellings(a)) BY_SPELLING.set(s, a);

/** Every spelling as one case-sensitive alternation, longest first. */
const ANY_ACRONYM = new RegExp(
  String.raw`(?<![\p{L}\p{N}&#])(` +
    [...BY_SPELLING.keys()]
      .sort((a, b) => b.length - a.length)
      .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|') +
    String.raw`)(?![\p{L}\p{N}])`,
  'gu',
);

/** Remembers which acronyms a page has already explained. */
export class AbbrTracker {
  private readonly explained = new Set<string>();

  /** Acronym terms explained so far, in order. */
  get terms(): string[] {
    return [...this.explained];
  }

  /** Splits `text` into plain parts and the first use of each not yet explained acronym. */
  segments(text: string): TextSegment[] {
    const out: TextSegment[] = [];
    let last = 0;
    for (const m of text.matchAll(ANY_ACRONYM)) {
      const acronym = BY_SPELLING.get(m[1]!)!;
      if (this.explained.has(acronym.term)) continue;
      this.explained.add(acronym.term);
      if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
      out.push({ kind: 'abbr', text: m[1]!, title: acronym.meaning });
      last = m.index + m[1]!.length;
    }
    if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
    return out;
  }

  /**
   * The same for rendered HTML: text between tags gets <abbr> on first use; nothing inside
   * pre, code, script, style, svg, textarea or an existing abbr is touched.
   */
  html(html: string): string {
    const SKIP = new Set(['pre', 'code', 'script', 'style', 'svg', 'textarea', 'abbr', 'title']);
    let skipDepth = 0;
    return html
      .split(/(<[^>]*>)/)
      .map((part) => {
        if (part.startsWith('<')) {
          const tag = /^<\s*(\/?)\s*([a-zA-Z][\w-]*)/.exec(part);
          if (tag && SKIP.has(tag[2]!.toLowerCase()) && !part.endsWith('/>')) {
            skipDepth += tag[1] ? -1 : 1;
            if (skipDepth < 0) skipDepth = 0;
          }
          return part;
        }
        if (skipDepth > 0 || part === '') return part;
        return this.segments(part)
          .map((s) => (s.kind === 'abbr' ? `<abbr title="${escapeAttr(s.title)}">${s.text}</abbr>` : s.text))
          .join('');
      })
      .join('');
  }
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
