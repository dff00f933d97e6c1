/**
 * Letter templates in `npm run check`: each letter-templates/*.hbs is read and precompiled as the
 * build does, and every problem (header, field types, undeclared fields, Handlebars syntax) is
 * reported as a checker message with the template's file and, where known, its line. Beside
 * them: fields the letter never prints, two letters under one title, images and links to files
 * missing from public/, and files of the folder that are not read as letters (a template saved
 * as .html or .hbs.txt).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import { issue, type CheckIssue } from '../core/checks/issue';
import { MESSAGES } from '../core/checks/messages';
import { LetterTemplateError } from '../core/letters/template-header';
import { fieldDeclarationLine, headerKeyLine, siteFilesOf, templateFileMeant, unusedFields } from '../core/letters/template-usage';
import { closest } from '../core/checks/suggest';
import { LETTERS_DIR } from '../core/source/source-paths';
import { letterTemplateFiles, PARTIALS_SUBDIR, readLetterPartials, readLetterTemplate, type LetterTemplateFile } from './letter-template-files';
import { looseText } from '../core/model/loose-text';

/**
 * A file of the site's public/ folder that an address missing there probably means: the same
 * name in other capitals, else the closest name in the same folder; null when none is close.
 */
function publicFileNear(root: string, address: string): string | null {
  const folder = posix.dirname(address);
  const dir = join(root, 'public', folder);
  const names = existsSync(dir) && statSync(dir).isDirectory() ? readdirSync(dir).filter((n) => statSync(join(dir, n)).isFile()) : [];
  const name = posix.basename(address);
  const near = names.find((n) => n.toLowerCase() === name.toLowerCase()) ?? closest(name, names);
  return near ? posix.join(folder, near) : null;
}

/** "%20" in an address is a space in the file's name. */
const safeDecode = (address: string) => {
  try {
    return decodeURI(address);
  } catch {
    return address;
  }
};

/** `publicFileExists` says whether a site address ("/logo/pemko.png") is a file under public/. */
export function checkLetterTemplates(root: string, publicFileExists: (address: string) => boolean): CheckIssue[] {
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
    for (const f of siteFilesOf(t.body)) {
      if (publicFileExists(safeDecode(f.address))) continue;
      issues.push({ ...issue(MESSAGES.letterFileMissing, file, '', { address: f.address, what: f.what, near: publicFileNear(root, safeDecode(f.address)) }), line: t.bodyLine + f.line - 1 });
    }
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
