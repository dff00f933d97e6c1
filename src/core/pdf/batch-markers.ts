/**
 * The invisible marker links a batch print carries (https://penanda.invalid/...): where each SOP
 * starts (the splitter cuts the batch there) and, in a split flowchart, its section title and the
 * first row and the bottom of each page's table (src/core/pdf/printed-flowchart.ts checks them). The
 * printed PDF keeps them as link annotations, read and removed before the pages are copied.
 */
export const MARKER_ORIGIN = 'https://penanda.invalid/';

/** SOP `n` of the batch starts here. */
export const sopMarker = (n: number) => `${MARKER_ORIGIN}sop/${n}`;

export const flowchartMarker = {
  title: (n: number) => `${MARKER_ORIGIN}alir/${n}/judul`,
  first: (n: number, table: number) => `${MARKER_ORIGIN}alir/${n}/${table}/awal`,
  last: (n: number, table: number) => `${MARKER_ORIGIN}alir/${n}/${table}/akhir`,
};
