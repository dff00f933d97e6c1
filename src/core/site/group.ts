/**
 * Grouping for the SOP lists (home page, agency pages); their order is core/catalog/sop-order.ts.
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
