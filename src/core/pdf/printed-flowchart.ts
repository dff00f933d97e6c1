/**
 * Did a split flowchart print as planned? The engine prints a planned split without measuring it
 * first (src/node/pdf/print-batch.ts) and leaves invisible markers in it: one in the section
 * title, one in the first row and one at the bottom of each page's table. The printed PDF tells on
 * which pages each marker landed (a repeated table header would show a marker twice); the split
 * is as planned when the first table starts on the title's page, every table starts and ends on
 * one page, and each table starts on the page after the previous one ends.
 */
import { flowchartMarker } from './batch-markers';

/** The 0-based PDF pages on which each marker of one SOP's flowchart was printed. */
export interface FlowchartMarkerPages {
  title: readonly number[];
  /** Per page table, in order: where its first row's marker and the marker at its bottom are. */
  tables: ReadonlyArray<{ first: readonly number[]; last: readonly number[] }>;
}

const single = (pages: readonly number[]): number | undefined => (pages.length === 1 ? pages[0] : undefined);

export function flowchartPrintedAsPlanned(printed: FlowchartMarkerPages, tableCount: number): boolean {
  if (printed.tables.length !== tableCount || tableCount === 0) return false;
  let page = single(printed.title);
  if (page === undefined) return false;
  for (const [k, t] of printed.tables.entries()) {
    const first = single(t.first);
    const last = single(t.last);
    if (first === undefined || first !== last) return false;
    if (first !== (k === 0 ? page : page + 1)) return false;
    page = first;
  }
  return true;
}

/** Reads the flowchart markers of SOP `n` from where each marker address was printed. */
export function flowchartMarkerPages(at: ReadonlyMap<string, readonly number[]>, n: number, tableCount: number): FlowchartMarkerPages {
  const get = (url: string) => at.get(url) ?? [];
  return {
    title: get(flowchartMarker.title(n)),
    tables: Array.from({ length: tableCount }, (_, p) => ({ first: get(flowchartMarker.first(n, p)), last: get(flowchartMarker.last(n, p)) })),
  };
}
