/**
 * Letter templates in `npm run check`: each letter-templates/*.hbs is read and precompiled as the
 * build does, and every problem (header, field types, undeclared fields, Handlebars syntax) is
 * reported as a checker message with the template's file and, where known, its line. Beside
 * them: fields the letter never prints, two letters under one title, and files of the folder
 * that are not read as letters (a template saved as .html or .hbs.txt).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { issue, type CheckIssue } from '../core/checks/issue';
import { MESSAGES } from '../core/checks/messages';
import { LetterTemplateError } from '../core/letters/template-header';
import { fieldDeclarationLine, headerKeyLine, templateFileMeant, unusedFields } from '../core/letters/template-usage';
import { LETTERS_DIR } from '../core/source/source-paths';
import { letterTemplateFiles, PARTIALS_SUBDIR, readLetterPartials, readLetterTemplate, type LetterTemplateFile } from './letter-template-files';
import { looseText } from '../core/model/loose-text';

export function checkLetterTemplates(root: string): CheckIssue[] {
  const dir = join(root, LETTERS_DIR);
  const issues: CheckIssue[] = [];
  const read: LetterTemplateFile[] = [];
  for (const file of letterTemplateFiles(dir)) {
    try {
      read.push(readLetterTemplate(file));
    } catch (err) {
      if (!(err instanceof LetterTemplateError)) throw err;
      issues.push(...err.issues.map((i) => ({ ...i, file: `${LETTERS_DIR}/${basename(i.file)}` })));
    }
  }
  const partials = existsSync(join(dir, PARTIALS_SUBDIR)) ? readLetterPartials(dir) : {};
  const firstOfTitle = new Map<string, string>();
  for (const t of read) {
    const file = `${LETTERS_DIR}/${basename(t.file)}`;
    const source = readFileSync(t.file, 'utf8').replace(/\r\n?/g, '\n');
    for (const f of unusedFields(t.meta, t.body, partials)) {
      issues.push({ ...issue(MESSAGES.letterFieldUnused, file, `fields[${f.index}]`, f), line: fieldDeclarationLine(source, f.name) });
    }
    const title = looseText(t.meta.judul);
    const other = firstOfTitle.get(title);
    if (other) issues.push({ ...issue(MESSAGES.letterTitleTwice, file, 'judul', { judul: t.meta.judul.trim(), other }), line: headerKeyLine(source, 'judul') });
    else firstOfTitle.set(title, file);
  }
  for (const name of existsSync(dir) ? readdirSync(dir).sort() : []) {
    const meant = templateFileMeant(name);
    if (meant && statSync(join(dir, name)).isFile()) issues.push({ ...issue(MESSAGES.letterFileNotTemplate, `${LETTERS_DIR}/${name}`, '', { name, meant }), line: 1 });
  }
  return issues;
}
