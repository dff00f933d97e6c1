/**
 * The router: places symbols inside their rows and draws every edge as an orthogonal polyline.
 *
 * Rules (each keeps lines off symbols and off each other without knowing row heights):
 *  - Every symbol sits `SYMBOL_TOP` px below its row top, centred in its lane; one step per row.
 *  - An edge into the next row leaves the source's bottom, turns (if the lane changes) `JOG` px
 *    below the source, and enters the target's top ("direct").
 *  - Any other edge (a skip forward, a loop back, a second branch) runs through the channel
 *    column beside the lanes: out of the source's right side (or its bottom, then right), along
 *    its own vertical track, and into the target's right side at its own height ("channel").
 *    Off-page connectors are entered from the top instead.
 *  - A branch that ends the process leads to a small "Selesai" terminator in the same row:
 *    in the lane beside the decision (right if nothing else uses that side, else left), or
 *    below the decision ("local").
 * Within a row only the row's own symbol and its own edges are drawn at symbol height, and every
 * horizontal line in a row has its own height, so nothing overlaps; the checks in verify.ts
 * prove it for any row height and lane width.
 */
import type { Direction, EdgeLabel, EdgeRoute, FlowEdge, FlowSymbol, GraphEdge, Point, XRef, YRef } from './geometry';
import { FlowError } from './flow';
import { SYMBOL_SIZE, rightOutlineX, topOutlineY } from './symbols';

/** px from a step row's top to its symbol's top. */
export const SYMBOL_TOP = 12;
/** px from a connector row's top to its first line or symbol. */
export const CONNECTOR_TOP = 8;
/** px below a symbol where a line turns toward another lane. */
export const JOG = 14;
/** Spacing of parallel lines: channel tracks, stacked turns in connector rows, side arrivals. */
export const LINE_GAP = 8;
export const SLOT_GAP = 10;
/** Spacing of arrivals below a decision's own right exit. */
export const EXIT_SLOT_GAP = 12;
/** Room for a branch label of up to two lines (10 px text). */
export const LABEL_HEIGHT = 26;
/** Gap between a decision and the "Selesai" terminator below it (room for the label). */
export const END_BELOW_GAP = 28;
export const ROW_BOTTOM_MARGIN = 10;
export const ROW_MIN_HEIGHT = 48;
export const LANE_MIN_WIDTH = 80;
/** Lanes are at least this wide when a "Selesai" sits beside a decision: room for the branch label. */
export const LANE_WIDTH_WITH_SIDE_END = 96;

export interface RouteInput {
  rowCount: number;
  laneCount: number;
  /** Rows holding off-page connectors. */
  connectorRows: Map<number, 'top' | 'bottom'>;
  /** Step symbols and connectors with row, col and dx set; cy is computed here. */
  symbols: FlowSymbol[];
  edges: GraphEdge[];
}

export interface RouteOutput {
  symbols: FlowSymbol[];
  edges: FlowEdge[];
  rowMinHeights: number[];
  channel: { tracks: number; width: number };
  laneMinWidth: number;
}

type Plan = 'direct' | 'side-direct' | 'bottom-channel' | 'side-channel' | 'end-below' | 'end-right' | 'end-left';

const round = (n: number) => Math.round(n * 100) / 100;

function xCenter(s: FlowSymbol, offset = 0): XRef {
  return { col: s.col, at: 'center', dx: round(s.dx + offset) };
}
function yTop(row: number, dy: number): YRef {
  return { row, at: 'top', dy: round(dy) };
}
function bottomPoint(s: FlowSymbol): Point {
  return { x: xCenter(s), y: yTop(s.row, s.cy + s.height / 2) };
}
function topPoint(s: FlowSymbol): Point {
  return { x: xCenter(s), y: yTop(s.row, s.cy + topOutlineY(s, 0)) };
}
function rightPoint(s: FlowSymbol, dy: number): Point {
  return { x: xCenter(s, rightOutlineX(s, dy)), y: yTop(s.row, s.cy + dy) };
}
function leftPoint(s: FlowSymbol, dy: number): Point {
  return { x: xCenter(s, -rightOutlineX(s, dy)), y: yTop(s.row, s.cy + dy) };
}

