/**
 * The values of a letter form: one string per field, a list of records per repeating group.
 * Starting values come from the template's defaults and from the chosen agency's profile.
 */
import type { Agency } from '../model/agency';
import { isGroupField, TODAY, type AgencySource, type LetterField, type LetterTemplateMeta } from './field-types';
import { todayIso } from './indonesian-date';

export type GroupItem = Record<string, string>;
export type LetterValues = Record<string, string | GroupItem[]>;

/** DOM id of a field's input (and the target of the error summary's links). */
export function fieldInputId(name: string, index?: number, sub?: string): string {
  return index === undefined ? `isian-${name}` : `isian-${name}-${index}-${sub}`;
}

/** The name attribute of a field's input: "f.hal", "f.tembusan.0.isi". */
export function fieldInputName(name: string, index?: number, sub?: string): string {
  return index === undefined ? `f.${name}` : `f.${name}.${index}.${sub}`;
}

export function agencyValue(agency: Agency | undefined, source: AgencySource): string {
  if (!agency) return '';
  switch (source) {
    case 'kota':
      return agency.kota;
    case 'nama':
      return agency.nama;
    case 'kepala.jabatan':
      return agency.kepala.jabatan;
    case 'kepala.nama':
      return agency.kepala.nama ?? '';
    case 'kepala.pangkat':
      return agency.kepala.pangkat ?? '';
    case 'kepala.nip':
      return agency.kepala.nip ?? '';
  }
}

function scalarDefault(field: { type: string; default?: string; dari_instansi?: AgencySource }, agency: Agency | undefined, today: string): string {
  if (field.dari_instansi) return agencyValue(agency, field.dari_instansi);
  if (field.type === 'date' && field.default === TODAY) return today;
  return field.default ?? '';
}

/** The values a fresh form starts with. */
export function initialValues(meta: LetterTemplateMeta, agency: Agency | undefined, today = todayIso()): LetterValues {
  const values: LetterValues = {};
  for (const field of meta.fields) {
    values[field.name] = isGroupField(field)
      ? initialGroupItems(field, agency, today)
      : scalarDefault(field, agency, today);
  }
  return values;
}

function initialGroupItems(field: LetterField & { type: 'group' }, agency: Agency | undefined, today: string): GroupItem[] {
  const items = field.default?.map((d) => ({ ...d })) ?? [];
  while (items.length < field.min) items.push({});
  return items.map((item) => {
    const full: GroupItem = {};
    for (const sub of field.fields) full[sub.name] = item[sub.name] ?? scalarDefault(sub, agency, today);
    return full;
  });
}

/**
 * Fields whose value still equals what the previous agency gave them; when the user picks another
 * agency these (and only these) take the new agency's values, so nothing typed is overwritten.
 */
export function applyAgencyChange(
  meta: LetterTemplateMeta,
  values: LetterValues,
  from: Agency | undefined,
  to: Agency | undefined,
): LetterValues {
  const next: LetterValues = { ...values };
  for (const field of meta.fields) {
    if (isGroupField(field) || !field.dari_instansi) continue;
    const current = values[field.name];
    if (typeof current !== 'string') continue;
    if (current.trim() === '' || current === agencyValue(from, field.dari_instansi)) {
      next[field.name] = agencyValue(to, field.dari_instansi);
    }
  }
  return next;
}
