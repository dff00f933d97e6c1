/**
 * Letter templates on disk (`letter-templates/*.hbs`, partials in `letter-templates/partials/`):
 * reading, checking and precompiling them. The folder is the only list of letters: the checker,
 * the Vite plugin (and through it the pages) and the tests all read it here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import Handlebars from 'handlebars';
import type { LetterTemplateMeta } from '../core/letters/field-types';
import { LETTER_HELPER_NAMES } from '../core/letters/helpers';
import { BUILTIN_HELPERS, LetterTemplateError, letterTemplateIssue, parseLetterTemplate } from '../core/letters/template-header';
import { unmatchedBlock } from '../core/letters/template-blocks';
import { checkTemplateHtml, checkTemplateTree, unknownHelperDetail, type HbsNode } from '../core/letters/template-rules';

const HELPERS: ReadonlySet<string> = new Set([...LETTER_HELPER_NAMES, ...BUILTIN_HELPERS]);

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
  /** 1-based file line of the body's first line. */
  bodyLine: number;
}

function rel(file: string): string {
  return relative(process.cwd(), file) || file;
}

/**
 * JavaScript source of the precompiled spec (an object literal with functions). `firstLine` is
 * the file line of the source's first line (after a template's header), for the messages.
 */
export function precompileLetterSource(source: string, file: string, firstLine = 1): string {
  const at = (line: number | undefined, detail: string) => new LetterTemplateError(rel(file), [letterTemplateIssue(rel(file), '', line, detail)]);
  const unescaped = /\{\{\{|\{\{~?\s*&/.exec(source);
  if (unescaped) {
    throw at(firstLine + source.slice(0, unescaped.index).split('\n').length - 1, '"{{{" atau "{{&" mencetak nilai tanpa escape; selalu pakai {{ ... }}.');
  }
  const html = checkTemplateHtml(source);
  if (html.length) {
    throw new LetterTemplateError(rel(file), html.map((f) => letterTemplateIssue(rel(file), '', firstLine + f.line - 1, f.detail)));
  }
  try {
    return Handlebars.precompile(source, PRECOMPILE_OPTIONS) as unknown as string;
  } catch (err) {
    const block = unmatchedBlock(source, firstLine);
    if (block) throw at(block.line, block.detail);
    const message = (err as Error).message;
    const parse = /Parse error on line (\d+)/.exec(message);
    if (parse) {
      throw at(firstLine + Number(parse[1]) - 1, 'Sintaks Handlebars pada baris ini rusak (kurung kurawal {{ }} tidak lengkap, atau blok {{#...}} tanpa {{/...}} penutup).');
    }
    const helper = /unknown helper (\S+) - (\d+):/.exec(message);
    if (helper) throw at(firstLine + Number(helper[2]) - 1, unknownHelperDetail(helper[1]!, [...LETTER_HELPER_NAMES, 'if', 'unless', 'each', 'with']));
    throw at(undefined, 'Isi surat tidak dapat dibaca sebagai templat Handlebars.');
  }
}

export function readLetterTemplate(file: string): LetterTemplateFile {
  const { meta, body, bodyLine } = parseLetterTemplate(rel(file), readFileSync(file, 'utf8'));
  precompileLetterSource(body, file, bodyLine);
  const partials = join(file, '..', PARTIALS_SUBDIR);
  const partialNames = existsSync(partials) ? readdirSync(partials).filter((n) => n.endsWith('.hbs')).map((n) => basename(n, '.hbs')).sort() : [];
  const findings = checkTemplateTree(Handlebars.parse(body) as unknown as HbsNode, meta, HELPERS, partialNames);
  if (findings.length) {
    throw new LetterTemplateError(rel(file), findings.map((f) => letterTemplateIssue(rel(file), '', bodyLine + f.line - 1, f.detail)));
  }
  return { file, meta, body, bodyLine };
}

/** The letter templates of a folder: its `.hbs` files (partials live in a subfolder), sorted. */
export function letterTemplateFiles(dir = DEFAULT_TEMPLATES_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.hbs'))
    .sort()
    .map((f) => join(dir, f));
}

/** The letters' ids: the template file names without ".hbs". */
export function letterTemplateIds(dir = DEFAULT_TEMPLATES_DIR): string[] {
  return letterTemplateFiles(dir).map((f) => basename(f, '.hbs'));
}

/** Id and title of each template that can be read (the checker reports the others). */
export function readableLetterTemplates(dir = DEFAULT_TEMPLATES_DIR): LetterTemplateMeta[] {
  return letterTemplateFiles(dir).flatMap((file) => {
    try {
      return [readLetterTemplate(file).meta];
    } catch (err) {
      if (err instanceof LetterTemplateError) return [];
      throw err;
    }
  });
}

/** All templates of a folder, sorted by id; every problem of every file in one error. */
export function readLetterTemplates(dir = DEFAULT_TEMPLATES_DIR): LetterTemplateFile[] {
  const out: LetterTemplateFile[] = [];
  const problems: string[] = [];
  for (const file of letterTemplateFiles(dir)) {
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

/**
 * The last module written, by the text of every file it was made from: a build asks for it four
 * times (the server and the browser bundles, each at its start and on loading the module), and a
 * publishing process may build many times.
 */
let lastModule: { key: string; module: { code: string; files: string[] } } | undefined;

/**
 * The ES module the browser gets for all letters: metas (JSON), precompiled template and partial
 * specs. No compiler and no eval: the specs are plain functions the Handlebars runtime calls.
 */
export function lettersModuleSource(dir = DEFAULT_TEMPLATES_DIR): { code: string; files: string[] } {
  const partialsDir = join(dir, PARTIALS_SUBDIR);
  const sources = [...letterTemplateFiles(dir), ...(existsSync(partialsDir) ? readdirSync(partialsDir).filter((n) => n.endsWith('.hbs')).sort().map((n) => join(partialsDir, n)) : [])];
  const key = sources.map((f) => `${f}\0${readFileSync(f, 'utf8')}`).join('\0\0');
  if (lastModule?.key !== key) lastModule = { key, module: writeLettersModule(dir) };
  return lastModule.module;
}

function writeLettersModule(dir: string): { code: string; files: string[] } {
  const templates = readLetterTemplates(dir);
  const partials = readLetterPartials(dir);
  const partialEntries = Object.entries(partials).map(
    ([name, source]) => `  ${JSON.stringify(name)}: ${precompileLetterSource(source, join(dir, PARTIALS_SUBDIR, `${name}.hbs`))}`,
  );
  const templateEntries = templates.map(
    (t) =>
      `  ${JSON.stringify(t.meta.id)}: { meta: ${JSON.stringify(t.meta)}, spec: ${precompileLetterSource(t.body, t.file, t.bodyLine)} }`,
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
