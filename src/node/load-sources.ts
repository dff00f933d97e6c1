/**
 * Reads a project's sources from disk — SOP MDX files under sops/, agency profiles under
 * sops/_data/instansi/, regulations in sops/_data/dasar-hukum.yaml, letter template ids — and
 * validates each against its schema. Returns the catalog of what is valid and every problem
 * found, with file, field path and line.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { ZodTypeAny } from 'zod';
import type { AgencySource, Catalog, SopSource } from '../core/catalog/catalog';
import { agencySchema } from '../core/model/agency';
import { regulationsFileSchema, type Regulation } from '../core/model/regulation';
import { sopSchema } from '../core/model/sop';
import { AGENCY_FIELD_HELP, SOP_FIELD_HELP } from '../core/checks/field-help';
import { error, type CheckIssue, type PathPart } from '../core/checks/issue';
import { zodIssues } from '../core/checks/zod-issues';

export const SOPS_DIR = 'sops';
export const DATA_DIR = 'sops/_data';
export const AGENCIES_DIR = 'sops/_data/instansi';
export const REGULATIONS_FILE = 'sops/_data/dasar-hukum.yaml';
export const LETTERS_DIR = 'letter-templates';

export interface LoadResult {
  catalog: Catalog;
  issues: CheckIssue[];
  /** Line (1-based) of a field path such as "langkah[2].pelaksana" in a loaded file. */
  locate(file: string, path: string): number | undefined;
}

/** "langkah[2].pelaksana" -> ["langkah", 2, "pelaksana"]. */
export function parsePath(path: string): PathPart[] {
  const parts: PathPart[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) parts.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return parts;
}

interface ParsedYaml {
  value: unknown;
  doc: Document;
  lines: LineCounter;
  /** Line of the YAML's first line in the file (frontmatter starts after "---"). */
  lineOffset: number;
}

function walk(dir: string, filter: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('_') || name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full, filter));
    else if (filter(name)) out.push(full);
  }
  return out;
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

/** Splits "---\n<yaml>\n---\n<body>". */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | null {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return null;
  const yamlLines = m[1]!.split('\n').length;
  return { yaml: m[1]!, body: text.slice(m[0].length), bodyLine: yamlLines + 3 };
}

/** Parsed YAML of every file loaded by the current loadSources call, for line look-ups. */
let parsedFiles = new Map<string, ParsedYaml>();

function parseYaml(source: string, file: string, lineOffset: number, issues: CheckIssue[]): ParsedYaml | null {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    for (const e of doc.errors) {
      const pos = e.linePos?.[0];
      issues.push({
        ...error(
          file,
          '',
          `YAML tidak dapat dibaca: ${e.message.split('\n')[0]}`,
          'Periksa indentasi (spasi, bukan tab), titik dua setelah nama kolom, dan tanda kutip pada teks yang memuat ":" atau "#".',
        ),
        line: pos ? pos.line + lineOffset : undefined,
      });
    }
    return null;
  }
  const parsed = { value: doc.toJS(), doc, lines, lineOffset };
  parsedFiles.set(file, parsed);
  return parsed;
}

/** 1-based line of the node at `path` (or its nearest existing parent). */
function lineOf(parsed: ParsedYaml, path: readonly PathPart[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = parsed.doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) {
      return parsed.lines.linePos(node.range[0]).line + parsed.lineOffset;
    }
  }
  return undefined;
}

function validate<T>(
  schema: ZodTypeAny,
  parsed: ParsedYaml,
  file: string,
  help: Record<string, string>,
  issues: CheckIssue[],
): T | null {
  const result = schema.safeParse(parsed.value ?? {});
  if (result.success) return result.data as T;
  const zodErr = result.error;
  const found = zodIssues(zodErr, schema, file, help);
  found.forEach((issue, i) => {
    issue.line = lineOf(parsed, zodErr.issues[i]!.path);
  });
  issues.push(...found);
  return null;
}

export function sopIdFromFile(root: string, file: string): string {
  return toPosix(relative(join(root, SOPS_DIR), file)).replace(/\.mdx?$/, '');
}

