/**
 * The fields of a letter form: kinds of letters, field types and the shape of a template's
 * expanded field list. No zod here, so the browser bundle stays small; the YAML header schema
 * that produces these shapes is in field-schema.ts.
 */

export const FIELD_TYPES = [
  'text',
  'textarea',
  'date',
  'number',
  'rupiah',
  'nik',
  'nip',
  'nip_nik',
  'select',
  'group',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const LETTER_KINDS = ['surat-dinas', 'surat-tugas', 'berita-acara', 'formulir'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const LETTER_KIND_LABELS: Record<LetterKind, string> = {
  'surat-dinas': 'Surat dinas',
  'surat-tugas': 'Surat tugas',
  'berita-acara': 'Berita acara',
  formulir: 'Formulir monitoring dan evaluasi SOP',
};

/** Agency profile values a field can start from (the signatory of the chosen office, its city). */
export const AGENCY_SOURCES = [
  'kota',
  'nama',
  'kepala.jabatan',
  'kepala.nama',
  'kepala.pangkat',
  'kepala.nip',
] as const;
export type AgencySource = (typeof AGENCY_SOURCES)[number];

/**
 * SOP facts a field can start from when the form is opened for SOPs (`?sop=<id>`, or
 * `?instansi=<id>&bidang=<unit>` for every SOP in force of a unit): "SOP <judul> Nomor <nomor>",
 * the title, the number, the unit. In a repeating group, one item per SOP.
 */
export const SOP_SOURCES = ['rujukan', 'judul', 'nomor', 'bidang'] as const;
export type SopSource = (typeof SOP_SOURCES)[number];

/** Width of a text input, as GOV.UK sizes them (a NIK box need not span the page). */
export const FIELD_WIDTHS = ['pendek', 'sedang', 'penuh'] as const;
export type FieldWidth = (typeof FIELD_WIDTHS)[number];

/** `default: hari-ini` on a date field means the date the form is opened. */
export const TODAY = 'hari-ini';

/** A field of the form after expansion (standard fields included, sections resolved). */
export interface ScalarField {
  name: string;
  label: string;
  hint?: string;
  type: Exclude<FieldType, 'group'>;
  required: boolean;
  default?: string;
  options?: string[];
  dari_instansi?: AgencySource;
  dari_sop?: SopSource;
  lebar?: FieldWidth;
  baris?: number;
  maks?: number;
  /** Date field: may not be earlier than the date of this other field (e.g. tanggal_mulai). */
  tidak_sebelum?: string;
  bagian: string;
}

export interface GroupField {
  name: string;
  label: string;
  hint?: string;
  type: 'group';
  required: boolean;
  fields: Omit<ScalarField, 'bagian'>[];
  min: number;
  max: number;
  label_item: string;
  default?: Record<string, string>[];
  bagian: string;
}

export type LetterField = ScalarField | GroupField;

export function isGroupField(field: LetterField): field is GroupField {
  return field.type === 'group';
}

/** Everything the form page and the validator need about one template. */
export interface LetterTemplateMeta {
  id: string;
  judul: string;
  jenis: LetterKind;
  ringkasan: string;
  kertas?: 'A4' | 'F4';
  fields: LetterField[];
}
