/**
 * Markdown in a narrative that the site prints as its own characters instead of formatting: bold
 * opened with "**" and never closed, a link or image without its closing ")", with a space in
 * its address or a placeholder [ISI: ...] for it, a table whose separator row has a different
 * number of cells from its header or none at all, lines laid out with tabs (a table pasted from Word or Excel);
 * a link whose address or text is empty; a ``` fence never closed, which turns the rest of
 * the narrative into code, and a diagram opened "```Mermaid", which is printed as code; a "---"
 * line under text (a separator or a second frontmatter's end, which makes the text a heading), a
 * link to another site without "https://", a page number copied from a PDF, lines bulleted with
 * Word's "•" or lettered "a." (joined into one paragraph). The rules
 * read the text as written (the parsed tree's offsets into the body), so an escaped "\*\*" the
 * author meant literally is not taken for a mistake.
 */
import { issue, type CheckIssue } from './issue';
import { WORD_BULLETS } from '../model/item-numbering';
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

/**
 * Character references written without their closing ";" ("&nbsp", "&#160"), as text copied
 * from HTML or a word processor has them: MDX prints them as written. The usual names only, so
 * that "R&D" or "&Co" are left alone.
 */
const ENTITY_NO_SEMICOLON = /&(nbsp|amp|lt|gt|quot|apos|ndash|mdash|hellip|laquo|raquo|lsquo|rsquo|ldquo|rdquo|bull|middot|deg|copy|reg|trade|times|divide|plusmn|sect|para|euro|ensp|emsp|thinsp|shy|#[0-9]+|#x[0-9a-f]+)(?![;0-9a-z])/gi;
const ENTITY_CHARS: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', bull: '•', middot: '·', deg: '°', copy: '©', reg: '®', trade: '™', times: '×', divide: '÷', plusmn: '±', sect: '§', para: '¶', euro: '€',
};
/** What a reference stands for, as the fix names it: "spasi biasa" for the spaces, else the character. */
function entityMeant(name: string): string {
  const code = /^#(x?)([0-9a-f]+)$/i.exec(name);
  const char = code ? String.fromCodePoint(parseInt(code[2]!, code[1] ? 16 : 10)) : ENTITY_CHARS[name.toLowerCase()];
  return char === undefined || /^\s$/.test(char) || char === '\u00ad' ? 'spasi biasa' : `"${char}"`;
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

/** A line written as a table row: "| ... |", with a cell boundary inside. */
const PIPE_ROW = /^\s*\|.*(?<!\\)\|.*(?<!\\)\|\s*$/;

/**
 * Rows written with "|" one under the other, without the separator row ("| --- |") under the
 * first: the index of the first and its number of cells, or null.
 */
function tableWithoutSeparator(lines: readonly string[]): { index: number; columns: number } | null {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!PIPE_ROW.test(lines[i]!) || !PIPE_ROW.test(lines[i + 1]!)) continue;
    if (cells(lines[i + 1]!).every((c) => DELIMITER_CELL.test(c))) return null;
    return { index: i, columns: cells(lines[i]!).length };
  }
  return null;
}

const plainText = (n: MdxNode): string => (n.type === 'text' || n.type === 'inlineCode' ? (n.value ?? '') : (n.children ?? []).map(plainText).join(''));
const hasImage = (n: MdxNode): boolean => n.type === 'image' || n.type === 'mdxJsxTextElement' || (n.children ?? []).some(hasImage);

/** A line of text with a tab between two words: a cell boundary of a pasted table. */
const TABBED = /\S\t+\S/;

/** Lines of a paragraph laid out with tabs (two or more): the first, its cells and how many. */
function tabbedRows(lines: readonly string[]): { index: number; rows: number; cells: string[] } | null {
  const rows = lines.map((l, i) => (TABBED.test(l) ? i : -1)).filter((i) => i >= 0);
  if (rows.length < 2) return null;
  const first = lines[rows[0]!]!;
  return { index: rows[0]!, rows: rows.length, cells: first.split(/\t+/).map((c) => c.trim()).filter(Boolean) };
}

