/**
 * The title of a letter template for links from SOP steps: the title in the template's header,
 * or the id made readable ("rekomendasi-bantuan-pemulangan" -> "Rekomendasi bantuan pemulangan")
 * for a template that is not there (the checker reports it).
 */

export function humaniseLetterId(id: string): string {
  const words = id.split('-').filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A title lookup over the letters known: each with its id and title (`judul`). */
export function letterTitles(letters: readonly { id: string; judul: string }[]): (id: string) => string {
  const byId = new Map(letters.map((l) => [l.id, l.judul]));
  return (id) => byId.get(id) ?? humaniseLetterId(id);
}
