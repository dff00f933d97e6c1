/**
 * The closest of some known words to a word as written, within a small edit distance: what
 * "Maksud Anda ...?" suggests (src/core/checks/suggest.ts), and what the model's own readers
 * suggest for a value they do not know (a status, a field).
 */
function distance(a: string, b: string): number {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) dp[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      dp[i]![j] = Math.min(
        dp[i - 1]![j]! + 1,
        dp[i]![j - 1]! + 1,
        dp[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
  }
  return dp[a.length]![b.length]!;
}

/** The numbers in an id, as numbers ("permensos-08-2012" -> [8, 2012]). */
const numbersOf = (s: string) => [...s.matchAll(/\d+/g)].map((m) => Number(m[0]));

/**
 * Whether two ids can be the same thing misspelt as far as their numbers go: a number names a
 * regulation, a year, a step, so at most one of them may differ, by one digit
 * ("uu-11-2008" ~ "uu-11-2009"; "uu-11-2009" is not "uu-21-2007").
 */
function numbersClose(a: string, b: string): boolean {
  const x = numbersOf(a);
  const y = numbersOf(b);
  if (x.length !== y.length) return x.length === 0 || y.length === 0;
  const differing = x.map((n, i) => [String(n), String(y[i])] as const).filter(([p, q]) => p !== q);
  return differing.length === 0 || (differing.length === 1 && distance(differing[0]![0], differing[0]![1]) <= 1);
}

/**
 * The closest candidate within a small edit distance, or null: about one typo per four
 * characters, and numbers that differ at most by one digit in one place, so that an unrelated
 * id ("uu-13-2011" or "uu-21-2007" for "uu-11-2009") is not suggested.
 */
export function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (!numbersClose(word, c)) continue;
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestScore) {
      bestScore = d;
      best = c;
    }
  }
  return best !== null && bestScore <= Math.min(3, Math.max(1, Math.floor(word.length / 4))) ? best : null;
}
