/**
 * Reads one letter template file: a YAML header between `---` lines, then the Handlebars body.
 * Checks the header with zod and the body for unsafe or misspelled references, and expands the
 * header into the full field list (standard fields of the kind included).
 * Every problem is a checker message (src/core/checks) in Indonesian, with the file, the field
 * and the file line, read the same way as the SOP sources (src/core/source/yaml-source.ts).
 */
import { LETTER_TEMPLATE_FIELD_HELP } from '../checks/field-help';
import { formatIssue, formatPath, issue, type CheckIssue, type PathPart } from '../checks/issue';
import { MESSAGES } from '../checks/messages';
import { closest } from '../checks/suggest';
import { splitFrontmatter } from '../source/frontmatter';
import { lineOf, parseYamlSource, validateSource } from '../source/yaml-source';
import { letterHeaderSchema, type FieldDeclaration, type LetterHeader } from './field-schema';
import type { GroupField, LetterField, LetterTemplateMeta, ScalarField } from './field-types';
import { LETTER_HELPER_NAMES } from './helpers';
import { STANDARD_FIELDS } from './standard-fields';
import { ID } from '../model/id';

/** Handlebars' own helpers: a bare {{each}} inside a group would call them, not read the value. */
export const BUILTIN_HELPERS = ['if', 'unless', 'each', 'with', 'lookup', 'log', 'blockHelperMissing', 'helperMissing'];

export const TEMPLATE_ID_PATTERN = ID;

export class LetterTemplateError extends Error {
  constructor(
    readonly file: string,
    readonly issues: CheckIssue[],
  ) {
    super(`Templat surat ${file} tidak benar:\n` + issues.map(formatIssue).join('\n'));
    this.name = 'LetterTemplateError';
  }
}

/** A problem of a letter template that is not a schema error: `detail` is a whole sentence. */
export function letterTemplateIssue(file: string, path: string, line: number | undefined, detail: string): CheckIssue {
  return { ...issue(MESSAGES.letterTemplate, file, path, { detail }), line };
}

export interface ParsedLetterTemplate {
  meta: LetterTemplateMeta;
  /** The Handlebars source after the header. */
  body: string;
  /** 1-based file line of the body's first line. */
  bodyLine: number;
}

/** Splits "---\n<yaml>\n---\n<body>" (line ends made "\n", byte order mark dropped). */
export function splitTemplateSource(source: string): { header: string; body: string; bodyLine: number } | null {
  const split = splitFrontmatter(source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  return split && { header: split.yaml, body: split.body, bodyLine: split.bodyLine };
}

/** "letter-templates/surat-tugas.hbs" -> "surat-tugas". */
export function templateIdFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.hbs$/, '');
}

export function parseLetterTemplate(file: string, source: string): ParsedLetterTemplate {
  const id = templateIdFromFile(file);
  const problems: CheckIssue[] = [];
  if (!TEMPLATE_ID_PATTERN.test(id)) {
    const meant = id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    problems.push(letterTemplateIssue(file, '', 1, `Nama berkas "${id}" harus huruf kecil, angka dan tanda minus (mis. "surat-tugas.hbs")${meant ? `; ganti namanya menjadi ${meant}.hbs` : ''}. Nama berkas menjadi alamat surat di situs (/surat/<nama>/).`));
  }
  const parts = splitTemplateSource(source);
  if (!parts) {
    // Opened with "---" but never closed: a different mistake from a file without a header.
    const detail = /^\uFEFF?---[ \t]*\r?\n/.test(source)
      ? 'Kepala YAML dibuka dengan "---" di baris pertama, tetapi tidak ada baris "---" yang menutupnya sebelum isi surat.'
      : 'Berkas harus diawali kepala YAML di antara dua baris "---" (judul, jenis, ringkasan, fields), lalu isi surat.';
    throw new LetterTemplateError(file, [...problems, letterTemplateIssue(file, '', 1, detail)]);
  }
  // The header's first line is the file's second line.
  const parsed = parseYamlSource(parts.header, file, 1);
  if (!parsed.source) throw new LetterTemplateError(file, [...problems, ...parsed.issues]);
  const yaml = parsed.source;
  const result = validateSource<LetterHeader>(letterHeaderSchema, yaml, LETTER_TEMPLATE_FIELD_HELP);
  if (!result.data) throw new LetterTemplateError(file, [...problems, ...result.issues]);
  const at = (path: PathPart[], detail: string) => problems.push(letterTemplateIssue(file, formatPath(path), lineOf(yaml, path), detail));
  const meta = expandHeader(id, result.data, at);
  checkBody(parts.body, meta, (bodyLine, detail) => problems.push(letterTemplateIssue(file, '', parts.bodyLine + bodyLine - 1, detail)));
  if (problems.length) throw new LetterTemplateError(file, problems);
  return { meta, body: parts.body, bodyLine: parts.bodyLine };
}

