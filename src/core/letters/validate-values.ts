/**
 * Checks a letter form before printing and says what to fix, in Indonesian, GOV.UK style:
 * one message per field, naming the field, telling how to put it right.
 */
import { isValidNip, nipDigits } from '../model/nip';
import { isGroupField, type LetterTemplateMeta, type ScalarField } from './field-types';
import { fieldInputId, type GroupItem, type LetterValues } from './form-values';
import { formatTanggal, parseIsoDate } from './indonesian-date';
import { nikDigits, nikProblem } from './nik';
import { parseAngka } from './terbilang';

export interface FieldError {
  /** Id of the input to focus (target of the error summary link). */
  inputId: string;
  /** Field name, or "group.index.sub" for a field inside a repeating group. */
  path: string;
  message: string;
}

const PLACEHOLDER_IN_TEXT = /\[ISI:[^\]]*\]/;

/** "Nama klien" -> "nama klien", but "NIK klien" stays (acronyms keep their capitals). */
export function lowerFirst(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

type FieldLike = Pick<ScalarField, 'type' | 'label' | 'required' | 'options' | 'maks'>;

/** The message for one value, or null when it is acceptable. `label` names the field in the message. */
export function checkFieldValue(field: FieldLike, raw: string, label = field.label): string | null {
  const value = raw.trim();
  if (value === '') {
    if (!field.required) return null;
    if (field.type === 'select') return `Pilih ${lowerFirst(label)}`;
    return `Masukkan ${lowerFirst(label)}`;
  }
  const placeholder = PLACEHOLDER_IN_TEXT.exec(value);
  if (placeholder) {
    return field.required
      ? `Ganti "${placeholder[0]}" dengan ${lowerFirst(label)} yang sebenarnya`
      : `Ganti "${placeholder[0]}" dengan ${lowerFirst(label)} yang sebenarnya, atau kosongkan`;
  }
  if (field.maks !== undefined && value.length > field.maks) {
    return `${label} paling banyak ${field.maks} karakter (sekarang ${value.length})`;
  }
  switch (field.type) {
    case 'date':
      return parseIsoDate(value) ? null : `${label} harus tanggal yang benar, mis. 4 Maret 2024`;
    case 'number':
      return parseAngka(value) !== null ? null : `${label} harus bilangan bulat, mis. 2`;
    case 'rupiah':
      return parseAngka(value) !== null ? null : `${label} harus jumlah rupiah tanpa sen, mis. 1.500.000`;
    case 'nik':
      return nikMessage(value, label);
    case 'nip':
      return nipMessage(value, label);
    case 'nip_nik': {
      const digits = nipDigits(nikDigits(value));
      if (digits.length === 16) return nikMessage(value, label);
      if (digits.length === 18) return nipMessage(value, label);
      return `${label} harus NIP (18 angka) atau NIK (16 angka)`;
    }
    case 'select':
      return field.options?.includes(value) ? null : `Pilih ${lowerFirst(label)} dari daftar`;
    default:
      return null;
  }
}

function nikMessage(value: string, label: string): string | null {
  const problem = nikProblem(value);
  return problem ? problem.replace(/^NIK/, label) : null;
}

function nipMessage(value: string, label: string): string | null {
  const digits = nipDigits(value);
  if (!/^\d+$/.test(digits)) return `${label} hanya boleh berisi angka dan spasi`;
  if (digits.length !== 18) return `${label} harus 18 angka (sekarang ${digits.length} angka), mis. 19670720 199303 2 008`;
  if (!isValidNip(value)) {
    return `${label} tidak benar: 8 angka pertama tanggal lahir (TTTTBBHH), angka ke-15 jenis kelamin (1 atau 2)`;
  }
  return null;
}

export interface ValidateOptions {
  /**
   * Values put in by the page, not typed by the user (the SOP reference from a link, the
   * signatory from the agency profile). A field still holding exactly that value is not blamed
   * for an `[ISI: ...]` in it: the print check asks about it instead (see print-check.ts).
   */
  prefilled?: Readonly<Record<string, string>>;
}

/** Whether a field still holds the value the page put in, untouched by the user. */
export function isUntouchedPrefill(name: string, value: string, prefilled: Readonly<Record<string, string>> | undefined): boolean {
  return prefilled !== undefined && Object.hasOwn(prefilled, name) && prefilled[name] === value;
}

/** "Tanggal selesai" may not come before the date of the field it names in `tidak_sebelum`. */
function dateOrderMessage(field: ScalarField, meta: LetterTemplateMeta, values: LetterValues): string | null {
  if (!field.tidak_sebelum) return null;
  const other = meta.fields.find((f) => f.name === field.tidak_sebelum);
  const own = parseIsoDate(String(values[field.name] ?? '').trim());
  const start = parseIsoDate(String(values[field.tidak_sebelum] ?? '').trim());
  if (!other || !own || !start) return null;
  const key = (d: { year: number; month: number; day: number }) => d.year * 10000 + d.month * 100 + d.day;
  if (key(own) >= key(start)) return null;
  return `${field.label} harus sama dengan atau sesudah ${lowerFirst(other.label)} (${formatTanggal(start)})`;
}

/** All problems of a form, in the order of the fields. */
export function validateLetterValues(meta: LetterTemplateMeta, values: LetterValues, options: ValidateOptions = {}): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of meta.fields) {
    if (isGroupField(field)) {
      const items = Array.isArray(values[field.name]) ? (values[field.name] as GroupItem[]) : [];
      const itemLabel = lowerFirst(field.label_item);
      if (items.length < field.min) {
        errors.push({
          inputId: `${fieldInputId(field.name)}-tambah`,
          path: field.name,
          message: `Tambahkan sedikitnya ${field.min} ${itemLabel}`,
        });
      }
      if (items.length > field.max) {
        errors.push({
          inputId: `${fieldInputId(field.name)}-tambah`,
          path: field.name,
          message: `${field.label} paling banyak ${field.max} ${itemLabel}`,
        });
      }
      items.forEach((item, i) => {
        for (const sub of field.fields) {
          const label = `${sub.label} (${itemLabel} ${i + 1})`;
          const message = checkFieldValue(sub, item[sub.name] ?? '', label);
          if (message) {
            errors.push({ inputId: fieldInputId(field.name, i, sub.name), path: `${field.name}.${i}.${sub.name}`, message });
          }
        }
      });
      continue;
    }
    const raw = typeof values[field.name] === 'string' ? (values[field.name] as string) : '';
    if (PLACEHOLDER_IN_TEXT.test(raw) && isUntouchedPrefill(field.name, raw, options.prefilled)) continue;
    const message = checkFieldValue(field, raw) ?? dateOrderMessage(field, meta, values);
    if (message) errors.push({ inputId: fieldInputId(field.name), path: field.name, message });
  }
  return errors;
}
