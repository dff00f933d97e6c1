/**
 * Rules on a letter template's body, over its Handlebars syntax tree (parsed in the shell, as
 * the MDX tree of an SOP narrative is) and over its HTML text:
 * - every value it prints exists: a field as f.<name>, inside {{#each f.<group>}} the group's
 *   own fields, the partials it includes;
 * - the letter page stays private: no script, no handler attribute, nothing fetched from
 *   another site (a letter is written about clients whose data never leaves the browser).
 */
import type { GroupField, LetterTemplateMeta } from './field-types';
import { HELPER_ARGUMENT_TYPES, type LetterHelperName } from './helpers';
import { AGENCY_DISPLAY_KEYS, LETTER_INFO_KEYS } from './letter-context';
import { closest } from '../checks/suggest';
import { computerFileName } from '../checks/computer-path';

/** Loose shape of a Handlebars AST node (the fields these rules read). */
export interface HbsNode {
  type: string;
  loc?: { start: { line: number } };
  path?: HbsNode;
  name?: HbsNode;
  params?: HbsNode[];
  hash?: { pairs: { value: HbsNode }[] };
  program?: { body: HbsNode[]; blockParams?: string[] | null } | null;
  inverse?: { body: HbsNode[] } | null;
  body?: HbsNode[];
  parts?: string[];
  original?: unknown;
  depth?: number;
  data?: boolean;
}

export interface TemplateFinding {
  /** 1-based line within the body. */
  line: number;
  detail: string;
}

/** What the letter context holds at its top (core/letters/letter-context.ts), with the names under each. */
const ROOT_NAMES = new Map<string, readonly string[] | null>([
  ['f', null],
  ['instansi', AGENCY_DISPLAY_KEYS],
  ['surat', LETTER_INFO_KEYS],
  ['nomor', []],
]);

type Scope = { kind: 'root' } | { kind: 'group'; group: GroupField } | { kind: 'open' };

const list = (names: readonly string[]) => names.join(', ');

