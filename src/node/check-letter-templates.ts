/**
 * Letter templates in `npm run check`: each letter-templates/*.hbs is read and precompiled as the
 * build does, and every problem (header, field types, undeclared fields, Handlebars syntax) is
 * reported as a checker message with the template's file and, where known, its line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { issue, type CheckIssue } from '../core/checks/issue';
import { MESSAGES } from '../core/checks/messages';
import { LetterTemplateError, splitTemplateSource } from '../core/letters/template-header';
import { LETTERS_DIR } from '../core/source/source-paths';
import { readLetterTemplate } from './letter-template-files';

/** "Parse error on line 3: ..." of the body -> the file line and an Indonesian description. */
function describeProblem(problem: string, bodyLine: number): { detail: string; line?: number } {
  const parse = /Handlebars tidak dapat membaca isi surat: Parse error on line (\d+)/.exec(problem);
  if (parse) {
    return { detail: 'Sintaks Handlebars pada baris ini rusak (kurung kurawal {{ }} tidak lengkap, atau blok {{#...}} tanpa {{/...}} penutup).', line: bodyLine + Number(parse[1]) - 1 };
  }
  const helper = /Handlebars tidak dapat membaca isi surat: .*helper named "([^"]+)"/.exec(problem);
  if (helper) return { detail: `Pembantu (helper) "${helper[1]}" tidak dikenal di templat surat.` };
  const other = /Handlebars tidak dapat membaca isi surat: /.test(problem);
  if (other) return { detail: 'Isi surat tidak dapat dibaca sebagai templat Handlebars.' };
  const inBody = /^isi surat baris (\d+): (.*)$/.exec(problem);
  if (inBody) return { detail: `Isi surat: ${inBody[2]}.`, line: bodyLine + Number(inBody[1]) - 1 };
  const line = /\(baris (\d+)\)/.exec(problem);
  return { detail: problem.charAt(0).toUpperCase() + problem.slice(1) + (problem.endsWith('.') ? '' : '.'), line: line ? Number(line[1]) + 1 : undefined };
}

export function checkLetterTemplates(root: string): CheckIssue[] {
  const dir = join(root, LETTERS_DIR);
  if (!existsSync(dir)) return [];
  const issues: CheckIssue[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.hbs')).sort()) {
    const file = `${LETTERS_DIR}/${name}`;
    try {
      readLetterTemplate(join(dir, name));
    } catch (err) {
      if (!(err instanceof LetterTemplateError)) throw err;
      const source = readFileSync(join(dir, name), 'utf8');
      const parts = splitTemplateSource(source);
      const bodyLine = parts ? parts.header.split('\n').length + 3 : 1;
      for (const problem of err.problems) {
        const { detail, line } = describeProblem(problem, bodyLine);
        issues.push({ ...issue(MESSAGES.letterTemplate, file, '', { detail }), line });
      }
    }
  }
  return issues;
}
