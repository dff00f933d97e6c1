/**
 * Ordering and grouping for the SOP lists (home page, agency pages, regulation pages).
 */
export interface Group<T> {
  key: string;
  items: T[];
}

/** Groups items by a key, groups in order of first appearance, items in their given order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Group<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(item);
  }
  return [...groups].map(([k, list]) => ({ key: k, items: list }));
}

/** The list heading for SOPs that name no bidang. */
export const NO_BIDANG = 'Tanpa bidang';

const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });

/** Natural order for SOP numbers and titles: "462/9/..." before "462/10/...". */
export function compareNatural(a: string, b: string): number {
  return collator.compare(a, b);
}

interface Sortable {
  agencyId: string;
  bidang?: string;
  nomor: string;
  judul: string;
}

/** Agency, then bidang, then nomor, then judul. */
export function compareSops(a: Sortable, b: Sortable): number {
  return (
    compareNatural(a.agencyId, b.agencyId) ||
    compareNatural(a.bidang ?? '', b.bidang ?? '') ||
    compareNatural(a.nomor, b.nomor) ||
    compareNatural(a.judul, b.judul)
  );
}
