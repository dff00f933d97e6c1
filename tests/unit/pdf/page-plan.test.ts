import { describe, expect, it } from 'vitest';
import { pageRanges, planFlowchartPages, planFlowchartPagesLinked, type FlowchartMeasure } from '../../../src/core/pdf/page-plan';

const base = (rows: number[], over: Partial<FlowchartMeasure> = {}): FlowchartMeasure => ({
  header: 40,
  rows,
  connector: 30,
  total: 20,
  firstPage: 900,
  page: 1000,
  ...over,
});

/** Checks every page of a plan holds what it must within its height. */
function assertFits(m: FlowchartMeasure, starts: number[], oversized: number[]) {
  const ranges = pageRanges(starts, m.rows.length);
  ranges.forEach(([a, b], p) => {
    const rows = m.rows.slice(a, b).reduce((x, y) => x + y, 0);
    const used = m.header + rows + (p > 0 ? m.connector : 0) + (p === ranges.length - 1 ? m.total : m.connector);
    if (!(b - a === 1 && oversized.includes(a))) expect(used).toBeLessThanOrEqual(p === 0 ? m.firstPage : m.page);
    expect(b).toBeGreaterThan(a);
  });
}

describe('planFlowchartPages', () => {
  it('keeps a short table on one page', () => {
    const m = base([100, 100, 100]);
    expect(planFlowchartPages(m).starts).toEqual([0]);
  });

  it('breaks between rows, reserving header, connectors and the total line', () => {
    const rows = Array.from({ length: 30 }, (_, i) => 60 + ((i * 37) % 90));
    const m = base(rows);
    const plan = planFlowchartPages(m);
    expect(plan.starts.length).toBeGreaterThan(2);
    expect(plan.oversized).toEqual([]);
    assertFits(m, plan.starts, plan.oversized);
    // Greedy: the next row would not have fitted on each full page.
    const ranges = pageRanges(plan.starts, rows.length);
    ranges.slice(0, -1).forEach(([a, b], p) => {
      const used = m.header + rows.slice(a, b).reduce((x, y) => x + y, 0) + (p > 0 ? m.connector : 0);
      const nextIsLast = b === rows.length - 1;
      expect(used + rows[b]! + (nextIsLast ? m.total : m.connector)).toBeGreaterThan(p === 0 ? m.firstPage : m.page);
    });
  });

  it('moves the last row to the next page when the total line would not fit under it', () => {
    // 40 + 400 + 400 = 840 fits 900 with a connector (30) but the last row (50) + total (20) does not.
    const m = base([400, 400, 50], { total: 80 });
    const plan = planFlowchartPages(m);
    assertFits(m, plan.starts, plan.oversized);
    expect(plan.starts).toEqual([0, 2]);
  });

  it('gives a row taller than a page a page of its own and reports it', () => {
    const m = base([100, 1500, 100]);
    const plan = planFlowchartPages(m);
    expect(plan.oversized).toEqual([1]);
    expect(plan.starts).toEqual([0, 1, 2]);
  });

  it('scales the page of a row taller than a page down to fit, with its header and both connector rows', () => {
    // Page 2: header 40 + connector in 30 + row 1500 + connector out 30 = 1600 on a 1000 page.
    const plan = planFlowchartPages(base([100, 1500, 100]));
    expect(plan.scales).toEqual([1, 0.625, 1]);
    // As the last row, it shares its page with the total line: 40 + 30 + 1500 + 20 = 1590.
    expect(planFlowchartPages(base([100, 1500])).scales).toEqual([1, 0.628]);
  });

  it('prints every page at full size when every row fits', () => {
    const plan = planFlowchartPages(base(Array.from({ length: 30 }, (_, i) => 60 + ((i * 37) % 90))));
    expect(plan.scales).toEqual(plan.starts.map(() => 1));
  });

  it('uses the slack as a safety margin', () => {
    const m = base([420, 420]);
    expect(planFlowchartPages(m, 0).starts).toEqual([0]);
    expect(planFlowchartPages(m, 50).starts).toEqual([0, 1]);
  });
});

describe('planFlowchartPagesLinked', () => {
  const linked = (rows: number[]) => ({ header: 40, rows, total: 20, firstPage: 900, page: 1000, linkHeight: 30 });
  /** Every page: one link in and out between pages; `loopTo` also gets a top row, `extra` adds links. */
  const links = (loopTo?: number, extra: Record<number, number> = {}) => (starts: readonly number[]) =>
    starts.map((_, k) => ({
      top: (k > 0 ? 1 : 0) + (k === loopTo ? 1 : 0) + (extra[k] ?? 0),
      bottom: k < starts.length - 1 ? 1 : 0,
    }));
  const heights = (m: ReturnType<typeof linked>, starts: number[], l: ReturnType<ReturnType<typeof links>>) =>
    pageRanges(starts, m.rows.length).map(([a, b], k) =>
      m.header + (l[k]!.top + l[k]!.bottom) * m.linkHeight + m.rows.slice(a, b).reduce((x, y) => x + y, 0) + (k === starts.length - 1 ? m.total : 0));

  it('plans like planFlowchartPages when the connector rows are as assumed', () => {
    const m = linked(Array(30).fill(100));
    const plan = planFlowchartPagesLinked(m, links());
    expect(plan.starts).toEqual(planFlowchartPages({ ...m, connector: m.linkHeight }).starts);
  });

  it('makes room on the first page for a connector row of a loop back, and for rows with two links', () => {
    const m = { ...linked(Array(30).fill(100)), firstPage: 880 };
    const plain = planFlowchartPages({ ...m, connector: m.linkHeight }).starts;
    const l = links(0, { 1: 1 });
    const plan = planFlowchartPagesLinked(m, l);
    const h = heights(m, plan.starts, l(plan.starts));
    h.forEach((x, k) => expect(x).toBeLessThanOrEqual(k === 0 ? m.firstPage : m.page));
    expect(plan.starts[1]).toBeLessThan(plain[1]!);
    // Page 2 has a top row with two links: it holds one row fewer than page 3.
    expect(plan.starts[2]! - plan.starts[1]!).toBeLessThan(plan.starts[3]! - plan.starts[2]!);
  });

  it('leaves a single row taller than the page on its own page and reports it', () => {
    const m = linked([100, 1500, 100, 100]);
    const plan = planFlowchartPagesLinked(m, links());
    expect(plan.starts).toEqual([0, 1, 2]);
    expect(plan.oversized).toEqual([1]);
    // Its page (header 40, a link in and out 2 x 30, the row 1500 = 1600) is printed at 1000/1600.
    expect(plan.scales).toEqual([1, 0.625, 1]);
  });
});
