/**
 * Pairs the items of two versions of a list (steps, narrative sections) by how alike they are,
 * so that an item inserted in the middle is one insertion and the items after it are not
 * reported as changed. An order-keeping alignment (a weighted longest common subsequence) pairs
 * items whose likeness reaches a threshold; items left over on both sides that are still alike
 * enough are then paired as moved.
 */

export type Aligned =
  | { op: 'kept'; before: number; after: number }
  | { op: 'moved'; before: number; after: number }
  | { op: 'added'; after: number }
  | { op: 'removed'; before: number };

/**
 * Indices (0-based) of `before` and `after` in the new version's order; a removed item comes
 * where it stood, after the kept items that preceded it. `likeness` returns 0..1.
 */
export function alignLists<A, B>(
  before: readonly A[],
  after: readonly B[],
  likeness: (a: A, b: B) => number,
  threshold: number,
): Aligned[] {
  const n = before.length;
  const m = after.length;
  const sim: number[][] = before.map((a) => after.map((b) => likeness(a, b)));
  // best[i][j]: the highest total likeness pairing before[i..] with after[j..] in order.
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = sim[i]![j]!;
      const pair = s >= threshold ? best[i + 1]![j + 1]! + s : -1;
      best[i]![j] = Math.max(pair, best[i + 1]![j]!, best[i]![j + 1]!);
    }
  }
  const ops: Aligned[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && sim[i]![j]! >= threshold && best[i]![j] === best[i + 1]![j + 1]! + sim[i]![j]!) {
      ops.push({ op: 'kept', before: i++, after: j++ });
    } else if (i < n && (j === m || best[i]![j] === best[i + 1]![j])) {
      ops.push({ op: 'removed', before: i++ });
    } else {
      ops.push({ op: 'added', after: j++ });
    }
  }
  return pairMoved(ops, sim, threshold);
}

/** Leftover removed and added items that are alike enough become one move, at the new place. */
function pairMoved(ops: Aligned[], sim: number[][], threshold: number): Aligned[] {
  const removed = ops.flatMap((o) => (o.op === 'removed' ? [o.before] : []));
  const added = ops.flatMap((o) => (o.op === 'added' ? [o.after] : []));
  const candidates = removed
    .flatMap((b) => added.map((a) => ({ b, a, s: sim[b]![a]! })))
    .filter((c) => c.s >= threshold)
    .sort((x, y) => y.s - x.s || x.b - y.b || x.a - y.a);
  const movedTo = new Map<number, number>();
  const taken = new Set<number>();
  for (const c of candidates) {
    if (movedTo.has(c.b) || taken.has(c.a)) continue;
    movedTo.set(c.b, c.a);
    taken.add(c.a);
  }
  if (movedTo.size === 0) return ops;
  const from = new Map([...movedTo].map(([b, a]) => [a, b]));
  return ops.flatMap((o): Aligned[] => {
    if (o.op === 'removed' && movedTo.has(o.before)) return [];
    if (o.op === 'added' && from.has(o.after)) return [{ op: 'moved', before: from.get(o.after)!, after: o.after }];
    return [o];
  });
}
