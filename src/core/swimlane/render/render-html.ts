/**
 * The swimlane flowchart as HTML: one <table> per layout (one for the SOP page, one per printed
 * page for the PDF), the same markup for screen and print. Pure (a string; no DOM, no Astro),
 * so Swimlane.astro and the PDF renderer share it. Style: src/components/swimlane/swimlane.css.
 *
 * Drawing: every lane cell (and the channel cell) is `position: relative` and holds absolutely
 * positioned pieces measured from its own edges (see pieces.ts): CSS borders for lines, border
 * triangles for arrowheads, small fixed-size SVGs for symbols. Nothing is measured and no script
 * runs in the reader's browser.
 *
 * Data attributes (for tests and the PDF engine):
 *  - div.swl-scroll (screen) or div.swl-page (print) > table.swl-table[data-page][data-pages]; tr.swl-row[data-row] with [data-step] on step rows,
 *    tr.swl-connector-row[data-connectors="A B"][data-position=top|bottom] on connector rows;
 *  - [data-symbol=<kind>][data-symbol-id] on symbols, [data-label=<letter>] on connectors;
 *  - [data-edge] on every line piece and arrowhead; the arrowhead also has [data-from][data-to];
 *    [data-plain] on the lines joining the symbols of a step done by several actors (no arrowhead)
 *    [data-dir]; the piece holding an edge's first point has [data-start=top|bottom|left|right].
 */
import { branchParts } from '../branch-text';
import type { FlowStep } from '../flow';
import type { ConnectorLink, ConnectorRow, CssLength, FlowSymbol, LayoutRow, StepRow, SwimlaneLayout, XRef } from '../geometry';
import { CONNECTOR_SHOULDER } from '../symbols';
import { cellKey, cellPieces, type CellPieces, type Piece } from './pieces';
import { escapeHtml } from '../../html/escape';

/** Line width (px); CSS draws lines with borders of this width (see --swl-stroke). */
export const STROKE = 1.5;
/** Arrowhead: length along the line and half its width (px). */
export const ARROW_LENGTH = 9;
export const ARROW_HALF_WIDTH = 4;
/** Lines reach this far past a cell's edge, over the table border, into the next cell's piece. */
const EDGE_OVERLAP = 1;

export type TextField = 'kegiatan' | 'kelengkapan' | 'waktu' | 'output' | 'keterangan' | 'question';

export interface SwimlaneHtmlOptions {
  /** Accessible name of each table (visually hidden caption). */
  caption?: string;
  /** Row ids are `${idPrefix}langkah-<no>`; null = no ids (e.g. a second copy on one page). Default "". */
  idPrefix?: string | null;
  /**
   * Renders a text value as HTML. Default: escaped, line breaks kept by CSS. The result is
   * inserted as is: it must be safe HTML (the site passes its rich text: abbreviations, placeholders).
   */
  formatText?: (value: string, field: TextField, step: FlowStep) => string;
  /** Trusted HTML of a last row under the last table (e.g. the total time). */
  footerHtml?: string;
  /**
   * Wrap each table in a horizontally scrolling region (screen; default true). `false` (print):
   * each table in a plain div.swl-page, the block the PDF's page breaks fall between.
   */
  scroll?: boolean;
  /**
   * Rows to mark by step number (the SOP history's changed steps, core/diff/step-marks.ts): the
   * row gets data-diff=<kind> and its kegiatan cell starts with the mark's word.
   */
  rowMarks?: ReadonlyMap<number, { kind: string; label: string }>;
  /**
   * Fixed column widths (px, one per column, in the order of the <col> elements) and the table's
   * width: every table gets them (`table-layout: fixed`), so the pages of a split flowchart keep the
   * columns of the whole one. The PDF engine passes what the browser gave the unsplit table.
   */
  columns?: { widths: readonly number[]; table: number };
}

const num = (n: number) => String(Math.round(n * 100) / 100);

function cssLength(pct: number, px: number): string {
  if (pct === 0) return `${num(px)}px`;
  if (px === 0) return `${num(pct)}%`;
  return `calc(${num(pct)}% ${px < 0 ? '-' : '+'} ${num(Math.abs(px))}px)`;
}
const ANCHOR_PCT = { start: 0, center: 50, end: 100 } as const;
/** Value of `left` that puts an element's left edge at x (+ shift). */
function leftOf(x: XRef, shift = 0): string {
  return cssLength(ANCHOR_PCT[x.at], x.dx + shift);
}
/** Value of `right` that puts an element's right edge at x (+ shift). */
function rightOf(x: XRef, shift = 0): string {
  return cssLength(100 - ANCHOR_PCT[x.at], -(x.dx + shift));
}
function maxWidthOf(m: CssLength): string {
  return cssLength(m.pct, m.px);
}

