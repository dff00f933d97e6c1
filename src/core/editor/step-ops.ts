/**
 * Inserting, moving and deleting steps while keeping every decision's branch targets pointing
 * at the same steps. Steps are numbered by position, so each operation renumbers the targets;
 * a target whose step was deleted cannot be kept: it is removed (the checker then asks for a
 * new target at that field) and reported in `lost`.
 */
type Target = number | 'selesai' | undefined;
interface BranchLike { label?: string; ke?: Target; [k: string]: unknown }
export interface StepLike {
  keputusan?: { ya?: BranchLike; tidak?: BranchLike; [k: string]: unknown };
  [k: string]: unknown;
}

export interface StepOpResult<S> {
  steps: S[];
  /** "Cabang ya langkah 3 menunjuk langkah 5 yang dihapus; pilih tujuan baru." */
  lost: string[];
}

/** `order[i]` = old index (0-based) of the step now at position i, or -1 for a new step. */
function renumber<S extends StepLike>(old: readonly S[], order: readonly (number | -1)[], fresh: S): StepOpResult<S> {
  const newNo = new Map<number, number>(); // old number -> new number
  order.forEach((o, i) => {
    if (o >= 0) newNo.set(o + 1, i + 1);
  });
  const lost: string[] = [];
  const steps = order.map((o, i) => {
    if (o < 0) return fresh;
    const step = old[o]!;
    if (!step.keputusan) return step;
    const k = { ...step.keputusan };
    for (const side of ['ya', 'tidak'] as const) {
      const b = k[side];
      if (!b || typeof b.ke !== 'number') continue;
      const to = newNo.get(b.ke);
      if (to === undefined) {
        if (b.ke >= 1 && b.ke <= old.length) {
          lost.push(`Cabang ${side} langkah ${i + 1} menunjuk langkah ${b.ke} yang dihapus; pilih tujuan baru.`);
          const { ke: _drop, ...rest } = b;
          k[side] = rest;
        }
      } else if (to !== b.ke) k[side] = { ...b, ke: to };
    }
    return { ...step, keputusan: k };
  });
  return { steps, lost };
}

export function insertStep<S extends StepLike>(steps: readonly S[], at: number, step: S): StepOpResult<S> {
  const order = steps.map((_, i) => i as number | -1);
  order.splice(at, 0, -1);
  return renumber(steps, order, step);
}

export function deleteStep<S extends StepLike>(steps: readonly S[], at: number): StepOpResult<S> {
  const order = steps.map((_, i) => i as number | -1).filter((i) => i !== at);
  return renumber(steps, order, {} as S);
}

export function moveStep<S extends StepLike>(steps: readonly S[], from: number, to: number): StepOpResult<S> {
  const order = steps.map((_, i) => i as number | -1);
  const [moved] = order.splice(from, 1);
  order.splice(to, 0, moved!);
  return renumber(steps, order, {} as S);
}