export function route(input: RouteInput): RouteOutput {
  const { laneCount, connectorRows } = input;
  const symbols = input.symbols.map((s) => ({ ...s }));
  const byId = new Map(symbols.map((s) => [s.id, s]));
  const symbolOf = (id: string): FlowSymbol => {
    const s = byId.get(id);
    if (!s) throw new FlowError(`Simbol "${id}" tidak ditemukan.`);
    return s;
  };
  const isConnector = (s: FlowSymbol) => s.kind === 'connector';

  const outs = new Map<string, GraphEdge[]>();
  for (const e of input.edges) {
    symbolOf(e.from);
    if (!e.toEnd) symbolOf(e.to);
    const list = outs.get(e.from) ?? [];
    list.push(e);
    outs.set(e.from, list);
  }

  // ---- 1. Ports: which edge leaves through the bottom, which through a side. -------------------
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

  // ---- 2. Side slots: each line into a symbol's right side gets its own height. ---------------
  const slotOf = new Map<string, number>();
  for (const [id, arrivals] of sideArrivals) {
    const t = symbolOf(id);
    if (isConnector(t)) continue; // connectors are entered from the top
    arrivals.sort((a, b) => symbolOf(a.from).row - symbolOf(b.from).row || a.id.localeCompare(b.id));
    const k = arrivals.length;
    let needHalf: number;
    if (rightExit.has(id)) {
      // Below the exit (its label sits above it), far enough for the arrowhead to clear it.
      arrivals.forEach((e, i) => slotOf.set(e.id, EXIT_SLOT_GAP * (i + 1)));
      needHalf = EXIT_SLOT_GAP * k + 10;
    } else {
      arrivals.forEach((e, i) => slotOf.set(e.id, SLOT_GAP * (i - (k - 1) / 2)));
      needHalf = (SLOT_GAP * (k - 1)) / 2 + 8;
    }
    if (needHalf > t.height / 2) t.height = needHalf * 2;
  }

  // ---- 3. Heights inside rows. -----------------------------------------------------------------
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

  // ---- 4. Channel tracks: an edge per track, or several whose rows do not overlap. -----------
  const channelEdges = input.edges.filter((e) => {
    const p = plan.get(e.id);
    return p === 'bottom-channel' || p === 'side-channel';
  });
  const span = (e: GraphEdge) => {
    const a = symbolOf(e.from).row;
    const b = symbolOf(e.to).row;
    return [Math.min(a, b), Math.max(a, b)] as const;
  };
  const ordered = [...channelEdges].sort((a, b) => {
    const [a0, a1] = span(a);
    const [b0, b1] = span(b);
    return a1 - a0 - (b1 - b0) || a0 - b0 || a.id.localeCompare(b.id);
  });
  const trackOf = new Map<string, number>();
  const trackSpans: (readonly [number, number])[][] = [];
  for (const e of ordered) {
    const [lo, hi] = span(e);
    let track = trackSpans.findIndex((spans) => spans.every(([l, h]) => hi < l || lo > h));
    if (track === -1) {
      track = trackSpans.length;
      trackSpans.push([]);
    }
    trackSpans[track]!.push([lo, hi]);
    trackOf.set(e.id, track);
  }
  const tracks = trackSpans.length;
  const trackX = (e: GraphEdge): XRef => ({ col: laneCount, at: 'start', dx: LINE_GAP * (trackOf.get(e.id)! + 1) });

  // ---- 5. Polylines. ---------------------------------------------------------------------------
  const endSymbols: FlowSymbol[] = [];
  const edges: FlowEdge[] = input.edges.map((e) => {
    const s = symbolOf(e.from);
    const p = plan.get(e.id)!;
    let points: Point[];
    let label: EdgeLabel | undefined;
    let routeKind: EdgeRoute;
    let to = e.to;

    if (p === 'end-below' || p === 'end-right' || p === 'end-left') {
      routeKind = 'local';
      const size = SYMBOL_SIZE.end;
      const end: FlowSymbol = {
        id: e.to,
        kind: 'end',
        row: s.row,
        col: p === 'end-right' ? s.col + 1 : p === 'end-left' ? s.col - 1 : s.col,
        dx: p === 'end-below' ? s.dx : 0,
        cy: p === 'end-below' ? s.cy + s.height / 2 + END_BELOW_GAP + size.height / 2 : s.cy,
        width: size.width,
        height: size.height,
        text: 'Selesai',
        name: 'Selesai',
        decorative: true,
      };
      endSymbols.push(end);
      to = end.id;
      if (p === 'end-below') {
        points = [bottomPoint(s), topPoint(end)];
        label = belowLabel(e, points[0]!, 'right');
      } else if (p === 'end-right') {
        points = [rightPoint(s, 0), leftPoint(end, 0)];
        label = sideLabel(e, points[0]!, 'right', { pct: 50, px: -(s.width / 2 + 3) + (LANE_WIDTH_WITH_SIDE_END / 2 - end.width / 2) - 4 });
      } else {
        points = [leftPoint(s, 0), rightPoint(end, 0)];
        label = sideLabel(e, points[0]!, 'left', { pct: 50, px: -(s.width / 2 + 3) + (LANE_WIDTH_WITH_SIDE_END / 2 - end.width / 2) - 4 });
      }
    } else if (p === 'side-direct') {
      routeKind = 'direct';
      const t = symbolOf(e.to);
      const exit = rightPoint(s, 0);
      const end = topPoint(t);
      points = [exit, { x: end.x, y: exit.y }, end];
      label = labelAbove.has(e.id) ? labelOverDecision(e, s) : sideLabel(e, exit, 'right', { pct: 0, px: 84 });
    } else if (p === 'direct') {
      routeKind = 'direct';
      const t = symbolOf(e.to);
      const start = bottomPoint(s);
      const end = topPoint(t);
      const sameX = s.col === t.col && s.dx === t.dx;
      if (sameX) points = [start, end];
      else {
        const jog = yTop(s.row, jogLevel.get(e.id)!);
        points = [start, { x: start.x, y: jog }, { x: end.x, y: jog }, end];
      }
      const goesRight = !sameX && (t.col > s.col || (t.col === s.col && t.dx > s.dx));
      label = belowLabel(e, start, goesRight ? 'left' : 'right');
    } else {
      routeKind = 'channel';
      const t = symbolOf(e.to);
      const track = trackX(e);
      const head: Point[] = [];
      if (p === 'side-channel') {
        const exit = rightPoint(s, 0);
        head.push(exit, { x: track, y: exit.y });
        label = labelAbove.has(e.id) ? labelOverDecision(e, s) : sideLabel(e, exit, 'right', { pct: 0, px: 84 });
      } else {
        const start = bottomPoint(s);
        const jog = yTop(s.row, jogLevel.get(e.id)!);
        head.push(start, { x: start.x, y: jog }, { x: track, y: jog });
        label = belowLabel(e, start, 'left');
      }
      const tail: Point[] = [];
      if (isConnector(t)) {
        const level = yTop(t.row, aboveLevel.get(e.id)!);
        const end = topPoint(t);
        tail.push({ x: track, y: level }, { x: end.x, y: level }, end);
      } else {
        const dy = slotOf.get(e.id) ?? 0;
        const end = rightPoint(t, dy);
        tail.push({ x: track, y: end.y }, end);
      }
      points = [...head, ...tail];
    }
    const edge: FlowEdge = {
      id: e.id,
      from: e.from,
      to,
      route: routeKind,
      points: simplify(points),
      arrow: 'down',
    };
    if (e.branch) edge.branch = e.branch;
    if (label) edge.label = label;
    edge.arrow = lastDirection(edge.points);
    return edge;
  });

  const all = [...symbols, ...endSymbols];

  // ---- 6. Least row heights and lane width. ----------------------------------------------------
  const rowMinHeights = Array.from({ length: input.rowCount }, () => ROW_MIN_HEIGHT);
  const grow = (row: number, bottom: number) => {
    rowMinHeights[row] = Math.max(rowMinHeights[row]!, Math.ceil(bottom + ROW_BOTTOM_MARGIN));
  };
  for (const s of all) grow(s.row, s.cy + s.height / 2);
  for (const e of edges) {
    for (const p of e.points) if (p.y.at === 'top') grow(p.y.row, p.y.dy);
    if (e.label && e.label.place.startsWith('below')) grow(e.label.at.y.row, e.label.at.y.dy + LABEL_HEIGHT);
  }
  const sideEnd = [...plan.values()].some((p) => p === 'end-right' || p === 'end-left');
  let laneMinWidth = sideEnd ? LANE_WIDTH_WITH_SIDE_END : LANE_MIN_WIDTH;
  for (const s of all) laneMinWidth = Math.max(laneMinWidth, 2 * (Math.abs(s.dx) + s.width / 2 + 6));

  return {
    symbols: all,
    edges,
    rowMinHeights,
    channel: { tracks, width: tracks === 0 ? 0 : LINE_GAP * (tracks + 1) + 4 },
    laneMinWidth,
  };
}

