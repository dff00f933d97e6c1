/**
 * The one switch point for the flowchart markup printed in the PDFs: `renderFlowchart(sop, starts)`
 * returns the SOP AP flowchart table, split into pages at the given rows (0-based indices of the
 * steps starting a page), as an HTML string.
 *
 * Default: the swimlane component's pure renderer (src/core/swimlane layout + splitIntoPages,
 * src/components/swimlane/render-html.ts), the same markup as the SOP page. The PDF engine's own
 * earlier renderer (flowchart-html.ts) stays selectable with SOP_PDF_FLOWCHART=pdf as a fallback.
 * Markup contract relied on by the engine (print-batch.ts): one <table> per page with a <thead>;
 * step rows `tr[data-step]` (swimlane) or `tr.fc-row` (fallback); the total row `tr.swl-total` /
 * `tr.fc-total` in the last table.
 */
import type { SopFrontmatter } from '../model/sop';
import { totalWaktu } from '../waktu/total';
import { renderFlowchartPages, totalLineHtml, type FlowchartOptions } from './flowchart-html';
import { layoutSwimlane } from '../swimlane/layout';
import { splitIntoPages } from '../swimlane/pages';
import { sopFlowInput } from '../site/flow-input';
import { renderSwimlaneHtml } from '../../components/swimlane/render-html';
import { richText } from '../site/rich-text';
import { richToHtml } from '../site/rich-html';

export type FlowchartRenderer = 'swimlane' | 'pdf';

export function flowchartRenderer(env: Record<string, string | undefined> = typeof process === 'undefined' ? {} : process.env): FlowchartRenderer {
  return env.SOP_PDF_FLOWCHART === 'pdf' ? 'pdf' : 'swimlane';
}

export function renderFlowchart(sop: SopFrontmatter, starts: readonly number[] = [0], opts: FlowchartOptions = {}): string {
  if (flowchartRenderer() === 'pdf') return renderFlowchartPages(sop, starts, opts);
  const keterangan = sop.mutu_baku.keterangan || sop.langkah.some((s) => s.keterangan);
  const layout = layoutSwimlane(sopFlowInput(sop, () => [], keterangan));
  const pages = starts.filter((s) => s > 0);
  return renderSwimlaneHtml(pages.length ? splitIntoPages(layout, pages) : layout, {
    caption: `Diagram alir SOP ${sop.judul}`,
    idPrefix: null,
    scroll: false,
    footerHtml: opts.total,
    // Placeholders [ISI: ...] stay visibly marked, as on the SOP page.
    formatText: (value) => richToHtml(richText(value)),
  });
}

export function flowchartTotalHtml(sop: SopFrontmatter): string {
  const t = totalWaktu(sop.langkah);
  return totalLineHtml(t.text, t.unstated);
}
