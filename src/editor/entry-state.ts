/**
 * The live entry as the widgets see it (an SOP, an agency, a service or the regulations list): its values,
 * id and file, checked with the core checker (memoised per draft), and a refresh signal so that every widget re-renders when any
 * field changes (Decap re-renders only the field that changed).
 */
import { issue, type CheckIssue } from '../core/checks/issue';
import { MESSAGES } from '../core/checks/messages';
import { createProcessor } from '@mdx-js/mdx';
import { checkNarrative } from '../core/checks/body-rules';
import type { MdxNode } from '../core/checks/mdx-node';
import { checkEntry, entryFrontmatter, type EntryCheck } from '../core/editor/check-entry';
import { checkAgencyEntry, checkEvaluationEntry, checkRegulationsEntry, checkServiceEntry, publicFileCheck } from '../core/editor/check-data';
import type { RegulationRow } from '../core/editor/data-file';
import type { EntryKind } from '../core/editor/decap-config';
import type { EditorCatalog } from '../core/editor/editor-catalog';
import { BODY_KEY, ORIGINAL_KEY, READ_ONLY_KEY } from '../core/editor/entry-file';
import { AGENCY_FIELDS, EVALUATION_FIELDS, leafFieldPaths, REGULATION_FIELDS, REGULATIONS_KEY, SERVICE_FIELDS, SOP_FIELDS, type FieldList } from '../core/editor/fields';

export interface Immutableish {
  get(key: string): unknown;
  toJS(): unknown;
}

let snapshot: EditorCatalog = { agencies: [], regulations: [], regulationsFile: 'sops/_data/dasar-hukum.yaml', sops: [] };
export function setSnapshot(s: EditorCatalog): void {
  snapshot = s;
}
export function getSnapshot(): EditorCatalog {
  return snapshot;
}

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export interface LiveEntry extends EntryCheck {
  kind: EntryKind;
  id: string;
  file: string;
  frontmatter: Record<string, unknown>;
  raw: Record<string, unknown>;
  readOnly?: string;
  /** The form's input paths (fields.ts) in form order; messages no input claims show at the first. */
  leafPaths: string[];
}

let memo: { data: unknown; folder: string; media: unknown; result: LiveEntry } | null = null;

/** Repository paths of the files uploaded with this entry ("public/logo/x.png"). */
function uploaded(entry: Immutableish | undefined): string[] {
  const files = entry?.get('mediaFiles') as Immutableish | undefined;
  const list = (files?.toJS() ?? []) as { path?: string }[];
  return list.map((f) => String(f.path ?? '')).filter(Boolean);
}

const mdx = createProcessor();

/** The field list of each kind of entry (labels and columns of the shared widgets). */
export const FIELDS_OF_KIND: Record<EntryKind, FieldList> = {
  sop: SOP_FIELDS,
  instansi: AGENCY_FIELDS,
  layanan: SERVICE_FIELDS,
  'dasar-hukum': REGULATION_FIELDS,
  evaluasi: EVALUATION_FIELDS,
};

/**
 * The narrative's problems, by the checker's rules (MDX syntax, script, components, pictures);
 * ```mermaid diagrams are drawn and checked by the build. Pictures beside the SOP file cannot be
 * seen from here and are left to the build.
 */
function narrativeIssues(file: string, body: string, publicFileExists: ((path: string) => boolean) | undefined, title: string | undefined): CheckIssue[] {
  const files = { publicFileExists: publicFileExists ?? (() => true), besideFileExists: () => true };
  return checkNarrative(file, 1, body, (text) => mdx.parse(text) as unknown as MdxNode, files, title).issues;
}

/** A data file the editor cannot read: one error at the first field, so nothing is saved over it. */
function unreadable(file: string, reason: string) {
  return issue(MESSAGES.yamlSyntax, file, '', { hint: reason });
}

