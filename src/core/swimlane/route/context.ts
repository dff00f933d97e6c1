/**
 * What every routing phase shares: the router's input and output, its spacing constants, the
 * working copy of the symbols with lookups, and the points on a symbol's outline.
 */
import type { FlowEdge, FlowSymbol, GraphEdge, Point, XRef, YRef } from '../geometry';
import { FlowError } from '../flow';
import { rightOutlineX, topOutlineY } from '../symbols';

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

/** How an edge is drawn: the port it leaves by and the way it takes. */
export type Plan = 'direct' | 'side-direct' | 'bottom-channel' | 'side-channel' | 'end-below' | 'end-right' | 'end-left';

export interface RouteContext {
  input: RouteInput;
  /** Working copies of the input symbols: the phases set their height and cy. */
  symbols: FlowSymbol[];
  symbolOf(id: string): FlowSymbol;
  /** Outgoing edges per symbol id, in input order. */
  outs: Map<string, GraphEdge[]>;
}

export function routeContext(input: RouteInput): RouteContext {
  const symbols = input.symbols.map((s) => ({ ...s }));
  const byId = new Map(symbols.map((s) => [s.id, s]));
  const symbolOf = (id: string): FlowSymbol => {
    const s = byId.get(id);
    if (!s) throw new FlowError(`Simbol "${id}" tidak ditemukan.`);
    return s;
  };
  const outs = new Map<string, GraphEdge[]>();
  for (const e of input.edges) {
    symbolOf(e.from);
    if (!e.toEnd) symbolOf(e.to);
    const list = outs.get(e.from) ?? [];
    list.push(e);
    outs.set(e.from, list);
  }
  return { input, symbols, symbolOf, outs };
}

export const isConnector = (s: FlowSymbol) => s.kind === 'connector';

export const round = (n: number) => Math.round(n * 100) / 100;

export function xCenter(s: FlowSymbol, offset = 0): XRef {
  return { col: s.col, at: 'center', dx: round(s.dx + offset) };
}
export function yTop(row: number, dy: number): YRef {
  return { row, at: 'top', dy: round(dy) };
}
export function bottomPoint(s: FlowSymbol): Point {
  return { x: xCenter(s), y: yTop(s.row, s.cy + s.height / 2) };
}
export function topPoint(s: FlowSymbol): Point {
  return { x: xCenter(s), y: yTop(s.row, s.cy + topOutlineY(s, 0)) };
}
export function rightPoint(s: FlowSymbol, dy: number): Point {
  return { x: xCenter(s, rightOutlineX(s, dy)), y: yTop(s.row, s.cy + dy) };
}
export function leftPoint(s: FlowSymbol, dy: number): Point {
  return { x: xCenter(s, -rightOutlineX(s, dy)), y: yTop(s.row, s.cy + dy) };
}