// ---- Symbols -----------------------------------------------------------------------------------

function shapeSvg(s: FlowSymbol): string {
  const w = num(s.width);
  const h = num(s.height);
  let shape: string;
  switch (s.kind) {
    case 'decision':
      shape = `<polygon points="${num(s.width / 2)},0 ${w},${num(s.height / 2)} ${num(s.width / 2)},${h} 0,${num(s.height / 2)}"/>`;
      break;
    case 'connector':
      shape = `<polygon points="0,0 ${w},0 ${w},${num(s.height * CONNECTOR_SHOULDER)} ${num(s.width / 2)},${h} 0,${num(s.height * CONNECTOR_SHOULDER)}"/>`;
      break;
    case 'terminator':
    case 'end':
      shape = `<rect x="0" y="0" width="${w}" height="${h}" rx="${num(s.height / 2)}" ry="${num(s.height / 2)}"/>`;
      break;
    default:
      shape = `<rect x="0" y="0" width="${w}" height="${h}"/>`;
  }
  return `<svg class="swl-shape" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" aria-hidden="true" focusable="false">${shape}</svg>`;
}

function symbolHtml(s: FlowSymbol): string {
  const style = `left:${cssLength(50, s.dx - s.width / 2)};top:${num(s.cy - s.height / 2)}px;width:${num(s.width)}px;height:${num(s.height)}px`;
  const a11y = s.decorative ? ' aria-hidden="true"' : ` role="img" aria-label="${escapeHtml(s.name)}"`;
  const label = s.kind === 'connector' && s.text ? ` data-label="${escapeHtml(s.text)}"` : '';
  const text = s.text ? `<span class="swl-symbol__text">${escapeHtml(s.text)}</span>` : '';
  return `<span class="swl-symbol swl-symbol--${s.kind}" data-symbol="${s.kind}" data-symbol-id="${escapeHtml(s.id)}"${label}${a11y} style="${style}">${shapeSvg(s)}${text}</span>`;
}

// ---- Lines, arrowheads, labels -----------------------------------------------------------------

function pieceHtml(p: Piece): string {
  const half = STROKE / 2;
  switch (p.kind) {
    case 'symbol':
      return symbolHtml(p.symbol);
    case 'v': {
      const parts = [`left:${leftOf(p.x, -half)}`];
      if (p.top.at === 'edge') parts.push(`top:-${EDGE_OVERLAP}px`);
      else parts.push(`top:${num(p.top.dy)}px`);
      if (p.bottom.at === 'edge') parts.push(`bottom:-${EDGE_OVERLAP}px`);
      else if (p.top.at === 'edge') parts.push(`height:${num(p.bottom.dy + EDGE_OVERLAP)}px`);
      else parts.push(`height:${num(p.bottom.dy - p.top.dy)}px`);
      const start = p.start ? ` data-start="${p.start}"` : '';
      return `<span class="swl-line swl-line--v" data-edge="${escapeHtml(p.edge)}"${start} style="${parts.join(';')}"></span>`;
    }
    case 'h': {
      const parts = [`top:${num(p.dy - half)}px`];
      parts.push(p.left.at === 'edge' ? `left:-${EDGE_OVERLAP}px` : `left:${leftOf(p.left.x)}`);
      parts.push(p.right.at === 'edge' ? `right:-${EDGE_OVERLAP}px` : `right:${rightOf(p.right.x)}`);
      const start = (p.start ? ` data-start="${p.start}"` : '') + (p.plain ? ' data-plain=""' : '');
      return `<span class="swl-line swl-line--h" data-edge="${escapeHtml(p.edge)}"${start} style="${parts.join(';')}"></span>`;
    }
    case 'arrow': {
      // The element's box is placed so that its point is exactly at the tip.
      let style: string;
      if (p.dir === 'down') style = `left:${leftOf(p.x, -ARROW_HALF_WIDTH)};top:${num(p.dy - ARROW_LENGTH)}px`;
      else if (p.dir === 'up') style = `left:${leftOf(p.x, -ARROW_HALF_WIDTH)};top:${num(p.dy)}px`;
      else if (p.dir === 'left') style = `left:${leftOf(p.x)};top:${num(p.dy - ARROW_HALF_WIDTH)}px`;
      else style = `left:${leftOf(p.x, -ARROW_LENGTH)};top:${num(p.dy - ARROW_HALF_WIDTH)}px`;
      return `<span class="swl-arrow swl-arrow--${p.dir}" data-edge="${escapeHtml(p.edge)}" data-from="${escapeHtml(p.from)}" data-to="${escapeHtml(p.to)}" data-dir="${p.dir}" style="${style}"></span>`;
    }
    case 'label': {
      const l = p.label;
      const horizontal = l.place.endsWith('right') ? `left:${leftOf(l.at.x)}` : `right:${rightOf(l.at.x)}`;
      const style = `${horizontal};top:${num(l.at.y.dy)}px;max-width:${maxWidthOf(l.maxWidth)}`;
      return `<span class="swl-label swl-label--${l.place}" data-edge="${escapeHtml(p.edge)}" aria-hidden="true" style="${style}">${escapeHtml(l.text)}</span>`;
    }
  }
}

