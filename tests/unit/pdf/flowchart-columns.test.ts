import { describe, expect, it } from 'vitest';
import { pageColumns } from '../../../src/core/pdf/flowchart';

describe('pageColumns', () => {
  it('keeps the unsplit table’s columns, each rounded up to a hundredth of a pixel and a quarter pixel wider', () => {
    const out = pageColumns({ widths: [30, 120.331, 96.4], table: 250 });
    expect(out.widths).toEqual([30.25, 120.59, 96.65]);
    // The table keeps what lies outside its columns (borders): 250 - 246.731 + 247.49.
    expect(out.table).toBeCloseTo(250.759, 9);
  });

  it('does not widen a width already written in hundredths by more than the quarter pixel', () => {
    expect(pageColumns({ widths: [57.1, 80.05], table: 140 }).widths).toEqual([57.35, 80.3]);
  });
});