export function liveEntry(entry: Immutableish | undefined, collection: Immutableish | undefined): LiveEntry {
  const dataMap = entry?.get('data') as Immutableish | undefined;
  const media = entry?.get('mediaFiles');
  const kind = String(collection?.get('sop_kind') ?? 'sop') as EntryKind;
  const folder = String(collection?.get('folder') ?? (kind === 'sop' ? 'sops' : ''));
  if (memo && memo.data === dataMap && memo.folder === folder && memo.media === media) return memo.result;
  const raw = (dataMap?.toJS() ?? {}) as Record<string, unknown>;
  const slug = String(entry?.get('slug') ?? '') || (kind === 'sop' ? 'sop-baru' : kind === 'layanan' ? 'layanan-baru' : 'instansi-baru');
  const extension = kind === 'sop' ? 'mdx' : 'yaml';
  const path = entry?.get('path') ? String(entry.get('path')) : `${folder}/${slug}.${extension}`;
  const readOnly = typeof raw[READ_ONLY_KEY] === 'string' ? (raw[READ_ONLY_KEY] as string) : undefined;
  const frontmatter = entryFrontmatter(raw, [BODY_KEY, ORIGINAL_KEY, READ_ONLY_KEY]);
  let result: LiveEntry;
  if (kind === 'sop') {
    const id = path.replace(/^sops\//, '').replace(/\.mdx?$/, '');
    const checked = checkEntry(id, path, frontmatter, snapshot, todayIso());
    const body = typeof raw[BODY_KEY] === 'string' ? (raw[BODY_KEY] as string) : '';
    const title = typeof frontmatter.judul === 'string' ? frontmatter.judul : undefined;
    const narrative = readOnly ? [] : narrativeIssues(path, body, publicFileCheck(snapshot, uploaded(entry)), title);
    result = { ...checked, issues: [...checked.issues, ...narrative], kind, id, file: path, frontmatter, raw, readOnly, leafPaths: leafFieldPaths(SOP_FIELDS) };
  } else if (kind === 'instansi') {
    const id = path.slice(path.lastIndexOf('/') + 1).replace(/\.ya?ml$/, '');
    const issues = readOnly ? [unreadable(path, readOnly)] : checkAgencyEntry(id, path, frontmatter, publicFileCheck(snapshot, uploaded(entry)));
    result = { issues, data: null, kind, id, file: path, frontmatter, raw, readOnly, leafPaths: leafFieldPaths(AGENCY_FIELDS) };
  } else if (kind === 'layanan') {
    const id = path.slice(path.lastIndexOf('/') + 1).replace(/\.ya?ml$/, '');
    const issues = readOnly ? [unreadable(path, readOnly)] : checkServiceEntry(id, path, frontmatter, snapshot);
    result = { issues, data: null, kind, id, file: path, frontmatter, raw, readOnly, leafPaths: leafFieldPaths(SERVICE_FIELDS) };
  } else if (kind === 'evaluasi') {
    const issues = readOnly ? [unreadable(path, readOnly)] : checkEvaluationEntry(path, frontmatter, snapshot, todayIso());
    result = { issues, data: null, kind, id: path, file: path, frontmatter, raw, readOnly, leafPaths: leafFieldPaths(EVALUATION_FIELDS) };
  } else {
    const rows = (Array.isArray(raw[REGULATIONS_KEY]) ? raw[REGULATIONS_KEY] : []) as RegulationRow[];
    const issues = readOnly ? [unreadable(path, readOnly)] : checkRegulationsEntry(path, rows, snapshot, todayIso());
    result = { issues, data: null, kind, id: path, file: path, frontmatter, raw, readOnly, leafPaths: leafFieldPaths(REGULATION_FIELDS) };
  }
  memo = { data: dataMap, folder, media, result };
  return result;
}

/**
 * Asks the widget of another field to set its value (a widget can only change its own field):
 * the revision offer writes `riwayat_revisi` and `tanggal.revisi` this way. Returns whether a
 * widget on screen took the value.
 */
const takers = new Set<(path: string, value: unknown) => boolean>();
export function onFieldRequest(fn: (path: string, value: unknown) => boolean): () => void {
  takers.add(fn);
  return () => takers.delete(fn);
}
export function requestFieldValue(path: string, value: unknown): boolean {
  let taken = false;
  for (const fn of takers) taken = fn(path, value) || taken;
  return taken;
}

const listeners = new Set<() => void>();
export function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
let pending = false;
/** After the store has the new value (dispatch is synchronous), re-render every widget once. */
export function notifyChange(): void {
  if (pending) return;
  pending = true;
  void Promise.resolve().then(() => {
    pending = false;
    for (const fn of listeners) fn();
  });
}
