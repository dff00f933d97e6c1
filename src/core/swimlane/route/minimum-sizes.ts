/**
 * Phase 6, minimum sizes: the least height of every row and the least lane width that hold what
 * the earlier phases placed, and the width of the channel.
 */
import type { ChannelTracks } from './channel-tracks';
import type { Ports } from './assign-ports';
import { LANE_MIN_WIDTH, LANE_WIDTH_WITH_SIDE_END, LABEL_HEIGHT, LINE_GAP, ROW_BOTTOM_MARGIN, ROW_MIN_HEIGHT, type RouteContext, type RouteOutput } from './context';
import type { Polylines } from './polylines';

export function minimumSizes({ input, symbols }: RouteContext, { plan }: Ports, { edges, endSymbols }: Polylines, { tracks }: ChannelTracks): RouteOutput {
  const all = [...symbols, ...endSymbols];
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
