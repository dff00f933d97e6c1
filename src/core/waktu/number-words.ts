/**
 * Numbers written in Indonesian words, as a clerk writes a time: "satu hari", "dua jam", "tiga
 * puluh menit", "satu setengah jam", "setengah jam", "sehari", "dua sampai tiga hari". Read only
 * to find the number (the cell is printed as written); the reverse of letters/terbilang.ts.
 */
const ONES: Record<string, number> = { nol: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9 };
const WHOLE: Record<string, number> = { sepuluh: 10, sebelas: 11, seratus: 100 };
const FRACTION: Record<string, number> = { setengah: 0.5, seperempat: 0.25 };
const WORD = [...Object.keys(ONES), ...Object.keys(WHOLE), ...Object.keys(FRACTION), 'belas', 'puluh', 'ratus'].join('|');
/** A run of number words, starting with a word that is a number on its own. */
const RUN = new RegExp(String.raw`\b(?:${[...Object.keys(ONES), ...Object.keys(WHOLE), ...Object.keys(FRACTION)].join('|')})(?:\s+(?:${WORD}))*\b`, 'g');

/**
 * The number a run of words says ("tiga puluh" 30, "dua belas" 12, "satu setengah" 1.5), or null
 * when the words do not make one number ("dua dua").
 */
export function numberOfWords(words: string): number | null {
  let total = 0;
  let last: number | null = null;
  let fraction = false;
  for (const w of words.trim().toLowerCase().split(/\s+/)) {
    if (fraction) return null;
    if (w in ONES) {
      if (last !== null) return null;
      last = ONES[w]!;
      total += last;
    } else if (w in WHOLE) {
      if (last !== null) return null;
      total += WHOLE[w]!;
    } else if (w in FRACTION) {
      total += FRACTION[w]!;
      fraction = true;
    } else if ((w === 'belas' || w === 'puluh' || w === 'ratus') && last !== null) {
      // "dua belas" 2 + 10, "tiga puluh" 3 x 10, "dua ratus" 2 x 100: the word before was counted once already.
      total += w === 'belas' ? 10 : last * (w === 'puluh' ? 9 : 99);
      last = null;
    } else return null;
  }
  return total;
}

/** The text with each run of number words as digits (a fraction with a comma: "1,5"); "sehari" is "1 hari". */
export function numberWordsAsDigits(text: string): string {
  return text
    .replace(/\bse(menit|jam|hari|minggu|pekan|bulan)\b/g, '1 $1')
    .replace(RUN, (run) => {
      const n = numberOfWords(run);
      return n === null ? run : String(n).replace('.', ',');
    });
}
