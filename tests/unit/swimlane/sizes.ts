/**
 * Row heights and lane widths to resolve layouts with: the least ones, and seeded random ones
 * (rows grow with their text up to several hundred px, lanes get whatever the page gives).
 */
import type { SwimlaneLayout } from '../../../src/core/swimlane/geometry';
import { minimalSizes, type Sizes } from '../../../src/core/swimlane/resolve';
import { prng } from '../../../testkit/synthetic';

/** Small deterministic PRNG (mulberry32), so a failure can be replayed; the synthetic SOP generator's. */
export const random = prng;

export function sampleSizes(layout: SwimlaneLayout, count: number, seed = 1): Sizes[] {
  const next = random(seed);
  const out: Sizes[] = [minimalSizes(layout)];
  for (let i = 0; i < count; i++) {
    out.push({
      rowHeights: layout.rows.map((r) => r.minHeight + Math.round(next() * (next() < 0.3 ? 600 : 80))),
      laneWidths: layout.actors.map(() => layout.laneMinWidth + Math.round(next() * 160)),
    });
  }
  return out;
}
