/**
 * splitIntoPages: one layout per printed page. Every edge that crosses a page break leaves its
 * page through an off-page connector (pentagon) in a connector row at the bottom of the page and
 * comes back through its twin, with the same letter, in a connector row at the top of the page
 * where its target is. Each page is routed again, so its lines obey the same rules as the whole.
 */
import { FlowError } from './flow';
import type { ConnectorLink, FlowSymbol, GraphEdge, LayoutRow, StepRow, SwimlaneLayout } from './geometry';
import { route } from './router';
import { SYMBOL_SIZE } from './symbols';

/** Connector letters in reading order: A..Z, then AA, AB, ... */
export function connectorLetter(index: number): string {
  let s = '';
  let n = index;
  do {
    s = String.fromCharCode(65 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

/** Offsets from the lane centre where extra connectors of one row may sit. */
const CONNECTOR_SLOTS = [0, 28, -28];

/**
 * @param layout a layout from layoutSwimlane (not already split)
 * @param pageStarts 0-based step indices at which a new page begins (0 may be included; it is
 *        the start of the first page anyway). [] = a single page.
 */
export function splitIntoPages(layout: SwimlaneLayout, pageStarts: readonly number[]): SwimlaneLayout[] {
  if (layout.page) throw new FlowError('Tata letak ini sudah dibagi per halaman.');
  const stepRows = layout.rows.filter((r): r is StepRow => r.kind === 'step');
  const count = stepRows.length;
  const starts = [...new Set(pageStarts)].filter((s) => s !== 0).sort((a, b) => a - b);
  for (const s of starts) {
    if (!Number.isInteger(s) || s < 1 || s >= count) {
      throw new FlowError(`Awal halaman ${s} tidak valid: harus di antara 1 dan ${count - 1}.`);
    }
  }
  const bounds = [0, ...starts, count];
  const ranges = bounds.slice(0, -1).map((a, i) => [a, bounds[i + 1]!] as const);
  const pageOfRow = (row: number) => ranges.findIndex(([a, b]) => row >= a && row < b);

  const graphSymbols = new Map(layout.graph.symbols.map((s) => [s.id, s]));
  const symbolOf = (id: string) => graphSymbols.get(id)!;
  const stepNo = (id: string) => symbolOf(id).step!;
  const routeOf = new Map(layout.edges.map((e) => [e.id, e.route]));

  // Crossing edges, lettered in reading order (by source row, "ya" before "tidak").
  const crossing = layout.graph.edges
    .filter((e) => !e.toEnd && pageOfRow(symbolOf(e.from).row) !== pageOfRow(symbolOf(e.to).row))
    .sort((a, b) => symbolOf(a.from).row - symbolOf(b.from).row || (a.branch === 'no' ? 1 : 0) - (b.branch === 'no' ? 1 : 0));
  const letterOf = new Map(crossing.map((e, i) => [e.id, connectorLetter(i)]));

  const pages = ranges.map(([a, b], pageIndex): SwimlaneLayout => {
    const outgoing = crossing.filter((e) => pageOfRow(symbolOf(e.from).row) === pageIndex);
    const incoming = crossing.filter((e) => pageOfRow(symbolOf(e.to).row) === pageIndex);
    const offset = incoming.length > 0 ? 1 : 0;
    const rowCount = offset + (b - a) + (outgoing.length > 0 ? 1 : 0);
    const bottomRow = rowCount - 1;

    const symbols: FlowSymbol[] = layout.graph.symbols
      .filter((s) => s.row >= a && s.row < b)
      .map((s) => ({ ...s, row: s.row - a + offset }));
    const laneOfStep = new Map(symbols.map((s) => [s.id, s]));

    const placeConnectors = (edges: GraphEdge[], row: number, direction: 'in' | 'out'): Map<string, FlowSymbol> => {
      const taken = new Set<string>();
      const placed = new Map<string, FlowSymbol>();
      const make = (e: GraphEdge, col: number, dx: number): FlowSymbol => {
        const letter = letterOf.get(e.id)!;
        taken.add(`${col}:${dx}`);
        const size = SYMBOL_SIZE.connector;
        return {
          id: `c-${direction}-${letter}`,
          kind: 'connector',
          row,
          col,
          dx,
          cy: 0,
          width: size.width,
          height: size.height,
          text: letter,
          name:
            direction === 'out'
              ? `Penghubung ${letter}: bersambung ke langkah ${stepNo(e.to)}`
              : `Penghubung ${letter}: sambungan dari langkah ${stepNo(e.from)}`,
          decorative: false,
        };
      };
      // The straight continuation of the flow keeps its lane: below its source, above its target.
      for (const e of edges) {
        const local = direction === 'out' ? laneOfStep.get(e.from) : laneOfStep.get(e.to);
        const atEdgeOfPage = direction === 'out' ? local?.row === bottomRow - 1 : local?.row === offset;
        if (local && atEdgeOfPage && routeOf.get(e.id) === 'direct') placed.set(e.id, make(e, local.col, 0));
      }
      // The others take free places, nearest the channel first.
      const lanes = layout.actors.length;
      for (const e of edges) {
        if (placed.has(e.id)) continue;
        let spot: [number, number] | undefined;
        // Every lane centre first (right to left), then beside the centres.
        for (const dx of CONNECTOR_SLOTS) {
          for (let col = lanes - 1; col >= 0 && !spot; col--) if (!taken.has(`${col}:${dx}`)) spot = [col, dx];
          if (spot) break;
        }
        if (!spot) throw new FlowError('Terlalu banyak penghubung antarhalaman pada satu halaman.');
        placed.set(e.id, make(e, spot[0], spot[1]));
      }
      return placed;
    };

    const outConnectors = placeConnectors(outgoing, bottomRow, 'out');
    const inConnectors = placeConnectors(incoming, 0, 'in');
    symbols.push(...inConnectors.values(), ...outConnectors.values());

    const inPage = (id: string) => laneOfStep.has(id);
    const edges: GraphEdge[] = [];
    for (const e of layout.graph.edges) {
      const letter = letterOf.get(e.id);
      if (!letter) {
        if (inPage(e.from)) edges.push({ ...e });
        continue;
      }
      if (inPage(e.from)) edges.push({ ...e, to: outConnectors.get(e.id)!.id, connector: letter });
      if (inPage(e.to)) {
        const continued: GraphEdge = { id: `${e.id}-lanjut`, from: inConnectors.get(e.id)!.id, to: e.to, sequential: e.sequential, connector: letter };
        edges.push(continued);
      }
    }

    const connectorRows = new Map<number, 'top' | 'bottom'>();
    if (offset) connectorRows.set(0, 'top');
    if (outgoing.length) connectorRows.set(bottomRow, 'bottom');
    const routed = route({ rowCount, laneCount: layout.actors.length, connectorRows, symbols, edges });

    const link = (e: GraphEdge, otherEnd: string): ConnectorLink => ({
      letter: letterOf.get(e.id)!,
      fromStep: stepNo(e.from),
      toStep: stepNo(e.to),
      otherPage: pageOfRow(symbolOf(otherEnd).row),
    });
    const rows: LayoutRow[] = [];
    if (offset) rows.push({ kind: 'connector', position: 'top', links: incoming.map((e) => link(e, e.from)), minHeight: 0 });
    for (let i = a; i < b; i++) rows.push({ ...stepRows[i]! });
    if (outgoing.length) rows.push({ kind: 'connector', position: 'bottom', links: outgoing.map((e) => link(e, e.to)), minHeight: 0 });
    rows.forEach((r, i) => (r.minHeight = routed.rowMinHeights[i]!));

    return {
      actors: layout.actors,
      columns: layout.columns,
      rows,
      symbols: routed.symbols,
      edges: routed.edges,
      channel: routed.channel,
      laneMinWidth: routed.laneMinWidth,
      graph: { symbols, edges },
      page: { index: pageIndex, count: ranges.length },
    };
  });
  // The same column widths on every page, so the printed pages line up.
  const channelWidth = Math.max(...pages.map((p) => p.channel.width));
  const laneMinWidth = Math.max(...pages.map((p) => p.laneMinWidth));
  return pages.map((p) => ({ ...p, channel: { ...p.channel, width: channelWidth }, laneMinWidth }));
}
