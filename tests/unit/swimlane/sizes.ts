/**
 * Row heights and lane widths to resolve layouts with: the least ones, and seeded random ones
 * (rows grow with their text up to several hundred px, lanes get whatever the page gives).
 */
import type { SwimlaneLayout } from '../../../src/core/swimlane/geometry';
import { minimalSizes, type Sizes } from '../../../src/core/swimlane/resolve';

/** Small deterministic PRNG (mulberry32), so a failure can be replayed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
