/**
 * Headings of an SOP narrative. The page prints the SOP's title as its one first-level heading
 * and the narrative's parts are "## C. Ketentuan Umum" and so on, so a "# " heading (or "====="
 * under a line, or <h1>) is a second page title, often the title copied again. A line "##Biaya", or "##" followed by a
 * non-breaking space from Word, is no heading: the site prints it as text with its "#". An
 * invisible character in a heading makes it another word for the search than the reader sees; a
 * non-breaking space between its words joins them in the heading's anchor ("#jangkawaktu"). A
 * line of bold text alone that names a part ("**E. Biaya**") is a heading written as bold.
 */
import { invisibleIn } from '../model/invisible-characters';
import { issue, type CheckIssue } from './issue';
import { MESSAGES } from './messages';
import type { MdxNode } from './mdx-node';
import { looseText } from '../model/loose-text';

/** "#" marks followed by no space: a letter, or a space or invisible character Markdown does not count as one. */
const NOT_A_HEADING = /^ {0,3}(#{1,6})([\u00a0\u2007\u202f\u200b\u200c\u200d\u2060\ufeff]+|(?=\p{L}))(.+)$/u;

/** A non-breaking space (from Word or a PDF) between two words of a heading, with the word before it. */
const NBSP_BETWEEN_WORDS = /(\S+)[\u00a0\u2007\u202f]+(?=\S)/u;

/**
 * The anchor the site gives a heading ("#d-jangka-waktu" for "D. Jangka Waktu"): lower case,
 * spaces as "-", punctuation and other spaces dropped, as the site's heading ids are made.
 */
const anchorOf = (heading: string) => `#${heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\p{M} _-]/gu, '').replace(/ /g, '-')}`;

/** The parts an SOP narrative or a service standard is divided into, as their headings name them. */
const SECTION_NAME = /^(?:dasar hukum|sasaran(?: objek)?|ketentuan umum|jangka waktu(?: penyelesaian| pelayanan)?|biaya(?:\/tarif| pelayanan)?|proses pelaksanaan|persyaratan(?: pelayanan)?|prosedur(?: pelayanan)?|pengertian|definisi|tujuan|ruang lingkup|produk(?: pelayanan| layanan)?|(?:penanganan )?pengaduan|kriteria|mekanisme|kompetensi pelaksana|pengawasan internal)$/i;
/** "E. ", "5. ", "IV. " before a heading's words. */
const SECTION_MARK = /^(?:[A-Z]|\d{1,2}|[IVX]+)[.)]\s+/;

/**
 * A paragraph of bold text alone that reads as a part's heading ("**Biaya**", "**D. Jangka Waktu
 * Penyelesaian**", "**F. Proses Pelaksanaan:**"): the heading it means, or null.
 */
function boldHeading(n: MdxNode): string | null {
  const parts = (n.children ?? []).filter((c) => !(c.type === 'text' && !(c.value ?? '').trim()));
  if (parts.length !== 1 || parts[0]!.type !== 'strong') return null;
  const text = plainText(parts[0]!).replace(/\s+/g, ' ').trim().replace(/\s*:$/, '');
  const words = text.replace(SECTION_MARK, '');
  if (SECTION_NAME.test(words)) return text;
  const marked = words !== text && /^\p{Lu}/u.test(words) && words.split(' ').length <= 6 && !/[.;,!?]$/.test(words);
  return marked ? text : null;
}

const plainText = (n: MdxNode): string => (n.type === 'text' || n.type === 'inlineCode' ? (n.value ?? '') : (n.children ?? []).map(plainText).join(''));
const sameText = (a: string, b: string) => looseText(a) === looseText(b);

export function checkHeadings(file: string, bodyLine: number, tree: MdxNode, body: string, title?: string): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const at = (i: CheckIssue, line: number) => ({ ...i, line: bodyLine + line - 1 });
  const visit = (n: MdxNode) => {
    const start = n.position?.start;
    const end = n.position?.end;
    const written = start?.offset !== undefined && end?.offset !== undefined ? body.slice(start.offset, end.offset) : null;
    if (n.type === 'paragraph' && written !== null) {
      const heading = written.includes('\n') ? null : boldHeading(n);
      if (heading) issues.push(at(issue(MESSAGES.boldAsHeading, file, 'narasi', { text: written.trim(), heading }), start!.line));
      written.split('\n').forEach((line, i) => {
        const m = NOT_A_HEADING.exec(line);
        if (m) issues.push(at(issue(MESSAGES.headingNotRead, file, 'narasi', { text: line.trim(), marks: m[1]!, suggested: `${m[1]!.length === 1 ? '##' : m[1]} ${m[3]!.trim()}`, special: m[2]!.length > 0 }), start!.line + i));
      });
    } else if ((n.type === 'heading' || ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name?.toLowerCase() === 'h1')) && start) {
      const text = plainText(n).trim();
      if (n.depth === 1 || n.type !== 'heading') issues.push(at(issue(MESSAGES.headingTopLevel, file, 'narasi', { heading: text, title: title ?? '', same: title !== undefined && sameText(text, title) }), start.line));
      const invisible = n.type === 'heading' ? invisibleIn(written ?? text) : null;
      if (invisible) issues.push(at(issue(MESSAGES.invisibleInText, file, 'narasi', { hint: invisible.hint }), start.line));
      const nbsp = n.type === 'heading' && !invisible ? NBSP_BETWEEN_WORDS.exec(text) : null;
      if (nbsp) {
        const heading = text.replace(/[\u00a0\u2007\u202f]/g, ' ');
        issues.push(at(issue(MESSAGES.headingNonBreakingSpace, file, 'narasi', { heading, marks: '#'.repeat(n.depth ?? 2), before: nbsp[1]!, anchor: anchorOf(text), meant: anchorOf(heading) }), start.line));
      }
    }
    n.children?.forEach(visit);
  };
  visit(tree);
  return issues;
}
