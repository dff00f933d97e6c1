import { describe, expect, it } from 'vitest';
import { connectorLabel, renderFlowchartPages } from '../../../src/core/pdf/flowchart-html';
import { sopSchema } from '../../../src/core/model/sop';
import { parse } from 'yaml';
import { syntheticSopMdx } from '../../../src/node/synthetic/generate';

function sop(steps: number, seed = 3) {
  const mdx = syntheticSopMdx({ steps, actors: 5, seed, instansi: 'x', nomor: '1/2/3', judul: 'Uji' });
  return sopSchema.parse(parse(mdx.split('---')[1]!));
}

const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;

describe('connectorLabel', () => {
  it('labels A..Z then AA', () => {
    expect([0, 1, 25, 26, 27].map(connectorLabel)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
  });
});

describe('renderFlowchartPages', () => {
  it('renders one table with every step when not split', () => {
    const s = sop(12);
    const html = renderFlowchartPages(s, [0], { total: 'Jumlah' });
    expect(count(html, /<table class="fc-page/g)).toBe(1);
    expect(count(html, /<tr class="fc-row"/g)).toBe(12);
    expect(count(html, /class="fc-conn /g)).toBe(0);
    expect(count(html, /class="fc-total"/g)).toBe(1);
  });

  it('splits into pages, each with the header, joined by pentagon pairs with the same label', () => {
    const s = sop(30, 11);
    const starts = [0, 9, 17, 25];
    const html = renderFlowchartPages(s, starts, { total: 'Jumlah' });
    const tables = html.split('<table class="fc-page').slice(1);
    expect(tables).toHaveLength(4);
    tables.forEach((t) => expect(t).toContain('<thead>'));
    const rowsPerPage = tables.map((t) => [...t.matchAll(/<tr class="fc-row" data-no="(\d+)"/g)].map((m) => Number(m[1])));
    expect(rowsPerPage.map((r) => r[0])).toEqual([1, 10, 18, 26]);
    expect(rowsPerPage.flat()).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    // The connector row leaving page p carries the same label as the one entering page p+1.
    for (let p = 0; p < 3; p++) {
      const out = /fc-conn-out" data-label="([A-Z]+)"/.exec(tables[p]!);
      const inn = /fc-conn-in" data-label="([A-Z]+)"/.exec(tables[p + 1]!);
      const stepBefore = s.langkah[starts[p + 1]! - 1]!;
      const flowsDown = !stepBefore.keputusan || stepBefore.keputusan.ya.ke === starts[p + 1]! + 1 || stepBefore.keputusan.tidak.ke === starts[p + 1]! + 1;
      if (flowsDown) {
        expect(out?.[1]).toBeDefined();
        expect(inn?.[1]).toBe(out?.[1]);
      }
    }
    // Every off-page label appears exactly twice (leaving and entering).
    const labels = [...html.matchAll(/class="fc-off [^"]*"[^>]*data-label="([A-Z]+)"/g)].map((m) => m[1]!);
    const byLabel = new Map<string, number>();
    labels.forEach((l) => byLabel.set(l, (byLabel.get(l) ?? 0) + 1));
    expect(labels.length).toBeGreaterThan(0);
    for (const [, n] of byLabel) expect(n).toBe(2);
    expect(count(tables.at(-1)!, /class="fc-total"/g)).toBe(1);
    expect(count(tables.slice(0, -1).join(''), /class="fc-total"/g)).toBe(0);
  });
});