function belowLabel(e: GraphEdge, start: Point, side: 'left' | 'right'): EdgeLabel | undefined {
  if (!e.label) return undefined;
  return {
    text: e.label,
    at: {
      x: { ...start.x, dx: round(start.x.dx + (side === 'right' ? 4 : -4)) },
      y: { ...start.y, dy: round(start.y.dy + 2) },
    },
    place: side === 'right' ? 'below-right' : 'below-left',
    maxWidth: { pct: 50, px: -8 },
  };
}

function sideLabel(e: GraphEdge, exit: Point, side: 'left' | 'right', maxWidth: EdgeLabel['maxWidth']): EdgeLabel | undefined {
  if (!e.label) return undefined;
  return {
    text: e.label,
    at: {
      x: { ...exit.x, dx: round(exit.x.dx + (side === 'right' ? 3 : -3)) },
      y: { ...exit.y, dy: round(exit.y.dy - 2) },
    },
    place: side === 'right' ? 'above-right' : 'above-left',
    maxWidth,
  };
}

/** Above the decision's right shoulder, right of the line coming in from above. */
function labelOverDecision(e: GraphEdge, s: FlowSymbol): EdgeLabel | undefined {
  if (!e.label) return undefined;
  return {
    text: e.label,
    at: { x: xCenter(s, 6), y: yTop(s.row, s.cy - s.height / 2 - 1) },
    place: 'above-right',
    maxWidth: { pct: 50, px: -(s.dx + 8) },
  };
}

