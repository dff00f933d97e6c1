/**
 * The one HTML escape of the project, for every string built outside an Astro template: letter
 * values, flowchart cells, PDF fragments. Escapes for element content and quoted attribute values
 * (the same set Handlebars escapes).
 */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
  '`': '&#x60;',
  '=': '&#x3D;',
};

/** Escapes a value (null/undefined -> "") for HTML content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"'`=]/g, (c) => ESCAPES[c]!);
}