type Report = (path: PathPart[], detail: string) => void;

/** Standard fields of the kind + the template's own, with `bawaan` applied and sections resolved. */
function expandHeader(id: string, header: LetterHeader, report: Report): LetterTemplateMeta {
  const { head, tail } = STANDARD_FIELDS[header.jenis];
  const standard = new Map([...head, ...tail].map((f) => [f.name, f]));
  const bawaan = header.bawaan ?? {};
  for (const key of Object.keys(bawaan)) {
    const target = standard.get(key);
    if (!target) {
      report(['bawaan', key], `"${key}" bukan isian baku ${header.jenis}; yang ada: ${[...standard.keys()].join(', ')}.`);
    } else if (target.type === 'group') {
      report(['bawaan', key], `Kelompok berulang "${key}" tidak dapat diberi nilai bawaan di sini.`);
    }
  }
  const withDefault = (f: LetterField): LetterField =>
    bawaan[f.name] !== undefined && f.type !== 'group' ? { ...f, default: bawaan[f.name] } : f;

  let bagian = 'Isi surat';
  const own = header.fields.map((decl, i) => {
    if (standard.has(decl.name)) {
      report(['fields', i, 'name'], `Nama "${decl.name}" sudah dipakai isian baku ${header.jenis}; pakai nama lain atau "bawaan".`);
    }
    bagian = decl.bagian ?? bagian;
    return toLetterField(decl, bagian);
  });
  const reserved = new Set<string>([...LETTER_HELPER_NAMES, ...BUILTIN_HELPERS]);
  own.forEach((f, i) => {
    if (f.type !== 'group') return;
    f.fields.forEach((sub, j) => {
      if (reserved.has(sub.name)) {
        report(['fields', i, 'fields', j, 'name'], `Nama "${sub.name}" sama dengan helper {{${sub.name}}}; pakai nama lain.`);
      }
    });
  });
  const seen = new Set<string>();
  own.forEach((f, i) => {
    if (seen.has(f.name)) report(['fields', i, 'name'], `Nama "${f.name}" dipakai dua kali.`);
    seen.add(f.name);
  });
  const dates = new Set([...head, ...own, ...tail].filter((f) => f.type === 'date').map((f) => f.name));
  own.forEach((f, i) => {
    if (f.type === 'group') {
      f.fields.forEach((sub, j) => {
        if (sub.tidak_sebelum) report(['fields', i, 'fields', j, 'tidak_sebelum'], '"tidak_sebelum" hanya untuk isian di luar kelompok berulang.');
      });
    } else if (f.tidak_sebelum && (!dates.has(f.tidak_sebelum) || f.tidak_sebelum === f.name)) {
      report(['fields', i, 'tidak_sebelum'], `"${f.tidak_sebelum}" bukan isian tanggal lain templat ini.`);
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
    dari_sop: decl.dari_sop,
    lebar: decl.lebar,
    baris: decl.baris,
    maks: decl.maks,
    tidak_sebelum: decl.tidak_sebelum,
  }) as ScalarField;
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Unescaped output and references to fields that do not exist; lines counted in the body. */
function checkBody(body: string, meta: LetterTemplateMeta, report: (line: number, detail: string) => void): void {
  const lineAt = (index: number) => body.slice(0, index).split('\n').length;
  for (const m of body.matchAll(/\{\{\{|\{\{~?\s*&/g)) {
    report(lineAt(m.index!), 'Isi surat: "{{{" atau "{{&" mencetak nilai tanpa escape; selalu pakai {{ ... }}.');
  }
  const names = new Set(meta.fields.map((f) => f.name));
  for (const m of body.matchAll(/\bf\.([A-Za-z_][A-Za-z0-9_]*)/g)) {
    if (names.has(m[1]!)) continue;
    const guess = closest(m[1]!, [...names]);
    report(
      lineAt(m.index!),
      `Isi surat: "f.${m[1]}" bukan isian templat ini, sehingga tidak ada di formulir dan tercetak kosong.${guess ? ` Maksud Anda "f.${guess}"?` : ''} Bila memang isian baru, tambahkan di fields, misalnya - { name: ${m[1]}, label: ..., type: text }. Isian yang ada: ${names.size ? [...names].join(', ') : '(belum ada)'}.`,
    );
  }
  if (!body.trim()) report(1, 'Isi surat (setelah kepala YAML) kosong.');
}