function sameX(a: XRef, b: XRef): boolean {
  return a.col === b.col && a.at === b.at && a.dx === b.dx;
}
function sameY(a: YRef, b: YRef): boolean {
  return a.row === b.row && a.at === b.at && a.dy === b.dy;
}

/** Drops repeated points and points in the middle of a straight run. */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && sameX(last.x, p.x) && sameY(last.y, p.y)) continue;
    const prev = out[out.length - 2];
    if (prev && last) {
      const vertical = sameX(prev.x, last.x) && sameX(last.x, p.x);
      const horizontal = sameY(prev.y, last.y) && sameY(last.y, p.y);
      if (vertical || horizontal) out.pop();
    }
    out.push(p);
  }
  return out;
}

/** Direction of the last segment; only the order of the two points matters. */
function lastDirection(points: Point[]): Direction {
  const a = points[points.length - 2]!;
  const b = points[points.length - 1]!;
  if (sameX(a.x, b.x)) {
    const ay = a.y.row + (a.y.at === 'bottom' ? 0.999 : a.y.dy / 1e6);
    const by = b.y.row + (b.y.at === 'bottom' ? 0.999 : b.y.dy / 1e6);
    return by > ay ? 'down' : 'up';
  }
  const ax = a.x.col * 3 + (a.x.at === 'start' ? 0 : a.x.at === 'center' ? 1 : 2) + a.x.dx / 1e6;
  const bx = b.x.col * 3 + (b.x.at === 'start' ? 0 : b.x.at === 'center' ? 1 : 2) + b.x.dx / 1e6;
  return bx > ax ? 'right' : 'left';
}
