/**
 * Letter numbers from the agency's pattern (Tata Naskah Dinas): classification code / running
 * number / unit code / year, e.g. "{klasifikasi}/{nomor}/5.6.04/{tahun}" -> "400.9/15/5.6.04/2024".
 *
 * The running number is often handed out by the general affairs section only after the letter
 * is signed (seed SOP "Pemulangan Orang Terlantar", step 11), so an empty part prints as a gap
 * to be written in by hand.
 */
import { escapeHtml } from '../html/escape';
import { HtmlFragment, LetterMarker } from './html';

export interface LetterNumberParts {
  klasifikasi?: string;
  nomor?: string;
  tahun?: string | number;
}

export { NUMBER_TOKENS, unknownNumberTokens } from '../model/letter-number-pattern';

/** Plain text: empty parts become a run of non-breaking spaces (a gap on paper). */
export function formatLetterNumber(pattern: string, parts: LetterNumberParts): string {
  return pattern.replace(/\{(klasifikasi|nomor|tahun)\}/g, (_, token: keyof LetterNumberParts) => {
    const value = String(parts[token] ?? '').trim();
    return value || '\u00a0'.repeat(8);
  });
}

/** Markup for the letter: empty parts become a visible gap box, values are escaped. */
export function letterNumberHtml(pattern: string, parts: LetterNumberParts): HtmlFragment {
  const pieces = pattern.split(/(\{(?:klasifikasi|nomor|tahun)\})/);
  const out = pieces
    .map((piece) => {
      const m = /^\{(klasifikasi|nomor|tahun)\}$/.exec(piece);
      if (!m) {
        // A unit code still unknown in the agency profile: "[ISI: kode unit]", printed marked.
        return piece
          .split(/(\[ISI:[^\]]*\])/)
          .map((part) => (/^\[ISI:/.test(part) ? new LetterMarker('isi', part).html : escapeHtml(part)))
          .join('');
      }
      const value = String(parts[m[1] as keyof LetterNumberParts] ?? '').trim();
      return value ? escapeHtml(value) : '<span class="surat-nomor-kosong"></span>';
    })
    .join('');
  return new HtmlFragment(out);
}
