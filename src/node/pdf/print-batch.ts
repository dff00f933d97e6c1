/**
 * Printing a batch of SOPs in one `page.pdf` call (one call per SOP costs several times more):
 * the SOPs' printed articles (src/core/pdf/print-article.ts) go into one document; the flowchart rows are measured in the browser
 * (print media, the paper's content width); the page breaks are planned in Node
 * (src/core/pdf/page-plan.ts) and the flowchart is re-rendered split at them, with off-page
 * connectors; then the batch is printed. Each SOP starts with an invisible link to
 * https://penanda.invalid/sop/<n>: its annotation tells the splitter on which page the SOP starts.
 *
 * A split is printed as planned, without laying it out and measuring it first: every page keeps
 * the unsplit table's columns, so its step rows keep their measured heights, and the connector
 * rows are planned from their sentences measured at the Kegiatan column's width. Each page's
 * table of such a split is printed in one piece (print-sop.css, .swl-page--utuh: the browser
 * does not paginate inside it, which makes the print cheaper). Markers at the start and at the
 * bottom of each table show in the printed PDF whether it kept to its page
 * (src/core/pdf/printed-flowchart.ts); the SOPs whose tables did not are laid out again, measured
 * page by page until they fit, and printed again in a second document, where the browser may
 * break a table that still overflows between its rows.
 */
import type { Page } from 'puppeteer-core';
import type { PDFDocument } from 'pdf-lib';
import type { PageSetup } from '../../core/pdf/paper';
import { PX_PER_MM } from '../../core/model/paper';
import { pageCss } from '../../core/pdf/paper';
import { planFlowchartPagesLinked, type FlowchartPlan, type LinkedFlowchartPlan } from '../../core/pdf/page-plan';
import { renderFlowchart, flowchartTotalHtml, flowchartLayout, connectorLinks, connectorProbeSentences, pageColumns, type FlowchartColumns } from '../../core/pdf/flowchart';
import { flowchartMarkerPages, flowchartPrintedAsPlanned } from '../../core/pdf/printed-flowchart';
import { flowchartMarker, sopMarker } from '../../core/pdf/batch-markers';
import { loadBatch, markerPages } from './stamp';
import { totalWaktuOfSop } from '../../core/flow/total-time';
import { fitFlowchartPages, fitIdentities } from './fit-zoom';
import type { SopFrontmatter } from '../../core/model/sop';
import type { SwimlaneLayout } from '../../core/swimlane/geometry';

export interface PrintItem {
  id: string;
  sop: SopFrontmatter;
  /** The SOP's <article class="cetak-sop"> (src/core/pdf/print-article.ts). */
  article: string;
  /** Its flowchart's layout (flowchartLayout), when the caller has it. */
  layout?: SwimlaneLayout;
}

export interface MeasuredSop {
  /** Height of the identity block (kop, identity rows, the lists' grid). */
  identity: number;
  header: number;
  rows: number[];
  title: number;
  total: number;
  /** Height of the whole (unsplit) flowchart table: header, rows, total line, caption, borders. */
  table: number;
  /**
   * The unsplit table's width and its columns' widths (CSS px, before any zoom), from its first
   * step row: every page of the split flowchart gets these columns, so its rows keep the heights
   * measured here.
   */
  columns: FlowchartColumns;
  /**
   * Height of a connector row per link, from its longest sentence laid out at the Kegiatan
   * column's width (with the cell's padding); 0 when the flowchart has no step row.
   */
  connector: number;
}

/** One printed document: the items it holds in print order (its markers count them), and those to take from it. */
export interface PrintedPart {
  pdf: PDFDocument;
  printed: number[];
  kept: number[];
}

export interface BatchResult {
  /** The batch as printed, then (when some split flowcharts overflowed) those SOPs printed again. */
  parts: PrintedPart[];
  plans: FlowchartPlan[];
}

/**
 * First estimate of an off-page connector row's height per link it carries (16 mm: a row holds
 * the pentagon and one line of text per link). Each SOP's split flowchart is measured after
 * rendering; when a page overflows, the SOP is planned again with its measured heights.
 */
