/**
 * The preview beside the form: the SOP as it will be published, drawn by the site's own code —
 * the page view model (buildSopView), the flowchart as the page draws it (viewFlowchart), the swimlane layout
 * and its HTML renderer (renderSwimlaneHtml, shared with the PDF), the rich-text HTML — and the
 * site's stylesheets (see scripts/editor.ts, preview.css). Only the identity block's few lines
 * of markup are repeated here (the site writes them in an Astro component).
 */
import type { SopFrontmatter } from '../model/sop';
import { citationArticle, citationId } from '../model/regulation';
import { totalWaktuOfSop } from '../waktu/total';
import { AbbrTracker } from '../glossary/annotate';
import { escapeHtml } from '../html/escape';
import { viewFlowchart } from '../site/view-flowchart';
import { letterTitle } from '../site/letter-title';
import { richToHtml } from '../site/rich-html';
import { buildSopView, type ListItem } from '../site/sop-view';
import { stepsPhrase } from '../site/step-list';
import { layoutSwimlane } from '../swimlane/layout';
import { renderSwimlaneHtml } from '../swimlane/render/render-html';
import type { EditorCatalog } from './editor-catalog';
import type { CheckIssue } from '../checks/issue';
import { pathLabel } from './fields';

function listHtml(items: readonly ListItem[]): string {
  if (!items.length) return '<p class="empty-cell"><span aria-hidden="true">-</span><span class="visually-hidden">Tidak ada</span></p>';
  return `<ol>${items.map((i) => `<li>${richToHtml(i.text)}${i.note ? ` (${richToHtml(i.note)})` : ''}</li>`).join('')}</ol>`;
}

export function previewHtml(id: string, data: SopFrontmatter, snapshot: EditorCatalog): string {
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
    letterTitle: (lid) => snapshot.letters?.find((l) => l.id === lid)?.judul ?? letterTitle(lid),
    tracker,
  });
  const { flow, formatText } = viewFlowchart(data, view);
  const idn = view.identity;
  const d = idn.disahkan;
  const identity = `<section class="sop-identity" id="identitas" aria-labelledby="identitas-judul">
<h2 id="identitas-judul">Identitas SOP</h2>
<div class="sop-identity__head"><div class="sop-identity__agency">
${'src' in idn.logo ? `<img class="sop-identity__logo" src="${escapeHtml(idn.logo.src)}" alt="" width="96" height="96">` : `<div class="sop-identity__logo sop-identity__logo--placeholder">${richToHtml(idn.logo.placeholder)}</div>`}
${idn.kop.map((line, i) => `<p class="${i === idn.kop.length - 1 ? 'sop-identity__instansi' : 'sop-identity__pemerintah'}">${richToHtml(line)}</p>`).join('')}${idn.bidang ? `<p class="sop-identity__bidang">${richToHtml(idn.bidang)}</p>` : ''}</div>
<table class="sop-identity__table"><tbody>
${idn.rows.map((r) => `<tr><th scope="row">${escapeHtml(r.label)}</th><td>${richToHtml(r.value)}</td></tr>`).join('')}
<tr><th scope="row">Disahkan oleh</th><td class="sop-identity__signatory">${d.atasNama ? `<span class="signatory__atas-nama">${richToHtml(d.atasNama)}</span> ` : ''}<span class="signatory__jabatan">${richToHtml(d.jabatan)}</span> ${d.nama ? `<span class="signatory__nama">${richToHtml(d.nama)}</span> ` : ''}${d.pangkat ? `<span class="signatory__pangkat">${richToHtml(d.pangkat)}</span> ` : ''}${d.nip ? `<span class="signatory__nip">NIP. ${richToHtml(d.nip)}</span>` : ''}</td></tr>
<tr><th scope="row">Nama SOP</th><td class="sop-identity__nama">${richToHtml(idn.namaSop)}</td></tr>
</tbody></table></div>
<div class="sop-identity__grid">${idn.grid.map((c) => `<div class="sop-identity__cell sop-identity__cell--${c.id}"><h3>${escapeHtml(c.label)}</h3>${listHtml(c.items)}</div>`).join('')}</div>
</section>`;
  const title = richToHtml(view.title);
  const swimlane = renderSwimlaneHtml(layoutSwimlane(flow), { caption: `Diagram alir SOP ${data.judul}`, formatText, idPrefix: 'pratinjau-' });
  const t = view.total;
  const counted = t.path.filter((n) => !t.unstated.includes(n));
  const total = `<section class="sop-total" id="total-waktu" aria-labelledby="total-waktu-judul"><h2 id="total-waktu-judul">Total Waktu</h2>
${counted.length ? `<p class="sop-total__value"><strong data-total-min="${t.min}" data-total-max="${t.max}">${escapeHtml(t.text)}</strong></p>` : '<p class="sop-total__value">Tidak dapat dihitung: tidak ada langkah yang mencantumkan waktu.</p>'}
${t.unstated.length ? `<p class="sop-total__unstated">${escapeHtml(stepsPhrase(t.unstated).replace(/^l/, 'L'))} tidak dihitung karena waktunya tidak dicantumkan.</p>` : ''}
${t.document ? `<p class="sop-total__document">Tercantum di dokumen: <strong>${escapeHtml(t.document)}</strong></p>` : ''}</section>`;
  return `<article class="sop" data-preview-sop="${escapeHtml(id)}"><header class="sop-header"><h1>${title}</h1><p class="sop-header__meta">Nomor SOP: ${escapeHtml(data.nomor)} · Status: ${escapeHtml(data.status)}</p></header>
${identity}
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
