/**
 * The geometry model of a swimlane flowchart: what the layout produces and the renderer draws.
 *
 * Nothing here knows the real size of a row or a lane: rows grow with their text and lanes with
 * the page. Every position is therefore relative to a table cell:
 *  - horizontally, px from the start, centre or end of a diagram column (a lane, or the channel
 *    column beside the lanes where loops and skips run);
 *  - vertically, px from the top of a row, or exactly its bottom edge.
 * A line that continues into the next row always runs to the bottom edge, so lines stay joined
 * at any row height and any lane width, and the layout never measures text.
 */
import type { FlowColumns, FlowStep } from './flow';

export type ColumnAnchor = 'start' | 'center' | 'end';

/** A horizontal position: `dx` px from an anchor of diagram column `col` (lanes 0..n-1, channel = n). */
export interface XRef {
  col: number;
  at: ColumnAnchor;
  dx: number;
}

/** A vertical position: `dy` px below the top of row `row`, or the bottom edge of that row (dy 0). */
export interface YRef {
  row: number;
  at: 'top' | 'bottom';
  dy: number;
}

export interface Point {
  x: XRef;
  y: YRef;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * The five SOP AP symbols (arrows are the edges):
 * terminator (first/last step), process, decision, connector (off-page pentagon), and `end`:
 * the small terminator "Selesai" that a decision branch ending the process leads to.
 */
export type SymbolKind = 'terminator' | 'process' | 'decision' | 'connector' | 'end';

export interface FlowSymbol {
  id: string;
  kind: SymbolKind;
  row: number;
  /** Lane index (declared actor order). */
  col: number;
  /** Centre: px from the lane centre, and px from the row top. */
  dx: number;
  cy: number;
  width: number;
  height: number;
  /** Text drawn inside: "Mulai", "Selesai", a connector letter. */
  text?: string;
  /** Accessible name (Bahasa Indonesia). */
  name: string;
  /** Hidden from assistive technology because the row text already says it (the `end` capsule). */
  decorative: boolean;
  /** Step number for step symbols. */
  step?: number;
  /**
   * For a step done by several actors: set on the symbols in the other actors' lanes, the id of
   * the symbol that carries the flow (they are joined to it by a plain line).
   */
  joinedTo?: string;
}

/**
 * Where a branch label sits relative to its anchor point: `above-right` = the label's
 * bottom-left corner is at the anchor; `below-left` = its top-right corner is at the anchor; etc.
 */
export type LabelPlacement = 'above-right' | 'above-left' | 'below-right' | 'below-left';

/** A length in CSS terms: `pct`% of the column width plus `px`. */
export interface CssLength {
  pct: number;
  px: number;
}

export interface EdgeLabel {
  text: string;
  at: Point;
  place: LabelPlacement;
  /** Widest the label may be before it wraps (relative to its column). */
  maxWidth: CssLength;
}

export type EdgeRoute = 'direct' | 'channel' | 'local';

export interface FlowEdge {
  id: string;
  /** Symbol ids. */
  from: string;
  to: string;
  /** Set on decision branches. */
  branch?: 'yes' | 'no';
  label?: EdgeLabel;
  /** direct: down into the next row; channel: through the channel column; local: within the row. */
  route: EdgeRoute;
  /** Orthogonal polyline: first point on the source outline, last on the target outline. */
  points: Point[];
  /** Direction of the arrowhead at the last point. */
  arrow: Direction;
  /** A plain line without arrowhead: joins the symbols of a step done by several actors. */
  plain?: boolean;
}

export interface StepRow {
  kind: 'step';
  step: FlowStep;
  /** Lane header of the step's actor, repeated in the row for narrow screens. */
  actorLabel: string;
  /** For decisions: "Ya: ke langkah 6; Tidak: selesai". */
  branchText?: string;
  minHeight: number;
}

/** One pair of off-page connectors as the text of a connector row describes it. */
export interface ConnectorLink {
  letter: string;
  fromStep: number;
  toStep: number;
  /** 0-based index of the page at the other end of the link. */
  otherPage: number;
}

export interface ConnectorRow {
  kind: 'connector';
  /** top: the flow comes in from another page; bottom: it continues on another page. */
  position: 'top' | 'bottom';
  links: ConnectorLink[];
  minHeight: number;
}

export type LayoutRow = StepRow | ConnectorRow;

/** The logical graph the router draws; kept in the layout so pages can be re-routed. */
export interface GraphEdge {
  id: string;
  from: string;
  to: string;
  branch?: 'yes' | 'no';
  label?: string;
  /** A branch that ends the process: the router adds the `end` symbol itself (`to` is unused). */
  toEnd?: boolean;
  /** The edge is the sequential flow (or its halves across a page break): drawn straight down when possible. */
  sequential: boolean;
  /** Crosses a page break through the connector pair with this letter. */
  connector?: string;
}

export interface SwimlaneLayout {
  actors: { id: string; label: string }[];
  columns: FlowColumns;
  rows: LayoutRow[];
  symbols: FlowSymbol[];
  edges: FlowEdge[];
  /** Loop/skip tracks in the channel column beside the lanes (0 = no channel column). */
  channel: { tracks: number; width: number };
  /** Lanes narrower than this would make symbols collide. */
  laneMinWidth: number;
  /** The logical graph (symbols before routing, edges before routing) for page splitting. */
  graph: { symbols: FlowSymbol[]; edges: GraphEdge[] };
  /** Set on the models returned by splitIntoPages. */
  page?: { index: number; count: number };
}