const LINK_PX = 16 * PX_PER_MM;
const FIT_ROUNDS = 12;
/** Printed layout may differ from the measured one by a few pixels per page: keep this much free. */
const FIT_MARGIN = 0.015;
/** Safety margin per page against rounding between screen-measured and printed layout. */
const SLACK_PX = 6;

/**
 * Fit each SOP to the paper's width: a flowchart with many lanes can be wider than the page (its
 * lanes have minimum widths); Chromium would then shrink the whole print, every SOP of the batch
 * alike. Instead each article wider than the page gets its own CSS zoom. Heights are measured
 * after zooming, so they are the printed heights. All articles are reset, then all widths read,
 * then the zooms set: one layout for the lot instead of one per article.
 */
const FIT_JS = `const fit = (arts) => { for (const art of arts) art.style.zoom = '';
  const ws = arts.map((art) => { const left = art.getBoundingClientRect().left;
    return Math.max(art.scrollWidth, ...[...art.querySelectorAll('table')].map((t) => t.getBoundingClientRect().right - left)); });
  arts.forEach((art, k) => { if (ws[k] > window.innerWidth + 0.5) art.style.zoom = String(window.innerWidth / ws[k]); }); };`;

/** @param probes per article, the connector sentences to measure (connectorProbeSentences). */
const measureJs = (probes: readonly (readonly string[])[]) => `(async () => {
  await document.fonts.ready;
  ${FIT_JS}
  const h = (el) => (el ? el.getBoundingClientRect().height : 0);
  const arts = [...document.querySelectorAll('article.cetak-sop')];
  fit(arts);
  const measured = arts.map((art) => {
    const title = art.querySelector('.cetak-alir-judul');
    const cs = title ? getComputedStyle(title) : null;
    const z = Number(art.style.zoom || 1);
    return {
      identity: h(art.querySelector('.sop-identity')),
      header: h(art.querySelector('.fc-mount table thead')),
      rows: [...art.querySelectorAll('.fc-mount tr[data-step]')].map((r) => h(r)),
      title: h(title) + (cs ? (parseFloat(cs.marginTop) + parseFloat(cs.marginBottom)) * z : 0),
      total: h(art.querySelector('.fc-mount tr.swl-total')),
      table: h(art.querySelector('.fc-mount table')),
      columns: { widths: [...(art.querySelector('.fc-mount tr[data-step]')?.children ?? [])].map((c) => c.getBoundingClientRect().width / z),
        table: (art.querySelector('.fc-mount table')?.getBoundingClientRect().width ?? 0) / z },
      connector: 0,
    };
  });
  // The connector sentences, out of the flow in the first step's Kegiatan cell at its width: all
  // placed, then all read (one layout), then removed.
  const probes = ${JSON.stringify(probes)};
  const placed = arts.map((art, k) => {
    const cell = art.querySelector('.fc-mount tr[data-step] td.swl-kegiatan .swl-cell');
    if (!cell) return [];
    const width = cell.getBoundingClientRect().width / Number(art.style.zoom || 1);
    return (probes[k] ?? []).map((text) => { const p = document.createElement('p');
      p.className = 'swl-connector-text'; p.textContent = text;
      p.style.cssText = 'position:absolute;visibility:hidden;left:0;top:0;width:' + width + 'px';
      cell.appendChild(p); return p; });
  });
  placed.forEach((ps, k) => {
    if (!ps.length) return;
    const td = ps[0].closest('td');
    const cs = getComputedStyle(td);
    const z = Number(arts[k].style.zoom || 1);
    const frame = (parseFloat(cs.paddingTop) + parseFloat(cs.paddingBottom) + parseFloat(cs.borderTopWidth) + parseFloat(cs.borderBottomWidth)) * z;
    measured[k].connector = Math.max(...ps.map(h)) + frame;
  });
  placed.flat().forEach((p) => p.remove());
  return measured;
})()`;

