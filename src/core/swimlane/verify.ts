/**
 * Checks the drawing rules of an SOP AP flowchart on a resolved layout and lists what breaks them:
 * every arrow starts on its source's outline and ends on its target's, segments are orthogonal,
 * no segment passes through a symbol, no two edges run on top of one another, symbols stay in
 * their cells and apart, every decision has exactly two labelled exits.
 * Tests run it at many row heights and lane widths; the benchmark and the preview use it too.
 */
import type { SwimlaneLayout } from './geometry';
import type { ResolvedLayout, ResolvedSymbol, XY } from './resolve';
import { distanceToOutline, isInside } from './symbols';

/** How close (px) an arrow end must be to a symbol's outline. */
export const TOUCH_TOLERANCE = 0.5;
/** Shortest last segment: the arrowhead needs a straight run to sit on. */
export const MIN_ARROW_RUN = 8;

export interface Segment {
  edge: string;
  a: XY;
  b: XY;
}

export function segmentsOf(resolved: ResolvedLayout): Segment[] {
  const out: Segment[] = [];
  for (const e of resolved.edges) {
    for (let i = 0; i + 1 < e.points.length; i++) out.push({ edge: e.id, a: e.points[i]!, b: e.points[i + 1]! });
  }
  return out;
}

const isVertical = (s: Segment) => Math.abs(s.a.x - s.b.x) < 1e-6;
const isHorizontal = (s: Segment) => Math.abs(s.a.y - s.b.y) < 1e-6;

function overlapLength(a1: number, a2: number, b1: number, b2: number): number {
  const lo = Math.max(Math.min(a1, a2), Math.min(b1, b2));
  const hi = Math.min(Math.max(a1, a2), Math.max(b1, b2));
  return hi - lo;
}

/** Does the segment pass through the symbol's interior (more than `margin` px inside)? */
export function segmentEntersSymbol(seg: Segment, s: ResolvedSymbol, margin = 0.5): boolean {
  const minX = Math.min(seg.a.x, seg.b.x);
  const maxX = Math.max(seg.a.x, seg.b.x);
  const minY = Math.min(seg.a.y, seg.b.y);
  const maxY = Math.max(seg.a.y, seg.b.y);
  if (maxX < s.cx - s.width / 2 || minX > s.cx + s.width / 2) return false;
  if (maxY < s.cy - s.height / 2 || minY > s.cy + s.height / 2) return false;
  const length = Math.hypot(seg.b.x - seg.a.x, seg.b.y - seg.a.y);
  const steps = Math.max(1, Math.ceil(length * 2));
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const x = seg.a.x + (seg.b.x - seg.a.x) * t;
    const y = seg.a.y + (seg.b.y - seg.a.y) * t;
    if (isInside(s, x - s.cx, y - s.cy, margin)) return true;
  }
  return false;
}

