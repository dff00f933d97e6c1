/**
 * Characters a text copied from Word or a PDF carries without showing them (zero-width spaces,
 * joiners, soft hyphens, a byte-order mark inside the text), and how to name them to an author:
 * read in the YAML (src/core/source/pasted-characters.ts) and in the narrative's headings
 * (src/core/checks/heading-rules.ts).
 */

/** Zero-width space, joiners, word joiner, soft hyphen, and a byte-order mark inside the text. */
export const INVISIBLE = /[\u200b\u200c\u200d\u2060\u00ad\ufeff]/;
const INVISIBLE_NAMES: Record<string, string> = {
  '\u200b': 'spasi lebar nol',
  '\u200c': 'pemisah lebar nol',
  '\u200d': 'penyambung lebar nol',
  '\u2060': 'penyambung kata',
  '\u00ad': 'tanda hubung lunak',
  '\ufeff': 'penanda urutan bita (BOM)',
};

/** The first invisible character in `text` with the word before it (up to 30 characters), or null. */
export function invisibleIn(text: string): { index: number; hint: string } | null {
  const m = INVISIBLE.exec(text);
  if (!m) return null;
  const before = /(\S{1,30})$/.exec(text.slice(0, m.index))?.[1];
  return { index: m.index, hint: invisibleHint(m[0], before) };
}

export function invisibleHint(char: string, before: string | undefined): string {
  const where = before ? ` sesudah "${before}"` : '';
  return `Ada karakter tak terlihat (${INVISIBLE_NAMES[char]})${where}, biasanya tersalin dari Word atau PDF: teks yang tampak sama dibaca berbeda.`;
}