/** Symbols last so they cover line ends; labels above lines. */
const PAINT_ORDER: Record<Piece['kind'], number> = { h: 0, v: 0, arrow: 1, symbol: 2, label: 3 };

function drawingHtml(cells: CellPieces, row: number, col: number): string {
  const pieces = cells.get(cellKey(row, col)) ?? [];
  return [...pieces].sort((a, b) => PAINT_ORDER[a.kind] - PAINT_ORDER[b.kind]).map(pieceHtml).join('');
}

// ---- Table -------------------------------------------------------------------------------------

/** Lets long headings like "Persyaratan/Kelengkapan" break after a slash. */
function headingHtml(text: string): string {
  return escapeHtml(text).replace(/\//g, '/<wbr>');
}

function defaultFormat(value: string): string {
  return escapeHtml(value);
}

/**
 * Lets text break after a slash ("bandara/pelabuhan/terminal", "Kab/Kota/Prov"): such words are
 * common in SOPs and would otherwise force their column wide. Only text between tags is touched.
 */
export function breakAfterSlashes(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : part.replace(/\/(?=[A-Za-z0-9])/g, '/<wbr>')))
    .join('');
}

interface Context {
  layout: SwimlaneLayout;
  options: SwimlaneHtmlOptions;
  cells: CellPieces;
  format: (value: string, field: TextField, step: FlowStep) => string;
  showKeterangan: boolean;
  hasChannel: boolean;
}

function laneCells(ctx: Context, row: number): string {
  let html = '';
  const lanes = ctx.layout.actors.length;
  for (let col = 0; col < lanes; col++) {
    html += `<td class="swl-lane" data-col="${col}">${drawingHtml(ctx.cells, row, col)}</td>`;
  }
  if (ctx.hasChannel) html += `<td class="swl-channel" aria-hidden="true">${drawingHtml(ctx.cells, row, lanes)}</td>`;
  return html;
}

