/**
 * The preview beside the form: the SOP as it will be published, drawn by the site's own code —
 * the page view model (buildSopView), the identity block (identityHtml, shared with the SOP page and
 * the PDF), the flowchart as the page draws it (viewFlowchart), the swimlane layout and its HTML
 * renderer (renderSwimlaneHtml, shared with the PDF), the rich-text HTML — and the site's
 * stylesheets (see scripts/editor.ts, preview.css).
 */
import type { SopFrontmatter } from '../model/sop';
import { citationArticle, citationId } from '../model/regulation';
import { totalWaktuOfSop } from '../flow/total-time';
import { AbbrTracker } from '../glossary/annotate';
import { escapeHtml } from '../html/escape';
import { viewFlowchart } from '../site/view-flowchart';
import { letterTitles } from '../site/letter-title';
import { richToHtml } from '../site/rich-html';
import { buildSopView } from '../site/sop-view';
import { identityHtml } from '../site/identity-html';
import { stepsPhrase } from '../site/step-list';
import { layoutSwimlane } from '../swimlane/layout';
import { renderSwimlaneHtml } from '../swimlane/render/render-html';
import type { EditorCatalog } from './editor-catalog';
import type { CheckIssue } from '../checks/issue';
import { pathLabel } from './fields';

/**
 * `review`: the reviewer's view (diff/review-diff.ts), shown under the SOP's title, before the
 * identity block.
 */
export function previewHtml(id: string, data: SopFrontmatter, snapshot: EditorCatalog, review = ''): string {
  const agencyEntry = snapshot.agencies.find((a) => a.id === data.instansi);
  if (!agencyEntry) return `<p class="notice notice--warning">Pilih instansi untuk melihat pratinjau.</p>`;
  const tracker = new AbbrTracker();
  const view = buildSopView({
    id,
    data,
    agency: { id: agencyEntry.id, data: agencyEntry.data },
    regulations: data.dasar_hukum.flatMap((c) => {
      const r = snapshot.regulations.find((x) => x.id === citationId(c));
      return r ? [{ id: r.id, data: r.data, pasal: citationArticle(c) }] : [];
    }),
    total: totalWaktuOfSop(data),
    sopTitle: (sid) => snapshot.sops.find((s) => s.id === sid)?.judul,
    letterTitle: letterTitles(snapshot.letters ?? []),
    tracker,
  });
  const { flow, formatText } = viewFlowchart(data, view);
  const identity = identityHtml(view.identity);
  const title = richToHtml(view.title);
  const swimlane = renderSwimlaneHtml(layoutSwimlane(flow), { caption: `Diagram alir SOP ${data.judul}`, formatText, idPrefix: 'pratinjau-' });
  const t = view.total;
  const counted = t.path.filter((n) => !t.unstated.includes(n));
  const total = `<section class="sop-total" id="total-waktu" aria-labelledby="total-waktu-judul"><h2 id="total-waktu-judul">Total Waktu</h2>
${counted.length ? `<p class="sop-total__value"><strong data-total-min="${t.min}" data-total-max="${t.max}">${escapeHtml(t.text)}</strong></p>` : '<p class="sop-total__value">Tidak dapat dihitung: tidak ada langkah yang mencantumkan waktu.</p>'}
${t.unstated.length ? `<p class="sop-total__unstated">${escapeHtml(stepsPhrase(t.unstated).replace(/^l/, 'L'))} tidak dihitung karena waktunya tidak dicantumkan.</p>` : ''}
${t.document ? `<p class="sop-total__document">Tercantum di dokumen: <strong>${escapeHtml(t.document)}</strong></p>` : ''}</section>`;
  return `<article class="sop" data-preview-sop="${escapeHtml(id)}"><header class="sop-header"><h1>${title}</h1><p class="sop-header__meta">Nomor SOP: ${escapeHtml(data.nomor)} · Status: ${escapeHtml(data.status)}</p></header>
${review}${identity}
<section class="sop-steps" id="langkah" aria-labelledby="langkah-judul"><h2 id="langkah-judul">Diagram Alir dan Langkah</h2>${swimlane}</section>
${total}</article>`;
}

/** Shown instead of the preview while the SOP cannot be drawn. */
export function problemsHtml(issues: readonly CheckIssue[]): string {
  const errors = issues.filter((i) => i.severity === 'error');
  return `<div class="notice notice--warning" data-preview-blocked><p><strong>Pratinjau menunggu perbaikan.</strong> ${errors.length} kesalahan harus diperbaiki dahulu:</p><ul>${errors
    .map((i) => `<li><strong>${escapeHtml(pathLabel(i.path))}</strong>: ${escapeHtml(i.message)}</li>`)
    .join('')}</ul></div>`;
}
