/**
 * Reading one YAML text (a frontmatter or a data file) the way authors need it: syntax errors
 * in Indonesian with one line number counted from the top of the file, values validated
 * against a zod schema with each problem placed at its field's line.
 */
import { CST, isNode, isScalar, LineCounter, Parser, parseDocument, visit, type Document, type Scalar, type YAMLError } from 'yaml';
import type { ZodTypeAny } from 'zod';
import { formatPath, issue, type CheckIssue, type PathPart } from '../checks/issue';
import { zodFindings } from '../checks/zod-issues';
import { MESSAGES } from '../checks/messages';
import { curlyQuotedValue, fullWidthColon, invisibleCharacters, lookalikeLetter, nonBreakingSpaceAfterColon, wordListMarker } from './pasted-characters';
import { nodePath } from './yaml-node-path';

export interface YamlSource {
  file: string;
  value: unknown;
  doc: Document;
  lines: LineCounter;
  /** File line of the YAML text's first line, minus one. */
  lineOffset: number;
  /** Warnings found while reading (text cut off by a "#" YAML took for a comment). */
  notes: CheckIssue[];
}

/** What each YAML syntax error means for an author, by the `yaml` package's error code. */
const SYNTAX_HINTS: Partial<Record<YAMLError['code'], string>> = {
  TAB_AS_INDENT: 'Ada tab di awal baris; YAML hanya menerima spasi untuk indentasi.',
  BAD_INDENT: 'Indentasi baris ini tidak sejajar dengan baris lain di tingkat yang sama.',
  DUPLICATE_KEY: 'Nama kolom yang sama ditulis dua kali.',
  MISSING_CHAR: 'Ada tanda yang belum ditutup (tanda kutip, kurung siku atau kurung kurawal).',
  MULTILINE_IMPLICIT_KEY: 'Nama kolom terpotong ke baris berikutnya, atau titik dua setelah nama kolom hilang.',
  BLOCK_AS_IMPLICIT_KEY: 'Titik dua setelah nama kolom hilang, atau ada teks yang tidak diberi nama kolom.',
  UNEXPECTED_TOKEN: 'Ada tanda yang tidak diharapkan di sini (misalnya ":" atau "#" di dalam teks tanpa tanda kutip).',
  BAD_DQ_ESCAPE: 'Garis miring terbalik (\\) di dalam tanda kutip ganda tidak dikenal.',
  BLOCK_IN_FLOW: 'Daftar bertingkat ditulis di dalam kurung [ ] atau { }.',
  MULTIPLE_DOCS: 'Ada baris "---" tambahan di dalam data.',
  BAD_SCALAR_START: 'Teks diawali tanda yang tidak boleh membuka teks tanpa tanda kutip (misalnya "@", "`", "%").',
};

/**
 * Numbers that are really text: with a leading zero ("08", a regulation number) or too long to
 * be exact (an unquoted 18-digit NIP). YAML would turn them into 8 and 196707201993032000;
 * they are kept exactly as written.
 */
const NUMBER_AS_WRITTEN = {
  tag: 'tag:yaml.org,2002:int',
  default: true,
  test: /^(?:0[0-9]+|[0-9]{16,})$/,
  resolve: (text: string) => text,
} as const;