export function batchDocument(baseUrl: string, head: string, setup: PageSetup, items: readonly PrintItem[]): string {
  const body = items
    .map((it, n) => it.article.replace(/^(<article\b[^>]*>)/, `$1<a class="pdf-penanda" href="${sopMarker(n)}" aria-hidden="true" tabindex="-1"></a>`))
    .join('\n');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><base href="${baseUrl}/">${head}<style>${pageCss(setup)}</style></head><body class="cetak">${body}</body></html>`;
}

/**
 * Prints a batch: the splits planned from the unsplit tables are printed without measuring them
 * (`measureSplits: false`), then checked by their markers; the SOPs whose tables overflowed are
 * printed again, their splits measured, in a second document.
 */
export async function printBatch(page: Page, baseUrl: string, head: string, setup: PageSetup, items: readonly PrintItem[]): Promise<BatchResult> {
  const all = items.map((_, i) => i);
  const first = await layOutAndPrint(page, baseUrl, head, setup, items, { measureSplits: false });
  const pdf = await loadBatch(first.pdf);
  const at = first.unmeasured.length ? markerPages(pdf) : new Map<string, number[]>();
  const overflowed = first.unmeasured.filter((i) => {
    const tables = first.plans[i]!.starts.length;
    return !flowchartPrintedAsPlanned(flowchartMarkerPages(at, i, tables), tables);
  });
  if (process.env.SOP_PDF_PROFILE) console.log(`profil kelompok ${items.length} SOP: ${first.unmeasured.length} dibagi tanpa ukur ulang, ${overflowed.length} dicetak lagi`);
  if (!overflowed.length) return { parts: [{ pdf, printed: all, kept: all }], plans: first.plans };
  const again = await layOutAndPrint(page, baseUrl, head, setup, overflowed.map((i) => items[i]!), { measureSplits: true });
  const plans = first.plans.slice();
  overflowed.forEach((i, k) => (plans[i] = again.plans[k]!));
  return {
    parts: [
      { pdf, printed: all, kept: all.filter((i) => !overflowed.includes(i)) },
      { pdf: await loadBatch(again.pdf), printed: overflowed, kept: overflowed },
    ],
    plans,
  };
}

interface LaidOut {
  pdf: Uint8Array;
  plans: FlowchartPlan[];
  /** SOPs whose split flowchart was printed as planned, unmeasured: their markers tell whether it fit. */
  unmeasured: number[];
}

async function layOutAndPrint(
  page: Page,
  baseUrl: string,
  head: string,
  setup: PageSetup,
  items: readonly PrintItem[],
  options: { measureSplits: boolean },
): Promise<LaidOut> {
  const viewport = { width: Math.floor(setup.contentWidthPx), height: Math.ceil(setup.contentHeightPx) };
  // Resizing lays out the previous batch's document again: only when the paper changes.
  const current = page.viewport();
  if (current?.width !== viewport.width || current?.height !== viewport.height) await page.setViewport(viewport);
  const prof = process.env.SOP_PDF_PROFILE ? [performance.now()] : undefined;
  await page.setContent(batchDocument(baseUrl, head, setup, items), { waitUntil: 'load', timeout: 0 });
  prof?.push(performance.now());
  // The layout of each SOP's flowchart: what the connector sentences and the splits are made from.
  const layouts = items.map((it) => it.layout ?? flowchartLayout(it.sop));
  // A string, not a function: tsx/esbuild would inject helpers (__name) the page does not have.
  const measured = (await page.evaluate(measureJs(layouts.map((l) => connectorProbeSentences(l))))) as MeasuredSop[];
  prof?.push(performance.now());
  if (measured.length !== items.length) throw new Error(`Jumlah SOP di halaman cetak (${measured.length}) tidak sama dengan ${items.length}.`);
  const avail = (m: MeasuredSop, k: number) => (k === 0 ? setup.contentHeightPx - m.title : setup.contentHeightPx) * (1 - FIT_MARGIN);
  const ti = performance.now();
  await fitIdentities(page, measured.map((m) => m.identity), setup.contentHeightPx * (1 - FIT_MARGIN) - SLACK_PX);
  const identityMs = performance.now() - ti;
  const sum = (xs: readonly number[]) => xs.reduce((x, y) => x + y, 0);
  // What each SOP's plan is based on; raised to what the browser measured when a page overflows.
  const basis = measured.map((m) => ({
    // Header rows plus the table's caption and borders.
    header: m.header + Math.max(0, m.table - m.header - sum(m.rows) - m.total),
    rows: m.rows.slice(),
    linkHeight: Math.max(LINK_PX, m.connector),
  }));
  const planOf = (i: number): LinkedFlowchartPlan => {
    const m = measured[i]!;
    const b = basis[i]!;
    return planFlowchartPagesLinked(
      { header: b.header, rows: b.rows, total: m.total, firstPage: avail(m, 0), page: avail(m, 1), linkHeight: b.linkHeight },
      (starts) => connectorLinks(layouts[i]!, starts),
      SLACK_PX,
    );
  };
  const firstPlans = measured.map((_, i) => planOf(i));
  const plans: FlowchartPlan[] = firstPlans.slice();
  const columns = measured.map((m) => pageColumns(m.columns));
  // The total row under each flowchart does not change between fitting rounds: computed once per SOP.
  const totals = items.map(({ sop }) => flowchartTotalHtml(sop, totalWaktuOfSop(sop)));
  const split = plans.map((p, i) => (p.starts.length > 1 ? i : -1)).filter((i) => i >= 0);
  // Printed as planned, unmeasured: every split whose pages all fit by the plan (a step taller
  // than a page is scaled down to what the browser measures, so it is measured).
  const unmeasured = options.measureSplits ? [] : split.filter((i) => firstPlans[i]!.oversized.length === 0);
  // Each article's flowchart tables as last measured (the unsplit table, then each split's pages):
  // what the final fit to the page starts from, without measuring again.
  const tableHeights: number[][] = measured.map((m) => [m.table]);
  if (unmeasured.length) {
    const reps = unmeasured.map((i) => [i, renderFlowchart(items[i]!.sop, plans[i]!.starts, { total: totals[i]!, columns: columns[i] }, layouts[i]), flowchartMarkerUrls(i, plans[i]!.starts.length)]);
    // Nothing is read back: no layout until the print.
    await page.evaluate(
      `(() => { const reps = ${JSON.stringify(reps)}; const arts = document.querySelectorAll('article.cetak-sop');
        const marker = (url, end) => { const a = document.createElement('a'); a.className = 'pdf-penanda pdf-penanda--alir' + (end ? ' pdf-penanda--akhir' : '');
          a.href = url; a.setAttribute('aria-hidden', 'true'); a.tabIndex = -1; return a; };
        for (const [i, html, urls] of reps) { const art = arts[i]; art.querySelector('.fc-mount').innerHTML = html;
          art.querySelector('.cetak-alir-judul')?.prepend(marker(urls.title));
          art.querySelectorAll('.fc-mount .swl-page').forEach((w, p) => { const rows = w.querySelector('table')?.tBodies[0]?.rows;
            if (!rows?.length) return;
            w.classList.add('swl-page--utuh');
            rows[0].cells[0]?.prepend(marker(urls.first[p]));
            w.append(marker(urls.last[p], true)); }); } })()`,
    );
    for (const i of unmeasured) tableHeights[i] = firstPlans[i]!.heights;
  }
  // Render the split flowcharts, measure each page's table, and plan again the SOPs that overflow.
  let todo = split.filter((i) => !unmeasured.includes(i));
  const manual = new Set<number>();
  let rounds = 0;
  const roundLog: string[] = [];
  for (let round = 0; todo.length && round < FIT_ROUNDS; round++) {
    rounds++;
    const tr0 = performance.now();
    const reps: Array<[number, string]> = todo.map((i) => [i, renderFlowchart(items[i]!.sop, plans[i]!.starts, { total: totals[i]!, columns: columns[i] }, layouts[i])]);
    // Per page table: [table height, step row heights...], and its connector rows as [height, links].
    const tablesOf = (await page.evaluate(
      `(() => { ${FIT_JS} const reps = ${JSON.stringify(reps)}; const arts = document.querySelectorAll('article.cetak-sop');
        const h = (el) => el.getBoundingClientRect().height;
        const mounts = reps.map(([i, html]) => { const m = arts[i].querySelector('.fc-mount'); m.innerHTML = html; return m; });
        fit(reps.map(([i]) => arts[i]));
        return mounts.map((m) => [...m.querySelectorAll('table')].map((t) => ({ h: h(t), s: [...t.querySelectorAll('tr[data-step]')].map(h),
            c: [...t.querySelectorAll('tr.swl-connector-row')].map((r) => [h(r), (r.dataset.connectors || '').split(' ').filter(Boolean).length]) }))); })()`,
    )) as Array<Array<{ h: number; s: number[]; c: Array<[number, number]> }>>;
    if (prof) roundLog.push(`r${round}:${todo.length} sop ${Math.round(performance.now() - tr0)}ms`);
    const again: number[] = [];
    todo.forEach((i, k) => {
      tableHeights[i] = tablesOf[k]!.map((t) => t.h);
      const plan = plans[i]!;
      const m = measured[i]!;
      const tables = tablesOf[k]!;
      const over = tables.findIndex((t, p) => t.h > avail(m, p));
      if (process.env.SOP_PDF_DEBUG) console.log(items[i]!.id, 'round', round, 'starts', plan.starts.join(','), 'tables', tables.map((t) => Math.round(t.h)).join(','), 'avail', Math.round(avail(m, 0)), Math.round(avail(m, 1)), 'over', over);
      if (over < 0) return;
      // Learn from the split as printed: connector rows per link, step rows, table overhead.
      const b = basis[i]!;
      for (const t of tables) for (const [h, n] of t.c) if (n > 0) b.linkHeight = Math.max(b.linkHeight, h / n);
      const steps = tables.flatMap((t) => t.s);
      if (steps.length === b.rows.length) b.rows = b.rows.map((h, j) => Math.max(h, steps[j]!));
      tables.forEach((t, p) => {
        const extra = t.h - sum(t.s) - sum(t.c.map((c) => c[0])) - (p === tables.length - 1 ? m.total : 0);
        b.header = Math.max(b.header, extra);
      });
      const next = manual.has(i) ? plan : planOf(i);
      if (next.starts.join() !== plan.starts.join()) {
        plans[i] = next;
        again.push(i);
        return;
      }
      // Planned the same again: from now on, move rows off the overflowing page by its measured
      // excess (the starts only move earlier, so this ends).
      manual.add(i);
      const end = over + 1 < plan.starts.length ? plan.starts[over + 1]! : m.rows.length;
      const start = plan.starts[over]!;
      if (end - start <= 1) return; // a single row taller than the page: nothing to move
      let excess = tables[over]!.h - avail(m, over);
      let cut = end;
      while (cut - 1 > start && excess > 0) excess -= b.rows[--cut]!;
      if (cut === end) cut = end - 1;
      if (over + 1 < plan.starts.length) plan.starts[over + 1] = cut;
      else plan.starts.push(cut);
      again.push(i);
    });
    todo = again;
  }
  const tf = performance.now();
  await fitFlowchartPages(page, tableHeights, (i, p) => avail(measured[i]!, p) - SLACK_PX);
  if (prof) roundLog.push(`identitas ${Math.round(identityMs)}ms, halaman ${Math.round(performance.now() - tf)}ms`);
  prof?.push(performance.now());
  const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: false, outline: false, timeout: 0 });
  if (prof) {
    prof.push(performance.now());
    const d = prof.slice(1).map((t, k) => Math.round(t - prof[k]!));
    console.log(`profil kelompok ${items.length} SOP: muat ${d[0]} ms, ukur ${d[1]} ms, bagi+ukur ulang ${d[2]} ms (${rounds} putaran), page.pdf ${d[3]} ms [${roundLog.join(', ')}]`);
  }
  return { pdf, plans, unmeasured };
}

/** The marker addresses of SOP `n`'s split flowchart of `tables` pages (src/core/pdf/printed-flowchart.ts). */
function flowchartMarkerUrls(n: number, tables: number): { title: string; first: string[]; last: string[] } {
  const pages = Array.from({ length: tables }, (_, p) => p);
  return { title: flowchartMarker.title(n), first: pages.map((p) => flowchartMarker.first(n, p)), last: pages.map((p) => flowchartMarker.last(n, p)) };
}
