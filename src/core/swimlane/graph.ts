/**
 * From a flow to the logical graph the router draws: one symbol per step (in its actor's lane,
 * on its own row) and the edges between them. Positions inside a row are the router's job.
 */
import type { FlowInput, FlowStep } from './flow';
import type { FlowSymbol, GraphEdge, SymbolKind } from './geometry';
import { SYMBOL_SIZE } from './symbols';

export function stepSymbolId(no: number): string {
  return `s${no}`;
}

function stepKind(step: FlowStep, index: number, count: number, incomplete: boolean): SymbolKind {
  if (step.decision) return 'decision';
  if (index === 0 || (index === count - 1 && !incomplete)) return 'terminator';
  return 'process';
}

function terminatorText(index: number, count: number): { text: string; name: string } {
  if (count === 1) return { text: 'Mulai', name: 'Mulai dan selesai' };
  return index === 0 ? { text: 'Mulai', name: 'Mulai' } : { text: 'Selesai', name: 'Selesai' };
}

/**
 * Symbols of the steps; `row` is the step index (the caller may shift rows). A step done by
 * several actors gets a symbol in each of their lanes: the one in the rightmost lane carries the
 * flow, the others are joined to it (route/join-companions.ts).
 */
export function stepSymbols(flow: FlowInput): FlowSymbol[] {
  const laneOf = new Map(flow.actors.map((a, i) => [a.id, i]));
  return primarySymbols(flow, laneOf).flatMap((symbol, index) => {
    const step = flow.steps[index]!;
    const lanes = [...new Set([step.actor, ...(step.with ?? [])].map((id) => laneOf.get(id) ?? 0))];
    if (lanes.length < 2) return [symbol];
    const right = Math.max(...lanes);
    const primary = { ...symbol, col: right };
    const companions = lanes
      .filter((col) => col !== right)
      .sort((a, b) => a - b)
      .map((col): FlowSymbol => ({ ...symbol, id: `${symbol.id}-l${col}`, col, name: `${symbol.name} (bersama)`, joinedTo: symbol.id }));
    return [primary, ...companions];
  });
}

function primarySymbols(flow: FlowInput, laneOf: Map<string, number>): FlowSymbol[] {
  const count = flow.steps.length;
  return flow.steps.map((step, index) => {
    const kind = stepKind(step, index, count, flow.incomplete === true);
    const size = SYMBOL_SIZE[kind];
    const symbol: FlowSymbol = {
      id: stepSymbolId(step.no),
      kind,
      row: index,
      col: laneOf.get(step.actor) ?? 0,
      dx: 0,
      cy: 0,
      width: size.width,
      height: size.height,
      name: kind === 'decision' ? 'Keputusan' : 'Proses',
      decorative: false,
      step: step.no,
    };
    if (kind === 'terminator') Object.assign(symbol, terminatorText(index, count));
    return symbol;
  });
}

/** Edges: a non-decision step flows to the next one; a decision has its two branches. */
export function stepEdges(flow: FlowInput): GraphEdge[] {
  const edges: GraphEdge[] = [];
  const count = flow.steps.length;
  flow.steps.forEach((step, index) => {
    const from = stepSymbolId(step.no);
    if (!step.decision) {
      if (index < count - 1) {
        edges.push({ id: `e${step.no}`, from, to: stepSymbolId(step.no + 1), sequential: true });
      }
      return;
    }
    for (const [branch, b] of [['yes', step.decision.yes], ['no', step.decision.no]] as const) {
      const id = `e${step.no}${branch === 'yes' ? 'y' : 'n'}`;
      if (b.to === 'end') {
        edges.push({ id, from, to: `${id}-selesai`, branch, label: b.label, toEnd: true, sequential: false });
      } else {
        edges.push({
          id,
          from,
          to: stepSymbolId(b.to),
          branch,
          label: b.label,
          sequential: b.to === step.no + 1,
        });
      }
    }
  });
  return edges;
}
