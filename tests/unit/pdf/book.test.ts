import { describe, expect, it } from 'vitest';
import { planBook, wrapText } from '../../../src/core/pdf/book';

describe('planBook', () => {
  it('numbers pages continuously after the cover and the contents', () => {
    const plan = planBook({ sopPages: [3, 5, 2], entryLines: [1, 1, 1], linesPerPage: 40, firstPageLines: 36 });
    expect(plan.tocPages).toBe(1);
    // 1 cover, 2 contents, SOPs from 3.
    expect(plan.startPage).toEqual([3, 6, 11]);
    expect(plan.totalPages).toBe(12);
  });

  it('spreads a long contents over several pages and shifts the SOPs', () => {
    const entryLines = Array.from({ length: 50 }, (_, i) => (i % 5 === 0 ? 2 : 1));
    const plan = planBook({ sopPages: entryLines.map(() => 4), entryLines, linesPerPage: 20, firstPageLines: 16 });
    const lines = plan.tocEntries.map((e) => e.reduce((s, i) => s + entryLines[i]!, 0));
    expect(lines[0]).toBeLessThanOrEqual(16);
    lines.slice(1).forEach((l) => expect(l).toBeLessThanOrEqual(20));
    expect(plan.tocEntries.flat()).toEqual(entryLines.map((_, i) => i));
    expect(plan.startPage[0]).toBe(2 + plan.tocPages);
    expect(plan.totalPages).toBe(1 + plan.tocPages + 200);
  });
});

describe('wrapText', () => {
  const width = (s: string) => s.length;
  it('wraps at word boundaries within the width', () => {
    const lines = wrapText('Penanganan Korban Tindak Kekerasan dan Perdagangan Orang', 20, width);
    lines.forEach((l) => expect(l.length).toBeLessThanOrEqual(20));
    expect(lines.join(' ')).toBe('Penanganan Korban Tindak Kekerasan dan Perdagangan Orang');
  });
});
