/**
 * Phase 2, side slots: each line into a symbol's right side gets its own height; the symbol grows
 * when its arrivals need more room than its outline gives.
 */
import { EXIT_SLOT_GAP, isConnector, SLOT_GAP, type RouteContext } from './context';
import type { Ports } from './assign-ports';

/** Returns the arrival height (dy from the symbol's centre) per edge id. */
export function assignSideSlots({ symbolOf }: RouteContext, { sideArrivals, rightExit }: Ports): Map<string, number> {
  const slotOf = new Map<string, number>();
  for (const [id, arrivals] of sideArrivals) {
    const t = symbolOf(id);
    if (isConnector(t)) continue; // connectors are entered from the top
    arrivals.sort((a, b) => symbolOf(a.from).row - symbolOf(b.from).row || a.id.localeCompare(b.id));
    const k = arrivals.length;
    let needHalf: number;
    if (rightExit.has(id)) {
      // Below the exit (its label sits above it), far enough for the arrowhead to clear it.
      arrivals.forEach((e, i) => slotOf.set(e.id, EXIT_SLOT_GAP * (i + 1)));
      needHalf = EXIT_SLOT_GAP * k + 10;
    } else {
      arrivals.forEach((e, i) => slotOf.set(e.id, SLOT_GAP * (i - (k - 1) / 2)));
      needHalf = (SLOT_GAP * (k - 1)) / 2 + 8;
    }
    if (needHalf > t.height / 2) t.height = needHalf * 2;
  }
  return slotOf;
}
