/**
 * An item of a printed list that carries its own number ("1. KTP", "a) Fotokopi KK"): the list
 * is numbered when printed, so the number would show twice ("1. 1. KTP").
 */

/** "1." "12)" "a." "B)" at the start of an item, followed by a space and text. */
const OWN_NUMBER = /^((?:\d{1,2}|[a-zA-Z])[.)])\s+(?=\S)/;

/** The number an item starts with and the item without it, or null when it has none. */
export function ownNumber(item: string): { marker: string; rest: string } | null {
  const m = OWN_NUMBER.exec(item.trim());
  return m ? { marker: m[1]!, rest: item.trim().slice(m[0].length) } : null;
}

/**
 * The bullets Word's lists are pasted with ("•", "·", "▪", "◦", "■", "➢", "►" ..., and the Symbol
 * and Wingdings fonts' bullets, which paste as private-use characters such as "\uf0b7"), as the
 * content of a regular expression's character class: the one set every rule on pasted lists uses.
 */
export const WORD_BULLETS = '\u2022\u00b7\u2219\u2023\u2043\u25aa\u25ab\u25a0\u25a1\u25cf\u25cb\u25e6\u25ba\u27a2\uf0a7\uf0b7\uf0d8\uf076\uf0fc';

/**
 * A bullet at the start of an item, as Word's bulleted list is pasted ("• KTP", "– KTP", the
 * Symbol font's "\uf0b7" or "\uf0a7"): the list is printed with its own marks or numbers.
 */
const OWN_BULLET = new RegExp(`^([${WORD_BULLETS}\\u2013\\u2014]|-(?=\\s))\\s*(?=\\S)`);

/** The bullet an item starts with and the item without it, or null when it has none. */
export function ownBullet(item: string): { marker: string; rest: string } | null {
  const m = OWN_BULLET.exec(item.trim());
  return m ? { marker: m[1]!, rest: item.trim().slice(m[0].length) } : null;
}

/** The punctuation a document's list ends its items with ("KTP;", "KK; dan", "Komputer."), not part of the item. */
const LIST_PUNCTUATION = /\s*(?:[;,]\s*(?:dan|atau)?|\.)\s*$/i;

/**
 * The items of a numbered list pasted as one text, "1. Buku kerja 2. ATK3. Komputer" or
 * "a. KTP; b. KK", each without its number and its list punctuation; null when the text does
 * not start with "1." or "a.". Only the next number in order ("2." after "1.") starts an item,
 * so "Nomor 11 Tahun 2009" or "Rp 5.000" inside an item stays in it.
 */
export function numberedItems(text: string): string[] | null {
  const first = ownNumber(text);
  if (!first || !/^(?:1|a|A)[.)]$/.test(first.marker)) return null;
  const punct = first.marker.slice(-1);
  const items: string[] = [];
  let rest = first.rest;
  for (let n = 2; ; n++) {
    const label = /\d/.test(first.marker) ? String(n) : String.fromCharCode(first.marker.charCodeAt(0) + n - 1);
    const before = /\d/.test(label) ? '(?<![\\d.,])' : '(?<=\\s)';
    const next = new RegExp(`${before}${label}\\${punct}\\s+(?=\\S)`).exec(rest);
    if (!next) break;
    items.push(rest.slice(0, next.index));
    rest = rest.slice(next.index + next[0].length);
  }
  items.push(rest);
  return items.map((i) => i.replace(LIST_PUNCTUATION, '').trim()).filter(Boolean);
}