/**
 * A ``` or ~~~ fence whose closing line is missing: the parser makes the rest of the body its
 * content. The opening fence as written ("```mermaid"), or null when it is closed.
 */
function unclosedFence(written: string): string | null {
  const lines = written.split('\n');
  const open = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(lines[0]!);
  if (!open) return null;
  const closing = new RegExp(`^ {0,3}${open[1]![0] === '`' ? '`' : '~'}{${open[1]!.length},}\\s*$`);
  return lines.length > 1 && closing.test(lines[lines.length - 1]!) ? null : `${open[1]}${open[2]!.trim()}`;
}

/**
 * A "---" line right under a line of text: Markdown makes the text above a heading (a setext
 * heading), where the author meant a separator line, or closed a second frontmatter block pasted
 * into the narrative. The text made a heading, and whether its lines are "field: value" lines.
 */
function dashHeading(written: string): { text: string; fields: boolean; underline: number } | null {
  const lines = written.split('\n');
  if (lines.length < 2 || !/^ {0,3}-+[ \t]*$/.test(lines[lines.length - 1]!)) return null;
  const text = lines.slice(0, -1);
  const fields = text.every((l) => /^[a-z_]+:(?:\s|$)/.test(l));
  return { text: excerpt(fields ? text[0]! : text.map((l) => l.trim()).join(' '), 0), fields, underline: lines.length - 1 };
}

/**
 * A link's address to another site written without its scheme ("www.contoh.go.id",
 * "jdih.contoh.go.id/perda"): a relative address on the SOP site itself.
 */
