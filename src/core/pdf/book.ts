/**
 * The SOP book of an agency: cover, table of contents, then every `berlaku` SOP, pages numbered
 * continuously. Pure page maths: where each SOP starts, how many contents pages are needed.
 */
export interface BookPlanInput {
  /** Pages of each SOP, in book order. */
  sopPages: readonly number[];
  /** Lines each contents entry takes (titles may wrap). */
  entryLines: readonly number[];
  /** Lines a contents page holds (the first page also holds the heading: `firstPageLines`). */
  linesPerPage: number;
  firstPageLines: number;
}

export interface BookPlan {
  /** Book pages: 1 = cover, then the contents pages, then the SOPs. */
  totalPages: number;
  tocPages: number;
  /** For each contents page, the entries (indices) it lists. */
  tocEntries: number[][];
  /** 1-based book page where each SOP starts. */
  startPage: number[];
}

export function planBook(input: BookPlanInput): BookPlan {
  const tocEntries: number[][] = [[]];
  let left = input.firstPageLines;
  input.entryLines.forEach((lines, i) => {
    if (lines > left && tocEntries.at(-1)!.length > 0) {
      tocEntries.push([]);
      left = input.linesPerPage;
    }
    tocEntries.at(-1)!.push(i);
    left -= lines;
  });
  const tocPages = tocEntries.length;
  const startPage: number[] = [];
  let page = 1 + tocPages + 1;
  for (const p of input.sopPages) {
    startPage.push(page);
    page += p;
  }
  return { totalPages: page - 1, tocPages, tocEntries, startPage };
}

/** Greedy word wrap by a width function (the caller's font metrics). */
export function wrapText(text: string, maxWidth: number, width: (s: string) => number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && width(next) > maxWidth) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}
