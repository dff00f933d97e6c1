/**
 * Phase 1, ports: which edge leaves a symbol through its bottom and which through a side, and
 * which edges arrive at a symbol's right side (from the channel).
 */
import type { FlowSymbol, GraphEdge } from '../geometry';
import { FlowError } from '../flow';
import type { Plan, RouteContext } from './context';

export interface Ports {
  plan: Map<string, Plan>;
  /** Per target symbol id: the edges entering its right side. */
  sideArrivals: Map<string, GraphEdge[]>;
  /** Symbols with an edge leaving their right side. */
  rightExit: Set<string>;
}

export function assignPorts({ input, symbols, symbolOf, outs }: RouteContext): Ports {
  const { laneCount } = input;
  const plan = new Map<string, Plan>();
  const topTaken = new Set<string>();
  const sideArrivals = new Map<string, GraphEdge[]>();
  const rightExit = new Set<string>();
  const addArrival = (e: GraphEdge) => {
    const list = sideArrivals.get(e.to) ?? [];
    list.push(e);
    sideArrivals.set(e.to, list);
  };
  // Loops back can never go straight down: they always arrive through the channel.
  for (const e of input.edges) {
    if (!e.toEnd && symbolOf(e.to).row <= symbolOf(e.from).row) addArrival(e);
  }
  // Top to bottom; within a (connector) row, the symbol carrying the sequential flow first so
  // that it gets the straight way down.
  const carriesSequence = (s: FlowSymbol) => ((outs.get(s.id) ?? []).some((e) => e.sequential) ? 0 : 1);
  const sources = [...symbols].sort((a, b) => a.row - b.row || carriesSequence(a) - carriesSequence(b) || a.col - b.col);
  for (const s of sources) {
    const edges = outs.get(s.id) ?? [];
    if (edges.length === 0) continue;
    if (edges.length > 2) throw new FlowError(`Simbol "${s.id}" memiliki lebih dari dua panah keluar.`);
    const directable = (e: GraphEdge) =>
      !e.toEnd && symbolOf(e.to).row === s.row + 1 && !topTaken.has(e.to);
    const forward = (e: GraphEdge) => !e.toEnd && symbolOf(e.to).row > s.row;
    const bottom =
      edges.find((e) => e.sequential && directable(e)) ??
      edges.find(directable) ??
      edges.find((e) => e.toEnd) ??
      edges.find(forward) ??
      edges[0]!;
    const planBottom = (e: GraphEdge) => {
      if (directable(e)) {
        plan.set(e.id, 'direct');
        topTaken.add(e.to);
      } else if (e.toEnd) {
        plan.set(e.id, 'end-below');
      } else {
        plan.set(e.id, 'bottom-channel');
        if (symbolOf(e.to).row > s.row) addArrival(e);
      }
    };
    const planSide = (e: GraphEdge) => {
      plan.set(e.id, 'side-channel');
      rightExit.add(s.id);
      if (symbolOf(e.to).row > s.row) addArrival(e);
    };
    planBottom(bottom);
    const other = edges.find((e) => e !== bottom);
    if (!other) continue;
    if (!other.toEnd) {
      planSide(other);
      continue;
    }
    const rightBusy = (sideArrivals.get(s.id)?.length ?? 0) > 0 || rightExit.has(s.id);
    const canRight = s.col + 1 < laneCount && !rightBusy;
    const canLeft = s.col - 1 >= 0;
    // Away from the lane the line to the next step turns to, so "Selesai" never sits above it.
    const next = plan.get(bottom.id) === 'direct' ? symbolOf(bottom.to) : undefined;
    const preferLeft = next !== undefined && (next.col > s.col || (next.col === s.col && next.dx > s.dx));
    if (canLeft && (preferLeft || !canRight)) plan.set(other.id, 'end-left');
    else if (canRight) plan.set(other.id, 'end-right');
    else {
      // No lane beside the decision is free: the end goes below, the other branch to the side.
      if (plan.get(bottom.id) === 'direct') topTaken.delete(bottom.to);
      const list = sideArrivals.get(bottom.to);
      if (list) sideArrivals.set(bottom.to, list.filter((e) => e !== bottom));
      plan.set(other.id, 'end-below');
      rightExit.add(s.id);
      const t = bottom.toEnd ? undefined : symbolOf(bottom.to);
      if (t && t.row === s.row + 1 && t.col > s.col && !topTaken.has(t.id)) {
        // Across to the target's lane, then down into its top.
        plan.set(bottom.id, 'side-direct');
        topTaken.add(t.id);
      } else {
        plan.set(bottom.id, 'side-channel');
        addArrival(bottom);
      }
    }
  }
  return { plan, sideArrivals, rightExit };
}
