import { describe, expect, it } from 'vitest';
import { flowchartMarker } from '../../../src/core/pdf/batch-markers';
import { flowchartMarkerPages, flowchartPrintedAsPlanned } from '../../../src/core/pdf/printed-flowchart';

const table = (first: number[], last: number[]) => ({ first, last });

describe('flowchartPrintedAsPlanned', () => {
  it('accepts tables that start on the title page and each keep to the page after the previous one', () => {
    expect(flowchartPrintedAsPlanned({ title: [3], tables: [table([3], [3]), table([4], [4]), table([5], [5])] }, 3)).toBe(true);
  });

  it('refuses a table whose last row went on to the next page', () => {
    expect(flowchartPrintedAsPlanned({ title: [3], tables: [table([3], [3]), table([4], [5]), table([6], [6])] }, 3)).toBe(false);
  });

  it('refuses a marker printed on two pages (a header repeated over an overflow) or not at all', () => {
    expect(flowchartPrintedAsPlanned({ title: [3], tables: [table([3, 4], [4]), table([5], [5])] }, 2)).toBe(false);
    expect(flowchartPrintedAsPlanned({ title: [3], tables: [table([3], [3]), table([], [4])] }, 2)).toBe(false);
    expect(flowchartPrintedAsPlanned({ title: [], tables: [table([3], [3]), table([4], [4])] }, 2)).toBe(false);
  });

  it('refuses a first table pushed off the title page, a gap between tables, and a missing table', () => {
    expect(flowchartPrintedAsPlanned({ title: [3], tables: [table([4], [4]), table([5], [5])] }, 2)).toBe(false);
    expect(flowchartPrintedAsPlanned({ title: [3], tables: [table([3], [3]), table([5], [5])] }, 2)).toBe(false);
    expect(flowchartPrintedAsPlanned({ title: [3], tables: [table([3], [3])] }, 2)).toBe(false);
  });
});

describe('flowchartMarkerPages', () => {
  it('reads the markers of one SOP of the batch by their addresses', () => {
    const at = new Map([
      ['https://penanda.invalid/alir/2/judul', [7]],
      ['https://penanda.invalid/alir/2/0/awal', [7]],
      ['https://penanda.invalid/alir/2/0/akhir', [7]],
      ['https://penanda.invalid/alir/2/1/awal', [8]],
      ['https://penanda.invalid/alir/2/1/akhir', [8, 9]],
      ['https://penanda.invalid/alir/1/judul', [2]],
    ]);
    expect(flowchartMarker.last(2, 1)).toBe('https://penanda.invalid/alir/2/1/akhir');
    expect(flowchartMarkerPages(at, 2, 2)).toEqual({ title: [7], tables: [table([7], [7]), table([8], [8, 9])] });
    expect(flowchartMarkerPages(at, 3, 1)).toEqual({ title: [], tables: [table([], [])] });
  });
});
