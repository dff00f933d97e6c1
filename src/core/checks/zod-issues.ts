/**
 * Turns zod failures into authors' messages: Indonesian, one per problem, with the field path,
 * a fix, and a "maksud Anda ...?" suggestion for misspelt field names.
 */
import { z, type ZodError, type ZodIssue, type ZodTypeAny } from 'zod';
import { formatPath, issue, type CheckIssue, type PathPart } from './issue';
import { MESSAGES, type MessageDef, type MessageKey } from './messages';
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

/** The message for one zod issue. Custom refinements name their message in `params.key`. */
function describe(z0: ZodIssue, schema: ZodTypeAny, file: string, path: string): CheckIssue {
  switch (z0.code) {
    case 'invalid_type':
      if (z0.received === 'undefined' || z0.received === 'null') return issue(MESSAGES.required, file, path, {});
      return issue(MESSAGES.wrongType, file, path, {
        expected: TYPE_NAMES[z0.expected] ?? z0.expected,
        received: TYPE_NAMES[z0.received] ?? z0.received,
      });
    case 'unrecognized_keys': {
      const known = objectKeysAt(schema, z0.path);
      const keys = z0.keys
        .map((k) => {
          const guess = closest(k, known);
          return guess ? `"${k}" (maksud Anda "${guess}"?)` : `"${k}"`;
        })
        .join(', ');
      return issue(MESSAGES.unknownKeys, file, path, { keys, known: known.join(', ') });
    }
    case 'too_small':
      if (z0.type === 'string' && Number(z0.minimum) <= 1) return issue(MESSAGES.emptyText, file, path, {});
      if (z0.type === 'string')
        return issue(MESSAGES.badFormat, file, path, { detail: z0.message.startsWith('String must') ? `Isinya minimal ${z0.minimum} huruf.` : z0.message });
      if (z0.type === 'array' && z0.message && !z0.message.startsWith('Array must'))
        return issue(MESSAGES.badFormat, file, path, { detail: z0.message });
      if (z0.type === 'array') return issue(MESSAGES.tooFewItems, file, path, { minimum: Number(z0.minimum) });
      return issue(MESSAGES.badFormat, file, path, { detail: z0.message.startsWith('Number must') ? `Nilainya minimal ${z0.minimum}.` : z0.message });
    case 'too_big':
      if (z0.type === 'array') return issue(MESSAGES.tooManyItems, file, path, { maximum: Number(z0.maximum) });
      return issue(MESSAGES.badFormat, file, path, { detail: z0.message.startsWith('Number must') ? `Nilainya maksimal ${z0.maximum}.` : z0.message });
    case 'invalid_enum_value':
      if (z0.message.startsWith('Invalid enum'))
        return issue(MESSAGES.badChoice, file, path, { value: String(z0.received), options: z0.options.join(', ') });
      return issue(MESSAGES.badFormat, file, path, { detail: z0.message });
    case 'invalid_literal':
      return issue(MESSAGES.badChoice, file, path, { value: String(z0.received), options: String(z0.expected) });
    case 'custom': {
      const key = (z0.params as { key?: MessageKey } | undefined)?.key;
      const def = key ? (MESSAGES[key] as MessageDef<{ detail: string }>) : MESSAGES.badFormat;
      return issue(def, file, path, { detail: z0.message });
    }
    default:
      return issue(MESSAGES.badFormat, file, path, {
        detail: z0.message && z0.message !== 'Invalid input' ? z0.message : 'Bentuk isian tidak sesuai dengan pilihan yang diizinkan.',
      });
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
  return err.issues.map((z0) => {
    const found = describe(z0, schema, file, formatPath([...prefix, ...z0.path]));
    const key = helpKey(z0.path);
    const fieldHelp = help[key] ?? help[key.replace(/\.[^.[\]]+$/, '')];
    // The field's own help is the better fix, except where the message computed a precise one.
    if (fieldHelp && found.code !== MESSAGES.unknownKeys.code && found.code !== MESSAGES.badChoice.code) found.fix = fieldHelp;
    return found;
  });
}
