/**
 * The printed SOP (the PDF's markup), made at PDF time from the same view model as the SOP page
 * (src/core/site/sop-view.ts) instead of a second Astro page: the identity block in the SOP page's
 * markup (src/core/site/identity-html.ts; laid out as the SOP AP form with letterhead by
 * src/styles/print-sop.css), then the flowchart table with the total time under it, then the
 * narrative (A. Dasar Hukum, B. Sasaran Objek, then the MDX body as the SOP page rendered it,
 * read back from the built page by `sopPageNarrative`).
 *
 * The input is plain data, and the output depends on nothing else (and the code): the PDF step
 * hashes the input (src/node/pdf/hash-inputs.ts) to decide whether a PDF must be printed again,
 * and makes the markup only for the SOPs it prints.
 *
 * Markup contract with the PDF engine (src/node/pdf/print-batch.ts): one
 * <article class="cetak-sop" data-sop-id data-kertas data-orientasi data-status>, the flowchart
 * in `.cetak-alir .fc-mount` (src/core/pdf/flowchart.ts), the section title `.cetak-alir-judul`.
 */
import { AbbrTracker } from '../glossary/annotate';
import { escapeHtml } from '../html/escape';
import type { Agency } from '../model/agency';
import type { Regulation } from '../model/regulation';
import type { SopFrontmatter } from '../model/sop';
import { identityHtml } from '../site/identity-html';
import { generatedNarrativeParts } from '../site/narrative';
import { richToHtml } from '../site/rich-html';
import { buildSopView } from '../site/sop-view';
import { totalWaktuOfSop } from '../flow/total-time';
import { flowchartTotalHtml, renderFlowchart } from './flowchart';
import type { PageSetup } from './paper';
import type { SwimlaneLayout } from '../swimlane/geometry';

export interface PrintArticleInput {
  id: string;
  data: SopFrontmatter;
  /** The MDX source of the narrative (decides whether A. and B. are generated). */
  body: string;
  /** The MDX narrative as HTML, as the SOP page shows it (`sopPageNarrative`). */
  bodyHtml: string;
  agency: { id: string; data: Agency };
  regulations: readonly { id: string; data: Regulation; pasal?: string }[];
  /** Titles of the SOPs this one names under keterkaitan (relatedSopIds), by id; unknown ones absent. */
  sopTitles: Readonly<Record<string, string>>;
  setup: PageSetup;
  /** An old version's notice, printed above its narrative (the footer repeats it on every page). */
  notice?: string;
}

/** The SOPs whose titles the printed SOP shows (its keterkaitan). */
export function relatedSopIds(data: SopFrontmatter): string[] {
  return data.keterkaitan.flatMap((rel) => (typeof rel === 'string' ? [] : [rel.sop]));
}

const attr = (name: string, value: string) => ` ${name}="${escapeHtml(value)}"`;

/** @param layout the flowchart's layout when the caller has it already (flowchartLayout). */
export function printArticleHtml(input: PrintArticleInput, layout?: SwimlaneLayout): string {
  const { id, data, setup } = input;
  const total = totalWaktuOfSop(data);
  const view = buildSopView({
    id,
    data,
    agency: input.agency,
    regulations: input.regulations,
    sopTitle: (other) => (Object.hasOwn(input.sopTitles, other) ? input.sopTitles[other] : undefined),
    // Letters are not printed.
    letterTitle: (t) => t,
    tracker: new AbbrTracker(),
    total,
  });
  const generate = generatedNarrativeParts(input.body);
  const dasarHukum = generate.dasarHukum
    ? `<h2>A. Dasar Hukum</h2>${
        view.narrative.dasarHukum.length ? `<ol>${view.narrative.dasarHukum.map((it) => `<li>${richToHtml(it.text)}</li>`).join('')}</ol>` : '<p>-</p>'
      }`
    : '';
  const sasaran = generate.sasaran ? `<h2>B. Sasaran Objek</h2><p>${richToHtml(view.narrative.sasaran)}</p>` : '';
  const flowchart = renderFlowchart(data, [0], { total: flowchartTotalHtml(data, total) }, layout);
  return (
    `<article class="cetak-sop"${attr('data-sop-id', id)}${attr('data-kertas', setup.kertas)}${attr('data-orientasi', setup.orientasi)}${attr('data-status', data.status)}>` +
    identityHtml(view.identity, { links: false, draftNote: data.status === 'draf' }) +
    `<section class="cetak-alir"><h2 class="cetak-alir-judul">Diagram Alir SOP ${richToHtml(view.title)}</h2><div class="fc-mount">${flowchart}</div></section>` +
    `<section class="cetak-narasi">${input.notice ? `<p class="cetak-versi-lama"><strong>${escapeHtml(input.notice)}</strong></p>` : ''}${dasarHukum}${sasaran}${input.bodyHtml}</section>` +
    `</article>`
  );
}

const BODY_START = '<div class="sop-narrative__body">';

/**
 * The MDX narrative of a built SOP page (/sop/<id>/, or an old version's /sop/<id>/v/<n>/): the
 * content of its `.sop-narrative__body`, up to the </div> that closes it (nested divs counted).
 * Undefined when the page has no such element.
 */
export function sopPageNarrative(html: string): string | undefined {
  const a = html.indexOf(BODY_START);
  if (a < 0) return undefined;
  const from = a + BODY_START.length;
  const tags = /<div\b[^>]*>|<\/div\s*>/g;
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(from, m.index).trim();
  }
  return undefined;
}
