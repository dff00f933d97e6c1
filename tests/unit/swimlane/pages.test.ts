import { describe, expect, it } from 'vitest';
import { FlowError } from '../../../src/core/swimlane/flow';
import type { ConnectorRow, FlowSymbol, StepRow, SwimlaneLayout } from '../../../src/core/swimlane/geometry';
import { layoutSwimlane } from '../../../src/core/swimlane/layout';
import { connectorLetter, splitIntoPages } from '../../../src/core/swimlane/pages';
import { resolveLayout } from '../../../src/core/swimlane/resolve';
import { verifyLayout } from '../../../src/core/swimlane/verify';
import { ALL_FLOWS, large, loopBack, provinsiPemulangan, tanjungpinangKtk } from '../../../testkit/swimlane-fixtures';
import { random, sampleSizes } from './sizes';

const stepsOf = (page: SwimlaneLayout) => page.rows.filter((r): r is StepRow => r.kind === 'step').map((r) => r.step.no);
const connectorRows = (page: SwimlaneLayout) => page.rows.filter((r): r is ConnectorRow => r.kind === 'connector');
const connectors = (page: SwimlaneLayout, where: 'top' | 'bottom'): FlowSymbol[] => {
  const row = where === 'top' ? 0 : page.rows.length - 1;
  return page.symbols.filter((s) => s.kind === 'connector' && s.row === row);
};

/** Which logical edges cross from one page to another, computed from the flow itself. */
function crossingEdges(layout: SwimlaneLayout, starts: number[]) {
  const pageOf = (row: number) => starts.filter((s) => s <= row).length;
  const rowOf = (id: string) => layout.graph.symbols.find((s) => s.id === id)!.row;
  return layout.graph.edges.filter((e) => !e.toEnd && pageOf(rowOf(e.from)) !== pageOf(rowOf(e.to)));
}

function splits(count: number, seed: number): number[][] {
  const next = random(seed);
  const out: number[][] = [[], Array.from({ length: count - 1 }, (_, i) => i + 1)];
  for (let i = 0; i < 6; i++) {
    const starts = new Set<number>();
    const pages = 1 + Math.floor(next() * Math.min(4, count - 1));
    while (starts.size < pages) starts.add(1 + Math.floor(next() * (count - 1)));
    out.push([...starts].sort((a, b) => a - b));
  }
  return out;
}

describe.each(Object.entries(ALL_FLOWS))('pages of %s', (_name, flow) => {
  const layout = layoutSwimlane(flow);

  it.each(splits(flow.steps.length, flow.steps.length * 7))('split at %j: every page keeps the drawing rules', (...starts) => {
    const pages = splitIntoPages(layout, starts);
    expect(pages).toHaveLength(starts.length + 1);
    // The pages hold every step once, in order.
    expect(pages.flatMap(stepsOf)).toEqual(flow.steps.map((s) => s.no));
    for (const page of pages) {
      for (const sizes of sampleSizes(page, 3, page.page!.index + 1)) {
        expect(verifyLayout(page, resolveLayout(page, sizes))).toEqual([]);
      }
    }
  });

  it.each(splits(flow.steps.length, flow.steps.length * 13))('split at %j: each crossing edge leaves and re-enters through twin connectors', (...starts) => {
    const pages = splitIntoPages(layout, starts);
    const crossing = crossingEdges(layout, starts);
    const outs = pages.flatMap((p) => connectors(p, 'bottom').map((c) => ({ page: p.page!.index, c })));
    const ins = pages.flatMap((p) => connectors(p, 'top').map((c) => ({ page: p.page!.index, c })));
    expect(outs).toHaveLength(crossing.length);
    expect(ins).toHaveLength(crossing.length);
    const letters = outs.map((o) => o.c.text);
    expect(new Set(letters).size).toBe(letters.length);
    for (const e of crossing) {
      const stepFrom = layout.graph.symbols.find((s) => s.id === e.from)!.step!;
      const stepTo = layout.graph.symbols.find((s) => s.id === e.to)!.step!;
      const sourcePage = pages.findIndex((p) => stepsOf(p).includes(stepFrom));
      const targetPage = pages.findIndex((p) => stepsOf(p).includes(stepTo));
      // On the source page: the source's edge ends in a pentagon in the bottom connector row.
      const outEdge = pages[sourcePage]!.edges.find((x) => x.from === e.from && x.id === e.id)!;
      const out = pages[sourcePage]!.symbols.find((s) => s.id === outEdge.to)!;
      expect(out.kind).toBe('connector');
      expect(out.row).toBe(pages[sourcePage]!.rows.length - 1);
      // On the target page: a pentagon with the same letter in the top row leads to the target.
      const twin = connectors(pages[targetPage]!, 'top').find((c) => c.text === out.text)!;
      expect(twin).toBeDefined();
      const inEdge = pages[targetPage]!.edges.find((x) => x.from === twin.id)!;
      expect(inEdge.to).toBe(e.to);
      // The connector rows say it in words too.
      const bottomRow = connectorRows(pages[sourcePage]!).find((r) => r.position === 'bottom')!;
      expect(bottomRow.links).toContainEqual({ letter: out.text, fromStep: stepFrom, toStep: stepTo, otherPage: targetPage });
    }
    // Pages without crossings have no connector rows.
    for (const p of pages) {
      expect(connectorRows(p).length).toBe((connectors(p, 'top').length > 0 ? 1 : 0) + (connectors(p, 'bottom').length > 0 ? 1 : 0));
    }
  });
});