function stepRowHtml(ctx: Context, row: StepRow, index: number): string {
  const { step } = row;
  const f = (value: string | undefined, field: TextField) =>
    value === undefined || value.trim() === '' ? '-' : ctx.format(value, field, step);
  const id = ctx.options.idPrefix === null ? '' : ` id="${escapeHtml(ctx.options.idPrefix ?? '')}langkah-${step.no}"`;
  const rowRef = (no: number) => `#${escapeHtml(ctx.options.idPrefix ?? '')}langkah-${no}`;

  let decision = '';
  if (step.decision) {
    const parts = branchParts(step.no, step.decision).map((p) => {
      // Without row ids (idPrefix null) there is nothing to link to: the destination stays text.
      const where =
        typeof p.to === 'number' && ctx.options.idPrefix !== null
          ? `<a href="${rowRef(p.to)}">${escapeHtml(p.destination)}</a>`
          : escapeHtml(p.destination);
      return `${escapeHtml(p.label)}: ${where}`;
    });
    const question = step.decision.question ? ` ${ctx.format(step.decision.question, 'question', step)}` : '';
    decision = `<p class="swl-decision"><span class="swl-decision__title">Keputusan:</span>${question} <span class="swl-decision__branches">${parts.join('; ')}</span></p>`;
  }
  const letters =
    step.letters && step.letters.length > 0
      ? `<ul class="swl-letters" aria-label="Surat untuk langkah ${step.no}">${step.letters
          .map((l) => `<li><a href="${escapeHtml(l.href)}" data-letter="${escapeHtml(l.id)}">${escapeHtml(l.title)}</a></li>`)
          .join('')}</ul>`
      : '';
  const mark = ctx.options.rowMarks?.get(step.no);
  const markHtml = mark ? `<span class="swl-mark swl-mark--${escapeHtml(mark.kind)}">${escapeHtml(mark.label)}</span> ` : '';
  const keterangan = ctx.showKeterangan ? `<td class="swl-keterangan"><div class="swl-cell swl-text">${f(step.keterangan, 'keterangan')}</div></td>` : '';
  return (
    `<tr class="swl-row"${id} data-row="${index}" data-step="${step.no}"${step.decision ? ' data-decision' : ''}${mark ? ` data-diff="${escapeHtml(mark.kind)}"` : ''} style="height:${row.minHeight}px">` +
    `<th scope="row" class="swl-no">${step.no}</th>` +
    `<td class="swl-kegiatan"><div class="swl-cell"><div class="swl-text">${markHtml}${ctx.format(step.kegiatan, 'kegiatan', step)}</div>${decision}` +
    `<p class="swl-actor-inline">Pelaksana: ${escapeHtml(row.actorLabel)}</p></div></td>` +
    laneCells(ctx, index) +
    `<td class="swl-mutu swl-kelengkapan"><div class="swl-cell swl-text">${f(step.kelengkapan, 'kelengkapan')}</div></td>` +
    `<td class="swl-mutu swl-waktu"><div class="swl-cell swl-text">${f(step.waktu, 'waktu')}</div></td>` +
    `<td class="swl-mutu swl-output"><div class="swl-cell"><div class="swl-text">${f(step.output, 'output')}</div>${letters}</div></td>` +
    keterangan +
    `</tr>`
  );
}

function pageWord(here: number, other: number): string {
  if (other === here + 1) return 'halaman berikutnya';
  if (other === here - 1) return 'halaman sebelumnya';
  return `halaman ${other + 1}`;
}

/**
 * The sentence a connector row says for one off-page link, on page `here` (0-based): the PDF
 * engine also measures these sentences to plan the rows' heights (src/core/pdf/flowchart.ts).
 */
export function connectorSentence(link: ConnectorLink, position: ConnectorRow['position'], here: number): string {
  return position === 'bottom'
    ? `Penghubung ${link.letter}: dari langkah ${link.fromStep}, bersambung ke langkah ${link.toStep} di ${pageWord(here, link.otherPage)}.`
    : `Penghubung ${link.letter}: sambungan dari langkah ${link.fromStep} di ${pageWord(here, link.otherPage)} ke langkah ${link.toStep}.`;
}

function connectorRowHtml(ctx: Context, row: ConnectorRow, index: number): string {
  const letters = row.links.map((l) => l.letter).join(' ');
  const sentences = row.links.map((l) => connectorSentence(l, row.position, ctx.layout.page?.index ?? 0));
  const mutuSpan = 3 + (ctx.showKeterangan ? 1 : 0);
  return (
    `<tr class="swl-row swl-connector-row" data-row="${index}" data-connectors="${escapeHtml(letters)}" data-position="${row.position}" style="height:${row.minHeight}px">` +
    `<td class="swl-no"></td>` +
    `<td class="swl-kegiatan"><div class="swl-cell"><p class="swl-connector-text">${sentences.map(escapeHtml).join(' ')}</p></div></td>` +
    laneCells(ctx, index) +
    `<td class="swl-mutu" colspan="${mutuSpan}"></td>` +
    `</tr>`
  );
}

function headHtml(ctx: Context): string {
  const { layout } = ctx;
  const c = layout.columns;
  const lanes = layout.actors
    .map(
      (a) =>
        `<th scope="col" class="swl-lane-head"><div class="swl-lane-head__text" style="min-width:${layout.laneMinWidth}px">${headingHtml(a.label)}</div></th>`,
    )
    .join('');
  const channel = ctx.hasChannel
    ? `<td class="swl-channel swl-channel-head" rowspan="2" aria-hidden="true"><div style="width:${layout.channel.width}px"></div></td>`
    : '';
  const keterangan = ctx.showKeterangan ? `<th scope="col" rowspan="2" class="swl-keterangan">${headingHtml(c.keterangan!)}</th>` : '';
  return (
    `<thead>` +
    `<tr><th scope="col" rowspan="2" class="swl-no">No</th>` +
    `<th scope="col" rowspan="2" class="swl-kegiatan">${headingHtml(c.kegiatan ?? 'Kegiatan')}</th>` +
    `<th scope="colgroup" colspan="${layout.actors.length}" class="swl-group">Pelaksana</th>${channel}` +
    `<th scope="colgroup" colspan="3" class="swl-group">Mutu Baku</th>${keterangan}</tr>` +
    `<tr>${lanes}` +
    `<th scope="col" class="swl-mutu swl-kelengkapan">${headingHtml(c.kelengkapan)}</th>` +
    `<th scope="col" class="swl-mutu swl-waktu">${headingHtml(c.waktu)}</th>` +
    `<th scope="col" class="swl-mutu swl-output">${headingHtml(c.output)}</th></tr>` +
    `</thead>`
  );
}

