/**
 * The router: places symbols inside their rows and draws every edge as an orthogonal polyline.
 *
 * Rules (each keeps lines off symbols and off each other without knowing row heights):
 *  - Every symbol sits `SYMBOL_TOP` px below its row top, centred in its lane; one step per row.
 *  - An edge into the next row leaves the source's bottom, turns (if the lane changes) `JOG` px
 *    below the source, and enters the target's top ("direct").
 *  - Any other edge (a skip forward, a loop back, a second branch) runs through the channel
 *    column beside the lanes: out of the source's right side (or its bottom, then right), along
 *    its own vertical track, and into the target's right side at its own height ("channel").
 *    Off-page connectors are entered from the top instead.
 *  - A branch that ends the process leads to a small "Selesai" terminator in the same row:
 *    in the lane beside the decision (right if nothing else uses that side, else left), or
 *    below the decision ("local").
 * Within a row only the row's own symbol and its own edges are drawn at symbol height, and every
 * horizontal line in a row has its own height, so nothing overlaps; the checks in verify.ts
 * prove it for any row height and lane width.
 *
 * Routing is a list of phases, each in route/ in the file named after it:
 *   1. assignPorts          assign-ports.ts    bottom or side exit per edge, side arrivals
 *   2. assignSideSlots      side-slots.ts      a height per line into a symbol's right side
 *   3. placeInRows          place-in-rows.ts   symbol centres and turn heights inside rows
 *   4. assignChannelTracks  channel-tracks.ts  a channel track per edge that needs one
 *   5. drawPolylines        polylines.ts       the orthogonal polylines, labels, "Selesai" ends
 *   6. minimumSizes         minimum-sizes.ts   least row heights, lane width, channel width
 * Shared constants, types and outline points: route/context.ts.
 */
import { assignPorts } from './route/assign-ports';
import { assignChannelTracks } from './route/channel-tracks';
import { routeContext, type RouteInput, type RouteOutput } from './route/context';
import { minimumSizes } from './route/minimum-sizes';
import { placeInRows } from './route/place-in-rows';
import { drawPolylines } from './route/polylines';
import { assignSideSlots } from './route/side-slots';

export function route(input: RouteInput): RouteOutput {
  const ctx = routeContext(input);
  const ports = assignPorts(ctx);
  const slots = assignSideSlots(ctx, ports);
  const levels = placeInRows(ctx, ports);
  const tracks = assignChannelTracks(ctx, ports);
  const polylines = drawPolylines(ctx, ports, slots, levels, tracks);
  return minimumSizes(ctx, ports, polylines, tracks);
}