export function verifyLayout(layout: SwimlaneLayout, resolved: ResolvedLayout): string[] {
  const problems: string[] = [];
  const symbols = new Map(resolved.symbols.map((s) => [s.id, s]));

  // Symbols inside their cells, and apart from each other.
  for (const s of resolved.symbols) {
    const col = resolved.columns[s.col]!;
    const row = resolved.rows[s.row]!;
    if (s.cx - s.width / 2 < col.x || s.cx + s.width / 2 > col.x + col.width) {
      problems.push(`symbol ${s.id} sticks out of lane ${s.col}`);
    }
    if (s.cy - s.height / 2 < row.y || s.cy + s.height / 2 > row.y + row.height) {
      problems.push(`symbol ${s.id} sticks out of row ${s.row}`);
    }
  }
  for (let i = 0; i < resolved.symbols.length; i++) {
    for (let j = i + 1; j < resolved.symbols.length; j++) {
      const a = resolved.symbols[i]!;
      const b = resolved.symbols[j]!;
      const apartX = Math.abs(a.cx - b.cx) >= (a.width + b.width) / 2;
      const apartY = Math.abs(a.cy - b.cy) >= (a.height + b.height) / 2;
      if (!apartX && !apartY) problems.push(`symbols ${a.id} and ${b.id} overlap`);
    }
  }

  // Edges: orthogonal, joined to their symbols, arrowhead on a straight run.
  for (const e of resolved.edges) {
    const from = symbols.get(e.from);
    const to = symbols.get(e.to);
    if (!from || !to) {
      problems.push(`edge ${e.id} joins a missing symbol`);
      continue;
    }
    if (e.points.length < 2) {
      problems.push(`edge ${e.id} has fewer than two points`);
      continue;
    }
    const first = e.points[0]!;
    const last = e.points[e.points.length - 1]!;
    const startGap = distanceToOutline(from, first.x - from.cx, first.y - from.cy);
    const endGap = distanceToOutline(to, last.x - to.cx, last.y - to.cy);
    if (startGap > TOUCH_TOLERANCE) problems.push(`edge ${e.id} starts ${startGap.toFixed(2)}px off ${from.id}`);
    if (endGap > TOUCH_TOLERANCE) problems.push(`edge ${e.id} ends ${endGap.toFixed(2)}px off ${to.id}`);
    for (let i = 0; i + 1 < e.points.length; i++) {
      const seg = { edge: e.id, a: e.points[i]!, b: e.points[i + 1]! };
      if (!isVertical(seg) && !isHorizontal(seg)) problems.push(`edge ${e.id} segment ${i} is not orthogonal`);
      if (Math.hypot(seg.a.x - seg.b.x, seg.a.y - seg.b.y) < 1e-6) problems.push(`edge ${e.id} segment ${i} is empty`);
    }
    const a = e.points[e.points.length - 2]!;
    if (Math.hypot(last.x - a.x, last.y - a.y) < MIN_ARROW_RUN) {
      problems.push(`edge ${e.id} ends with a run too short for its arrowhead`);
    }
    for (const p of e.points) {
      if (p.x < 0 || p.x > resolved.width || p.y < 0 || p.y > resolved.height) {
        problems.push(`edge ${e.id} leaves the diagram`);
        break;
      }
    }
  }

  // No segment through a symbol; no two segments on top of one another.
  const segments = segmentsOf(resolved);
  for (const seg of segments) {
    for (const s of resolved.symbols) {
      if (segmentEntersSymbol(seg, s)) problems.push(`edge ${seg.edge} passes through symbol ${s.id}`);
    }
  }
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      const p = segments[i]!;
      const q = segments[j]!;
      const sameEdgeNeighbours = p.edge === q.edge && j === i + 1;
      if (sameEdgeNeighbours) continue;
      let overlap = -1;
      if (isVertical(p) && isVertical(q) && Math.abs(p.a.x - q.a.x) < 1) overlap = overlapLength(p.a.y, p.b.y, q.a.y, q.b.y);
      if (isHorizontal(p) && isHorizontal(q) && Math.abs(p.a.y - q.a.y) < 1) overlap = overlapLength(p.a.x, p.b.x, q.a.x, q.b.x);
      if (overlap > 0.5) problems.push(`edges ${p.edge} and ${q.edge} run on top of one another`);
    }
  }

  // Decisions: exactly two exits, both labelled, one "yes" and one "no".
  for (const s of layout.symbols.filter((x) => x.kind === 'decision')) {
    const exits = layout.edges.filter((e) => e.from === s.id);
    const branches = exits.map((e) => e.branch).sort().join(',');
    if (exits.length !== 2 || branches !== 'no,yes') problems.push(`decision ${s.id} does not have exactly a yes and a no exit`);
    for (const e of exits) if (!e.label || e.label.text.trim() === '') problems.push(`decision ${s.id} exit ${e.id} has no label`);
  }
  return problems;
}

/** Number of points where two edges cross (allowed, but worth keeping low). */
export function countCrossings(resolved: ResolvedLayout): number {
  const segments = segmentsOf(resolved);
  let crossings = 0;
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      const p = segments[i]!;
      const q = segments[j]!;
      if (p.edge === q.edge) continue;
      const [v, h] = isVertical(p) && isHorizontal(q) ? [p, q] : isVertical(q) && isHorizontal(p) ? [q, p] : [null, null];
      if (!v || !h) continue;
      const x = v.a.x;
      const y = h.a.y;
      const inside = (n: number, a: number, b: number) => n > Math.min(a, b) + 0.5 && n < Math.max(a, b) - 0.5;
      if (inside(x, h.a.x, h.b.x) && inside(y, v.a.y, v.b.y)) crossings++;
    }
  }
  return crossings;
}
