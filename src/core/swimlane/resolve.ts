/**
 * Resolves a layout to absolute px for given row heights and lane widths, the way a browser
 * would once it has laid out the table. Used by the checks (verify.ts), tests and the benchmark;
 * the renderer never needs it.
 */
import type { FlowSymbol, SwimlaneLayout, XRef, YRef } from './geometry';

export interface Sizes {
  /** Height of every row, each at least its minHeight. */
  rowHeights: number[];
  /** Width of every lane, each at least laneMinWidth. */
  laneWidths: number[];
}

export interface XY {
  x: number;
  y: number;
}

export interface ResolvedSymbol extends Pick<FlowSymbol, 'id' | 'kind' | 'width' | 'height' | 'row' | 'col'> {
  cx: number;
  cy: number;
}

export interface ResolvedEdge {
  id: string;
  from: string;
  to: string;
  points: XY[];
}

export interface ResolvedLayout {
  columns: { x: number; width: number }[];
  rows: { y: number; height: number }[];
  symbols: ResolvedSymbol[];
  edges: ResolvedEdge[];
  width: number;
  height: number;
}

export function resolveLayout(layout: SwimlaneLayout, sizes: Sizes): ResolvedLayout {
  const lanes = layout.actors.length;
  if (sizes.laneWidths.length !== lanes) throw new RangeError('laneWidths must have one width per lane');
  if (sizes.rowHeights.length !== layout.rows.length) throw new RangeError('rowHeights must have one height per row');
  const columns: { x: number; width: number }[] = [];
  let x = 0;
  for (const w of [...sizes.laneWidths, layout.channel.width]) {
    columns.push({ x, width: w });
    x += w;
  }
  const rows: { y: number; height: number }[] = [];
  let y = 0;
  for (const h of sizes.rowHeights) {
    rows.push({ y, height: h });
    y += h;
  }
  const resolveX = (ref: XRef): number => {
    const c = columns[ref.col];
    if (!c) throw new RangeError(`column ${ref.col} does not exist`);
    const base = ref.at === 'start' ? 0 : ref.at === 'center' ? c.width / 2 : c.width;
    return c.x + base + ref.dx;
  };
  const resolveY = (ref: YRef): number => {
    const r = rows[ref.row];
    if (!r) throw new RangeError(`row ${ref.row} does not exist`);
    return r.y + (ref.at === 'top' ? ref.dy : r.height + ref.dy);
  };
  return {
    columns,
    rows,
    width: x,
    height: y,
    symbols: layout.symbols.map((s) => ({
      id: s.id,
      kind: s.kind,
      width: s.width,
      height: s.height,
      row: s.row,
      col: s.col,
      cx: resolveX({ col: s.col, at: 'center', dx: s.dx }),
      cy: resolveY({ row: s.row, at: 'top', dy: s.cy }),
    })),
    edges: layout.edges.map((e) => ({
      id: e.id,
      from: e.from,
      to: e.to,
      points: e.points.map((p) => ({ x: resolveX(p.x), y: resolveY(p.y) })),
    })),
  };
}

/** Sizes at their least: every row at its minHeight, every lane at laneMinWidth. */
export function minimalSizes(layout: SwimlaneLayout): Sizes {
  return {
    rowHeights: layout.rows.map((r) => r.minHeight),
    laneWidths: layout.actors.map(() => layout.laneMinWidth),
  };
}