function tableHtml(layout: SwimlaneLayout, options: SwimlaneHtmlOptions, isLast: boolean): string {
  const ctx: Context = {
    layout,
    options,
    cells: cellPieces(layout),
    format: (value, field, step) => breakAfterSlashes((options.formatText ?? defaultFormat)(value, field, step)),
    showKeterangan: layout.columns.keterangan !== undefined,
    hasChannel: layout.channel.width > 0,
  };
  const rows = layout.rows
    .map((r: LayoutRow, i) => (r.kind === 'step' ? stepRowHtml(ctx, r, i) : connectorRowHtml(ctx, r, i)))
    .join('');
  const columnCount = 2 + layout.actors.length + (ctx.hasChannel ? 1 : 0) + 3 + (ctx.showKeterangan ? 1 : 0);
  const footer =
    isLast && options.footerHtml !== undefined
      ? `<tr class="swl-total"><td colspan="${columnCount}">${options.footerHtml}</td></tr>`
      : '';
  const page = layout.page ?? { index: 0, count: 1 };
  const captionText =
    options.caption !== undefined
      ? page.count > 1
        ? `${options.caption} (halaman ${page.index + 1} dari ${page.count})`
        : options.caption
      : undefined;
  const caption = captionText !== undefined ? `<caption class="swl-caption">${escapeHtml(captionText)}</caption>` : '';
  const colClasses = [
    'swl-col-no',
    'swl-col-kegiatan',
    ...layout.actors.map(() => 'swl-col-lane'),
    ...(ctx.hasChannel ? ['swl-col-channel'] : []),
    'swl-col-kelengkapan',
    'swl-col-waktu',
    'swl-col-output',
    ...(ctx.showKeterangan ? ['swl-col-keterangan'] : []),
  ];
  // Columns that do not match this table (never expected) leave its layout to the browser.
  const fixed = options.columns?.widths.length === colClasses.length ? options.columns : undefined;
  const widths = fixed?.widths;
  const style =
    `--swl-lane-min:${layout.laneMinWidth}px;--swl-channel:${layout.channel.width}px` +
    (fixed ? `;table-layout:fixed;width:${num(fixed.table)}px` : '');
  const cols = `<colgroup>${colClasses.map((c, k) => `<col class="${c}"${widths ? ` style="width:${num(widths[k]!)}px"` : ''}>`).join('')}</colgroup>`;
  const table =
    `<table class="swl-table" data-page="${page.index + 1}" data-pages="${page.count}" style="${style}">` +
    caption +
    cols +
    headHtml(ctx) +
    `<tbody>${rows}${footer}</tbody></table>`;
  if (options.scroll === false) return `<div class="swl-page">${table}</div>`;
  const label = captionText ?? 'Diagram alir';
  return `<div class="swl-scroll" role="region" tabindex="0" aria-label="${escapeHtml(label)} (dapat digeser ke samping)">${table}</div>`;
}

/** The flowchart (or its pages) as HTML; wrap-free tables when `scroll: false`. */
export function renderSwimlaneHtml(layouts: SwimlaneLayout | readonly SwimlaneLayout[], options: SwimlaneHtmlOptions = {}): string {
  const list = Array.isArray(layouts) ? (layouts as readonly SwimlaneLayout[]) : [layouts as SwimlaneLayout];
  if (list.length === 0) return '';
  const first = list[0]!;
  const steps = list.reduce((n, l) => n + l.rows.filter((r) => r.kind === 'step').length, 0);
  const tables = list.map((l, i) => tableHtml(l, options, i === list.length - 1)).join('');
  return `<div class="swimlane" data-swimlane data-actors="${first.actors.length}" data-steps="${steps}" data-pages="${list.length}">${tables}</div>`;
}
