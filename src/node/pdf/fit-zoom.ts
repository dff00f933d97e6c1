/**
 * Scaling parts of a printed batch down to fit their page (src/core/pdf/fit-scale.ts decides the
 * zooms): an identity block a little too tall for its first page, and a flowchart page holding a
 * step taller than the paper. Zooms are tried and measured in the browser, all targets at once.
 */
import type { Page } from 'puppeteer-core';
import { identitySearch, narrowScale, nextScale, pageScale, SCALE_STEPS, type ScaleSearch } from '../../core/pdf/fit-scale';

/** One part of an article to scale down: the `nth` match of `selector` in article `art`. */
interface ZoomTarget {
  art: number;
  selector: string;
  nth: number;
  height: number;
  available: number;
}

/**
 * Sets each target's CSS zoom and returns its height then (the browser's layout, as printed).
 * A zoomed part keeps the page's width, so its text reflows into longer lines.
 */
async function zoomAndMeasure(page: Page, zooms: ReadonlyArray<readonly [ZoomTarget, number]>): Promise<number[]> {
  const list = zooms.map(([t, z]) => [t.art, t.selector, t.nth, z]);
  return (await page.evaluate(
    `(() => { const arts = document.querySelectorAll('article.cetak-sop');
      const els = ${JSON.stringify(list)}.map(([a, sel, n, z]) => { const el = arts[a].querySelectorAll(sel)[n]; el.style.zoom = z === 1 ? '' : String(z); return el; });
      return els.map((el) => el.getBoundingClientRect().height); })()`,
  )) as number[];
}

/**
 * Scales each target down to the largest zoom at which it fits its height (src/core/pdf/fit-scale.ts):
 * from where `start` says (undefined: leave it), a few bisection steps measured in the browser, all
 * targets at once. A start marked `verify` is tried first; a target that does not fit there stays
 * at full size.
 */
async function fitByZoom(page: Page, targets: readonly ZoomTarget[], start: (t: ZoomTarget) => (ScaleSearch & { verify?: boolean }) | undefined): Promise<void> {
  let searches = targets.flatMap((t) => {
    const s = start(t);
    return s ? [{ t, s, verify: s.verify === true }] : [];
  });
  const unsure = searches.filter((x) => x.verify);
  if (unsure.length) {
    const heights = await zoomAndMeasure(page, unsure.map((x) => [x.t, x.s.lo] as const));
    const tooTall = unsure.filter((x, k) => heights[k]! > x.t.available);
    await zoomAndMeasure(page, tooTall.map((x) => [x.t, 1] as const));
    searches = searches.filter((x) => !tooTall.includes(x));
  }
  if (!searches.length) return;
  for (let step = 0; step < SCALE_STEPS; step++) {
    const tries = searches.map((x) => nextScale(x.s));
    const heights = await zoomAndMeasure(page, searches.map((x, k) => [x.t, tries[k]!] as const));
    searches = searches.map((x, k) => ({ ...x, s: narrowScale(x.s, tries[k]!, heights[k]! <= x.t.available) }));
  }
  await zoomAndMeasure(page, searches.map((x) => [x.t, x.s.lo] as const));
}

/**
 * The identity blocks a little too tall for their first page are scaled down to stay on it
 * (a longer one continues on the next page, see print-sop.css).
 */
export async function fitIdentities(page: Page, heights: readonly number[], available: number): Promise<void> {
  const targets = heights.map((height, art) => ({ art, selector: '.sop-identity', nth: 0, height, available }));
  await fitByZoom(page, targets, (t) => identitySearch(t.height, t.available));
}

/**
 * Every flowchart page (one table each) taller than its page is scaled down to fit: a page
 * holding one step taller than the paper keeps its header, the step and its connector rows.
 * `heights`: each article's tables as last measured while fitting (no further measuring here).
 */
export async function fitFlowchartPages(page: Page, heights: readonly (readonly number[])[], available: (art: number, page: number) => number): Promise<void> {
  const targets = heights.flatMap((tables, art) => tables.map((height, nth) => ({ art, selector: '.fc-mount table', nth, height, available: available(art, nth) })));
  await fitByZoom(page, targets, (t) => (t.height > t.available ? { lo: pageScale(t.height, t.available), hi: 1 } : undefined));
}
