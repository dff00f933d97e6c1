/**
 * The reviewer's view beside the form: what the entry changes against the published version of
 * the same SOP (the catalog snapshot, editor/editor-catalog.ts), computed by the core difference
 * (core/diff) and drawn by its renderer. A new SOP has no published version: it says so.
 */
import type { EditorCatalog } from '../editor/editor-catalog';
import { escapeHtml } from '../html/escape';
import { changesHtml } from './render-html';
import { diffSops, type SopVersion } from './sop-diff';

export const REVIEW_TITLE = 'Perubahan dibanding versi terbit';
const SECTION_ID = 'perubahan-terbit';

export function reviewDiffHtml(id: string, live: SopVersion, snapshot: EditorCatalog): string {
  const published = snapshot.sops.find((s) => s.id === id)?.published;
  if (published) return changesHtml(diffSops(published, live), { title: REVIEW_TITLE, id: SECTION_ID });
  return `<section class="sop-diff" id="${SECTION_ID}" aria-labelledby="${SECTION_ID}-judul" data-sop-diff><h2 id="${SECTION_ID}-judul">${escapeHtml(REVIEW_TITLE)}</h2>
<p class="sop-diff__summary" data-diff-summary>SOP baru: belum ada versi terbit untuk dibandingkan. Seluruh isinya baru.</p></section>`;
}