describe('splitIntoPages', () => {
  it('continues seed 001 across pages through pentagons A, B ... in reading order', () => {
    const pages = splitIntoPages(layoutSwimlane(provinsiPemulangan), [0, 5, 10]);
    expect(pages.map(stepsOf)).toEqual([[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12, 13, 14]]);
    expect(connectors(pages[0]!, 'bottom').map((c) => c.text)).toEqual(['A']);
    expect(connectors(pages[1]!, 'top').map((c) => c.text)).toEqual(['A']);
    expect(connectors(pages[1]!, 'bottom').map((c) => c.text)).toEqual(['B']);
    expect(connectors(pages[2]!, 'top').map((c) => c.text)).toEqual(['B']);
    // The straight flow keeps its lane: the pentagon sits under step 5's decision, above step 6.
    const s5 = pages[0]!.symbols.find((s) => s.id === 's5')!;
    expect(connectors(pages[0]!, 'bottom')[0]!.col).toBe(s5.col);
    const s6 = pages[1]!.symbols.find((s) => s.id === 's6')!;
    expect(connectors(pages[1]!, 'top')[0]!.col).toBe(s6.col);
    expect(pages.map((p) => p.page)).toEqual([
      { index: 0, count: 3 },
      { index: 1, count: 3 },
      { index: 2, count: 3 },
    ]);
  });

  it('sends a loop back to an earlier page out at the bottom and in at the top of that page', () => {
    const pages = splitIntoPages(layoutSwimlane(loopBack), [2]);
    // Step 4 (page 2) loops back to step 2 (page 1).
    const out = connectors(pages[1]!, 'bottom');
    expect(out).toHaveLength(1);
    const twin = connectors(pages[0]!, 'top');
    expect(twin.map((c) => c.text)).toEqual(out.map((c) => c.text));
    expect(pages[0]!.edges.find((e) => e.from === twin[0]!.id)!.to).toBe('s2');
  });

  it('needs no connectors for a single page', () => {
    const [page] = splitIntoPages(layoutSwimlane(tanjungpinangKtk), []);
    expect(page!.rows.every((r) => r.kind === 'step')).toBe(true);
    expect(page!.symbols.some((s) => s.kind === 'connector')).toBe(false);
  });

  it('letters connectors A..Z, then AA, AB', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(connectorLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });

  it('refuses page starts outside the steps and already split layouts', () => {
    const layout = layoutSwimlane(large);
    expect(() => splitIntoPages(layout, [30])).toThrow(FlowError);
    expect(() => splitIntoPages(layout, [-1])).toThrow(FlowError);
    expect(() => splitIntoPages(splitIntoPages(layout, [10])[0]!, [2])).toThrow(FlowError);
  });
});
