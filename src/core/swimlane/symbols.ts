/**
 * Sizes and outlines of the SOP AP symbols, in px, relative to a symbol's centre.
 * The renderer draws the same outlines (shapeSvg in render/render-html.ts), so a point
 * computed here lies on the drawn edge.
 */
import type { FlowSymbol, SymbolKind } from './geometry';

export const SYMBOL_SIZE: Record<SymbolKind, { width: number; height: number }> = {
  terminator: { width: 64, height: 26 },
  process: { width: 56, height: 30 },
  decision: { width: 48, height: 36 },
  connector: { width: 24, height: 24 },
  end: { width: 46, height: 20 },
};

/** Where the pentagon's sides turn into its point, as a share of its height. */
export const CONNECTOR_SHOULDER = 0.6;

type Shape = Pick<FlowSymbol, 'kind' | 'width' | 'height'>;

function isCapsule(kind: SymbolKind): boolean {
  return kind === 'terminator' || kind === 'end';
}

/** x offset (from the centre) of the right outline at height `dy` (from the centre). */
export function rightOutlineX(shape: Shape, dy: number): number {
  const w = shape.width / 2;
  const h = shape.height / 2;
  const a = Math.abs(dy);
  if (a > h) throw new RangeError(`dy ${dy} di luar simbol setinggi ${shape.height}`);
  switch (shape.kind) {
    case 'decision':
      return w * (1 - a / h);
    case 'terminator':
    case 'end': {
      const r = h;
      return w - r + Math.sqrt(Math.max(0, r * r - a * a));
    }
    case 'connector': {
      const shoulder = shape.height * CONNECTOR_SHOULDER - h;
      if (dy <= shoulder) return w;
      return w * (1 - (dy - shoulder) / (h - shoulder));
    }
    default:
      return w;
  }
}

/** y offset (from the centre, negative = up) of the top outline at horizontal offset `dx`. */
export function topOutlineY(shape: Shape, dx: number): number {
  const w = shape.width / 2;
  const h = shape.height / 2;
  const a = Math.abs(dx);
  if (a > w) throw new RangeError(`dx ${dx} di luar simbol selebar ${shape.width}`);
  if (shape.kind === 'decision') return -h * (1 - a / w);
  if (isCapsule(shape.kind)) {
    const r = h;
    const straight = w - r;
    if (a <= straight) return -h;
    const t = a - straight;
    return -Math.sqrt(Math.max(0, r * r - t * t));
  }
  return -h;
}

/** Is the point (dx, dy), relative to the centre, inside the outline and farther than `margin` from it? */
export function isInside(shape: Shape, dx: number, dy: number, margin = 0): boolean {
  if (Math.abs(dx) >= shape.width / 2 || Math.abs(dy) >= shape.height / 2) return false;
  if (!pointInPolygon(outlinePolygon(shape, 32), dx, dy)) return false;
  return distanceToOutline(shape, dx, dy) > margin;
}

function pointInPolygon(polygon: [number, number][], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Distance from (dx, dy) to the outline, approximated by walking the outline (for tests). */
export function distanceToOutline(shape: Shape, dx: number, dy: number): number {
  let best = Infinity;
  const outline = outlinePolygon(shape, 64);
  for (let i = 0; i < outline.length; i++) {
    const [x1, y1] = outline[i]!;
    const [x2, y2] = outline[(i + 1) % outline.length]!;
    best = Math.min(best, distanceToSegment(dx, dy, x1, y1, x2, y2));
  }
  return best;
}

/** The outline as a closed polygon (capsule ends approximated with `arcSteps` points each). */
export function outlinePolygon(shape: Shape, arcSteps = 16): [number, number][] {
  const w = shape.width / 2;
  const h = shape.height / 2;
  switch (shape.kind) {
    case 'decision':
      return [
        [0, -h],
        [w, 0],
        [0, h],
        [-w, 0],
      ];
    case 'connector': {
      const s = shape.height * CONNECTOR_SHOULDER - h;
      return [
        [-w, -h],
        [w, -h],
        [w, s],
        [0, h],
        [-w, s],
      ];
    }
    case 'terminator':
    case 'end': {
      const r = h;
      const straight = w - r;
      const points: [number, number][] = [];
      for (let i = 0; i <= arcSteps; i++) {
        const a = -Math.PI / 2 + (Math.PI * i) / arcSteps;
        points.push([straight + r * Math.cos(a), r * Math.sin(a)]);
      }
      for (let i = 0; i <= arcSteps; i++) {
        const a = Math.PI / 2 + (Math.PI * i) / arcSteps;
        points.push([-straight + r * Math.cos(a), r * Math.sin(a)]);
      }
      return points;
    }
    default:
      return [
        [-w, -h],
        [w, -h],
        [w, h],
        [-w, h],
      ];
  }
}

function distanceToSegment(px: number, py: number, x1: number, y1: number, x2: number, y2: number): number {
  const vx = x2 - x1;
  const vy = y2 - y1;
  const len2 = vx * vx + vy * vy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * vx + (py - y1) * vy) / len2));
  const cx = x1 + t * vx;
  const cy = y1 + t * vy;
  return Math.hypot(px - cx, py - cy);
}