/** Parses YAML text; syntax errors are returned as issues with the file line. */
export function parseYamlSource(
  yamlText: string,
  file: string,
  lineOffset: number,
): { source: YamlSource; issues: [] } | { source: null; issues: CheckIssue[] } {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, customTags: (tags) => [NUMBER_AS_WRITTEN, ...tags] });
  // Only the first syntax error: the parser's later ones are nearly always its consequences
  // (one tab or one bad indent makes every following line of the block unreadable).
  const first = doc.errors[0];
  if (first) {
    // YAML notices a quote or bracket left open only where the text ends; the author needs the line that opened it.
    const unclosed = first.code === 'MISSING_CHAR' || first.code === 'BAD_INDENT' ? unclosedOpening(yamlText) : undefined;
    const at = lines.linePos(unclosed?.offset ?? first.pos[0]).line;
    const text = yamlText.split('\n')[at - 1] ?? '';
    // A mistake named precisely says its own fix; the others get the general one.
    const pasted = pastedLine(yamlText.split('\n'), at, first.code, file, lineOffset);
    if (pasted) return { source: null, issues: [pasted] };
    const precise =
      (first.code === 'DUPLICATE_KEY' ? duplicateKey(doc, first.pos[0], lines, lineOffset) : undefined) ??
      fullWidthColon(text) ??
      colonAfterText(text) ??
      colonInsideText(text) ??
      dashWithoutSpace(yamlText.split('\n'), at) ??
      (unclosed ? undefined : textGoingOn(yamlText.split('\n'), at));
    if (precise) return { source: null, issues: [{ ...issue(MESSAGES.yamlSyntax, file, '', { hint: precise.hint }, precise.fix), line: at + lineOffset }] };
    // "peringatan: -", as the document's empty cell is printed: YAML reads "-" as a list opening.
    const hint =
      unclosed?.hint ??
      (/^[ \t]*\u00a0/.test(text)
        ? NBSP_HINT
        : /^\s*[^\s#-][^:#]*:\s+-\s*$/.test(text)
        ? DASH_HINT
        : /without - indicator/.test(first.message)
          ? ITEM_INDENT_HINT
          : (SYNTAX_HINTS[first.code] ?? 'Susunan YAML pada baris ini tidak dapat dibaca.'));
    return { source: null, issues: [{ ...issue(MESSAGES.yamlSyntax, file, '', { hint }), line: at + lineOffset }] };
  }
  // Read without a YAML error, but not as the author sees it: one message at its line, like a syntax error.
  const invisible = invisibleCharacters(doc, yamlText);
  const pasted = invisible.find((c) => !c.inText) ?? lookalikeLetter(doc, yamlText) ?? curlyQuotedValue(doc);
  if (pasted) return { source: null, issues: [{ ...issue(MESSAGES.yamlSyntax, file, '', { hint: pasted.hint }, pasted.fix), line: lines.linePos(pasted.offset).line + lineOffset }] };
  // In running text an invisible character changes nothing the reader sees: a warning.
  const invisibleInText = invisible.filter((c) => c.inText).map((c) => ({ ...issue(MESSAGES.invisibleInText, file, formatPath(c.path), { hint: c.hint }), line: lines.linePos(c.offset).line + lineOffset }));
  try {
    const value = doc.toJS({ maxAliasCount: 100 });
    return { source: { file, value, doc, lines, lineOffset, notes: [...invisibleInText, ...cutByComment(doc, file, lines, lineOffset)] }, issues: [] };
  } catch {
    // An alias "*name" without its anchor "&name", or aliases nested too deep to expand.
    const alias = firstAlias(doc);
    const line = alias ? lines.linePos(alias).line + lineOffset : lineOffset + 1;
    return { source: null, issues: [{ ...issue(MESSAGES.yamlSyntax, file, '', { hint: ALIAS_HINT }), line }] };
  }
}

/**
 * The mistakes of a line copied from Word at the syntax error's line `at` (1-based): a list
 * numbered or bulleted, a non-breaking space after a field name; or the field of the next line
 * indented deeper than the field above it, which YAML reads as that field's text going on.
 */
