/**
 * Phase 5, polylines: every edge as an orthogonal polyline with its label, and the small
 * "Selesai" terminators of branches that end the process.
 */
import type { Direction, EdgeLabel, EdgeRoute, FlowEdge, FlowSymbol, GraphEdge, Point, XRef, YRef } from '../geometry';
import { SYMBOL_SIZE } from '../symbols';
import type { Ports } from './assign-ports';
import type { ChannelTracks } from './channel-tracks';
import {
  bottomPoint, END_BELOW_GAP, isConnector, LANE_WIDTH_WITH_SIDE_END, leftPoint, rightPoint, round, topPoint, xCenter, yTop,
  type RouteContext,
} from './context';
import type { RowLevels } from './place-in-rows';

export interface Polylines {
  edges: FlowEdge[];
  /** The "Selesai" terminators added for branches that end the process. */
  endSymbols: FlowSymbol[];
}

export function drawPolylines(
  { input, symbolOf }: RouteContext,
  { plan }: Ports,
  slotOf: Map<string, number>,
  { labelAbove, aboveLevel, jogLevel }: RowLevels,
  { trackX }: ChannelTracks,
): Polylines {
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
  return { edges, endSymbols };
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
