/**
 * Changes to an SOP's identity: every field of the editor's form except the actors and the
 * steps, in the form's order and with the form's labels (editor/fields.ts, the one list of
 * fields as authors see them). List fields report the items added and removed. Dates read as
 * pages write them ("1 Juni 2024") and change as a whole, not digit by digit.
 */
import { formatTanggal } from '../model/date';
import type { SopFrontmatter } from '../model/sop';
import { citationArticle, citationId, type Citation } from '../model/regulation';
import type { Relation } from '../model/sop';
import { leafFieldPaths, pathLabel, SOP_FIELDS } from '../editor/fields';
import type { SopChange, WordPart } from './changes';
import { sameText, wordDiff } from './words';

/** Fields with their own part of the difference. */
const OWN_PARTS = new Set(['pelaksana', 'langkah']);

function valueAt(data: unknown, path: string): unknown {
  let v: unknown = data;
  for (const key of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/** One list item as the reader sees it. */
function itemText(path: string, item: unknown): string {
  if (path === 'dasar_hukum') {
    const c = item as Citation;
    const pasal = citationArticle(c);
    return pasal ? `${citationId(c)}, ${pasal}` : citationId(c);
  }
  if (path === 'keterkaitan') {
    const r = item as Relation;
    return typeof r === 'string' ? r : `SOP ${r.sop}${r.catatan ? ` (${r.catatan})` : ''}`;
  }
  if (path === 'riwayat_revisi') {
    const r = item as { tanggal: string; perubahan: string };
    return `${formatTanggal(r.tanggal)}: ${r.perubahan}`;
  }
  if (item && typeof item === 'object') return Object.values(item).map(String).join(', ');
  return String(item);
}

function scalarText(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'boolean') return v ? 'ya' : 'tidak';
  return String(v);
}

/** A date replaced as a whole: the old one removed, the new one added. */
function wholeValue(before: string, after: string): WordPart[] {
  return [...(before ? [{ op: 'removed' as const, text: before }] : []), ...(after ? [{ op: 'added' as const, text: after }] : [])];
}

function listChange(path: string, before: string[], after: string[]): SopChange | null {
  if (before.length === after.length && before.every((b, i) => b === after[i])) return null;
  const left = [...after];
  const removed: string[] = [];
  for (const b of before) {
    const k = left.indexOf(b);
    if (k >= 0) left.splice(k, 1);
    else removed.push(b);
  }
  const label = pathLabel(path);
  // Same items, another order.
  if (removed.length === 0 && left.length === 0) {
    const b = before.join('; ');
    const a = after.join('; ');
    return { kind: 'field', path, label, before: b, after: a, words: wordDiff(b, a) };
  }
  return { kind: 'field-items', path, label, added: left, removed };
}

export function identityChanges(before: SopFrontmatter, after: SopFrontmatter): SopChange[] {
  const out: SopChange[] = [];
  for (const path of leafFieldPaths(SOP_FIELDS)) {
    if (OWN_PARTS.has(path)) continue;
    const b = valueAt(before, path);
    const a = valueAt(after, path);
    if (Array.isArray(b) || Array.isArray(a)) {
      const items = (v: unknown) => (Array.isArray(v) ? v.map((x) => itemText(path, x)) : []);
      const change = listChange(path, items(b), items(a));
      if (change) out.push(change);
      continue;
    }
    const isDate = SOP_FIELDS[path]?.widget === 'sop-date';
    const bt = isDate && b !== undefined ? formatTanggal(scalarText(b)) : scalarText(b);
    const at = isDate && a !== undefined ? formatTanggal(scalarText(a)) : scalarText(a);
    if (sameText(bt, at)) continue;
    out.push({ kind: 'field', path, label: pathLabel(path), before: bt, after: at, words: isDate ? wholeValue(bt, at) : wordDiff(bt, at) });
  }
  return out;
}
