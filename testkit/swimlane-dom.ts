/**
 * Reads a rendered swimlane flowchart back from the DOM (getBoundingClientRect) and checks what
 * the reader sees: every arrow's tip and start touch their symbols' outlines, the pieces of each
 * edge form one connected line from start to tip, and no line runs through a symbol.
 * Shared by the e2e test on the SOP pages and the preview script (scripts/swimlane-preview.ts).
 */
import type { Page } from 'puppeteer-core';
import { distanceToOutline, isInside } from '../src/core/swimlane/symbols';
import type { SymbolKind } from '../src/core/swimlane/geometry';

/** px: browsers snap borders and positions to device pixels. */
export const DOM_TOLERANCE = 1.5;
/** Must match ARROW_LENGTH in src/core/swimlane/render/render-html.ts (the triangle's length along the line). */
const ARROW_LENGTH = 9;

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}
interface RawTable {
  symbols: { id: string; kind: string; box: Box }[];
  lines: { edge: string; vertical: boolean; start: string | null; box: Box }[];
  arrows: { edge: string; from: string; to: string; dir: string; box: Box }[];
}

/**
 * Runs in the page. Kept as source text: tools that rewrite functions for Node (tsx, vitest)
 * must not touch what the browser evaluates.
 */
const COLLECT_IN_PAGE = `(() => {
  function box(el) {
    const r = el.getBoundingClientRect();
    return { left: r.left + window.scrollX, top: r.top + window.scrollY, width: r.width, height: r.height };
  }
  return Array.from(document.querySelectorAll('.swimlane table.swl-table')).map(function (table) {
    return {
      symbols: Array.from(table.querySelectorAll('[data-symbol-id]')).map(function (el) {
        return { id: el.getAttribute('data-symbol-id'), kind: el.getAttribute('data-symbol'), box: box(el) };
      }),
      lines: Array.from(table.querySelectorAll('.swl-line')).map(function (el) {
        return {
          edge: el.getAttribute('data-edge'),
          vertical: el.classList.contains('swl-line--v'),
          start: el.getAttribute('data-start'),
          box: box(el),
        };
      }),
      arrows: Array.from(table.querySelectorAll('.swl-arrow')).map(function (el) {
        return {
          edge: el.getAttribute('data-edge'),
          from: el.getAttribute('data-from'),
          to: el.getAttribute('data-to'),
          dir: el.getAttribute('data-dir'),
          box: box(el),
        };
      }),
    };
  });
})()`;

export async function collectSwimlanes(page: Page): Promise<RawTable[]> {
  return (await page.evaluate(COLLECT_IN_PAGE)) as RawTable[];
}

