/**
 * The SOP AP identity block (Permenpan RB 35/2012) as HTML, from the SOP view model: the one markup
 * the SOP page (src/components/SopIdentity.astro), the printed SOP the PDFs are made from
 * (src/core/pdf/print-article.ts) and the editor preview (src/core/editor/preview-html.ts) all use, so they
 * cannot disagree. Each medium's stylesheet lays it out: src/styles/sop.css (screen) and
 * src/styles/print-sop.css (the PDF: letterhead across the page, the office cell beside the rows).
 *
 * Structure, with stable classes:
 *  section.sop-identity#identitas
 *    h2.sop-identity__title                       "Identitas SOP" (not printed in the PDF)
 *    div.sop-identity__head
 *      div.sop-identity__agency
 *        div.sop-identity__kop                    logo, letterhead lines, contact line
 *        p.sop-identity__draf                     only when `draftNote`
 *        div.sop-identity__office                 "STANDAR OPERASIONAL PROSEDUR", office, unit
 *      table.sop-identity__table                  Nomor SOP, dates, Disahkan oleh, Nama SOP
 *    div.sop-identity__grid > div.sop-identity__cell#identitas-<id> (h3 + list), row by row
 */
import { escapeHtml } from '../html/escape';
import { richToHtml } from './rich-html';
import type { ListItem, SopView } from './sop-view';

export interface IdentityHtmlOptions {
  /** Link list items to their pages (regulations, related SOPs). Off in the PDF. Default true. */
  links?: boolean;
  /** Say under the letterhead that the SOP is a draft (the PDF of a draf SOP). Default false. */
  draftNote?: boolean;
}

export const DRAFT_NOTE = 'DRAF: belum disahkan, bukan dokumen resmi.';

function listItemHtml(item: ListItem, links: boolean): string {
  const text = richToHtml(item.text);
  const body = links && item.url ? `<a href="${escapeHtml(item.url)}">${text}</a>` : text;
  return `<li>${body}${item.note ? ` (${richToHtml(item.note)})` : ''}</li>`;
}

/** A grid cell's list: numbered, or "-" (read out as "tidak ada") when empty. */
export function identityListHtml(items: readonly ListItem[], links = true): string {
  if (!items.length) return '<p class="empty-cell"><span aria-hidden="true">-</span><span class="visually-hidden">Tidak ada</span></p>';
  return `<ol>${items.map((i) => listItemHtml(i, links)).join('')}</ol>`;
}

function logoHtml(logo: SopView['identity']['logo']): string {
  if ('src' in logo) return `<img class="sop-identity__logo" src="${escapeHtml(logo.src)}" alt="" width="96" height="96">`;
  return (
    `<div class="sop-identity__logo sop-identity__logo--placeholder">` +
    `<span class="sop-identity__logo-word">LOGO</span> <span class="sop-identity__logo-note">${richToHtml(logo.placeholder)}</span></div>`
  );
}

function signatoryHtml(d: SopView['identity']['disahkan']): string {
  const line = (cls: string, html: string | undefined) => (html === undefined ? '' : `<span class="signatory__${cls}">${html}</span> `);
  return (
    line('atas-nama', d.atasNama && richToHtml(d.atasNama)) +
    line('jabatan', richToHtml(d.jabatan)) +
    `<span class="signatory__ttd" aria-hidden="true"></span>` +
    line('nama', d.nama && richToHtml(d.nama)) +
    line('pangkat', d.pangkat && richToHtml(d.pangkat)) +
    line('nip', d.nip && `NIP. ${richToHtml(d.nip)}`)
  ).trimEnd();
}

export function identityHtml(identity: SopView['identity'], options: IdentityHtmlOptions = {}): string {
  const links = options.links ?? true;
  const kopLines = identity.kop
    .map((line, i) => `<p class="${i === identity.kop.length - 1 ? 'sop-identity__instansi' : 'sop-identity__pemerintah'}">${richToHtml(line)}</p>`)
    .join('');
  const kontak = identity.kontak.length
    ? `<p class="sop-identity__kontak">${identity.kontak.map(richToHtml).join(' · ')}</p>`
    : '';
  const kop = `<div class="sop-identity__kop">${logoHtml(identity.logo)}<div class="sop-identity__kop-text">${kopLines}${kontak}</div></div>`;
  const draft = options.draftNote ? `<p class="sop-identity__draf">${escapeHtml(DRAFT_NOTE)}</p>` : '';
  const office =
    `<div class="sop-identity__office"><p class="sop-identity__doc">STANDAR OPERASIONAL PROSEDUR</p>` +
    `<p class="sop-identity__office-name">${richToHtml(identity.instansi)}</p>` +
    (identity.bidang ? `<p class="sop-identity__bidang">${richToHtml(identity.bidang)}</p>` : '') +
    `</div>`;
  const rows =
    identity.rows.map((r) => `<tr><th scope="row">${escapeHtml(r.label)}</th><td>${richToHtml(r.value)}</td></tr>`).join('') +
    `<tr><th scope="row">Disahkan oleh</th><td class="sop-identity__signatory">${signatoryHtml(identity.disahkan)}</td></tr>` +
    `<tr><th scope="row">Nama SOP</th><td class="sop-identity__nama">${richToHtml(identity.namaSop)}</td></tr>`;
  const grid = identity.grid
    .map(
      (c) =>
        `<div class="sop-identity__cell sop-identity__cell--${escapeHtml(c.id)}" id="identitas-${escapeHtml(c.id)}">` +
        `<h3>${escapeHtml(c.label)}</h3>${identityListHtml(c.items, links)}</div>`,
    )
    .join('');
  return (
    `<section class="sop-identity" id="identitas" aria-labelledby="identitas-judul">` +
    `<h2 class="sop-identity__title" id="identitas-judul">Identitas SOP</h2>` +
    `<div class="sop-identity__head"><div class="sop-identity__agency" data-pagefind-ignore>${kop}${draft}${office}</div>` +
    `<table class="sop-identity__table"><tbody>${rows}</tbody></table></div>` +
    `<div class="sop-identity__grid">${grid}</div>` +
    `</section>`
  );
}
