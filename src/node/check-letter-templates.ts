/**
 * Letter templates in `npm run check`: each letter-templates/*.hbs is read and precompiled as the
 * build does, and every problem (header, field types, undeclared fields, Handlebars syntax) is
 * reported as a checker message with the template's file and, where known, its line.
 */
import { basename, join } from 'node:path';
import type { CheckIssue } from '../core/checks/issue';
import { LetterTemplateError } from '../core/letters/template-header';
import { LETTERS_DIR } from '../core/source/source-paths';
import { letterTemplateFiles, readLetterTemplate } from './letter-template-files';

export function checkLetterTemplates(root: string): CheckIssue[] {
  const issues: CheckIssue[] = [];
  for (const file of letterTemplateFiles(join(root, LETTERS_DIR))) {
    try {
      readLetterTemplate(file);
    } catch (err) {
      if (!(err instanceof LetterTemplateError)) throw err;
      issues.push(...err.issues.map((i) => ({ ...i, file: `${LETTERS_DIR}/${basename(i.file)}` })));
    }
  }
  return issues;
}