export function loadSop(root: string, full: string, issues: CheckIssue[]): SopSource | null {
  const file = toPosix(relative(root, full));
  const text = readFileSync(full, 'utf8');
  const split = splitFrontmatter(text);
  if (!split) {
    issues.push(
      error(file, '', 'Berkas SOP tidak diawali frontmatter YAML di antara dua baris "---".', 'Mulai berkas dengan "---", isi data SOP, lalu tutup dengan "---" sebelum narasi. Lihat contoh di sops/ atau jalankan npm run new-sop.'),
    );
    return null;
  }
  const parsed = parseYaml(split.yaml, file, 1, issues);
  if (!parsed) return null;
  const data = validate<SopSource['data']>(sopSchema, parsed, file, SOP_FIELD_HELP, issues);
  if (!data) return null;
  const id = sopIdFromFile(root, full);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/.test(id)) {
    issues.push(error(file, '', `Nama berkas/folder "${id}" tidak dapat dijadikan alamat halaman.`, 'Gunakan huruf kecil, angka dan tanda hubung saja, misalnya sops/tanjungpinang/penanganan-orang-terlantar.mdx.'));
    return null;
  }
  return { id, file, data, body: split.body };
}

function loadAgencies(root: string, issues: CheckIssue[]): Map<string, AgencySource> {
  const agencies = new Map<string, AgencySource>();
  for (const full of walk(join(root, AGENCIES_DIR), (n) => /\.ya?ml$/.test(n))) {
    const file = toPosix(relative(root, full));
    const parsed = parseYaml(readFileSync(full, 'utf8'), file, 0, issues);
    if (!parsed) continue;
    const data = validate<AgencySource['data']>(agencySchema, parsed, file, AGENCY_FIELD_HELP, issues);
    const id = toPosix(relative(join(root, AGENCIES_DIR), full)).replace(/\.ya?ml$/, '');
    if (data) agencies.set(id, { id, file, data });
  }
  return agencies;
}

function loadRegulations(root: string, issues: CheckIssue[]): Map<string, Regulation> {
  const full = join(root, REGULATIONS_FILE);
  const out = new Map<string, Regulation>();
  if (!existsSync(full)) return out;
  const parsed = parseYaml(readFileSync(full, 'utf8'), REGULATIONS_FILE, 0, issues);
  if (!parsed) return out;
  const data = validate<Record<string, Regulation>>(regulationsFileSchema, parsed, REGULATIONS_FILE, {
    '': 'Tulis setiap peraturan sebagai id: { jenis, nomor, tahun, tentang }.',
  }, issues);
  for (const [id, r] of Object.entries(data ?? {})) out.set(id, r);
  return out;
}

function letterTemplateIds(root: string): Set<string> | undefined {
  const dir = join(root, LETTERS_DIR);
  if (!existsSync(dir)) return undefined;
  const ids = readdirSync(dir).filter((n) => n.endsWith('.hbs') && !n.startsWith('_')).map((n) => n.replace(/\.hbs$/, ''));
  return ids.length ? new Set(ids) : undefined;
}

/** Loads and schema-validates every source of the project at `root`. */
export function loadSources(root: string): LoadResult {
  parsedFiles = new Map();
  const files = parsedFiles;
  const issues: CheckIssue[] = [];
  const agencies = loadAgencies(root, issues);
  const regulations = loadRegulations(root, issues);
  const sops: SopSource[] = [];
  for (const full of walk(join(root, SOPS_DIR), (n) => /\.mdx$/.test(n))) {
    const sop = loadSop(root, full, issues);
    if (sop) sops.push(sop);
  }
  return {
    catalog: { sops, agencies, regulations, regulationsFile: REGULATIONS_FILE, letterTemplates: letterTemplateIds(root) },
    issues,
    locate(file, path) {
      const parsed = files.get(file);
      // Multi-field paths ("judul, langkah[0].kelengkapan") point at their first field.
      return parsed ? lineOf(parsed, parsePath(path.split(',')[0]!.trim())) : undefined;
    },
  };
}
