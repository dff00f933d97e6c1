/**
 * The preview sheet: rendering the letter into it, scaling it to the column, estimating pages.
 * The sheet keeps its real size in CSS (mm); only its wrapper is zoomed. Browser only.
 */
import type { Paper } from '../../../core/model/agency';
import { PAPER_MM, PX_PER_MM } from '../../../core/model/paper';
import { patchHtml } from './dom-patch';

/**
 * Puts the letter in the sheet; returns false when nothing changed (e.g. a trailing space typed).
 * The first changed node is kept for showChange.
 */
export function renderPreview(sheet: HTMLElement, html: string, paper: Paper): boolean {
  const samePaper = sheet.dataset.kertas === paper;
  if (samePaper && lastHtml.get(sheet) === html) return false;
  lastHtml.set(sheet, html);
  lastChange.set(sheet, patchHtml(sheet, html));
  if (sheet.dataset.kertas !== paper) {
    sheet.dataset.kertas = paper;
    sheet.classList.toggle('surat--a4', paper === 'A4');
    sheet.classList.toggle('surat--f4', paper === 'F4');
  }
  return true;
}

const lastHtml = new WeakMap<HTMLElement, string>();
const lastChange = new WeakMap<HTMLElement, Node | null>();

/**
 * Wide screens: the preview column is sticky and scrolls on its own; bring the part of the letter
 * that just changed into it, so the letter shown is the part beside the field being edited.
 * Scrolls the column only, never the page (on a phone the column does not scroll: nothing moves).
 */
export function showChange(sheet: HTMLElement, column: HTMLElement): void {
  const node = lastChange.get(sheet);
  if (!node || column.scrollHeight <= column.clientHeight + 1) return;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!el || !sheet.contains(el)) return;
  const box = column.getBoundingClientRect();
  const rect = el.getBoundingClientRect();
  const margin = 24;
  if (rect.top >= box.top + margin && rect.bottom <= box.bottom - margin) return;
  column.scrollTop += rect.top - box.top - column.clientHeight / 3;
}

/** Zooms the sheet's wrapper so the whole width of the paper fits the frame (never enlarges). */
export function fitPreview(frame: HTMLElement, scaler: HTMLElement, paper: Paper): number {
  const natural = PAPER_MM[paper].width * PX_PER_MM;
  const style = getComputedStyle(frame);
  const available = frame.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  const scale = available > 0 ? Math.min(1, available / natural) : 1;
  // Only on change: setting zoom invalidates style and layout of the whole sheet.
  const value = String(Math.round(scale * 1000) / 1000);
  if (scaler.style.zoom !== value) scaler.style.zoom = value;
  return scale;
}

/** Pages the letter needs, from the sheet's height (margins excluded) and the paper's content height. */
export function estimatePages(sheet: HTMLElement, paper: Paper): number {
  const rect = sheet.getBoundingClientRect();
  const naturalWidth = PAPER_MM[paper].width * PX_PER_MM;
  if (rect.width === 0) return 1;
  const ratio = rect.width / naturalWidth;
  const style = getComputedStyle(sheet);
  const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
  const contentHeight = rect.height / ratio - padding;
  const pageContent = PAPER_MM[paper].height * PX_PER_MM - padding;
  return Math.max(1, Math.ceil((contentHeight - 2) / pageContent));
}
