/**
 * The flow of an SOP as a graph: which step follows which. Steps are 1-based numbers; END (0)
 * is the end of the process. A plain step goes to the next one (the last goes to END); a
 * decision goes to its two branches.
 */
import type { Step } from '../model/step';

export const END_NODE = 0;

export interface FlowEdge {
  from: number;
  to: number; // step number or END_NODE
  /** Branch label for decisions ("Ya", "Layak"), undefined for plain steps. */
  label?: string;
  /** 'ya' | 'tidak' for decision branches. */
  branch?: 'ya' | 'tidak';
}

type FlowStep = Pick<Step, 'keputusan'>;

export function targetNumber(target: number | 'selesai'): number {
  return target === 'selesai' ? END_NODE : target;
}

/** Outgoing edges of step `no` (1-based) in a list of `count` steps. */
export function outgoing(steps: readonly FlowStep[], no: number): FlowEdge[] {
  const step = steps[no - 1];
  if (!step) return [];
  if (step.keputusan) {
    const { ya, tidak } = step.keputusan;
    return [
      { from: no, to: targetNumber(ya.ke), label: ya.label, branch: 'ya' },
      { from: no, to: targetNumber(tidak.ke), label: tidak.label, branch: 'tidak' },
    ];
  }
  return [{ from: no, to: no < steps.length ? no + 1 : END_NODE }];
}

export function allEdges(steps: readonly FlowStep[]): FlowEdge[] {
  return steps.flatMap((_, i) => outgoing(steps, i + 1));
}

/** Steps reachable from step 1 (END_NODE included when the end is reachable). */
export function reachableFrom(steps: readonly FlowStep[], start = 1): Set<number> {
  const seen = new Set<number>();
  const stack = [start];
  while (stack.length) {
    const n = stack.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    if (n === END_NODE) continue;
    for (const e of outgoing(steps, n)) {
      if (e.to === END_NODE || (e.to >= 1 && e.to <= steps.length)) stack.push(e.to);
    }
  }
  return seen;
}

/** Steps from which the end can be reached. */
export function canReachEnd(steps: readonly FlowStep[]): Set<number> {
  const reverse = new Map<number, number[]>();
  for (const e of allEdges(steps)) {
    if (!reverse.has(e.to)) reverse.set(e.to, []);
    reverse.get(e.to)!.push(e.from);
  }
  const seen = new Set<number>();
  const stack = [END_NODE];
  while (stack.length) {
    const n = stack.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    for (const p of reverse.get(n) ?? []) stack.push(p);
  }
  seen.delete(END_NODE);
  return seen;
}

/**
 * The main path: from step 1, follow each plain step to the next and each decision along its
 * "ya" branch, unless that would revisit a step (a loop back), then along "tidak". Stops at the
 * end or when both branches would revisit.
 */
export function mainPath(steps: readonly FlowStep[]): number[] {
  const path: number[] = [];
  const seen = new Set<number>();
  let n = 1;
  while (n !== END_NODE && n >= 1 && n <= steps.length && !seen.has(n)) {
    path.push(n);
    seen.add(n);
    const out = outgoing(steps, n);
    const next = out.find((e) => e.to === END_NODE || !seen.has(e.to));
    if (!next) break;
    n = next.to;
  }
  return path;
}
