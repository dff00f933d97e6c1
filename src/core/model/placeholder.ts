/**
 * Placeholders: values a real agency must still fill in (address, phone, logo ...).
 *
 * We never invent an agency's facts. Where the seeds do not give a value, the data holds a
 * placeholder written as `[ISI: what to fill in]`. The checker lists every placeholder as a
 * warning and pages render them visibly marked.
 */
export const PLACEHOLDER_PATTERN = /^\[ISI:\s*(.+?)\s*\]$/;

/** Placeholders anywhere inside a text (global; use with matchAll / replace). */
export const INLINE_PLACEHOLDER = /\[ISI:\s*([^\]]+?)\s*\]/g;

export function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && PLACEHOLDER_PATTERN.test(value.trim());
}

/** What the placeholder asks for ("alamat kantor"), or null when the value is real. */
export function placeholderHint(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = PLACEHOLDER_PATTERN.exec(value.trim());
  return m ? m[1]! : null;
}

/** Makes a placeholder value: placeholder('alamat kantor') === '[ISI: alamat kantor]'. */
export function placeholder(hint: string): string {
  return `[ISI: ${hint}]`;
}