const NO_SCHEME = /^(?:www\.[^\s/]+|(?:[a-z0-9-]+\.)+(?:go\.id|co\.id|ac\.id|or\.id|sch\.id|desa\.id|web\.id|id|com|org|net|info))(?:[/?#:]|$)/i;

/** A page number copied with a PDF's or Word's page: "Halaman 2 dari 5", "Hal. 3", "Page 2 of 5", "- 2 -". */
const PAGE_LINE = /^\s*(?:(?:halaman|hal\.?|page)\s*\d+(?:\s*(?:dari|of|\/)\s*\d+)?|[-\u2013\u2014]\s*\d+\s*[-\u2013\u2014])\s*$/i;

/** Word's bullets (and the Symbol font's, pasted as private-use characters) and "a." / "b)" markers. */
const WORD_MARKER = new RegExp(`^\\s*([${WORD_BULLETS}]|[a-z][.)](?=\\s))\\s*(\\S.*)$`);

/** Two or more lines of a paragraph starting with a marker Markdown does not read as a list's. */
function wordListLines(lines: readonly string[]): { index: number; rows: number; marker: string; item: string } | null {
  const marked = lines.map((l, i) => [i, WORD_MARKER.exec(l)] as const).filter(([, m]) => m);
  if (marked.length < 2) return null;
  const [index, m] = marked[0]!;
  return { index, rows: marked.length, marker: m![1]!, item: m![2]!.replace(/\t+/g, ' ').trim() };
}

export function checkMarkup(file: string, bodyLine: number, tree: MdxNode, body: string): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const at = (i: CheckIssue, line: number) => ({ ...i, line: bodyLine + line - 1 });
  const visit = (n: MdxNode) => {
    const src = written(body, n);
    if (n.type === 'text' && src) {
      const bold = unescaped(src.text, /\*\*/g);
      if (bold) issues.push(at(issue(MESSAGES.boldUnclosed, file, 'narasi', { text: excerpt(src.text, bold.index!) }), src.line + linesBefore(src.text, bold.index!)));
      const entity = unescaped(src.text, ENTITY_NO_SEMICOLON);
      if (entity) issues.push(at(issue(MESSAGES.entityNoSemicolon, file, 'narasi', { entity: entity[0], meant: entityMeant(entity[1]!) }), src.line + linesBefore(src.text, entity.index!)));
      const link = unescaped(src.text, /(!?)\[([^\]\n]*)\]\(/g);
      if (link) {
        const after = src.text.slice(link.index! + link[0].length).split('\n')[0]!;
        const placeholder = /^\s*(\[ISI:[^\]]*\])/.exec(after)?.[1];
        issues.push(at(issue(MESSAGES.linkUnclosed, file, 'narasi', { text: excerpt(src.text, link.index!), label: link[2]!, space: after.includes(')'), image: link[1] === '!', ...(placeholder ? { placeholder } : {}) }), src.line + linesBefore(src.text, link.index!)));
      }
    } else if (n.type === 'link' && !(n.url ?? '').trim()) {
      issues.push(at(issue(MESSAGES.linkEmpty, file, 'narasi', { label: plainText(n).trim() }), n.position?.start.line ?? 1));
    } else if (n.type === 'link' && !plainText(n).trim() && !hasImage(n)) {
      issues.push(at(issue(MESSAGES.linkNoText, file, 'narasi', { url: n.url!.trim() }), n.position?.start.line ?? 1));
    } else if (n.type === 'link' && NO_SCHEME.test(n.url!.trim())) {
      issues.push(at(issue(MESSAGES.linkNoScheme, file, 'narasi', { label: plainText(n).trim(), url: n.url!.trim() }), n.position?.start.line ?? 1));
    } else if (n.type === 'heading' && n.depth === 2 && src && dashHeading(src.text)) {
      const dashed = dashHeading(src.text)!;
      issues.push(at(issue(MESSAGES.dashLineHeading, file, 'narasi', { text: dashed.text, fields: dashed.fields }), src.line + (dashed.fields ? 0 : dashed.underline)));
    } else if (n.type === 'listItem' && src && PAGE_LINE.test(src.text)) {
      issues.push(at(issue(MESSAGES.pageNumberLine, file, 'narasi', { text: src.text.trim() }), src.line));
    } else if (n.type === 'code' && src) {
      const fence = unclosedFence(src.text);
      if (fence) issues.push(at(issue(MESSAGES.fenceUnclosed, file, 'narasi', { fence, mermaid: n.lang === 'mermaid' }), src.line));
      // "```Mermaid": only the language in small letters is drawn.
      if (n.lang && n.lang !== 'mermaid' && n.lang.toLowerCase() === 'mermaid') issues.push(at(issue(MESSAGES.mermaidCapitals, file, 'narasi', { lang: n.lang }), src.line));
    } else if (n.type === 'paragraph' && src) {
      const lines = src.text.split('\n');
      const mismatch = tableMismatch(lines);
      if (mismatch) issues.push(at(issue(MESSAGES.tableCells, file, 'narasi', { header: mismatch.header, separator: mismatch.separator }), src.line + mismatch.index));
      const unseparated = mismatch ? null : tableWithoutSeparator(lines);
      if (unseparated) issues.push(at(issue(MESSAGES.tableNoSeparator, file, 'narasi', { header: excerpt(lines[unseparated.index]!.trim(), 0), columns: unseparated.columns }), src.line + unseparated.index));
      lines.forEach((line, i) => {
        if (PAGE_LINE.test(line)) issues.push(at(issue(MESSAGES.pageNumberLine, file, 'narasi', { text: line.trim() }), src.line + i));
      });
      const listed = wordListLines(lines);
      if (listed) issues.push(at(issue(MESSAGES.listMarkerNotRead, file, 'narasi', { marker: listed.marker, rows: listed.rows, text: excerpt(lines[listed.index]!.replace(/\t+/g, ' ').trim(), 0), item: listed.item }), src.line + listed.index));
      const tabbed = listed ? null : tabbedRows(lines);
      if (tabbed) issues.push(at(issue(MESSAGES.tabbedLines, file, 'narasi', { text: excerpt(lines[tabbed.index]!.replace(/\t+/g, ' ').trim(), 0), rows: tabbed.rows, cells: tabbed.cells }), src.line + tabbed.index));
    }
    n.children?.forEach(visit);
  };
  visit(tree);
  return issues;
}
