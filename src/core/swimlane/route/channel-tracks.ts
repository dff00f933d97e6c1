/**
 * Phase 4, channel tracks: every edge through the channel gets a vertical track; edges whose rows
 * do not overlap share one. Shortest spans first, so they take the tracks nearest the lanes.
 */
import type { GraphEdge, XRef } from '../geometry';
import type { Ports } from './assign-ports';
import { LINE_GAP, type RouteContext } from './context';

export interface ChannelTracks {
  tracks: number;
  /** The x of an edge's track (channel column = laneCount). */
  trackX(e: GraphEdge): XRef;
}

export function assignChannelTracks({ input, symbolOf }: RouteContext, { plan }: Ports): ChannelTracks {
  const channelEdges = input.edges.filter((e) => {
    const p = plan.get(e.id);
    return p === 'bottom-channel' || p === 'side-channel';
  });
  const span = (e: GraphEdge) => {
    const a = symbolOf(e.from).row;
    const b = symbolOf(e.to).row;
    return [Math.min(a, b), Math.max(a, b)] as const;
  };
  const ordered = [...channelEdges].sort((a, b) => {
    const [a0, a1] = span(a);
    const [b0, b1] = span(b);
    return a1 - a0 - (b1 - b0) || a0 - b0 || a.id.localeCompare(b.id);
  });
  const trackOf = new Map<string, number>();
  const trackSpans: (readonly [number, number])[][] = [];
  for (const e of ordered) {
    const [lo, hi] = span(e);
    let track = trackSpans.findIndex((spans) => spans.every(([l, h]) => hi < l || lo > h));
    if (track === -1) {
      track = trackSpans.length;
      trackSpans.push([]);
    }
    trackSpans[track]!.push([lo, hi]);
    trackOf.set(e.id, track);
  }
  const laneCount = input.laneCount;
  return {
    tracks: trackSpans.length,
    trackX: (e) => ({ col: laneCount, at: 'start', dx: LINE_GAP * (trackOf.get(e.id)! + 1) }),
  };
}