function pastedLine(lines: readonly string[], at: number, code: YAMLError['code'], file: string, lineOffset: number): CheckIssue | undefined {
  const text = lines[at - 1] ?? '';
  const marker = wordListMarker(text);
  if (marker) return { ...issue(MESSAGES.yamlListMarker, file, '', { marker }), line: at + lineOffset };
  const field = nonBreakingSpaceAfterColon(text);
  if (field) return { ...issue(MESSAGES.yamlSpaceAfterColon, file, '', { field }), line: at + lineOffset };
  const above = /^(\s*(?:-\s+)?)([^\s:#][^:#]*?):\s+\S/.exec(text);
  const next = /^(\s*)([^\s:#-][^:#]*?):(?:\s|$)/.exec(lines[at] ?? '');
  if (code === 'BLOCK_AS_IMPLICIT_KEY' && above && next && next[1]!.length > above[1]!.length) {
    return { ...issue(MESSAGES.yamlIndentDeeper, file, '', { field: next[2]!, above: above[2]! }), line: at + 1 + lineOffset };
  }
  return undefined;
}

/**
 * Text ending in a colon, as a document's heading is printed ("label: Lurah:", "{ label: Staf: }"):
 * YAML reads the colon as a new field name. The hint and the fix, or undefined.
 */
function colonAfterText(text: string): { hint: string; fix: string } | undefined {
  const m =
    /^\s*(?:-\s+)?([A-Za-z_][\w]*):[ \t]+([^"'[{#\s][^#:]*?)\s*:\s*$/.exec(text) ??
    /[{,]\s*([A-Za-z_]\w*):\s+([^"'[{,:#}\s][^"'[{,:#}]*?)\s*:\s*[,}]/.exec(text);
  if (!m) return undefined;
  const [, key, value] = m;
  return {
    hint: `Teks "${value}:" diakhiri titik dua, yang dibaca YAML sebagai nama kolom baru; judul di dokumen memang diikuti ":", tetapi titik dua itu tidak ikut ditulis.`,
    fix: `Hapus titik dua di akhir teks: ${key}: ${value}. Bila titik dua memang bagian dari teksnya, beri tanda kutip: ${key}: "${value}:".`,
  };
}

/**
 * Text with ": " inside it, as a sentence writes a list after a colon ("kegiatan: Menerima berkas:
 * KTP dan KK"): YAML reads the words before that colon as a new field's name. The hint and the
 * fix, or undefined. Text already quoted, a time ("08:00") and an address ("https://") have no
 * colon followed by a space.
 */
function colonInsideText(text: string): { hint: string; fix: string } | undefined {
  const m = /^(\s*(?:-\s+)?)([A-Za-z_]\w*):[ \t]+([^"'[{|>&*!#\s][^#]*?:[ \t]+[^#]*?)\s*$/.exec(text);
  if (!m) return undefined;
  const [, , key, value] = m;
  const quoted = value!.includes('"') ? `'${value!.replace(/'/g, "''")}'` : `"${value}"`;
  return {
    hint: `Teks "${value}" memuat titik dua yang diikuti spasi, yang dibaca YAML sebagai pemisah nama kolom dan isinya, sehingga "${value!.slice(0, value!.search(/:[ \t]/))}" terbaca sebagai nama kolom baru.`,
    fix: `Beri tanda kutip pada seluruh teks: ${key}: ${quoted}.`,
  };
}

/**
 * A list item whose "-" is not followed by a space ("-Petugas memeriksa berkas"), under a field
 * opening a list or below another item: YAML reads it as text, not as an item. `at` is the
 * error's line (1-based). The hint and the fix, or undefined.
 */
function dashWithoutSpace(lines: readonly string[], at: number): { hint: string; fix: string } | undefined {
  const m = /^(\s*)-([^\s\-#].*?)\s*$/.exec(lines[at - 1] ?? '');
  if (!m) return undefined;
  let above = at - 2;
  while (above >= 0 && !lines[above]!.trim()) above--;
  const prev = lines[above] ?? '';
  const indent = m[1]!.length;
  const inList = new RegExp(`^\\s{${indent}}-\\s`).test(prev) || (/:\s*$/.test(prev) && /^\s*/.exec(prev)![0].length <= indent);
  if (!inList) return undefined;
  return {
    hint: 'Baris ini diawali "-" tanpa spasi sesudahnya, sehingga YAML tidak membacanya sebagai butir daftar, melainkan sebagai teks yang merusak daftar di atasnya.',
    fix: `Tambahkan satu spasi sesudah tanda "-": - ${m[2]}${/[.!?]$/.test(m[2]!) ? '' : '.'}`,
  };
}

/**
 * A line of text going on from the field above ("keterangan: Surat ditandatangani" and, on the
 * next line, "dan diberi nomor") written no deeper than that field's name: YAML reads it as a
 * field without its colon. `at` is the error's line (1-based). The hint and the fix, or undefined.
 */
function textGoingOn(lines: readonly string[], at: number): { hint: string; fix: string } | undefined {
  const text = lines[at - 1] ?? '';
  if (!text.trim() || /^\s*(?:-(?:\s|$)|#)/.test(text) || /:(?:\s|$)/.test(text)) return undefined;
  let above = at - 2;
  while (above >= 0 && !lines[above]!.trim()) above--;
  const field = /^(\s*(?:-\s+)?)([A-Za-z_]\w*):[ \t]+([^"'[{|>&*!\s].*)$/.exec(lines[above] ?? '');
  const indent = /^\s*/.exec(text)![0].length;
  if (!field || indent > field[1]!.length) return undefined;
  const key = field[2]!;
  return {
    hint: `Baris ini melanjutkan teks "${key}" di baris atasnya, tetapi tidak lebih menjorok daripada "${key}", sehingga YAML membacanya sebagai nama kolom tanpa titik dua, bukan sebagai lanjutan teks.`,
    fix: `Gabungkan baris ini ke ujung baris "${key}: ..." di atasnya, atau tambahkan spasi di awal baris ini sampai lebih menjorok daripada "${key}".`,
  };
}

/**
 * Plain text followed by "#" with no space after it ("judul: Pelayanan #2 Warga"): YAML keeps
 * "Pelayanan" and drops the rest as a comment. Comments written "# ..." are left alone.
 */
function cutByComment(doc: Document, file: string, lines: LineCounter, lineOffset: number): CheckIssue[] {
  const notes: CheckIssue[] = [];
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (key === 'key' || node.type !== 'PLAIN' || !node.comment || !/^\S/.test(node.comment) || !node.range) return;
      const found = issue(MESSAGES.textCutByComment, file, formatPath(nodePath(ancestors, node)), { kept: String(node.value), cut: node.comment.split('\n')[0]! });
      notes.push({ ...found, line: lines.linePos(node.range[0]).line + lineOffset });
    },
  });
  return notes;
}

/** The key written twice at `offset`, and the line where it was first written in the same block. */
function duplicateKey(doc: Document, offset: number, lines: LineCounter, lineOffset: number): { hint: string; fix: string } | undefined {
  let hint: { hint: string; fix: string } | undefined;
  visit(doc, {
    Map(_, map) {
      const at = map.items.findIndex((p) => isScalar(p.key) && p.key.range?.[0] === offset);
      if (at < 0) return;
      const key = (map.items[at]!.key as Scalar).value;
      const earlier = map.items.slice(0, at).find((p) => isScalar(p.key) && p.key.value === key);
      const firstAt = earlier && (earlier.key as Scalar).range?.[0];
      if (firstAt !== undefined) {
        hint = {
          hint: `Kolom "${String(key)}" ditulis dua kali dalam satu blok (pertama di baris ${lines.linePos(firstAt).line + lineOffset}).`,
          fix: 'Hapus salah satu, atau gabungkan isinya di satu kolom.',
        };
      }
      return visit.BREAK;
    },
  });
  return hint;
}

const NBSP_HINT = 'Baris ini diawali spasi khusus (spasi tak terputus, biasanya tersalin dari Word atau PDF); hapus spasi di awal baris dan ketik ulang dengan spasi biasa.';

const ITEM_INDENT_HINT = 'Baris ini tidak sejajar dengan baris di atasnya: isian dalam satu butir daftar ditulis tepat di bawah teks sesudah "- ", dan butir baru diawali "- ".';

const UNCLOSED_HINTS: Record<string, string> = {
  '"': 'Tanda kutip (") yang dibuka di baris ini tidak ditutup; akhiri teksnya dengan tanda kutip yang sama.',
  "'": "Tanda kutip (') yang dibuka di baris ini tidak ditutup; akhiri teksnya dengan tanda kutip yang sama.",
  '[': 'Kurung siku "[" yang dibuka di baris ini tidak ditutup dengan "]".',
  '{': 'Kurung kurawal "{" yang dibuka di baris ini tidak ditutup dengan "}".',
};

/** The first quoted text or [ ] / { } list that is opened and never closed, with where it opens. */
function unclosedOpening(yamlText: string): { offset: number; hint: string } | undefined {
  let found: { offset: number; hint: string } | undefined;
  const consider = (token: CST.Token | undefined) => {
    if (!token || found) return;
    if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') {
      const quote = token.source[0]!;
      const body = token.source.slice(1);
      const closed = quote === '"' ? /(^|[^\\])(\\\\)*"$/.test(body) : body.endsWith("'");
      if (!closed) found = { offset: token.offset, hint: UNCLOSED_HINTS[quote]! };
    } else if (token.type === 'flow-collection') {
      const opener = token.start.source;
      const closer = opener === '[' ? ']' : '}';
      if (!token.end.some((e) => e.source === closer)) found = { offset: token.offset, hint: UNCLOSED_HINTS[opener]! };
    }
  };
  for (const token of new Parser().parse(yamlText)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      consider(item.key ?? undefined);
      consider(item.value);
      return found ? CST.visit.BREAK : undefined;
    });
    if (found) break;
  }
  return found;
}

const DASH_HINT = 'Tanda "-" saja setelah nama kolom dibaca YAML sebagai awal daftar. Untuk sel yang di dokumen bertanda "-", tulis [] (daftar kosong) atau "-" dalam tanda kutip pada kolom teks.';

const ALIAS_HINT = 'Teks yang diawali "*" atau "&" dibaca YAML sebagai rujukan (alias) yang tidak ada; beri tanda kutip, misalnya "*catatan".';

/** Offset of the first alias node ("*name") in the document, if any. */
function firstAlias(doc: Document): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Alias(_, node) {
      found = node.range?.[0];
      return visit.BREAK;
    },
  });
  return found;
}

/** 1-based file line of the node at `path` (or of its nearest existing parent). */
export function lineOf(source: YamlSource, path: readonly PathPart[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? source.doc.contents : source.doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) {
      // A key's line, not its value's: a block value starts on the next line.
      if (n > 0) {
        const parent = n === 1 ? source.doc.contents : source.doc.getIn(path.slice(0, n - 1), true);
        const key = path[n - 1];
        if (parent && typeof parent === 'object' && 'items' in parent && typeof key === 'string') {
          const pair = (parent as { items: { key?: { range?: [number, number] } & { value?: unknown } }[] }).items.find(
            (p) => (p.key as { value?: unknown } | undefined)?.value === key,
          );
          if (pair?.key?.range) return source.lines.linePos(pair.key.range[0]).line + source.lineOffset;
        }
      }
      return source.lines.linePos(node.range[0]).line + source.lineOffset;
    }
  }
  return undefined;
}

/** "langkah[2].pelaksana" -> ["langkah", 2, "pelaksana"]. */
export function parsePath(path: string): PathPart[] {
  const parts: PathPart[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) parts.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return parts;
}

/** Line of a formatted field path; multi-field paths ("judul, langkah[0]") point at the first. */
export function lineOfPath(source: YamlSource, path: string): number | undefined {
  return lineOf(source, parsePath(path.split(',')[0]!.trim()));
}

/** Validates a parsed value; each problem carries its field's line (the file's first data line when the field is absent). */
export function validateSource<T>(
  schema: ZodTypeAny,
  source: YamlSource,
  help: Record<string, string>,
  value: unknown = source.value,
  prefix: readonly PathPart[] = [],
): { data: T; issues: [] } | { data: null; issues: CheckIssue[] } {
  const result = schema.safeParse(value ?? {});
  if (result.success) return { data: result.data as T, issues: [] };
  const found = zodFindings(result.error, schema, source.file, help, prefix);
  return { data: null, issues: found.map((f) => ({ ...f.issue, line: lineOf(source, f.lineAt ?? f.at) ?? source.lineOffset + 1 })) };
}
