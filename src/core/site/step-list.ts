/**
 * Step numbers in Indonesian prose: "langkah 1–4, 6 dan 8", "langkah 5 dan 13".
 */

/** "a", "a dan b", "a, b dan c". */
export function joinDan(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} dan ${items[items.length - 1]}`;
}

/** Runs of three or more consecutive numbers become ranges: [1,2,3,4,6,8] -> ["1–4", "6", "8"]. */
export function numberRanges(numbers: readonly number[]): string[] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const out: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) out.push(`${sorted[i]}–${sorted[j]}`);
    else for (let k = i; k <= j; k++) out.push(String(sorted[k]));
    i = j + 1;
  }
  return out;
}

/** "langkah 1–4, 6 dan 8". */
export function stepsPhrase(numbers: readonly number[]): string {
  return `langkah ${joinDan(numberRanges(numbers))}`;
}
