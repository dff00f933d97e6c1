/**
 * Reads one letter template file: a YAML header between `---` lines, then the Handlebars body.
 * Checks the header with zod and the body for unsafe or misspelled references, and expands the
 * header into the full field list (standard fields of the kind included).
 * Every problem is reported in Indonesian with the file and the field it concerns.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { ZodIssue } from 'zod';
import { letterHeaderSchema, type FieldDeclaration, type LetterHeader } from './field-schema';
import type { GroupField, LetterField, LetterTemplateMeta, ScalarField } from './field-types';
import { LETTER_HELPER_NAMES } from './helpers';
import { STANDARD_FIELDS } from './standard-fields';

/** Handlebars' own helpers: a bare {{each}} inside a group would call them, not read the value. */
const BUILTIN_HELPERS = ['if', 'unless', 'each', 'with', 'lookup', 'log', 'blockHelperMissing', 'helperMissing'];

export const TEMPLATE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class LetterTemplateError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Templat surat ${file} tidak benar:\n` + problems.map((p) => `  - ${p}`).join('\n'));
    this.name = 'LetterTemplateError';
  }
}

export interface ParsedLetterTemplate {
  meta: LetterTemplateMeta;
  /** The Handlebars source after the header. */
  body: string;
}

/** Splits "---\n<yaml>\n---\n<body>". */
export function splitTemplateSource(source: string): { header: string; body: string } | null {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!m) return null;
  return { header: m[1]!, body: text.slice(m[0].length) };
}

/** "letter-templates/surat-tugas.hbs" -> "surat-tugas". */
export function templateIdFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.hbs$/, '');
}

export function parseLetterTemplate(file: string, source: string): ParsedLetterTemplate {
  const id = templateIdFromFile(file);
  const problems: string[] = [];
  if (!TEMPLATE_ID_PATTERN.test(id)) {
    problems.push(`nama berkas "${id}" harus huruf kecil, angka dan tanda minus (mis. "surat-tugas.hbs")`);
  }
  const parts = splitTemplateSource(source);
  if (!parts) {
    throw new LetterTemplateError(file, [
      'berkas harus diawali kepala YAML di antara dua baris "---" (judul, jenis, ringkasan, fields), lalu isi surat',
    ]);
  }
  let raw: unknown;
  try {
    raw = parseYaml(parts.header);
  } catch (err) {
    const line = err instanceof YAMLParseError && err.linePos ? ` (baris ${err.linePos[0].line + 1})` : '';
    throw new LetterTemplateError(file, [`kepala YAML tidak dapat dibaca${line}: ${(err as Error).message.split('\n')[0]}`]);
  }
  const result = letterHeaderSchema.safeParse(raw ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(describeIssue(raw, issue));
    throw new LetterTemplateError(file, problems);
  }
  const meta = expandHeader(id, result.data, problems);
  problems.push(...checkBody(parts.body, meta));
  if (problems.length) throw new LetterTemplateError(file, problems);
  return { meta, body: parts.body };
}

/** Standard fields of the kind + the template's own, with `bawaan` applied and sections resolved. */
function expandHeader(id: string, header: LetterHeader, problems: string[]): LetterTemplateMeta {
  const { head, tail } = STANDARD_FIELDS[header.jenis];
  const standard = new Map([...head, ...tail].map((f) => [f.name, f]));
  const bawaan = header.bawaan ?? {};
  for (const key of Object.keys(bawaan)) {
    const target = standard.get(key);
    if (!target) {
      problems.push(
        `bawaan.${key}: bukan isian baku ${header.jenis}; yang ada: ${[...standard.keys()].join(', ')}`,
      );
    } else if (target.type === 'group') {
      problems.push(`bawaan.${key}: kelompok berulang tidak dapat diberi nilai bawaan di sini`);
    }
  }
  const withDefault = (f: LetterField): LetterField =>
    bawaan[f.name] !== undefined && f.type !== 'group' ? { ...f, default: bawaan[f.name] } : f;

  let bagian = 'Isi surat';
  const own = header.fields.map((decl, i) => {
    if (standard.has(decl.name)) {
      problems.push(`fields[${i}] ("${decl.name}"): nama ini sudah dipakai isian baku ${header.jenis}; pakai nama lain atau "bawaan"`);
    }
    bagian = decl.bagian ?? bagian;
    return toLetterField(decl, bagian);
  });
  const reserved = new Set<string>([...LETTER_HELPER_NAMES, ...BUILTIN_HELPERS]);
  own.forEach((f, i) => {
    if (f.type !== 'group') return;
    f.fields.forEach((sub, j) => {
      if (reserved.has(sub.name)) {
        problems.push(
          `fields[${i}] ("${f.name}").fields[${j}] ("${sub.name}"): nama sama dengan helper {{${sub.name}}}; pakai nama lain`,
        );
      }
    });
  });
  const seen = new Set<string>();
  own.forEach((f, i) => {
    if (seen.has(f.name)) problems.push(`fields[${i}] ("${f.name}"): nama dipakai dua kali`);
    seen.add(f.name);
  });
  const dates = new Set([...head, ...own, ...tail].filter((f) => f.type === 'date').map((f) => f.name));
  own.forEach((f, i) => {
    if (f.type === 'group') {
      f.fields.forEach((sub, j) => {
        if (sub.tidak_sebelum) problems.push(`fields[${i}] ("${f.name}").fields[${j}]: "tidak_sebelum" hanya untuk isian di luar kelompok berulang`);
      });
    } else if (f.tidak_sebelum && (!dates.has(f.tidak_sebelum) || f.tidak_sebelum === f.name)) {
      problems.push(`fields[${i}] ("${f.name}"): tidak_sebelum "${f.tidak_sebelum}" bukan isian tanggal lain templat ini`);
    }
  });

  return {
    id,
    judul: header.judul,
    jenis: header.jenis,
    ringkasan: header.ringkasan,
    ...(header.kertas ? { kertas: header.kertas } : {}),
    fields: [...head.map(withDefault), ...own, ...tail.map(withDefault)],
  };
}

function toLetterField(decl: FieldDeclaration, bagian: string): LetterField {
  const common = {
    name: decl.name,
    label: decl.label,
    ...(decl.hint ? { hint: decl.hint } : {}),
    required: decl.required,
    bagian,
  };
  if (decl.type === 'group') {
    const group: GroupField = {
      ...common,
      type: 'group',
      label_item: decl.label_item ?? decl.label,
      min: decl.min ?? (decl.required ? 1 : 0),
      max: decl.max ?? 20,
      fields: (decl.fields ?? []).map((s) => {
        const { bagian: _ignored, ...rest } = s;
        return stripUndefined({ ...rest, type: s.type as ScalarField['type'] });
      }),
      ...(Array.isArray(decl.default) ? { default: decl.default } : {}),
    };
    return group;
  }
  return stripUndefined({
    ...common,
    type: decl.type,
    default: typeof decl.default === 'string' ? decl.default : undefined,
    options: decl.options,
    dari_instansi: decl.dari_instansi,
    lebar: decl.lebar,
    baris: decl.baris,
    maks: decl.maks,
    tidak_sebelum: decl.tidak_sebelum,
  }) as ScalarField;
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Unescaped output and references to fields that do not exist. */
function checkBody(body: string, meta: LetterTemplateMeta): string[] {
  const problems: string[] = [];
  const lineOf = (index: number) => body.slice(0, index).split('\n').length;
  for (const m of body.matchAll(/\{\{\{|\{\{~?\s*&/g)) {
    problems.push(
      `isi surat baris ${lineOf(m.index!)}: "{{{" atau "{{&" mencetak nilai tanpa escape; selalu pakai {{ ... }}`,
    );
  }
  const names = new Set(meta.fields.map((f) => f.name));
  for (const m of body.matchAll(/\bf\.([A-Za-z_][A-Za-z0-9_]*)/g)) {
    if (!names.has(m[1]!)) {
      problems.push(`isi surat baris ${lineOf(m.index!)}: "f.${m[1]}" bukan isian templat ini`);
    }
  }
  if (!body.trim()) problems.push('isi surat (setelah kepala YAML) kosong');
  return problems;
}

/** "fields[2] (\"tanggal_lahir\").type: jenis \"tanggall\" tidak dikenal; ..." */
function describeIssue(raw: unknown, issue: ZodIssue): string {
  const where = describePath(raw, issue.path);
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    message = `kunci tidak dikenal: ${issue.keys.join(', ')} (periksa ejaannya)`;
  } else if (issue.code === 'invalid_type') {
    if (issue.received === 'undefined') {
      message = /wajib/.test(issue.message) ? issue.message : 'wajib ada';
    } else {
      const expected: Record<string, string> = {
        string: 'teks',
        number: 'angka',
        boolean: 'true atau false',
        array: 'daftar (- ...)',
        object: 'kumpulan kunci: nilai',
      };
      message = `harus ${expected[issue.expected] ?? issue.expected}, bukan ${issue.received}`;
    }
  } else if (issue.code === 'too_small' && issue.type === 'string') {
    message = issue.message.startsWith('String') ? 'tidak boleh kosong' : issue.message;
  }
  return where ? `${where}: ${message}` : message;
}

function describePath(raw: unknown, path: (string | number)[]): string {
  let node: unknown = raw;
  let out = '';
  for (const key of path) {
    node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const name = node && typeof node === 'object' ? (node as { name?: unknown }).name : undefined;
      out += `[${key}]` + (typeof name === 'string' ? ` ("${name}")` : '');
    } else {
      out += (out ? '.' : '') + key;
    }
  }
  return out;
}
