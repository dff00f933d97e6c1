/**
 * How much a printed part is scaled down (CSS zoom) to fit its page. Pure: heights in (printed px),
 * a factor out, 1 when the part fits as it is. Rounded down to thousandths so the same heights
 * always give the same factor (byte-identical PDFs) and the scaled part never overflows by rounding.
 *
 *  - The identity block (kop, identity rows, the lists' grid) shrinks to stay on the first page
 *    when it is only a little too tall for it (down to IDENTITY_MIN_SCALE); a longer one is
 *    printed at full size and continues on the next page (print-sop.css keeps each heading with
 *    its list), so no page holds only the two last lines of a list.
 *  - A page of the flowchart table is never taller than its page: a step taller than a whole
 *    page (a very long kegiatan) is printed on its page whole, scaled down with the header and
 *    its connector rows, instead of the browser splitting the row (which left a page with only a
 *    connector and drew the flow line through the repeated header).
 */
export const IDENTITY_MIN_SCALE = 0.8;

/** Down to thousandths; the epsilon keeps 0.6499999... (0.6 + 0.7) / 2 at 0.65. */
const floor3 = (x: number) => Math.floor(x * 1000 + 1e-9) / 1000;

/** The factor that makes `height` fit `available`; 1 when it already fits. */
export function pageScale(height: number, available: number): number {
  if (!(height > available) || available <= 0) return 1;
  return floor3(available / height);
}

/**
 * The search for the largest zoom at which a part fits, when its text reflows as it shrinks (the
 * table keeps the page's width, so a zoomed-out column holds more words per line and the part
 * gets shorter than in proportion). It starts at { lo: the proportional factor (pageScale), hi: 1 }:
 * `lo` fits (the part shrinks at least in proportion), `hi` does not. The engine measures each
 * `nextScale` in the browser and narrows the range with the result.
 */
export interface ScaleSearch {
  lo: number;
  hi: number;
}

/** Bisection steps: the found zoom is within (1 - start) / 2^SCALE_STEPS of the largest one. */
export const SCALE_STEPS = 6;

export function nextScale(s: ScaleSearch): number {
  return floor3((s.lo + s.hi) / 2);
}

/**
 * Where the search for the identity block's zoom starts; undefined when it fits its first page.
 * From the proportional factor when that is at least IDENTITY_MIN_SCALE. Below that the block
 * may still fit at the minimum, its text reflowing: the search starts there, and the engine first
 * tries it (`verify`); a block that does not fit even then is printed at full size and continues.
 */
export function identitySearch(height: number, available: number, min = IDENTITY_MIN_SCALE): (ScaleSearch & { verify: boolean }) | undefined {
  const lo = pageScale(height, available);
  if (lo === 1) return undefined;
  return lo >= min ? { lo, hi: 1, verify: false } : { lo: min, hi: 1, verify: true };
}

export function narrowScale(s: ScaleSearch, tried: number, fits: boolean): ScaleSearch {
  return fits ? { lo: Math.max(s.lo, tried), hi: s.hi } : { lo: s.lo, hi: Math.min(s.hi, tried) };
}
