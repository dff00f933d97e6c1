/**
 * Phase 3, heights inside rows: each symbol's centre below its row top, the height at which lines
 * from the channel turn into bottom connectors, and the height at which lines turn below a source.
 */
import type { GraphEdge } from '../geometry';
import type { Ports } from './assign-ports';
import { CONNECTOR_TOP, isConnector, JOG, LABEL_HEIGHT, LINE_GAP, SYMBOL_TOP, type RouteContext } from './context';

export interface RowLevels {
  /** Edges whose label goes above their decision (a labelled right exit in the last lane). */
  labelAbove: Set<string>;
  /** Per edge into a bottom connector: the height of its turn above the connector. */
  aboveLevel: Map<string, number>;
  /** Per edge leaving a bottom: the height of its turn below the source. */
  jogLevel: Map<string, number>;
}

export function placeInRows({ input, symbols, symbolOf }: RouteContext, { plan }: Ports): RowLevels {
  const { laneCount, connectorRows } = input;
  const topArrivalsByRow = new Map<number, GraphEdge[]>();
  for (const e of input.edges) {
    if (e.toEnd) continue;
    const t = symbolOf(e.to);
    const p = plan.get(e.id);
    if (isConnector(t) && (p === 'bottom-channel' || p === 'side-channel')) {
      const list = topArrivalsByRow.get(t.row) ?? [];
      list.push(e);
      topArrivalsByRow.set(t.row, list);
    }
  }
  // A labelled right exit of a decision in the last lane has no room to its right (the channel and
  // the Mutu Baku columns are there): its label goes above the decision, which moves down for it.
  const labelAbove = new Set<string>();
  for (const e of input.edges) {
    const p = plan.get(e.id);
    const s = symbolOf(e.from);
    if (e.label && (p === 'side-channel' || p === 'side-direct') && s.col === laneCount - 1) labelAbove.add(e.id);
  }
  const lowered = new Set([...labelAbove].map((id) => input.edges.find((e) => e.id === id)!.from));
  for (const s of symbols) {
    const position = connectorRows.get(s.row);
    if (position === 'top') s.cy = CONNECTOR_TOP + s.height / 2;
    else if (position === 'bottom') {
      const k = topArrivalsByRow.get(s.row)?.length ?? 0;
      s.cy = CONNECTOR_TOP + LINE_GAP * k + s.height / 2;
    } else s.cy = SYMBOL_TOP + (lowered.has(s.id) ? LABEL_HEIGHT : 0) + s.height / 2;
  }
  // Arrivals from the channel into bottom connectors: the rightmost connector turns lowest.
  const aboveLevel = new Map<string, number>();
  for (const arrivals of topArrivalsByRow.values()) {
    arrivals.sort((a, b) => symbolOf(b.to).col - symbolOf(a.to).col || symbolOf(b.to).dx - symbolOf(a.to).dx);
    arrivals.forEach((e, i) => {
      const t = symbolOf(e.to);
      aboveLevel.set(e.id, t.cy - t.height / 2 - LINE_GAP * (i + 1));
    });
  }
  // Turns below the source: one per step row; stacked in connector rows (rightmost highest).
  const jogLevel = new Map<string, number>();
  const bottomEdgesByRow = new Map<number, GraphEdge[]>();
  for (const e of input.edges) {
    const p = plan.get(e.id);
    if (p !== 'direct' && p !== 'bottom-channel') continue;
    const row = symbolOf(e.from).row;
    const list = bottomEdgesByRow.get(row) ?? [];
    list.push(e);
    bottomEdgesByRow.set(row, list);
  }
  for (const edges of bottomEdgesByRow.values()) {
    edges.sort((a, b) => symbolOf(b.from).col - symbolOf(a.from).col || symbolOf(b.from).dx - symbolOf(a.from).dx);
    edges.forEach((e, i) => {
      const s = symbolOf(e.from);
      jogLevel.set(e.id, s.cy + s.height / 2 + (i === 0 ? JOG : JOG + LINE_GAP * i));
    });
  }
  return { labelAbove, aboveLevel, jogLevel };
}
