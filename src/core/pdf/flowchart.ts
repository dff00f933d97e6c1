/**
 * The one switch point for the flowchart markup printed in the PDFs: `renderFlowchart(sop, starts)`
 * returns the SOP AP flowchart table, split into pages at the given rows (0-based indices of the
 * steps starting a page), as an HTML string.
 *
 * It is the swimlane component's pure renderer (src/core/swimlane layout + splitIntoPages,
 * src/core/swimlane/render/render-html.ts), the same markup as the SOP page.
 * Markup contract relied on by the engine (print-batch.ts): one <table> per page with a <thead>;
 * step rows `tr[data-step]`; the total row `tr.swl-total` in the last table.
 */
import type { SopFrontmatter } from '../model/sop';
import type { WaktuTotal } from '../flow/total-time';
import { layoutSwimlane } from '../swimlane/layout';
import { splitIntoPages } from '../swimlane/pages';
import type { SwimlaneLayout } from '../swimlane/geometry';
import { sopFlowInput } from '../site/flow-input';
import { connectorSentence, renderSwimlaneHtml } from '../swimlane/render/render-html';
import { richText } from '../site/rich-text';
import { escapeHtml } from '../html/escape';
import { richToHtml } from '../site/rich-html';

/** A flowchart table's column widths and its own width (CSS px). */
export interface FlowchartColumns {
  widths: number[];
  table: number;
}

/**
 * The columns every page of a split flowchart gets: those the browser gave the unsplit table
 * (`measured`), each a quarter pixel wider. The browser sized a text column at its longest word
 * exactly; the least bit narrower (rounding) and that word would be broken inside.
 */
export function pageColumns(measured: FlowchartColumns): FlowchartColumns {
  const widths = measured.widths.map((w) => Math.ceil(w * 100 - 1e-9) / 100 + 0.25);
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  return { widths, table: measured.table - sum(measured.widths) + sum(widths) };
}

export interface FlowchartOptions {
  /** HTML of the total-time line under the table; omitted when undefined. */
  total?: string;
  /** Fixed column widths for every page (the unsplit table's, as the browser laid it out). */
  columns?: FlowchartColumns;
}

/** The swimlane layout of an SOP's whole flowchart (unsplit), as printed. */
export function flowchartLayout(sop: SopFrontmatter): SwimlaneLayout {
  return layoutSwimlane(sopFlowInput(sop, () => []));
}

/**
 * For the flowchart split at `starts`: how many off-page links each page's incoming (top) and
 * outgoing (bottom) connector row carries, 0 when the page has no such row. A page can have an
 * incoming row even when it is the first one (a later step loops back to it). Lets the page
 * planner anticipate the connector rows, whose printed height grows with their links.
 */
export function connectorLinks(layout: SwimlaneLayout, starts: readonly number[]): Array<{ top: number; bottom: number }> {
  const cuts = starts.filter((s) => s > 0);
  if (!cuts.length) return [{ top: 0, bottom: 0 }];
  return splitIntoPages(layout, cuts).map((p) => {
    const out = { top: 0, bottom: 0 };
    for (const r of p.rows) if (r.kind === 'connector') out[r.position === 'top' ? 'top' : 'bottom'] = r.links.length;
    return out;
  });
}

/**
 * The longest sentences one off-page link of this flowchart can put in a connector row (both
 * directions, to the next and to the previous page, with its highest step number): the engine
 * measures them at the printed width of the Kegiatan column to plan connector rows before they
 * exist (src/node/pdf/print-batch.ts).
 */
export function connectorProbeSentences(layout: SwimlaneLayout): string[] {
  const last = Math.max(1, ...layout.rows.map((r) => (r.kind === 'step' ? r.step.no : 0)));
  return (['bottom', 'top'] as const).flatMap((position) =>
    [0, 2].map((otherPage) => connectorSentence({ letter: 'W', fromStep: last, toStep: last, otherPage }, position, 1)),
  );
}

export function renderFlowchart(sop: SopFrontmatter, starts: readonly number[] = [0], opts: FlowchartOptions = {}, layout: SwimlaneLayout = flowchartLayout(sop)): string {
  const pages = starts.filter((s) => s > 0);
  return renderSwimlaneHtml(pages.length ? splitIntoPages(layout, pages) : layout, {
    caption: `Diagram alir SOP ${sop.judul}`,
    idPrefix: null,
    scroll: false,
    footerHtml: opts.total,
    columns: opts.columns,
    // Placeholders [ISI: ...] stay visibly marked, as on the SOP page.
    formatText: (value) => richToHtml(richText(value)),
  });
}

/** The line under the printed flowchart: the total time (computed once per SOP by the caller). */
export function flowchartTotalHtml(sop: SopFrontmatter, t: WaktuTotal): string {
  const notes = [
    t.unstated.length ? `tanpa waktu: langkah ${t.unstated.join(', ')}` : '',
    t.unsummable.length ? `waktu tidak tentu, tidak dijumlahkan: langkah ${t.unsummable.join(', ')}` : '',
  ].filter(Boolean);
  const note = notes.length ? ` <span class="fc-total-note">(${notes.join('; ')})</span>` : '';
  const incomplete = sop.tidak_lengkap
    ? `<br><span class="fc-incomplete">Dokumen sumber tidak lengkap: ${escapeHtml(sop.tidak_lengkap)}</span>`
    : '';
  return `Jumlah waktu penyelesaian: <b>${escapeHtml(t.text)}</b>${note}${incomplete}`;
}
