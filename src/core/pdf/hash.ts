/**
 * What a PDF depends on, as one canonical string to hash: the engine's own code, the data the
 * printed markup is made from (print-article.ts: the SOP, its agency, the regulations, the
 * narrative of its page), the stylesheet and the paper. Pure; the caller hashes the result.
 */
export function canonicalInputs(parts: Record<string, string>): string {
  return Object.keys(parts)
    .sort()
    .map((k) => `${k}\u0000${parts[k]!.length}\u0000${parts[k]}`)
    .join('\u0001');
}

/** Stable JSON (sorted keys) so that equal data hashes equal. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]))
      : v,
  );
}
