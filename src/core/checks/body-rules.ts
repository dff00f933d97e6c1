/**
 * Rules on an SOP's MDX narrative, over what an MDX parser reports: a syntax error (as the
 * parser's rule id, reason and position) or the parsed tree. The parser itself runs in the
 * shell (src/node/check-bodies.ts); the words for authors are here.
 */
import { publicAddress } from './public-address';
import type { MdxNode } from './mdx-node';
import { issue, type CheckIssue } from './issue';
import { MESSAGES } from './messages';
import { computerFileName, networkPathInText } from './computer-path';
import { checkMarkup } from './markup-rules';
import { checkHeadings } from './heading-rules';

export interface MdxSyntaxError {
  ruleId?: string;
  reason: string;
  /** 1-based line within the body. */
  line?: number;
  /** 1-based column on that line. */
  column?: number;
}

/**
 * HTML as Word writes it when its text is pasted as HTML: its own namespaced tags (<o:p>,
 * <w:Sdt>, <v:shape>), its class names (class=MsoNormal) and its styles (style="mso-...").
 */
const WORD_HTML = /<\/?(?:o|w|v|m|st1):[a-z]+\b|\bclass=["']?Mso|\bmso-[a-z]/i;

/** The first Word mark on a line ("<o:p>", "class=MsoNormal"), for the message. */
function wordMark(lineText: string): string | undefined {
  const m = WORD_HTML.exec(lineText);
  if (!m) return undefined;
  if (m[0].startsWith('<')) return `${m[0].replace('</', '<')}>`;
  if (/^class/i.test(m[0])) return `class=${/class=["']?([\w-]+)/i.exec(lineText.slice(m.index))![1]}`;
  return `style="${/mso-[\w-]+(?::[^;"']*)?/i.exec(lineText.slice(m.index))![0]}"`;
}

/** `name=value` at `column` (1-based, the value's first character): an attribute value without quotes. */
function unquotedAttribute(lineText: string, column: number | undefined): { name: string; value: string } | undefined {
  if (!column) return undefined;
  const name = /([\w:-]+)\s*=\s*$/.exec(lineText.slice(0, column - 1))?.[1];
  const value = /^[^\s>"'`]+/.exec(lineText.slice(column - 1))?.[0];
  return name && value ? { name, value: value.replace(/\/$/, '') } : undefined;
}

const tag = (reason: string, n: number) => [...reason.matchAll(/`<\/?([^`>]*)>?`/g)][n]?.[1];

/** HTML elements a narrative may use; any other `<Word ...>` is text the author meant literally. */
const HTML_ELEMENTS = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'code', 'dd', 'del', 'details', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 's', 'small', 'span', 'strong',
  'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'u', 'ul',
]);

/**
 * What Markdown and Word templates write between "<" and ">" that MDX reads as a tag: an address
 * (<https://...>, <nama@domain>), or a blank to fill in (<Nama Instansi>).
 */
function angleBracketText(lineText: string): string | undefined {
  const address = /<((?:https?:\/\/|www\.)[^\s<>]+|[^\s<>@]+@[^\s<>@]+)>/.exec(lineText);
  if (address) return `alamat "<${address[1]}>" di antara "<" dan ">" dibaca MDX sebagai tag; tulis alamatnya saja tanpa "<" dan ">", atau sebagai tautan [teks](https://...).`;
  const blank = /<([A-Za-z][\w-]*)((?:\s+[^\s<>=/]+)*)\s*>/.exec(lineText);
  if (blank && !HTML_ELEMENTS.has(blank[1]!.toLowerCase())) {
    const words = `${blank[1]}${blank[2]}`;
    return `"<${words}>" dibaca MDX sebagai tag. Bila ini isian yang belum diisi, tulis [ISI: ${words}]; bila memang teks, tulis tanda kurung sudut sebagai &lt; dan &gt;.`;
  }
  return undefined;
}

/** What the parser's error means, in the author's words; `lineText` is the body line it points at. */
export function describeMdxError(e: MdxSyntaxError, lineText = ''): string {
  if (e.ruleId === 'end-tag-mismatch' || e.ruleId === 'unexpected-character' || e.ruleId === 'unexpected-eof') {
    const literal = angleBracketText(lineText);
    if (literal) return literal;
  }
  switch (e.ruleId) {
    case 'end-tag-mismatch': {
      const closing = /Unexpected closing tag `<\/([^`>]*)>`/.exec(e.reason)?.[1];
      const open = tag(e.reason, closing ? 1 : 0);
      if (!closing && open && /^(?:br|hr|img)$/i.test(open)) return `tag <${open}> ditulis <${open} /> di MDX, dengan garis miring sebelum ">".`;
      return closing
        ? `tag penutup </${closing}> tidak cocok dengan tag pembuka <${open ?? '?'}>.`
        : `tag <${open ?? '?'}> dibuka tetapi tidak ditutup.`;
    }
    case 'unexpected-closing-slash':
      return 'ada tag penutup tanpa tag pembukanya.';
    case 'unexpected-eof':
      return /expression|brace/.test(e.reason)
        ? 'kurung kurawal "{" dibuka tetapi tidak ditutup "}".'
        : 'tag "<" tidak diselesaikan sampai akhir teks.';
    case 'unexpected-character': {
      const attribute = /before attribute value/.test(e.reason) ? unquotedAttribute(lineText, e.column) : undefined;
      if (attribute) return `nilai atribut ${attribute.name}=${attribute.value} tidak diapit tanda kutip; di MDX ditulis ${attribute.name}="${attribute.value}".`;
      const after = /Unexpected character `(.)`/.exec(e.reason)?.[1];
      if (after === '!') return 'komentar HTML "<!-- ... -->" tidak dapat dipakai di MDX; tulis catatan untuk penulis sebagai {/* ... */}.';
      if (after && /[0-9=\s]/.test(after)) return 'tanda "<" sebelum angka atau spasi dibaca sebagai awal tag; tulis "kurang dari" atau &lt;.';
      return 'tanda "<" atau "{" diikuti karakter yang tidak dapat dibaca sebagai tag atau teks.';
    }
    case 'unexpected-lazy':
      return 'tag atau kurung kurawal terpotong oleh kutipan (">") atau daftar.';
    default:
      return /acorn|expression/i.test(e.reason)
        ? 'isi di antara kurung kurawal "{ }" tidak dapat dibaca.'
        : 'susunan tag atau kurung kurawal pada baris ini tidak dapat dibaca.';
  }
}

/**
 * "a<b.": a "<" before a letter, on the error's line or a line above it in the same paragraph,
 * with no ">" after it on its line: MDX read a tag there that never ends. The token it is in,
 * the tag's name and the body line (1-based); null when there is none.
 */
function tagNeverEnded(body: string, errorLine: number): { word: string; name: string; line: number } | null {
  const lines = body.split('\n');
  for (let i = Math.min(errorLine, lines.length) - 1; i >= 0 && lines[i]!.trim() !== ''; i--) {
    const m = /(\S*?)<([A-Za-z][\w-]*)([^\s<>]*)(?![^<>]*>)/.exec(lines[i]!);
    if (m && !/^[\s\S]*>/.test(lines[i]!.slice(m.index + m[0].length))) return { word: `${m[1]}<${m[2]}${m[3]}`, name: m[2]!, line: i + 1 };
  }
  return null;
}

export function mdxSyntaxIssue(file: string, bodyLine: number, e: MdxSyntaxError, body = ''): CheckIssue {
  // <style>/<script> content rarely parses as MDX; the tag, not the parser's complaint, is the mistake.
  const forbidden = body.split('\n').findIndex((l) => /<(?:style|script)\b/i.test(l));
  if (forbidden >= 0) {
    const name = /<(style|script)\b/i.exec(body.split('\n')[forbidden]!)![1]!.toLowerCase();
    return { ...issue(MESSAGES.mdxForbidden, file, 'narasi', { what: `<${name}>` }), line: bodyLine + forbidden };
  }
  const lineText = body.split('\n')[(e.line ?? 1) - 1] ?? '';
  // Word's own HTML: the paste, not the parser's complaint about it, is the mistake.
  const word = wordMark(lineText);
  if (word) return { ...issue(MESSAGES.mdxWordHtml, file, 'narasi', { what: word }), line: bodyLine + (e.line ?? 1) - 1 };
  // "## Judul {#jangkar}": a heading anchor as other Markdown tools write it.
  const anchored = /^ {0,3}#{1,6}\s+(.*?)\s*(\{#[^}]*\})\s*$/.exec(lineText);
  if (anchored) return { ...issue(MESSAGES.mdxHeadingAnchor, file, 'narasi', { heading: anchored[1]!, anchor: anchored[2]! }), line: bodyLine + (e.line ?? 1) - 1 };
  // "<!-- catatan -->": an HTML comment, which MDX does not read; the fix is the note as MDX writes it.
  const comment = /<!--([\s\S]*?)(?:-->|$)/.exec(lineText);
  if (comment && e.ruleId === 'unexpected-character' && /Unexpected character `!`/.test(e.reason)) {
    const note = comment[1]!.trim() || '...';
    const fix = `Ganti "<!-- ${note} -->" dengan {/* ${note} */} (catatan yang tidak tampil di situs), atau hapus catatan itu.`;
    return { ...issue(MESSAGES.mdxSyntax, file, 'narasi', { detail: describeMdxError(e, lineText) }, fix), line: bodyLine + (e.line ?? 1) - 1 };
  }
  // "a<b.": "less than" written against a letter, read as a tag that never ends.
  const open = (e.ruleId === 'unexpected-eof' || e.ruleId === 'unexpected-character' || e.ruleId === 'unexpected-lazy') && !/expression|brace/.test(e.reason) && !angleBracketText(lineText)
    ? tagNeverEnded(body, e.line ?? 1)
    : null;
  if (open) {
    const detail = `tanda "<" pada "${open.word}" dibaca sebagai awal tag <${open.name}>, yang tidak pernah ditutup dengan ">".`;
    const fix = `Bila maksudnya tanda "kurang dari", tulis ${open.word.replace('<', ' < ')} (dengan spasi sesudah "<") atau ${open.word.replace('<', '&lt;')}; bila maksudnya tag HTML, tutup dengan ">", misalnya <b>teks</b>.`;
    return { ...issue(MESSAGES.mdxSyntax, file, 'narasi', { detail }, fix), line: bodyLine + open.line - 1 };
  }
  return { ...issue(MESSAGES.mdxSyntax, file, 'narasi', { detail: describeMdxError(e, lineText) }), line: bodyLine + (e.line ?? 1) - 1 };
}

/**
 * HTML that would put script, outside content or a form on the public site (which carries no
 * script of its own), or that Astro cannot render from MDX.
 */
const FORBIDDEN_TAGS = new Set(['script', 'style', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'link', 'meta', 'base', 'font', 'center']);

/** Links that run script or carry a document in place of an address. */
const SCRIPT_URL = /^\s*(?:javascript|data|vbscript):/i;

/** `{/* comment *\/}`, the only expression a narrative may hold (it prints nothing). */
const isComment = (code: string) => /^\s*(?:\/\*[\s\S]*?\*\/\s*|\/\/[^\n]*\s*)*$/.test(code);

/** Whether an image the narrative shows exists: under public/ ("/gambar/a.png") or beside the SOP file ("./a.png"). */
export interface ImageFiles {
  publicFileExists(path: string): boolean;
  besideFileExists(sopFile: string, path: string): boolean;
}

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

/** One image's problems: taken from another site, a file that does not exist, no alternative text. */
function checkImage(file: string, line: number, url: string, alt: string | undefined, files: ImageFiles | undefined, written = url): CheckIssue[] {
  const out: CheckIssue[] = [];
  const at = (i: CheckIssue) => ({ ...i, line });
  const onComputer = computerFileName(written);
  if (onComputer) out.push(at(issue(MESSAGES.fileOnComputer, file, 'narasi', { path: written, name: onComputer, folder: 'gambar' })));
  else if (REMOTE.test(url)) out.push(at(issue(MESSAGES.mdxImageRemote, file, 'narasi', { url })));
  else if (files && !SCRIPT_URL.test(url)) {
    const path = decodeURI(url.split(/[?#]/)[0]!);
    const viaPublic = publicAddress(path);
    if (viaPublic) {
      out.push(at(issue(MESSAGES.mdxImageViaPublic, file, 'narasi', { url, address: viaPublic, alt: alt?.trim() ?? '', exists: files.publicFileExists(viaPublic) })));
    } else if (path.startsWith('/')) {
      if (!files.publicFileExists(path)) out.push(at(issue(MESSAGES.mdxImageMissing, file, 'narasi', { url, where: `public${path}` })));
    } else if (!files.besideFileExists(file, path)) {
      const folder = file.slice(0, file.lastIndexOf('/') + 1);
      out.push(at(issue(MESSAGES.mdxImageMissing, file, 'narasi', { url, where: `${folder}${path.replace(/^\.\//, '')}` })));
    }
  }
  if (!alt?.trim()) out.push(at(issue(MESSAGES.mdxImageAlt, file, 'narasi', { url })));
  return out;
}

/** The Word mark of an element ("<o:p>", "class=MsoNormal", 'style="mso-..."'), if it has one. */
function wordElement(n: MdxNode): string | undefined {
  const attrs = (n.attributes ?? []).map((a) => (a.type === 'mdxJsxAttribute' && typeof a.value === 'string' ? `${a.name}="${a.value}"` : '')).join(' ');
  return wordMark(`<${n.name}${attrs ? ` ${attrs}` : ''}>`);
}

/** The node's text as written in `body`, escapes and all; undefined without a body or a position. */
function writtenText(n: MdxNode, body: string | undefined): string | undefined {
  const start = n.position?.start.offset;
  const end = n.position?.end?.offset;
  return body !== undefined && start !== undefined && end !== undefined ? body.slice(start, end) : undefined;
}

/**
 * A link's or image's address as written: Markdown reads "\\server\share" as "\server\share",
 * so a network path is recognised, and named, from what the author wrote.
 */
function writtenUrl(n: MdxNode, body: string | undefined): string {
  const written = writtenText(n, body) ?? '';
  // "(<\\server\share\Formulir SKTM.pdf>)" keeps its spaces between "<" and ">".
  const m = /\]\(\s*<([^>]*)>\s*(?:["'(][^]*)?\)$/.exec(written) ?? /\]\(\s*([^\s]*?)(?:\s+["'(][^]*)?\)$/.exec(written);
  return m?.[1] || (n.url ?? '');
}

/** Import/export lines and components: SOP narratives are text, tables and mermaid only. */
export function checkMdxTree(file: string, bodyLine: number, tree: MdxNode, files?: ImageFiles, body?: string): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const lineOf = (n: MdxNode) => bodyLine + (n.position?.start.line ?? 1) - 1;
  /** Lines already told about Word's HTML: once a line (a paste holds many marks). */
  const wordLines = new Set<number>();
  const visit = (n: MdxNode) => {
    if (n.type === 'image' && n.url) issues.push(...checkImage(file, lineOf(n), n.url, n.alt ?? undefined, files, writtenUrl(n, body)));
    if (n.type === 'link' && n.url) {
      const url = writtenUrl(n, body);
      const onComputer = computerFileName(url);
      if (onComputer) issues.push({ ...issue(MESSAGES.fileOnComputer, file, 'narasi', { path: url, name: onComputer, folder: 'berkas' }), line: lineOf(n) });
    }
    if (n.type === 'text') {
      const path = networkPathInText(writtenText(n, body) ?? '');
      if (path) issues.push({ ...issue(MESSAGES.networkPathInText, file, 'narasi', { path, name: path.split('\\').filter(Boolean).pop()! }), line: lineOf(n) });
    }
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name?.toLowerCase() === 'img') {
      const attr = (name: string) => n.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
      const src = attr('src');
      if (typeof src === 'string' && src) issues.push(...checkImage(file, lineOf(n), src, typeof attr('alt') === 'string' ? (attr('alt') as string) : undefined, files));
    }
    if (n.type === 'mdxjsEsm') {
      const first = (n.value ?? '').split('\n')[0]!.trim();
      issues.push({ ...issue(MESSAGES.mdxImport, file, 'narasi', { what: first }), line: lineOf(n) });
    } else if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name && /^[A-Z]|\./.test(n.name)) {
      issues.push({ ...issue(MESSAGES.mdxComponent, file, 'narasi', { name: n.name }), line: lineOf(n) });
    } else if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name && wordElement(n)) {
      if (!wordLines.has(lineOf(n))) issues.push({ ...issue(MESSAGES.mdxWordHtml, file, 'narasi', { what: wordElement(n)! }), line: lineOf(n) });
      wordLines.add(lineOf(n));
    } else if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name) {
      const name = n.name.toLowerCase();
      const attrs = n.attributes ?? [];
      const bad =
        FORBIDDEN_TAGS.has(name) ? `<${name}>`
        : attrs.find((a) => a.type !== 'mdxJsxAttribute') ? `{...} di dalam tag <${name}>`
        : attrs.find((a) => /^on/i.test(a.name ?? '')) ? `atribut ${attrs.find((a) => /^on/i.test(a.name ?? ''))!.name} pada <${name}>`
        : attrs.find((a) => a.name?.toLowerCase() === 'style') ? `atribut style pada <${name}>`
        : attrs.find((a) => typeof a.value === 'string' && SCRIPT_URL.test(a.value)) ? `tautan skrip pada <${name}>`
        : attrs.find((a) => a.value !== null && a.value !== undefined && typeof a.value !== 'string') ? `atribut berisi {...} pada <${name}>`
        : null;
      if (bad) issues.push({ ...issue(MESSAGES.mdxForbidden, file, 'narasi', { what: bad }), line: lineOf(n) });
    } else if ((n.type === 'link' || n.type === 'image' || n.type === 'definition') && SCRIPT_URL.test(n.url ?? '')) {
      issues.push({ ...issue(MESSAGES.mdxForbidden, file, 'narasi', { what: `tautan skrip (${(n.url ?? '').trim().split(':')[0]}:)` }), line: lineOf(n) });
    } else if ((n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') && !isComment(n.value ?? '')) {
      issues.push({ ...issue(MESSAGES.mdxExpression, file, 'narasi', { code: `{${(n.value ?? '').trim()}}` }), line: lineOf(n) });
    }
    n.children?.forEach(visit);
  };
  visit(tree);
  return issues;
}

/**
 * One narrative, as `npm run check`, the build, the dev server and the editor check it: parsed by
 * `parse` (the MDX parser, which the shell runs), then the rules above. `tree` is null when the
 * text cannot be parsed.
 */
export function checkNarrative(
  file: string,
  bodyLine: number,
  body: string,
  parse: (text: string) => MdxNode,
  files?: ImageFiles,
  title?: string,
): { issues: CheckIssue[]; tree: MdxNode | null } {
  let tree: MdxNode;
  try {
    tree = parse(body);
  } catch (e) {
    const err = e as { ruleId?: string; reason?: string; message?: string; line?: number; column?: number };
    const reason = err.reason ?? err.message ?? '';
    // A tag left open at the level of blocks comes without a place; its reason ends with it: "(4:1-4:26)".
    const at = err.line ?? Number(/\((\d+):\d+-\d+:\d+\)/.exec(reason)?.[1] ?? 1);
    return { issues: [mdxSyntaxIssue(file, bodyLine, { ruleId: err.ruleId, reason, line: at, column: err.line ? err.column : undefined }, body)], tree: null };
  }
  return { issues: [...checkMdxTree(file, bodyLine, tree, files, body), ...checkMarkup(file, bodyLine, tree, body), ...checkHeadings(file, bodyLine, tree, body, title)], tree };
}

/** The ```mermaid fences of a parsed body, with their file lines. */
export function mermaidFences(bodyLine: number, tree: MdxNode): { code: string; line: number }[] {
  const out: { code: string; line: number }[] = [];
  const visit = (n: MdxNode) => {
    if (n.type === 'code' && n.lang === 'mermaid') out.push({ code: n.value ?? '', line: bodyLine + (n.position?.start.line ?? 1) - 1 });
    n.children?.forEach(visit);
  };
  visit(tree);
  return out;
}
