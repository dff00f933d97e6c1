/**
 * Page-break planning for the flowchart table, from row heights measured in the headless browser
 * (print media, content width of the paper). Pure: heights in, the indices of the rows that start
 * a new page out. Rules:
 *  - a row is never split; a row taller than a whole page gets a page of its own, with its
 *    connector rows, scaled down to fit it (`scales`, fit-scale.ts);
 *  - every page repeats the header row(s);
 *  - a page followed by another one reserves room for the outgoing off-page connector row, a page
 *    continuing a previous one reserves room for the incoming connector row;
 *  - the last page reserves room for the total-time line under the table.
 */
import { pageScale } from './fit-scale';

export interface FlowchartMeasure {
  /** Height of the header rows (repeated on every page). */
  header: number;
  /** Height of each step row, in step order. */
  rows: number[];
  /** Height of an off-page connector row (pentagon). */
  connector: number;
  /** Height of the total-time line under the table. */
  total: number;
  /** Height available for the table on the first flowchart page (after the section title). */
  firstPage: number;
  /** Height available on every following page. */
  page: number;
}

export interface FlowchartPlan {
  /** 0-based indices of the rows that begin a page; always starts with 0. */
  starts: number[];
  /** Rows that do not fit even on a page of their own (their page is printed scaled down). */
  oversized: number[];
  /** Per page, the factor its table is printed at: 1, or less for a page taller than the paper. */
  scales: number[];
}

/** Chunk boundaries, e.g. starts [0, 9, 17] over 20 rows -> [[0,9],[9,17],[17,20]]. */
export function pageRanges(starts: readonly number[], rowCount: number): Array<[number, number]> {
  return starts.map((s, i) => [s, i + 1 < starts.length ? starts[i + 1]! : rowCount]);
}

export function planFlowchartPages(m: FlowchartMeasure, slack = 0): FlowchartPlan {
  const n = m.rows.length;
  const starts: number[] = [0];
  const oversized: number[] = [];
  const scales: number[] = [];
  if (n === 0) return { starts, oversized, scales: [1] };
  let i = 0;
  let first = true;
  while (i < n) {
    const avail = (first ? m.firstPage : m.page) - slack;
    let used = m.header + (first ? 0 : m.connector);
    let j = i;
    // Take rows while the page can still hold them plus what must follow them here.
    while (j < n) {
      const h = m.rows[j]!;
      const isLast = j === n - 1;
      const tail = isLast ? m.total : m.connector;
      if (used + h + tail <= avail) {
        used += h;
        j++;
        continue;
      }
      // The last row fits but the total line does not: keep the row, move the total?
      // No: the total must stand under the table, so the last row goes to the next page with it.
      break;
    }
    if (j === i) {
      // Not even one row fits: it stands alone on its page, scaled down with what surrounds it.
      oversized.push(i);
      used += m.rows[i]! + (i === n - 1 ? m.total : m.connector);
      j = i + 1;
    }
    scales.push(pageScale(used, avail));
    if (j < n) starts.push(j);
    i = j;
    first = false;
  }
  // A last page that would hold only the total line cannot happen (the total travels with the
  // last row), but a page holding a single row after a full one is fine.
  return { starts, oversized, scales };
}

export interface LinkedFlowchartMeasure {
  header: number;
  rows: number[];
  total: number;
  firstPage: number;
  page: number;
  /** Printed height of a connector row per off-page link it carries. */
  linkHeight: number;
}

export interface LinkedFlowchartPlan extends FlowchartPlan {
  /** Per page, the planned height of its table: header, connector rows, step rows, the total on the last. */
  heights: number[];
}

/**
 * Like planFlowchartPages, but checks each page against its actual connector rows:
 * `links(starts)` tells how many links each page's top and bottom connector rows carry for a
 * given split (a first page may have a top row, when a later step loops back to it; a row with
 * two links is twice as tall). A page that would overflow gives its last rows to the next page
 * and the pages after it are planned again; the starts only ever move earlier, so this ends.
 */
export function planFlowchartPagesLinked(
  m: LinkedFlowchartMeasure,
  links: (starts: readonly number[]) => ReadonlyArray<{ top: number; bottom: number }>,
  slack = 0,
  maxRounds = 100,
): LinkedFlowchartPlan {
  const n = m.rows.length;
  const sum = (a: number, b: number) => m.rows.slice(a, b).reduce((x, y) => x + y, 0);
  const avail = (k: number) => (k === 0 ? m.firstPage : m.page) - slack;
  let plan = planFlowchartPages({ header: m.header, rows: m.rows, connector: m.linkHeight, total: m.total, firstPage: m.firstPage, page: m.page }, slack);
  let heights: number[] = [];
  let ranges: Array<[number, number]> = [];
  for (let round = 0; round < maxRounds; round++) {
    ranges = pageRanges(plan.starts, n);
    const l = links(plan.starts);
    heights = ranges.map(([a, b], k) => m.header + ((l[k]?.top ?? 0) + (l[k]?.bottom ?? 0)) * m.linkHeight + sum(a, b) + (k === ranges.length - 1 ? m.total : 0));
    const over = heights.findIndex((h, k) => h > avail(k) && ranges[k]![1] - ranges[k]![0] > 1);
    if (over < 0) break;
    const [a, b] = ranges[over]!;
    let excess = heights[over]! - avail(over);
    let cut = b;
    while (cut - 1 > a && excess > 0) excess -= m.rows[--cut]!;
    if (cut === b) cut = b - 1;
    const rest = planFlowchartPages(
      { header: m.header, rows: m.rows.slice(cut), connector: m.linkHeight, total: m.total, firstPage: m.page - m.linkHeight, page: m.page },
      slack,
    );
    plan = { starts: [...plan.starts.slice(0, over + 1), ...rest.starts.map((s) => s + cut)], oversized: [], scales: [] };
  }
  const oversized = ranges.flatMap(([a, b], k) => (b - a === 1 && heights[k]! > avail(k) ? [a] : []));
  return { starts: plan.starts, oversized, scales: heights.map((h, k) => pageScale(h, avail(k))), heights };
}