/** Every printed name resolves, every #each runs over a group, every partial exists. */
export function checkTemplateTree(
  tree: HbsNode,
  meta: Pick<LetterTemplateMeta, 'fields'>,
  helpers: ReadonlySet<string>,
  partials: readonly string[],
): TemplateFinding[] {
  const findings: TemplateFinding[] = [];
  const fields = new Map(meta.fields.map((f) => [f.name, f]));
  const report = (node: HbsNode, detail: string) => findings.push({ line: node.loc?.start.line ?? 1, detail });

  const checkPath = (node: HbsNode, scopes: Scope[]) => {
    if (node.type !== 'PathExpression' || node.data || !node.parts?.length) return;
    const scope = scopes[scopes.length - 1 - (node.depth ?? 0)] ?? { kind: 'open' };
    const [head, second] = node.parts as [string, string | undefined];
    const written = String(node.original);
    // Word's curly quotes are not quotes to Handlebars: “berkas” is read as a name, not as text.
    if (/[\u201c\u201d\u2018\u2019]/.test(written)) {
      report(node, `Isi surat: ${written} ditulis dengan tanda kutip lengkung (biasanya tersalin dari Word), yang tidak dibaca Handlebars sebagai tanda kutip; tulis teks di dalam {{ }} dengan tanda kutip lurus, misalnya "${written.replace(/[\u201c\u201d\u2018\u2019]/g, '')}".`);
      return;
    }
    if (scope.kind === 'root') {
      if (head === 'f' && second !== undefined) {
        const field = fields.get(second);
        // f.<group>.length (how many rows) is the array's own; a row's field is not.
        if (field?.type === 'group' && node.parts.length > 2 && node.parts[2] !== 'length' && !/^\d+$/.test(node.parts[2]!)) {
          report(node, `Isi surat: "${written}": "f.${second}" adalah kelompok (beberapa baris); tulis isinya di dalam {{#each f.${second}}} ... {{/each}}, misalnya {{${node.parts[2]}}}.`);
        }
        return;
      }
      const under = ROOT_NAMES.get(head);
      if (under !== undefined) {
        // instansi.nma would print nothing.
        if (under && second !== undefined && !under.includes(second)) {
          const guess = closest(second, under);
          report(node, `Isi surat: "${written}" tidak ada, sehingga tercetak kosong.${guess ? ` Maksud Anda "${head}.${guess}"?` : ''} Yang dapat dicetak: ${under.map((k) => `${head}.${k}`).join(', ')}.`);
        }
        return;
      }
      const guess = fields.has(head) ? ` Maksud Anda "f.${head}"?` : '';
      report(node, `Isi surat: "${written}" tidak dikenal; isian ditulis f.<nama isian>, data instansi instansi.<...>.${guess}`);
    } else if (scope.kind === 'group') {
      const names = scope.group.fields.map((f) => f.name);
      if (!names.includes(head)) {
        report(node, `Isi surat: "${written}" bukan isian kelompok "${scope.group.name}" (yang ada: ${list(names)}); isian di luar kelompok ditulis @root.${written.startsWith('f.') ? written : `f.${written}`}.`);
      }
    }
  };

  const checkValues = (node: HbsNode, scopes: Scope[]) => {
    for (const p of node.params ?? []) visitValue(p, scopes);
    for (const pair of node.hash?.pairs ?? []) visitValue(pair.value, scopes);
  };
  const visitValue = (node: HbsNode, scopes: Scope[]) => {
    if (node.type === 'SubExpression') {
      checkHelperArgument(node, scopes);
      checkValues(node, scopes);
    } else checkPath(node, scopes);
  };
  const isHelperCall = (node: HbsNode) => {
    const parts = node.path?.parts ?? [];
    return parts.length === 1 && helpers.has(parts[0]!) && !node.path?.data;
  };
  /** The declared type of the field a value names (f.<name> at the top, <name> in a group), if any. */
  const fieldType = (node: HbsNode, scopes: Scope[]): string | undefined => {
    if (node.type !== 'PathExpression' || node.data) return undefined;
    const scope = scopes[scopes.length - 1 - (node.depth ?? 0)];
    const parts = node.parts ?? [];
    if (scope?.kind === 'root' && parts.length === 2 && parts[0] === 'f') return fields.get(parts[1]!)?.type;
    if (scope?.kind === 'group' && parts.length === 1) return scope.group.fields.find((f) => f.name === parts[0])?.type;
    return undefined;
  };
  /** {{tanggal f.nama}} prints the name unchanged; {{tanggal}} prints nothing. */
  const checkHelperArgument = (node: HbsNode, scopes: Scope[]) => {
    const name = node.path?.parts?.[0] as LetterHelperName;
    const wants = HELPER_ARGUMENT_TYPES[name];
    if (!wants) return;
    const value = node.params?.[0];
    if (!value) {
      report(node, `Isi surat: {{${name}}} tanpa nilai mencetak kosong; tulis nama isiannya sesudah ${name}, misalnya {{${name} f.<${wants.what}>}}.`);
      return;
    }
    const type = fieldType(value, scopes);
    if (type !== undefined && !wants.types.includes(type)) {
      report(node, `Isi surat: {{${name} ${String(value.original)}}}: "${String(value.original)}" bertipe ${type}, padahal ${name} hanya mengubah ${wants.what}; nilainya tercetak apa adanya. Ganti type isian itu, atau tulis {{${String(value.original)}}} tanpa ${name}.`);
    }
  };

  const visit = (nodes: readonly HbsNode[], scopes: Scope[]) => {
    for (const node of nodes) {
      if (node.type === 'MustacheStatement') {
        if (isHelperCall(node)) {
          checkHelperArgument(node, scopes);
          checkValues(node, scopes);
        }
        else if (node.path) checkPath(node.path, scopes);
      } else if (node.type === 'BlockStatement') {
        checkValues(node, scopes);
        const helper = node.path?.parts?.[0];
        let inner: Scope = scopes[scopes.length - 1]!;
        if (helper === 'each') inner = eachScope(node, scopes);
        else if (helper === 'with' || node.program?.blockParams?.length) inner = { kind: 'open' };
        visit(node.program?.body ?? [], [...scopes, inner]);
        // {{else}} of an #each runs when the list is empty, in the outer scope.
        visit(node.inverse?.body ?? [], helper === 'each' ? scopes : [...scopes, inner]);
      } else if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') {
        const name = String(node.name?.original ?? '');
        if (node.name?.type === 'PathExpression' && !partials.includes(name)) {
          report(node, `Isi surat: bagian "{{> ${name}}}" tidak ada di letter-templates/partials/ (yang ada: ${list(partials)}).`);
        }
        checkValues(node, scopes);
      }
    }
  };

  /** The scope inside {{#each X}}: a group's own fields when X is f.<group>. */
  const eachScope = (node: HbsNode, scopes: Scope[]): Scope => {
    const over = node.params?.[0];
    const here = scopes[scopes.length - 1]!;
    if (node.program?.blockParams?.length || !over || over.type !== 'PathExpression' || here.kind !== 'root') return { kind: 'open' };
    const [head, name] = over.parts ?? [];
    if (head !== 'f' || name === undefined || (over.parts?.length ?? 0) !== 2) return { kind: 'open' };
    const field = fields.get(name);
    if (field?.type === 'group') return { kind: 'group', group: field };
    if (field) report(over, `Isi surat: {{#each f.${name}}} hanya untuk isian kelompok (type: group); "f.${name}" berisi satu nilai, tulis {{f.${name}}}.`);
    return { kind: 'open' };
  };

  visit(tree.body ?? [], [{ kind: 'root' }]);
  return findings;
}

/**
 * A helper the compiler does not know ({{tanggal_indo f.x}}, {{#If ...}}): the helper probably
 * meant (the same name in other capitals, or the closest), and the helpers there are.
 */
