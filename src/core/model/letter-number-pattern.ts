/**
 * The parts an agency's letter-number pattern (pola_nomor_surat) may name: what the agency
 * schema accepts and what the letters fill in (src/core/letters/letter-number.ts).
 */
export const NUMBER_TOKENS = ['klasifikasi', 'nomor', 'tahun'] as const;

/** The tokens of a pattern that we do not know (typos such as "{nomer}"). */
export function unknownNumberTokens(pattern: string): string[] {
  const tokens = [...pattern.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
  return tokens.filter((t) => !(NUMBER_TOKENS as readonly string[]).includes(t));
}
