/**
 * Turns zod failures into authors' messages: Indonesian, one per problem, with the field path,
 * a fix, and a "maksud Anda ...?" suggestion for misspelt field names.
 */
import { z, type ZodError, type ZodIssue, type ZodTypeAny } from 'zod';
import { error, formatPath, type CheckIssue, type PathPart } from './issue';
import { helpKey } from './field-help';
import { closest } from './suggest';

const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  boolean: 'true/false',
  array: 'daftar',
  object: 'blok isian',
  date: 'tanggal',
  undefined: 'kosong',
  null: 'kosong',
};

/** Keys of the object schema found at `path` inside `schema`, for suggestions. */
export function objectKeysAt(schema: ZodTypeAny, path: readonly PathPart[]): string[] {
  let s: ZodTypeAny | undefined = schema;
  const unwrap = (t: ZodTypeAny): ZodTypeAny => {
    let cur: ZodTypeAny = t;
    for (;;) {
      if (cur instanceof z.ZodDefault || cur instanceof z.ZodOptional || cur instanceof z.ZodNullable) cur = cur._def.innerType;
      else if (cur instanceof z.ZodEffects) cur = cur._def.schema;
      else if (cur instanceof z.ZodPipeline) cur = cur._def.in;
      else return cur;
    }
  };
  for (const part of path) {
    if (!s) return [];
    s = unwrap(s);
    if (typeof part === 'number' && s instanceof z.ZodArray) s = s.element;
    else if (typeof part === 'string' && s instanceof z.ZodObject) s = (s.shape as Record<string, ZodTypeAny>)[part];
    else if (s instanceof z.ZodRecord && typeof part === 'string') s = s._def.valueType;
    else return [];
  }
  if (!s) return [];
  s = unwrap(s);
  if (s instanceof z.ZodUnion) {
    for (const option of s._def.options as ZodTypeAny[]) {
      const o = unwrap(option);
      if (o instanceof z.ZodObject) return Object.keys(o.shape);
    }
  }
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

function describe(issue: ZodIssue, schema: ZodTypeAny): { message: string; fix?: string } {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return { message: 'Kolom wajib ini belum diisi.' };
      return {
        message: `Isinya harus ${TYPE_NAMES[issue.expected] ?? issue.expected}, bukan ${TYPE_NAMES[issue.received] ?? issue.received}.`,
      };
    case 'unrecognized_keys': {
      const known = objectKeysAt(schema, issue.path);
      const parts = issue.keys.map((k) => {
        const guess = closest(k, known);
        return guess ? `"${k}" (maksud Anda "${guess}"?)` : `"${k}"`;
      });
      return {
        message: `Kolom tidak dikenal: ${parts.join(', ')}.`,
        fix: `Periksa ejaannya atau hapus. Kolom yang dikenal di sini: ${known.join(', ')}.`,
      };
    }
    case 'too_small':
      if (issue.type === 'string') return { message: 'Isinya tidak boleh kosong.' };
      if (issue.type === 'array' && issue.message && !issue.message.startsWith('Array must'))
        return { message: issue.message };
      if (issue.type === 'array') return { message: `Daftar ini minimal berisi ${issue.minimum} butir.` };
      return { message: `Nilainya minimal ${issue.minimum}.` };
    case 'too_big':
      return { message: `Nilainya maksimal ${issue.maximum}.` };
    case 'invalid_enum_value':
      return {
        message: issue.message.startsWith('Invalid enum')
          ? `Nilai "${String(issue.received)}" tidak dikenal; pilih salah satu: ${issue.options.join(', ')}.`
          : issue.message,
      };
    case 'invalid_union':
      return {
        message:
          issue.message && issue.message !== 'Invalid input'
            ? issue.message
            : 'Bentuk isian tidak sesuai dengan pilihan yang diizinkan.',
      };
    default:
      return { message: issue.message };
  }
}

/** One CheckIssue per zod issue. `help` maps help keys ("langkah[].waktu") to fixes. */
export function zodIssues(
  err: ZodError,
  schema: ZodTypeAny,
  file: string,
  help: Record<string, string>,
  prefix: readonly PathPart[] = [],
): CheckIssue[] {
  return err.issues.map((issue) => {
    const { message, fix } = describe(issue, schema);
    const key = helpKey(issue.path);
    const fallback =
      help[key] ?? help[key.replace(/\.[^.[\]]+$/, '')] ?? 'Sesuaikan isian dengan contoh di README (Panduan penulis).';
    return error(file, formatPath([...prefix, ...issue.path]), message, fix ?? fallback);
  });
}
