/**
 * The SOP AP flowchart table as an HTML string, split into pages at given rows (pure; no DOM).
 *
 * Used by the print page (/cetak/sop/<id>/, one page = the whole table, for measuring row heights)
 * and by the PDF engine (the table split at the planned rows). This is the PDF engineer's own
 * rendering, kept behind `renderFlowchartPages` so that it can be switched to the swimlane
 * component's pure renderer (src/core/swimlane) once that is callable from Node.
 *
 * Layout: one <table class="fc-page"> per page, each with the header rows; the lane cell of a row
 * (colspan = actors + a routing gutter) draws that row's symbol in its actor's column and the
 * line segments crossing the row, so that any row boundary is a valid page break. Where the flow
 * crosses a page break it leaves through an off-page connector (pentagon) in a connector row at
 * the bottom of the page and re-enters through its twin, same label, at the top of the next.
 * Branches of a decision that jump to a step on another page do the same in the gutter.
 */
import { outgoing, END_NODE, type FlowEdge } from '../flow/graph';
import type { Actor, MutuBakuColumns } from '../model/sop';
import type { Step } from '../model/step';
import { pageRanges } from './page-plan';

export interface FlowchartSop {
  pelaksana: Actor[];
  langkah: Step[];
  mutu_baku: MutuBakuColumns;
}

