/**
 * What a letter template's files say beyond each template on its own: fields the form asks for
 * that the letter never prints, two letters under one title, the site's files it shows or links
 * to, and files of the templates' folder that are not read as letters (saved as .html or .hbs.txt).
 */
import type { LetterTemplateMeta } from './field-types';
import { STANDARD_FIELDS } from './standard-fields';
import { FILE_ADDRESS } from './template-rules';

/** The partials a text includes ({{> kop}}, {{#> kop}}), by name. */
const PARTIAL_CALL = /\{\{~?#?>\s*([A-Za-z0-9_-]+)/g;

/** The body with every partial it includes, and those they include, appended. */
function withPartials(body: string, partials: Readonly<Record<string, string>>): string {
  const seen = new Set<string>();
  const texts = [body];
  for (let i = 0; i < texts.length; i++) {
    for (const m of texts[i]!.matchAll(PARTIAL_CALL)) {
      const name = m[1]!;
      if (seen.has(name) || partials[name] === undefined) continue;
      seen.add(name);
      texts.push(partials[name]!);
    }
  }
  return texts.join('\n');
}

/** Fields printed through {{nomor}}, the letter number made from the agency's pattern (letter-context.ts). */
const NUMBER_FIELDS = ['klasifikasi', 'nomor_urut'];
const NUMBER_CALL = /\{\{~?\s*nomor\s*~?\}\}/;

/** The template's own fields (not the standard fields of its kind) that neither its body nor its partials print. */
export function unusedFields(meta: Pick<LetterTemplateMeta, 'jenis' | 'fields'>, body: string, partials: Readonly<Record<string, string>>): { index: number; name: string; label: string }[] {
  const { head, tail } = STANDARD_FIELDS[meta.jenis];
  const standard = new Set([...head, ...tail].map((f) => f.name));
  const text = withPartials(body, partials);
  return meta.fields
    .filter((f) => !standard.has(f.name))
    .map((f, index) => ({ index, name: f.name, label: f.label }))
    .filter((f) => !new RegExp(`\\bf\\.${f.name}\\b`).test(text) && !(NUMBER_FIELDS.includes(f.name) && NUMBER_CALL.test(text)));
}

/** 1-based line of the declaration of own field `name` in a template's source, if found. */
export function fieldDeclarationLine(source: string, name: string): number | undefined {
  const at = new RegExp(`^[ \\t]*(?:-[ \\t]*)?(?:\\{[ \\t]*)?name:[ \\t]*["']?${name}["']?[ \\t]*(?:[,}#]|$)`, 'm').exec(source);
  return at ? source.slice(0, at.index).split('\n').length : undefined;
}

/** 1-based line of a header key written at the start of a line ("judul:"), if found. */
export function headerKeyLine(source: string, key: string): number | undefined {
  const at = new RegExp(`^${key}:`, 'm').exec(source);
  return at ? source.slice(0, at.index).split('\n').length : undefined;
}

/**
 * A file of the templates' folder that is not read as a letter but looks meant to be one, with
 * the name it should have ("Keterangan Domisili.hbs.txt" -> "keterangan-domisili.hbs"); null for
 * a template (.hbs), the folder's README and a file whose name starts with "." or "_".
 */
export function templateFileMeant(name: string): string | null {
  if (name.endsWith('.hbs') || /^readme(?:\.[a-z]+)?$/i.test(name) || /^[._]/.test(name)) return null;
  if (!/\.(?:hbs|html?|handlebars|txt)(?:\.[a-z]+)?$/i.test(name)) return null;
  const stem = name
    .replace(/(?:\.(?:hbs|html?|handlebars|txt))+$/i, '')
    .toLowerCase()
    .replace(/\s*\(\d+\)\s*$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${stem || 'nama-surat'}.hbs`;
}

/**
 * The site's files a template's body shows or links to (`src="/logo/pemko.png"`,
 * `href="/berkas/formulir.pdf"`), each with its 1-based line in the body: an address from the
 * site's root naming a file (with an extension), not one made from the letter's values
 * ("{{...}}"), not a page of the site.
 */
export function siteFilesOf(body: string): { line: number; what: 'gambar' | 'tautan'; address: string }[] {
  const out: { line: number; what: 'gambar' | 'tautan'; address: string }[] = [];
  for (const m of body.matchAll(FILE_ADDRESS)) {
    const address = (m[2] ?? m[3] ?? m[4] ?? '').trim().replace(/[?#].*$/, '');
    if (!/^\/(?!\/)/.test(address) || address.includes('{{') || !/\.[A-Za-z0-9]{2,4}$/.test(address)) continue;
    out.push({ line: body.slice(0, m.index).split('\n').length, what: m[1]!.toLowerCase() === 'src' ? 'gambar' : 'tautan', address });
  }
  return out;
}