export function unknownHelperDetail(name: string, helpers: readonly string[]): string {
  const sameLetters = helpers.find((h) => h.toLowerCase() === name.toLowerCase());
  const guess = sameLetters ?? closest(name, helpers);
  const meant = guess ? ` Maksud Anda {{${guess} ...}}?${sameLetters ? ' Handlebars membedakan huruf besar dan kecil.' : ''}` : '';
  return `Isi surat: pembantu (helper) "${name}" tidak dikenal, sehingga templat tidak dapat dikompilasi.${meant} Pembantu yang ada: ${list(helpers)}; nilai isian tanpa pembantu ditulis {{f.<nama isian>}}.`;
}

/** Tags that would run script or load a document into the letter page. */
const FORBIDDEN_TAGS = /<(script|iframe|frame|object|embed|link|meta|base|form)\b/gi;
/** An attribute that runs script. */
const HANDLER_ATTRIBUTE = /<[a-z][^>]*\s(on[a-z]+)\s*=/gi;
/** An address on another site, in an attribute or in CSS. */
const REMOTE_URL = /(?:\b(?:src|href|srcset|action|poster|data)\s*=\s*["']?|url\(\s*["']?|@import\s+["'])\s*((?:[a-z][a-z0-9+.-]*:)?\/\/[^"')\s>]+)/gi;
const SCRIPT_URL = /\b(?:src|href|action)\s*=\s*["']?\s*((?:javascript|vbscript|data):)/gi;
/** A picture or a link's address, quoted or not: `src="C:\Users\...\logo pemko.png"`. */
export const FILE_ADDRESS = /\b(src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/**
 * A picture or link the letter page cannot load: a file on the author's computer or the office's
 * network ("C:\...", "file:///...", "\\server\..."), or a file named without the "/" that starts
 * an address of the site ("logo.png" is looked for beside the letter's page, /surat/<id>/logo.png).
 */
function localFileFinding(attribute: string, address: string): string | null {
  const folder = attribute.toLowerCase() === 'src' ? 'gambar' : 'berkas';
  const what = attribute.toLowerCase() === 'src' ? 'gambar' : 'tautan';
  const onComputer = computerFileName(address);
  if (onComputer) {
    const name = onComputer.replace(/\s+/g, '-');
    return `Isi surat memuat ${what} "${address}", alamat berkas di komputer penulis atau di jaringan kantor; halaman surat dibuka di komputer petugas lain dan tidak dapat membacanya. Salin berkas ${onComputer} ke folder public/${folder}/${name === onComputer ? '' : ` dengan nama tanpa spasi, ${name}`}, lalu tulis ${attribute.toLowerCase()}="/${folder}/${name}".${what === 'gambar' ? ' Logo instansi di kop surat tidak perlu ditulis di templat: {{> kop}} mencetak logo: dari berkas instansi.' : ''}`;
  }
  const plain = address.trim();
  if (!plain || /^(?:[a-z][a-z0-9+.-]*:|\/|#|\{\{|\.\.?\/?$)/i.test(plain) || !/\.[a-z0-9]{2,4}$/i.test(plain)) return null;
  const name = plain.replace(/^(?:\.\/)+/, '').split('/').pop()!;
  return `Isi surat memuat ${what} "${plain}" tanpa "/" di depannya; halaman surat ada di /surat/<id>/, jadi berkas itu dicari di /surat/<id>/${plain.replace(/^(?:\.\/)+/, '')} dan tidak ditemukan. Simpan berkasnya di folder public/${folder}/, lalu tulis ${attribute.toLowerCase()}="/${folder}/${name}".`;
}

/** The letter page makes no request and runs no script from a template. */
export function checkTemplateHtml(body: string): TemplateFinding[] {
  const findings: TemplateFinding[] = [];
  const lineAt = (index: number) => body.slice(0, index).split('\n').length;
  for (const m of body.matchAll(FORBIDDEN_TAGS)) {
    findings.push({ line: lineAt(m.index!), detail: `Isi surat memuat <${m[1]!.toLowerCase()}>; halaman surat tidak menjalankan skrip dan tidak memuat apa pun dari templat.` });
  }
  for (const m of body.matchAll(HANDLER_ATTRIBUTE)) {
    findings.push({ line: lineAt(m.index!), detail: `Isi surat memuat atribut ${m[1]}; halaman surat tidak menjalankan skrip dari templat.` });
  }
  for (const m of body.matchAll(SCRIPT_URL)) {
    findings.push({ line: lineAt(m.index!), detail: `Isi surat memuat alamat ${m[1]}; halaman surat tidak menjalankan skrip dari templat.` });
  }
  for (const m of body.matchAll(FILE_ADDRESS)) {
    const detail = localFileFinding(m[1]!, m[2] ?? m[3] ?? m[4] ?? '');
    if (detail) findings.push({ line: lineAt(m.index!), detail });
  }
  for (const m of body.matchAll(REMOTE_URL)) {
    // "file:///C:/..." is a file on the author's computer, named above.
    if (/^file:/i.test(m[1]!)) continue;
    findings.push({ line: lineAt(m.index!), detail: `Isi surat memuat "${m[1]}" dari situs lain; halaman surat tidak memanggil situs mana pun (data klien tidak boleh keluar dari peramban). Simpan berkasnya di public/ dan tulis alamatnya diawali "/".` });
  }
  return findings.sort((a, b) => a.line - b.line);
}
