/**
 * Letter templates on disk (`letter-templates/*.hbs`, partials in `letter-templates/partials/`):
 * reading, checking and precompiling them. Used by the Vite plugin at build time and by tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import Handlebars from 'handlebars';
import {
  LETTER_TEMPLATE_CATALOG,
} from '../core/letters/catalog';
import type { LetterTemplateMeta } from '../core/letters/field-types';
import { LETTER_HELPER_NAMES } from '../core/letters/helpers';
import { LetterTemplateError, parseLetterTemplate } from '../core/letters/template-header';

export const DEFAULT_TEMPLATES_DIR = resolve(process.cwd(), 'letter-templates');
export const PARTIALS_SUBDIR = 'partials';

/**
 * Compiler options shared by every template:
 * - only our helpers and the built-ins are known, so a misspelled helper fails the build;
 * - partials are not re-indented (indentation would also be applied to users' multi-line values).
 */
export const PRECOMPILE_OPTIONS: PrecompileOptions = {
  knownHelpers: Object.fromEntries(LETTER_HELPER_NAMES.map((n) => [n, true])),
  knownHelpersOnly: true,
  preventIndent: true,
  strict: false,
};

export interface LetterTemplateFile {
  file: string;
  meta: LetterTemplateMeta;
  body: string;
}

function rel(file: string): string {
  return relative(process.cwd(), file) || file;
}

/** JavaScript source of the precompiled spec (an object literal with functions). */
export function precompileLetterSource(source: string, file: string): string {
  if (/\{\{\{|\{\{~?\s*&/.test(source)) {
    throw new LetterTemplateError(rel(file), ['"{{{" atau "{{&" mencetak nilai tanpa escape; selalu pakai {{ ... }}']);
  }
  try {
    return Handlebars.precompile(source, PRECOMPILE_OPTIONS) as unknown as string;
  } catch (err) {
    throw new LetterTemplateError(rel(file), [`Handlebars tidak dapat membaca isi surat: ${(err as Error).message}`]);
  }
}

export function readLetterTemplate(file: string): LetterTemplateFile {
  const { meta, body } = parseLetterTemplate(rel(file), readFileSync(file, 'utf8'));
  precompileLetterSource(body, file);
  return { file, meta, body };
}

/** All templates of a folder, sorted by id; every problem of every file in one error. */
export function readLetterTemplates(dir = DEFAULT_TEMPLATES_DIR): LetterTemplateFile[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.hbs'))
    .sort()
    .map((f) => join(dir, f));
  const out: LetterTemplateFile[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      out.push(readLetterTemplate(file));
    } catch (err) {
      if (err instanceof LetterTemplateError) problems.push(err.message);
      else throw err;
    }
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return out;
}

export function readLetterPartials(dir = DEFAULT_TEMPLATES_DIR): Record<string, string> {
  const partialsDir = join(dir, PARTIALS_SUBDIR);
  const out: Record<string, string> = {};
  for (const f of readdirSync(partialsDir).filter((n) => n.endsWith('.hbs')).sort()) {
    out[basename(f, '.hbs')] = readFileSync(join(partialsDir, f), 'utf8');
  }
  return out;
}

/** Differences between the template headers and src/core/letters/catalog.ts (empty = in step). */
export function catalogMismatches(templates: LetterTemplateFile[]): string[] {
  const problems: string[] = [];
  const byId = new Map(templates.map((t) => [t.meta.id, t.meta]));
  for (const entry of LETTER_TEMPLATE_CATALOG) {
    const meta = byId.get(entry.id);
    if (!meta) {
      problems.push(`katalog menyebut "${entry.id}" tetapi letter-templates/${entry.id}.hbs tidak ada`);
      continue;
    }
    if (meta.judul !== entry.judul) {
      problems.push(`letter-templates/${entry.id}.hbs: judul "${meta.judul}" berbeda dengan katalog "${entry.judul}"`);
    }
    if (meta.jenis !== entry.jenis) {
      problems.push(`letter-templates/${entry.id}.hbs: jenis "${meta.jenis}" berbeda dengan katalog "${entry.jenis}"`);
    }
  }
  for (const id of byId.keys()) {
    if (!LETTER_TEMPLATE_CATALOG.some((e) => e.id === id)) {
      problems.push(`letter-templates/${id}.hbs belum terdaftar di src/core/letters/catalog.ts`);
    }
  }
  return problems;
}

/**
 * The ES module the browser gets for all letters: metas (JSON), precompiled template and partial
 * specs. No compiler and no eval: the specs are plain functions the Handlebars runtime calls.
 */
export function lettersModuleSource(dir = DEFAULT_TEMPLATES_DIR): { code: string; files: string[] } {
  const templates = readLetterTemplates(dir);
  const mismatches = catalogMismatches(templates);
  if (mismatches.length) throw new Error('Katalog surat tidak cocok dengan templat:\n  - ' + mismatches.join('\n  - '));
  const partials = readLetterPartials(dir);
  const partialEntries = Object.entries(partials).map(
    ([name, source]) => `  ${JSON.stringify(name)}: ${precompileLetterSource(source, join(dir, PARTIALS_SUBDIR, `${name}.hbs`))}`,
  );
  const templateEntries = templates.map(
    (t) =>
      `  ${JSON.stringify(t.meta.id)}: { meta: ${JSON.stringify(t.meta)}, spec: ${precompileLetterSource(t.body, t.file)} }`,
  );
  const code =
    `export const partials = {\n${partialEntries.join(',\n')}\n};\n` +
    `export const templates = {\n${templateEntries.join(',\n')}\n};\n`;
  const files = [
    ...templates.map((t) => t.file),
    ...Object.keys(partials).map((n) => join(dir, PARTIALS_SUBDIR, `${n}.hbs`)),
  ];
  return { code, files };
}

type PrecompileOptions = NonNullable<Parameters<typeof Handlebars.precompile>[1]>;