interface Seg {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function segmentOf(line: RawTable['lines'][number]): Seg {
  const b = line.box;
  if (line.vertical) {
    const x = b.left + b.width / 2;
    return { x1: x, y1: b.top, x2: x, y2: b.top + b.height };
  }
  const y = b.top + b.height / 2;
  return { x1: b.left, y1: y, x2: b.left + b.width, y2: y };
}

function tipOf(a: RawTable['arrows'][number]): { tip: [number, number]; base: [number, number] } {
  const b = a.box;
  const cx = b.left + b.width / 2;
  const cy = b.top + b.height / 2;
  switch (a.dir) {
    case 'down':
      return { tip: [cx, b.top + b.height], base: [cx, b.top + b.height - ARROW_LENGTH] };
    case 'up':
      return { tip: [cx, b.top], base: [cx, b.top + ARROW_LENGTH] };
    case 'left':
      return { tip: [b.left, cy], base: [b.left + ARROW_LENGTH, cy] };
    default:
      return { tip: [b.left + b.width, cy], base: [b.left + b.width - ARROW_LENGTH, cy] };
  }
}

function pointToSeg(px: number, py: number, s: Seg): number {
  const cx = Math.max(Math.min(s.x1, s.x2), Math.min(px, Math.max(s.x1, s.x2)));
  const cy = Math.max(Math.min(s.y1, s.y2), Math.min(py, Math.max(s.y1, s.y2)));
  return Math.hypot(px - cx, py - cy);
}
function segToSeg(a: Seg, b: Seg): number {
  // Axis-parallel segments: the closest pair involves an end of one of them.
  return Math.min(
    pointToSeg(a.x1, a.y1, b),
    pointToSeg(a.x2, a.y2, b),
    pointToSeg(b.x1, b.y1, a),
    pointToSeg(b.x2, b.y2, a),
    crosses(a, b) ? 0 : Infinity,
  );
}
function crosses(a: Seg, b: Seg): boolean {
  const [v, h] = a.x1 === a.x2 ? [a, b] : [b, a];
  if (v.x1 !== v.x2 || h.y1 !== h.y2) return false;
  return v.x1 >= Math.min(h.x1, h.x2) && v.x1 <= Math.max(h.x1, h.x2) && h.y1 >= Math.min(v.y1, v.y2) && h.y1 <= Math.max(v.y1, v.y2);
}

function outlineGap(s: RawTable['symbols'][number], x: number, y: number): number {
  const shape = { kind: s.kind as SymbolKind, width: s.box.width, height: s.box.height };
  return distanceToOutline(shape, x - (s.box.left + s.box.width / 2), y - (s.box.top + s.box.height / 2));
}

export interface DomCheckResult {
  edges: number;
  symbols: number;
  problems: string[];
}

export function checkSwimlanes(tables: RawTable[], tolerance = DOM_TOLERANCE): DomCheckResult {
  const problems: string[] = [];
  let edges = 0;
  let symbolCount = 0;
  tables.forEach((t, ti) => {
    const where = `table ${ti + 1}`;
    const symbols = new Map(t.symbols.map((s) => [s.id, s]));
    symbolCount += t.symbols.length;
    for (const arrow of t.arrows) {
      edges++;
      const from = symbols.get(arrow.from);
      const to = symbols.get(arrow.to);
      if (!from || !to) {
        problems.push(`${where}: edge ${arrow.edge} joins a symbol that is not drawn`);
        continue;
      }
      const { tip, base } = tipOf(arrow);
      const tipGap = outlineGap(to, tip[0], tip[1]);
      if (tipGap > tolerance) problems.push(`${where}: arrow ${arrow.edge} ends ${tipGap.toFixed(1)}px from ${to.id}`);

      const lines = t.lines.filter((l) => l.edge === arrow.edge);
      const starts = lines.filter((l) => l.start);
      if (starts.length !== 1) {
        problems.push(`${where}: edge ${arrow.edge} has ${starts.length} start pieces`);
        continue;
      }
      const startLine = starts[0]!;
      const s0 = segmentOf(startLine);
      const start: [number, number] =
        startLine.start === 'top' ? [s0.x1, Math.min(s0.y1, s0.y2)]
        : startLine.start === 'bottom' ? [s0.x1, Math.max(s0.y1, s0.y2)]
        : startLine.start === 'left' ? [Math.min(s0.x1, s0.x2), s0.y1]
        : [Math.max(s0.x1, s0.x2), s0.y1];
      const startGap = outlineGap(from, start[0], start[1]);
      if (startGap > tolerance) problems.push(`${where}: edge ${arrow.edge} starts ${startGap.toFixed(1)}px from ${from.id}`);

      // Connected: from the start piece, through touching pieces, to the arrowhead.
      const segs = lines.map(segmentOf);
      const arrowSeg: Seg = { x1: tip[0], y1: tip[1], x2: base[0], y2: base[1] };
      const all = [...segs, arrowSeg];
      const seen = new Set<number>([lines.indexOf(startLine)]);
      const queue = [lines.indexOf(startLine)];
      while (queue.length) {
        const i = queue.pop()!;
        all.forEach((s, j) => {
          if (!seen.has(j) && segToSeg(all[i]!, s) <= tolerance) {
            seen.add(j);
            queue.push(j);
          }
        });
      }
      if (!seen.has(all.length - 1)) problems.push(`${where}: edge ${arrow.edge} is broken between its start and its arrowhead`);
      const loose = segs.findIndex((_, j) => !seen.has(j));
      if (loose !== -1) problems.push(`${where}: edge ${arrow.edge} has a piece that joins nothing`);

      // No piece through a symbol (ends may touch their own symbols' outlines).
      for (const seg of segs) {
        for (const s of t.symbols) {
          const cx = s.box.left + s.box.width / 2;
          const cy = s.box.top + s.box.height / 2;
          const length = Math.hypot(seg.x2 - seg.x1, seg.y2 - seg.y1);
          const steps = Math.max(1, Math.ceil(length));
          for (let k = 0; k <= steps; k++) {
            const x = seg.x1 + ((seg.x2 - seg.x1) * k) / steps;
            const y = seg.y1 + ((seg.y2 - seg.y1) * k) / steps;
            const shape = { kind: s.kind as SymbolKind, width: s.box.width, height: s.box.height };
            if (isInside(shape, x - cx, y - cy, tolerance + 0.5)) {
              problems.push(`${where}: edge ${arrow.edge} runs through symbol ${s.id}`);
              k = steps;
            }
          }
        }
      }
    }
    // Every line piece belongs to an edge that has an arrowhead.
    const withArrow = new Set(t.arrows.map((a) => a.edge));
    for (const l of t.lines) if (!withArrow.has(l.edge)) problems.push(`${where}: line of edge ${l.edge} has no arrowhead`);
  });
  return { edges, symbols: symbolCount, problems: [...new Set(problems)] };
}
