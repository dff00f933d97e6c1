/**
 * Rich text (rich-text.ts) as an HTML string: for markup built outside Astro templates, such as
 * the cells of the swimlane flowchart, and for the Rich component itself, so both render alike.
 */
import { escapeHtml } from '../html/escape';
import type { RichText } from './rich-text';

export function richToHtml(rich: RichText): string {
  return rich
    .map((s) => {
      if (s.kind === 'abbr') return `<abbr title="${escapeHtml(s.title)}">${escapeHtml(s.text)}</abbr>`;
      if (s.kind === 'placeholder') return `<span class="placeholder">${escapeHtml(s.text)}</span>`;
      return escapeHtml(s.text);
    })
    .join('');
}
