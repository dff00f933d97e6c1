/**
 * Cuts a layout into what each table cell draws: a line that crosses rows or lanes becomes one
 * piece per cell it passes, each positioned from its own cell's edges, so the pieces meet
 * whatever height a row grows to and whatever width a lane gets. Pure (no DOM).
 */
import type { Direction, EdgeLabel, FlowSymbol, Point, SwimlaneLayout, XRef } from '../geometry';

/** A piece's end: at `dy`/`x` inside the cell, or through the cell's edge into the next cell. */
export type VerticalEnd = { at: 'y'; dy: number } | { at: 'edge' };
export type HorizontalEnd = { at: 'x'; x: XRef } | { at: 'edge' };

export interface VerticalPiece {
  kind: 'v';
  edge: string;
  x: XRef;
  top: VerticalEnd;
  bottom: VerticalEnd;
  /** This piece holds the edge's first point, at the named end. */
  start?: 'top' | 'bottom';
}

export interface HorizontalPiece {
  kind: 'h';
  edge: string;
  dy: number;
  left: HorizontalEnd;
  right: HorizontalEnd;
  start?: 'left' | 'right';
}

export interface ArrowPiece {
  kind: 'arrow';
  edge: string;
  from: string;
  to: string;
  dir: Direction;
  x: XRef;
  dy: number;
}

export interface SymbolPiece {
  kind: 'symbol';
  symbol: FlowSymbol;
}

export interface LabelPiece {
  kind: 'label';
  edge: string;
  label: EdgeLabel;
}

export type Piece = VerticalPiece | HorizontalPiece | ArrowPiece | SymbolPiece | LabelPiece;

/** Pieces per cell, keyed `${row}:${col}` (col = lane index, lanes count = channel column). */
export type CellPieces = Map<string, Piece[]>;

export const cellKey = (row: number, col: number) => `${row}:${col}`;

/** The line stops this far before the arrow's tip, so the arrowhead's point stays sharp. */
export const ARROW_TRIM = 6;

/** The point moved `by` px back toward `from` (both on one axis-parallel segment). */
function pullBack(tip: Point, from: Point, by: number): Point {
  if (tip.x.col === from.x.col && tip.x.at === from.x.at && tip.x.dx === from.x.dx) {
    const up = yOrder(from) < yOrder(tip);
    return { x: tip.x, y: { ...tip.y, dy: tip.y.dy + (up ? -by : by) } };
  }
  const leftward = xOrder(from.x) < xOrder(tip.x);
  return { x: { ...tip.x, dx: tip.x.dx + (leftward ? -by : by) }, y: tip.y };
}

const ANCHOR_RANK = { start: 0, center: 1, end: 2 } as const;
/** Left-to-right order of two positions (lanes are wide enough for offsets not to reorder them). */
function xOrder(x: XRef): number {
  return x.col * 1e6 + ANCHOR_RANK[x.at] * 1e5 + x.dx;
}
function yOrder(p: Point): number {
  return p.y.row * 1e6 + (p.y.at === 'bottom' ? 9e5 : p.y.dy);
}

export function cellPieces(layout: SwimlaneLayout): CellPieces {
  const cells: CellPieces = new Map();
  const add = (row: number, col: number, piece: Piece) => {
    const key = cellKey(row, col);
    const list = cells.get(key);
    if (list) list.push(piece);
    else cells.set(key, [piece]);
  };

  for (const s of layout.symbols) add(s.row, s.col, { kind: 'symbol', symbol: s });

  for (const e of layout.edges) {
    for (let i = 0; i + 1 < e.points.length; i++) {
      const a = e.points[i]!;
      const isLast = i + 2 === e.points.length;
      const b = isLast ? pullBack(e.points[i + 1]!, a, ARROW_TRIM) : e.points[i + 1]!;
      const isStart = i === 0;
      if (a.x.col === b.x.col && a.x.at === b.x.at && a.x.dx === b.x.dx) {
        // Vertical: one piece per row it passes.
        const [top, bottom] = yOrder(a) <= yOrder(b) ? [a, b] : [b, a];
        const startEnd = isStart ? (top === a ? 'top' : 'bottom') : undefined;
        for (let row = top.y.row; row <= bottom.y.row; row++) {
          const piece: VerticalPiece = {
            kind: 'v',
            edge: e.id,
            x: a.x,
            top: row === top.y.row ? { at: 'y', dy: top.y.dy } : { at: 'edge' },
            bottom: row === bottom.y.row ? { at: 'y', dy: bottom.y.dy } : { at: 'edge' },
          };
          if (startEnd === 'top' && row === top.y.row) piece.start = 'top';
          if (startEnd === 'bottom' && row === bottom.y.row) piece.start = 'bottom';
          add(row, a.x.col, piece);
        }
      } else {
        // Horizontal: one piece per column it passes, all in the same row.
        const [left, right] = xOrder(a.x) <= xOrder(b.x) ? [a, b] : [b, a];
        const startEnd = isStart ? (left === a ? 'left' : 'right') : undefined;
        for (let col = left.x.col; col <= right.x.col; col++) {
          const piece: HorizontalPiece = {
            kind: 'h',
            edge: e.id,
            dy: a.y.dy,
            left: col === left.x.col ? { at: 'x', x: left.x } : { at: 'edge' },
            right: col === right.x.col ? { at: 'x', x: right.x } : { at: 'edge' },
          };
          if (startEnd === 'left' && col === left.x.col) piece.start = 'left';
          if (startEnd === 'right' && col === right.x.col) piece.start = 'right';
          add(a.y.row, col, piece);
        }
      }
    }
    const tip = e.points[e.points.length - 1]!;
    add(tip.y.row, tip.x.col, { kind: 'arrow', edge: e.id, from: e.from, to: e.to, dir: e.arrow, x: tip.x, dy: tip.y.dy });
    if (e.label) add(e.label.at.y.row, e.label.at.x.col, { kind: 'label', edge: e.id, label: e.label });
  }
  return cells;
}
