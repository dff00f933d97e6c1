/**
 * Markdown in a narrative that the site prints as its own characters instead of formatting: bold
 * opened with "**" and never closed, a link or image without its closing ")" or with a space in
 * its address, a table whose separator row has a different number of cells from its header; and
 * a link whose address is empty. The rules
 * read the text as written (the parsed tree's offsets into the body), so an escaped "\*\*" the
 * author meant literally is not taken for a mistake.
 */
import { issue, type CheckIssue } from './issue';
import { MESSAGES } from './messages';
import type { MdxNode } from './mdx-node';

/** The written text of a node, with the line (1-based, within the body) it starts on. */
function written(body: string, n: MdxNode): { text: string; line: number } | null {
  const start = n.position?.start;
  const end = n.position?.end;
  if (start?.offset === undefined || end?.offset === undefined) return null;
  return { text: body.slice(start.offset, end.offset), line: start.line };
}

/** The first match in `text` of the global pattern `re` not preceded by a backslash. */
function unescaped(text: string, re: RegExp): RegExpMatchArray | undefined {
  return [...text.matchAll(re)].find((m) => text[m.index! - 1] !== '\\');
}

const linesBefore = (text: string, index: number) => text.slice(0, index).split('\n').length - 1;

/** "**penting sekali" — what follows the marker on its line, shortened. */
function excerpt(text: string, index: number): string {
  const rest = text.slice(index).split('\n')[0]!.trimEnd();
  return rest.length > 60 ? `${rest.slice(0, 60)}...` : rest;
}

/** Cells of a table row: split at "|" not escaped, without the optional outer pipes. */
function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/);
}

const DELIMITER_CELL = /^\s*:?-+:?\s*$/;

/** A table's header line followed by a separator line with another number of cells. */
function tableMismatch(lines: readonly string[]): { index: number; header: number; separator: number } | null {
  for (let i = 0; i + 1 < lines.length; i++) {
    const header = lines[i]!;
    const separator = lines[i + 1]!;
    if (!/(?<!\\)\|/.test(header) || !/\|/.test(separator) || !cells(separator).every((c) => DELIMITER_CELL.test(c))) continue;
    const h = cells(header).length;
    const s = cells(separator).length;
    if (h !== s) return { index: i, header: h, separator: s };
  }
  return null;
}

const plainText = (n: MdxNode): string => (n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map(plainText).join(''));

export function checkMarkup(file: string, bodyLine: number, tree: MdxNode, body: string): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const at = (i: CheckIssue, line: number) => ({ ...i, line: bodyLine + line - 1 });
  const visit = (n: MdxNode) => {
    const src = written(body, n);
    if (n.type === 'text' && src) {
      const bold = unescaped(src.text, /\*\*/g);
      if (bold) issues.push(at(issue(MESSAGES.boldUnclosed, file, 'narasi', { text: excerpt(src.text, bold.index!) }), src.line + linesBefore(src.text, bold.index!)));
      const link = unescaped(src.text, /(!?)\[([^\]\n]*)\]\(/g);
      if (link) {
        const after = src.text.slice(link.index! + link[0].length).split('\n')[0]!;
        issues.push(at(issue(MESSAGES.linkUnclosed, file, 'narasi', { text: excerpt(src.text, link.index!), label: link[2]!, space: after.includes(')'), image: link[1] === '!' }), src.line + linesBefore(src.text, link.index!)));
      }
    } else if (n.type === 'link' && !(n.url ?? '').trim()) {
      issues.push(at(issue(MESSAGES.linkEmpty, file, 'narasi', { label: plainText(n).trim() }), n.position?.start.line ?? 1));
    } else if (n.type === 'paragraph' && src) {
      const mismatch = tableMismatch(src.text.split('\n'));
      if (mismatch) issues.push(at(issue(MESSAGES.tableCells, file, 'narasi', { header: mismatch.header, separator: mismatch.separator }), src.line + mismatch.index));
    }
    n.children?.forEach(visit);
  };
  visit(tree);
  return issues;
}
