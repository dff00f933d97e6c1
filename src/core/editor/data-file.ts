/**
 * Plain YAML data files as the editor sees them (Decap custom formats): an agency file
 * (sops/_data/instansi/<id>.yaml) and the regulations file (sops/_data/dasar-hukum.yaml).
 * Like the SOP format (entry-file.ts), reading keeps the original text and saving rewrites only
 * the changed values in it (yaml-edit.ts), so comments, quotes and key order stay byte for byte.
 *
 * The regulations file is a map id -> regulation, which Decap's form cannot edit (it has no
 * widget for a map with free keys). The editor holds it as one list, `peraturan`, whose items
 * carry their id; saving turns the list back into the map in the list's order. The file's
 * shape, the checker, the site and the README stay as they are.
 */
import { STATED_FIELDS, statedValue } from '../model/service';
import { parseDocument } from 'yaml';
import { ORIGINAL_KEY, READ_ONLY_KEY } from './entry-file';
import { REGULATIONS_KEY } from './fields';
import { isEmptyValue, stringifyYaml, updateYaml } from './yaml-edit';

export const DATA_FORMAT = 'data-yaml';
export const REGULATIONS_FORMAT = 'dasar-hukum-yaml';

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The file's map, or why the editor cannot edit it (in Indonesian). */
function readMap(text: string): { data: Record<string, unknown>; reason: string | null } {
  const doc = parseDocument(text);
  if (doc.errors.length) {
    return { data: {}, reason: `Berkas tidak dapat dibaca (${doc.errors[0]!.message.split('\n')[0]}). Perbaiki dengan penyunting teks, lalu buka lagi.` };
  }
  const value = doc.toJS() as unknown;
  if (value === null || value === undefined) return { data: {}, reason: null };
  if (!isMap(value)) return { data: {}, reason: 'Berkas ini tidak berisi daftar isian "nama: nilai", sehingga tidak dapat diubah di editor. Perbaiki dengan penyunting teks.' };
  return { data: value, reason: null };
}

/** Drops the editor's own keys and values that mean "not written". */
function withoutEditorKeys(entry: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entry)) {
    if (k === ORIGINAL_KEY || k === READ_ONLY_KEY || v === undefined) continue;
    out[k] = v;
  }
  return out;
}

function writeYaml(entry: Record<string, unknown>, data: Record<string, unknown>): string {
  const original = typeof entry[ORIGINAL_KEY] === 'string' ? (entry[ORIGINAL_KEY] as string) : undefined;
  if (original !== undefined && readMap(original).reason) return original;
  return original !== undefined && original.trim() !== '' ? updateYaml(original, data) : stringifyYaml(written(data) as Record<string, unknown>);
}

/** A new file holds only what was filled in: empty texts, lists and blocks are left out. */
function written(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(written);
  if (!isMap(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (!isEmptyValue(x)) out[k] = written(x);
  return out;
}

/** Decap `fromFile` for an agency file: its values and the original text (hidden). */
export function parseDataFile(text: string): Record<string, unknown> {
  const { data, reason } = readMap(text);
  // A service's "biaya: Gratis" is shown in the editor's teks field, as the checker reads it.
  const stated = Object.fromEntries(
    Object.entries(STATED_FIELDS).flatMap(([key, asList]) => (key in data ? [[key, statedValue(data[key], asList)]] : [])),
  );
  return { ...data, ...stated, [ORIGINAL_KEY]: text, ...(reason ? { [READ_ONLY_KEY]: reason } : {}) };
}

/** Decap `toFile` for an agency file: the original text with only the changed values rewritten. */
export function serializeDataFile(entry: Record<string, unknown>): string {
  return writeYaml(entry, withoutEditorKeys(entry));
}

export type RegulationRow = Record<string, unknown> & { id?: unknown };

/** The regulations map as the editor's list: `{ peraturan: [{ id, jenis, ... }] }`. */
export function regulationRows(map: Record<string, unknown>): RegulationRow[] {
  return Object.entries(map).map(([id, v]) => ({ id, ...(isMap(v) ? v : {}) }));
}

/** The list back to the map, in the list's order; empty values are not written. */
export function regulationMap(rows: readonly RegulationRow[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const row of rows) {
    const { id, ...rest } = row;
    const fields: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(rest)) if (v !== undefined && v !== null && v !== '') fields[k] = v;
    out[String(id ?? '')] = fields;
  }
  return out;
}

/** Decap `fromFile` for the regulations file. */
export function parseRegulationsFile(text: string): Record<string, unknown> {
  const { data, reason } = readMap(text);
  return { [REGULATIONS_KEY]: regulationRows(data), [ORIGINAL_KEY]: text, ...(reason ? { [READ_ONLY_KEY]: reason } : {}) };
}

/** Decap `toFile` for the regulations file. */
export function serializeRegulationsFile(entry: Record<string, unknown>): string {
  const rows = Array.isArray(entry[REGULATIONS_KEY]) ? (entry[REGULATIONS_KEY] as RegulationRow[]) : [];
  return writeYaml(entry, regulationMap(rows));
}
