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
