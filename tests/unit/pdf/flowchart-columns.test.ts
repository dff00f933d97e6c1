import { describe, expect, it } from 'vitest';
import { connectorProbeSentences, flowchartLayout, pageColumns } from '../../../src/core/pdf/flowchart';
import { parseSop, validSopInput } from '../support/fixtures';

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

describe('connectorProbeSentences', () => {
  it('says the longest sentences a connector row of this flowchart can hold, with its last step number', () => {
    // Three steps: the last is numbered 3.
    const sop = parseSop(validSopInput());
    expect(connectorProbeSentences(flowchartLayout(sop))).toEqual([
      'Penghubung W: dari langkah 3, bersambung ke langkah 3 di halaman sebelumnya.',
      'Penghubung W: dari langkah 3, bersambung ke langkah 3 di halaman berikutnya.',
      'Penghubung W: sambungan dari langkah 3 di halaman sebelumnya ke langkah 3.',
      'Penghubung W: sambungan dari langkah 3 di halaman berikutnya ke langkah 3.',
    ]);
  });
});
