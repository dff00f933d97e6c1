/**
 * Escaping and trusted HTML fragments for letters.
 *
 * Every value a user types reaches the letter escaped. The only markup that is not escaped is
 * an `HtmlFragment` built here or by the helpers from already-escaped parts. Handlebars treats
 * any object with a `toHTML()` method as safe output, so fragments need no Handlebars import.
 */

import { escapeHtml } from '../html/escape';

/** A piece of markup whose dynamic parts were escaped when it was built. */
export class HtmlFragment {
  constructor(readonly html: string) {}
  toHTML(): string {
    return this.html;
  }
  toString(): string {
    return this.html;
  }
}

export function isHtmlFragment(value: unknown): value is HtmlFragment {
  return value instanceof HtmlFragment;
}

/** Markup made of static parts and escaped values: html`<b>${name}</b>`. Fragments pass through. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): HtmlFragment {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += (isHtmlFragment(v) ? v.html : escapeHtml(v)) + strings[i + 1]!;
  });
  return new HtmlFragment(out);
}

/**
 * A visible marker in the letter for something still to be filled in:
 *  - `kosong`: a required form field that is still empty (the form will not print it);
 *  - `isi`: a placeholder `[ISI: ...]` from the agency profile or typed in a field (printed, marked).
 */
export type MarkerKind = 'kosong' | 'isi';

export class LetterMarker extends HtmlFragment {
  constructor(
    readonly kind: MarkerKind,
    readonly text: string,
  ) {
    super(`<span class="surat-penanda surat-penanda--${kind}">${escapeHtml(text)}</span>`);
  }
}
