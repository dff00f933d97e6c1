/**
 * The live SOP entry as the widgets see it: its frontmatter, id and file, checked with the core
 * checker (memoised per draft), and a refresh signal so that every widget re-renders when any
 * field changes (Decap re-renders only the field that changed).
 */
import { checkEntry, entryFrontmatter, type EntryCheck } from '../core/editor/check-entry';
import type { EditorCatalog } from '../core/editor/editor-catalog';
import { BODY_KEY, ORIGINAL_KEY, READ_ONLY_KEY } from '../core/editor/entry-file';

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
  id: string;
  file: string;
  frontmatter: Record<string, unknown>;
  raw: Record<string, unknown>;
  readOnly?: string;
}

let memo: { data: unknown; folder: string; result: LiveEntry } | null = null;

export function liveEntry(entry: Immutableish | undefined, collection: Immutableish | undefined): LiveEntry {
  const dataMap = entry?.get('data') as Immutableish | undefined;
  const folder = String(collection?.get('folder') ?? 'sops');
  if (memo && memo.data === dataMap && memo.folder === folder) return memo.result;
  const raw = (dataMap?.toJS() ?? {}) as Record<string, unknown>;
  const slug = String(entry?.get('slug') ?? '') || 'sop-baru';
  const path = entry?.get('path') ? String(entry.get('path')) : `${folder}/${slug}.mdx`;
  const id = path.replace(/^sops\//, '').replace(/\.mdx?$/, '');
  const frontmatter = entryFrontmatter(raw, [BODY_KEY, ORIGINAL_KEY, READ_ONLY_KEY]);
  const check = checkEntry(id, path, frontmatter, snapshot, todayIso());
  const result: LiveEntry = {
    ...check,
    id,
    file: path,
    frontmatter,
    raw,
    readOnly: typeof raw[READ_ONLY_KEY] === 'string' ? (raw[READ_ONLY_KEY] as string) : undefined,
  };
  memo = { data: dataMap, folder, result };
  return result;
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