export interface FlowchartOptions {
  /** Text of the total-time line under the table; omitted when undefined. */
  total?: string;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Header labels may break after a slash ("Persyaratan/Kelengkapan"). */
const escHead = (s: string) => esc(s).replace(/\//g, '/<wbr>');

/** Off-page connector labels: A..Z, then AA, AB ... */
export function connectorLabel(i: number): string {
  let s = '';
  let n = i;
  do {
    s = String.fromCharCode(65 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

const GUTTER = '9mm';
/** Horizontal centre of lane c of n, as a CSS length inside the lane cell. */
const laneX = (c: number, n: number) => `calc((100% - ${GUTTER}) * ${(c + 0.5) / n})`;
/** Half the symbol width (symbols are at most 24 mm wide and leave 2 mm to each lane edge). */
const halfW = (n: number) => `min(calc((100% - ${GUTTER}) / ${n * 2} - 2mm), 12mm)`;
const halfH = (decision: boolean) => (decision ? '6mm' : '4mm');
const gutterX = (k: number) => `calc(100% - ${GUTTER} + ${2 + 2.2 * k}mm)`;

const vline = (x: string, top: string, bottom: string) =>
  `<i class="fc-ln fc-v" style="left:${x};top:${top};height:calc(${bottom} - ${top})"></i>`;
const hline = (left: string, right: string, y: string) =>
  `<i class="fc-ln fc-h" style="left:${left};top:${y};width:calc(${right} - ${left})"></i>`;
const arrowDown = (x: string, y: string) => `<i class="fc-ah fc-ah-d" style="left:${x};top:${y}"></i>`;
const arrowLeft = (x: string, y: string) => `<i class="fc-ah fc-ah-l" style="left:${x};top:${y}"></i>`;
const label = (x: string, y: string, text: string, cls = '') =>
  `<span class="fc-lbl ${cls}" style="left:${x};top:${y}">${esc(text)}</span>`;
const pentagon = (x: string, y: string, text: string, cls = '') =>
  `<span class="fc-off ${cls}" style="left:${x};top:${y}" data-label="${esc(text)}"><svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true"><polygon points="2,2 98,2 98,62 50,98 2,62"/></svg><b>${esc(text)}</b></span>`;

interface Jump {
  edge: FlowEdge;
  from: number; // 0-based row
  to: number; // 0-based row, or -1 for the end
  track: number;
  /** Off-page label when source and target are on different pages. */
  off?: string;
}

/** Renders the flowchart split at `starts` (0-based rows beginning a page; [0] = one page). */
export function renderFlowchartPages(sop: FlowchartSop, starts: readonly number[] = [0], opts: FlowchartOptions = {}): string {
  const steps = sop.langkah;
  const n = sop.pelaksana.length;
  const col = steps.map((s) => Math.max(0, sop.pelaksana.findIndex((a) => a.id === s.pelaksana)));
  const ranges = pageRanges(starts.length ? starts : [0], steps.length);
  const pageOf = (row: number) => ranges.findIndex(([a, b]) => row >= a && row < b);
  const showKet = sop.mutu_baku.keterangan || steps.some((s) => s.keterangan);

  // Down edges (row i -> i+1) and jumps (everything else).
  const down: (FlowEdge | undefined)[] = [];
  const jumps: Jump[] = [];
  let labelNo = 0;
  const breakLabels = new Map<number, string>(); // row that ends a page -> label
  steps.forEach((_, i) => {
    for (const e of outgoing(steps, i + 1)) {
      if (e.to === i + 2) down[i] = e;
      else if (e.to === END_NODE && !e.branch) continue; // the last step ends the process
      else jumps.push({ edge: e, from: i, to: e.to === END_NODE ? -1 : e.to - 1, track: 0 });
    }
  });
  // Labels in reading order: page breaks and off-page jumps, by source row.
  const events: Array<{ row: number; kind: 'break' | 'jump'; jump?: Jump }> = [];
  ranges.forEach(([, b]) => {
    if (b < steps.length && down[b - 1]) events.push({ row: b - 1, kind: 'break' });
  });
  jumps.forEach((j) => {
    if (j.to >= 0 && pageOf(j.from) !== pageOf(j.to)) events.push({ row: j.from, kind: 'jump', jump: j });
  });
  events.sort((a, b) => a.row - b.row || (a.kind === 'break' ? 1 : -1));
  for (const ev of events) {
    const l = connectorLabel(labelNo++);
    if (ev.kind === 'break') breakLabels.set(ev.row, l);
    else ev.jump!.off = l;
  }
  // Tracks in the gutter for same-page jumps: greedy interval colouring.
  const sameJumps = jumps.filter((j) => j.to >= 0 && !j.off);
  const busy: Array<Array<[number, number]>> = [];
  for (const j of sameJumps) {
    const [a, b] = [Math.min(j.from, j.to), Math.max(j.from, j.to)];
    let t = 0;
    while (busy[t]?.some(([x, y]) => !(b < x || a > y))) t++;
    (busy[t] ??= []).push([a, b]);
    j.track = t;
  }

  const lanesCell = (inner: string) => `<td class="fc-lanes" colspan="${n + 1}"><div class="fc-lanebox">${lanes()}${inner}</div></td>`;
  const lanes = () => {
    let s = '';
    for (let k = 1; k < n; k++) s += `<i class="fc-sep" style="left:calc((100% - ${GUTTER}) * ${k / n})"></i>`;
    return s;
  };
  const mutuCells = (s?: Step) =>
    s
      ? `<td class="fc-kel">${esc(s.kelengkapan)}</td><td class="fc-waktu">${esc(s.waktu)}</td><td class="fc-out">${esc(s.output)}</td>${showKet ? `<td class="fc-ket">${esc(s.keterangan ?? '')}</td>` : ''}`
      : `<td></td><td></td><td></td>${showKet ? '<td></td>' : ''}`;

  const symbol = (i: number) => {
    const s = steps[i]!;
    const x = laneX(col[i]!, n);
    const kind = s.keputusan ? 'fc-dec' : i === 0 || i === steps.length - 1 ? 'fc-term' : 'fc-proc';
    const w = `calc(${halfW(n)} * 2)`;
    const inner = s.keputusan
      ? '<svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true"><polygon points="50,1 99,50 50,99 1,50"/></svg>'
      : '';
    return `<span class="fc-sym ${kind}" style="left:${x};width:${w}">${inner}</span>`;
  };

  const rowHtml = (i: number, page: number, first: boolean) => {
    const s = steps[i]!;
    const x = laneX(col[i]!, n);
    const hh = halfH(!!s.keputusan);
    let g = '';
    // Incoming line from the row above (or from the connector row on a continued page).
    if (i > 0 && down[i - 1]) {
      const symTop = `calc(50% - ${hh})`;
      if (first || col[i - 1] === col[i]) g += vline(x, '0px', symTop);
      else {
        const px = laneX(col[i - 1]!, n);
        const [l, r] = col[i - 1]! < col[i]! ? [px, x] : [x, px];
        g += vline(px, '0px', '2.5mm') + hline(l, r, '2.5mm') + vline(x, '2.5mm', symTop);
      }
      g += arrowDown(x, `calc(50% - ${hh})`);
    }
    // Outgoing line to the row below.
    const d = down[i];
    if (d) {
      g += vline(x, `calc(50% + ${hh})`, '100%');
      if (d.label) g += label(`calc(${x} + 1mm)`, `calc(50% + ${hh})`, d.label, 'fc-lbl-d');
    }
    // Jumps leaving or entering this row, and tracks passing through it.
    for (const j of jumps) {
      const right = `calc(${x} + ${halfW(n)})`;
      if (j.from === i) {
        if (j.to < 0) {
          // Branch ending the process: a small end terminator in the gutter.
          g += hline(right, gutterX(0), '50%') + `<span class="fc-end" style="left:${gutterX(0)}">Selesai</span>`;
        } else if (j.off) {
          g += hline(right, gutterX(0), '50%') + pentagon(gutterX(0), '50%', j.off, 'fc-off-out');
        } else {
          const tx = gutterX(j.track);
          g += hline(right, tx, '50%') + (j.to > i ? vline(tx, '50%', '100%') : vline(tx, '0px', '50%'));
        }
        g += label(`calc(${right} + 0.5mm)`, j.to < 0 ? 'calc(50% + 0.8mm)' : 'calc(50% - 3.6mm)', j.edge.label ?? '', 'fc-lbl-r');
      }
      if (j.to === i) {
        if (j.off) g += pentagon(gutterX(0), 'calc(50% - 2mm)', j.off, 'fc-off-in') + hline(right, gutterX(0), '50%') + arrowLeft(right, '50%');
        else {
          const tx = gutterX(j.track);
          g += hline(right, tx, '50%') + arrowLeft(right, '50%') + (j.from > i ? vline(tx, '50%', '100%') : vline(tx, '0px', '50%'));
        }
      }
      if (!j.off && j.to >= 0) {
        const [a, b] = [Math.min(j.from, j.to), Math.max(j.from, j.to)];
        if (i > a && i < b) g += vline(gutterX(j.track), '0px', '100%');
      }
    }
    g += symbol(i);
    void page;
    return `<tr class="fc-row" data-no="${i + 1}"><td class="fc-no">${i + 1}.</td><td class="fc-keg">${esc(s.kegiatan)}</td>${lanesCell(g)}${mutuCells(s)}</tr>`;
  };

  const connectorRow = (i: number, dir: 'in' | 'out', text: string) => {
    const x = laneX(col[i]!, n);
    const g =
      dir === 'out'
        ? vline(x, '0px', '3mm') + pentagon(x, '3mm', text, 'fc-off-out')
        : pentagon(x, '1mm', text, 'fc-off-in') + vline(x, '8mm', '100%');
    return `<tr class="fc-conn fc-conn-${dir}" data-label="${esc(text)}"><td class="fc-no"></td><td class="fc-keg"></td>${lanesCell(g)}${mutuCells()}</tr>`;
  };

  const head = () => {
    const actors = sop.pelaksana.map((a, k) => `<th class="fc-actor"${k === n - 1 ? ' colspan="2"' : ''}>${escHead(a.label)}</th>`).join('');
    return (
      `<thead><tr><th rowspan="2" class="fc-no">No</th><th rowspan="2" class="fc-keg">Kegiatan</th>` +
      `<th colspan="${n + 1}">Pelaksana</th><th colspan="3">Mutu Baku</th>${showKet ? '<th rowspan="2" class="fc-ket">Keterangan</th>' : ''}</tr>` +
      `<tr>${actors}<th class="fc-kel">${escHead(sop.mutu_baku.kelengkapan)}</th><th class="fc-waktu">${escHead(sop.mutu_baku.waktu)}</th><th class="fc-out">${escHead(sop.mutu_baku.output)}</th></tr></thead>`
    );
  };
  const colgroup = () =>
    `<colgroup><col class="c-no"><col class="c-keg">${'<col class="c-actor">'.repeat(n)}<col class="c-gutter"><col class="c-kel"><col class="c-waktu"><col class="c-out">${showKet ? '<col class="c-ket">' : ''}</colgroup>`;
  const totalCols = 2 + n + 1 + 3 + (showKet ? 1 : 0);

  const pages = ranges.map(([a, b], p) => {
    let body = '';
    if (p > 0 && down[a - 1]) body += connectorRow(a, 'in', breakLabels.get(a - 1)!);
    for (let i = a; i < b; i++) body += rowHtml(i, p, i === a && p > 0);
    if (b < steps.length && down[b - 1]) body += connectorRow(b - 1, 'out', breakLabels.get(b - 1)!);
    if (p === ranges.length - 1 && opts.total !== undefined)
      body += `<tr class="fc-total"><td colspan="${totalCols}">${opts.total}</td></tr>`;
    return `<table class="fc-page fc-n${Math.min(n, 8)}" data-halaman="${p + 1}" data-dari="${ranges.length}">${colgroup()}${head()}<tbody>${body}</tbody></table>`;
  });
  return `<div class="fc" data-aktor="${n}" data-langkah="${steps.length}">${pages.join('')}</div>`;
}

/** The total-time line's inner HTML (escaped). */
export function totalLineHtml(text: string, unstated: readonly number[]): string {
  const note = unstated.length ? ` <span class="fc-total-note">(tanpa waktu: langkah ${unstated.join(', ')})</span>` : '';
  return `Jumlah waktu penyelesaian: <b>${esc(text)}</b>${note}`;
}
