/**
 * Search precision. Pagefind, when a query word has no indexed word starting with it,
 * falls back to the longest indexed word that is a *prefix* of the query word: "xyzzy" then
 * finds the "x" of "3 x 24 Jam" and "foobar" the "F." of an initial. Single letters are indexed
 * like any word, so any nonsense starting with one of them "matches".
 *
 * The browser therefore (1) drops single letters from the query before searching, and (2) keeps
 * a hit only when, for every query word, one of the words Pagefind matched in the page really
 * stands for it: it contains the query word, or shares a substantial run of letters with it (a
 * stem: "pulang" for "pemulangan"), never a stray fragment such as "x" or "f".
 */

/** Lower case, letters and digits only ("(Pemulangan)." -> "pemulangan"). */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words of a query worth searching: single letters and punctuation dropped, numbers kept. */
export function searchTerms(query: string): string[] {
  return query
    .split(/\s+/)
    .map(normalizeWord)
    .filter((w) => w.length >= 2 || /^\p{N}+$/u.test(w));
}

/** The query Pagefind is given: the kept words, or '' when none is left. */
export function searchQuery(query: string): string {
  return searchTerms(query).join(' ');
}

/** Whether a word found in a page stands for the query word (not a stray fragment of it). */
export function wordMatchesTerm(found: string, term: string): boolean {
  const w = normalizeWord(found);
  if (!w) return false;
  if (w.includes(term)) return true;
  // A stem or other form of the query word ("pulang" / "pemulangan" / "pulangkan", as Pagefind's
  // stemmer relates them): a long enough run of letters in common. A fragment such as "x" is not.
  return longestCommonRun(w, term) >= Math.max(4, Math.ceil(term.length / 2));
}

function longestCommonRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  }
  return best;
}

/**
 * Whether a Pagefind hit is real: `content` is the page text Pagefind returns, `locations` the
 * positions (in words) of what it matched.
 */
export function isRealHit(content: string, locations: readonly number[], terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const words = content.split(/\s+/).filter(Boolean);
  const found = [...new Set(locations.map((i) => words[i] ?? ''))];
  return terms.every((term) => found.some((w) => wordMatchesTerm(w, term)));
}

/**
 * "3 SOP" or, when services are among the hits, "1 layanan dan 2 SOP": what the search found,
 * named by kind (a service page lives under /layanan/).
 */
export function hitCountText(urls: readonly string[]): string {
  const services = urls.filter((u) => u.startsWith('/layanan/')).length;
  const sops = urls.length - services;
  if (services === 0) return `${sops} SOP`;
  if (sops === 0) return `${services} layanan`;
  return `${services} layanan dan ${sops} SOP`;
}

/**
 * How the search names what it searches: "SOP", or "layanan dan SOP" once services are in the
 * index (heading), and "SOP" / "layanan atau SOP" when nothing matches.
 */
export function searchKinds(hasServices: boolean): { all: string; any: string } {
  return hasServices ? { all: 'layanan dan SOP', any: 'layanan atau SOP' } : { all: 'SOP', any: 'SOP' };
}
