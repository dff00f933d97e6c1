/**
 * Turns zod failures into authors' messages: Indonesian, one per problem, with the field path,
 * a fix, and a "maksud Anda ...?" suggestion for misspelt field names.
 */
import { z, type ZodError, type ZodIssue, type ZodTypeAny } from 'zod';
import { formatPath, issue, type CheckIssue, type PathPart } from './issue';
import { MESSAGES, type MessageDef, type MessageKey } from './messages';
import { helpKey } from './field-help';
import { closestField, dateFieldMeant } from './suggest';

/** Every type zod can name (ZodParsedType), in the author's words. */
const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  integer: 'bilangan bulat',
  float: 'angka pecahan',
  nan: 'angka',
  bigint: 'angka',
  boolean: 'true/false',
  array: 'daftar',
  object: 'blok isian',
  date: 'tanggal',
  undefined: 'kosong',
  null: 'kosong',
  map: 'blok isian',
  set: 'daftar',
};
/** A type name, or the choices of an enum ("'draf' | 'berlaku'" -> "salah satu dari: draf, berlaku"). */
function typeName(t: string): string {
  if (t.includes('|')) return `salah satu dari: ${t.split('|').map((o) => o.trim().replace(/^'|'$/g, '')).join(', ')}`;
  return TYPE_NAMES[t] ?? 'isian lain';
}

function unwrap(t: ZodTypeAny): ZodTypeAny {
  let cur: ZodTypeAny = t;
  for (;;) {
    if (cur instanceof z.ZodDefault || cur instanceof z.ZodOptional || cur instanceof z.ZodNullable) cur = cur._def.innerType;
    else if (cur instanceof z.ZodEffects) cur = cur._def.schema;
    else if (cur instanceof z.ZodPipeline) cur = cur._def.in;
    else return cur;
  }
}

/** The schema of the field at `path` inside `schema` (as written, not unwrapped), if any. */
function schemaAt(schema: ZodTypeAny, path: readonly PathPart[]): ZodTypeAny | undefined {
  let s: ZodTypeAny | undefined = schema;
  for (const part of path) {
    if (!s) return undefined;
    let u = unwrap(s);
    if (u instanceof z.ZodUnion) {
      const options = (u._def.options as ZodTypeAny[]).map(unwrap);
      u = options.find((o) => (typeof part === 'number' ? o instanceof z.ZodArray : o instanceof z.ZodObject)) ?? u;
    }
    if (typeof part === 'number' && u instanceof z.ZodArray) s = u.element;
    else if (typeof part === 'string' && u instanceof z.ZodObject) s = (u.shape as Record<string, ZodTypeAny>)[part];
    else if (u instanceof z.ZodRecord && typeof part === 'string') s = u._def.valueType;
    else return undefined;
  }
  return s;
}

/** Keys of the object schema found at `path` inside `schema`, for suggestions. */
export function objectKeysAt(schema: ZodTypeAny, path: readonly PathPart[]): string[] {
  const at = schemaAt(schema, path);
  if (!at) return [];
  const s = unwrap(at);
  if (s instanceof z.ZodUnion) {
    for (const option of s._def.options as ZodTypeAny[]) {
      const o = unwrap(option);
      if (o instanceof z.ZodObject) return Object.keys(o.shape);
    }
  }
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

/** Whether the field at `path` may be left out (optional or with a default). */
function mayBeLeftOut(schema: ZodTypeAny, path: readonly PathPart[]): boolean {
  const at = schemaAt(schema, path);
  return at !== undefined && at.safeParse(undefined).success;
}

interface Found {
  issue: CheckIssue;
  /** Where the problem is in the file (an unknown key's own line, not its parent's). */
  at: PathPart[];
  /** For an unknown key: the field it probably meant ("pangat" -> "pangkat"). */
  meant?: PathPart[];
  /** Where its line is, when not at `at` (a missing field reported at the field that asks for it). */
  lineAt?: PathPart[];
}

const isDefaultMessage = (m: string) => /^(Invalid input|Required|Expected|Array must|String must|Number must)/.test(m);

/** Names a step's own number is written under ("no: 1", "nomor: 1", "urutan: 1"). */
const STEP_NUMBER_KEY = /^(?:no|nomor|nomer|nomor_langkah|no_urut|urutan|langkah)$/i;

/**
 * The field of a tanggal block (`{ pembuatan, efektif, ... }`) that `key`, unknown at `path`,
 * means: beside the block (`top`) or inside it; null when the schema has no such block there.
 */
function dateFieldIn(schema: ZodTypeAny, path: readonly PathPart[], key: string): { field: string; label: string | null; top: boolean } | null {
  const inBlock = path[path.length - 1] === 'tanggal';
  const blockKeys = objectKeysAt(schema, inBlock ? path : [...path, 'tanggal']);
  const meant = dateFieldMeant(key, inBlock);
  return meant && blockKeys.includes(meant.field) && !blockKeys.includes(key) ? { ...meant, top: !inBlock } : null;
}

/** The messages for one zod issue. Custom refinements name their message in `params.key`. */
function describe(z0: ZodIssue, schema: ZodTypeAny, file: string, prefix: readonly PathPart[]): Found[] {
  const at = [...prefix, ...z0.path];
  const path = formatPath(at);
  const one = (i: CheckIssue): Found[] => [{ issue: i, at }];
  switch (z0.code) {
    case 'invalid_type':
      if (z0.received === 'undefined' || z0.received === 'null') {
        if (typeof z0.path[z0.path.length - 1] === 'number') return one(issue(MESSAGES.emptyItem, file, path, { no: Number(z0.path[z0.path.length - 1]) + 1 }));
        if (z0.received === 'null' && mayBeLeftOut(schema, z0.path)) return one(issue(MESSAGES.emptyOptional, file, path, {}));
        return one(issue(MESSAGES.required, file, path, {}));
      }
      if (z0.message && !isDefaultMessage(z0.message)) return one(issue(MESSAGES.badFormat, file, path, { detail: z0.message }));
      return one(issue(MESSAGES.wrongType, file, path, { expected: typeName(z0.expected), received: typeName(z0.received) }));
    case 'unrecognized_keys': {
      const known = objectKeysAt(schema, z0.path);
      const inStep = at.length >= 2 && at[at.length - 2] === 'langkah' && typeof at[at.length - 1] === 'number';
      return z0.keys.map((k) => {
        // A step numbered by hand, as the document's table is: its number is its place in the list.
        if (inStep && STEP_NUMBER_KEY.test(k)) return { issue: issue(MESSAGES.stepNumberWritten, file, path, { key: k }), at: [...at, k] };
        // A date beside the block that holds it ("tanggal_pembuatan:"), or in it under the document's word ("pengesahan:").
        const date = dateFieldIn(schema, z0.path, k);
        if (date) {
          return { issue: issue(MESSAGES.dateFieldName, file, at.length ? path : k, { key: k, ...date }), at: [...at, k], meant: date.top ? [...at, 'tanggal', date.field] : [...at, date.field] };
        }
        const guess = closestField(k, known);
        const keys = guess ? `"${k}" (maksud Anda "${guess}"?)` : `"${k}"`;
        // The parent's path keeps the message at a field the editor shows; the line is the key's.
        const where = at.length ? path : k;
        return { issue: issue(MESSAGES.unknownKeys, file, where, { keys, known: known.join(', ') }), at: [...at, k], meant: guess ? [...at, guess] : undefined };
      });
    }
    case 'invalid_union': {
      if (z0.message && !isDefaultMessage(z0.message)) return one(issue(MESSAGES.badFormat, file, path, { detail: z0.message }));
      const branches = z0.unionErrors.map((e) => e.issues);
      const sameSpot = (i: ZodIssue) => i.path.length === z0.path.length;
      // The branch written in the right shape (a block with a wrong field) says what is wrong.
      const shaped = branches.find((b) => b.length > 0 && !b.every((i) => i.code === 'invalid_type' && sameSpot(i)));
      if (shaped) return shaped.flatMap((i) => describe(i, schema, file, prefix));
      const expected = [...new Set(branches.flatMap((b) => b.filter((i): i is Extract<ZodIssue, { code: 'invalid_type' }> => i.code === 'invalid_type').map((i) => typeName(i.expected))))];
      const first = branches[0]?.[0];
      const received = first && first.code === 'invalid_type' ? first.received : undefined;
      if (received === 'undefined' || received === 'null') return describe({ ...first!, path: z0.path } as ZodIssue, schema, file, prefix);
      if (expected.length && received) return one(issue(MESSAGES.wrongType, file, path, { expected: expected.join(' atau '), received: typeName(received) }));
      return one(issue(MESSAGES.badFormat, file, path, { detail: 'Bentuk isian tidak sesuai dengan contoh di README.' }));
    }
    case 'too_small':
      if (z0.type === 'string' && Number(z0.minimum) <= 1) return one(issue(MESSAGES.emptyText, file, path, {}));
      if (z0.type === 'string')
        return one(issue(MESSAGES.badFormat, file, path, { detail: isDefaultMessage(z0.message) ? `Isinya minimal ${z0.minimum} huruf.` : z0.message }));
      if (z0.type === 'array' && z0.message && !isDefaultMessage(z0.message)) return one(issue(MESSAGES.badFormat, file, path, { detail: z0.message }));
      if (z0.type === 'array') return one(issue(MESSAGES.tooFewItems, file, path, { minimum: Number(z0.minimum) }));
      return one(issue(MESSAGES.badFormat, file, path, { detail: isDefaultMessage(z0.message) ? `Nilainya minimal ${z0.minimum}.` : z0.message }));
    case 'too_big':
      if (z0.type === 'array' && z0.message && !isDefaultMessage(z0.message)) return one(issue(MESSAGES.badFormat, file, path, { detail: z0.message }));
      if (z0.type === 'array') return one(issue(MESSAGES.tooManyItems, file, path, { maximum: Number(z0.maximum) }));
      if (z0.type === 'string') return one(issue(MESSAGES.badFormat, file, path, { detail: isDefaultMessage(z0.message) ? `Teksnya paling panjang ${z0.maximum} huruf.` : z0.message }));
      return one(issue(MESSAGES.badFormat, file, path, { detail: isDefaultMessage(z0.message) ? `Nilainya maksimal ${z0.maximum}.` : z0.message }));
    case 'invalid_enum_value':
      if (z0.message.startsWith('Invalid enum'))
        return one(issue(MESSAGES.badChoice, file, path, { value: String(z0.received), options: z0.options.join(', ') }));
      return one(issue(MESSAGES.badFormat, file, path, { detail: z0.message }));
    case 'invalid_literal':
      return one(issue(MESSAGES.badChoice, file, path, { value: String(z0.received), options: String(z0.expected) }));
    case 'custom': {
      // `lineAt`: a field that is missing is reported at the line of the field that asks for it.
      // `values`: the message's other parameters, when it has more than the detail.
      const { key, lineAt, values } = (z0.params ?? {}) as { key?: MessageKey; lineAt?: PathPart[]; values?: Record<string, unknown> };
      const def: MessageDef<{ detail: string; fieldName?: string; file?: string }> = key ? (MESSAGES[key] as MessageDef<{ detail: string }>) : MESSAGES.badFormat;
      // `fieldName`: the name of the field the message is about, for a fix that writes it ("kelengkapan: ...").
      const fieldName = [...at].reverse().find((p) => typeof p === 'string') ?? '';
      return [{ issue: issue(def, file, path, { fieldName, file, ...values, detail: z0.message }), at, lineAt: lineAt && [...prefix, ...lineAt] }];
    }
    default:
      return one(issue(MESSAGES.badFormat, file, path, {
        detail: z0.message && !isDefaultMessage(z0.message) ? z0.message : 'Bentuk isian tidak sesuai dengan contoh di README.',
      }));
  }
}

/** The field's own help, else the nearest enclosing field's ("langkah[].keputusan.ya.label" -> ... -> "langkah"). */
export function fieldHelpFor(help: Record<string, string>, path: readonly PathPart[]): string | undefined {
  for (let n = path.length; n >= 0; n--) {
    const key = helpKey(path.slice(0, n));
    if (help[key] !== undefined) return help[key];
  }
  return undefined;
}

/** Messages whose fix is computed for the case and better than the field's general help. */
const PRECISE_FIX = new Set([
  MESSAGES.unknownKeys.code, MESSAGES.badChoice.code, MESSAGES.emptyOptional.code, MESSAGES.actorPlaceholder.code,
  MESSAGES.supersededNoSuccessor.code, MESSAGES.revokedNoDetails.code, MESSAGES.stepNumberWritten.code,
  MESSAGES.branchWithoutTarget.code, MESSAGES.decisionAsText.code, MESSAGES.actorAsText.code, MESSAGES.actorsInOneText.code,
  MESSAGES.actorByLabel.code, MESSAGES.unknownActor.code, MESSAGES.cellAsList.code,
  MESSAGES.branchesByLabel.code, MESSAGES.dateFieldName.code,
  MESSAGES.branchTargetWord.code, MESSAGES.mutuBakuAsList.code, MESSAGES.reviewAsPeriod.code,
  MESSAGES.officialAsText.code, MESSAGES.listAsText.code, MESSAGES.listAsNone.code, MESSAGES.regulationAsTitle.code,
  MESSAGES.contactInWrongField.code, MESSAGES.serviceFieldFromElsewhere.code,
  MESSAGES.evaluationFieldFromPath.code, MESSAGES.criteriaAsPairs.code, MESSAGES.decisionOneBranch.code,
  MESSAGES.branchTargetByText.code, MESSAGES.mutuBakuInStep.code, MESSAGES.actorWithHonorific.code, MESSAGES.actorsAsOneText.code,
  MESSAGES.agencyIdField.code, MESSAGES.stepAsText.code, MESSAGES.revisionAsDate.code,
  MESSAGES.listItemWithColon.code, MESSAGES.serviceRequirementsSplit.code, MESSAGES.serviceReasonOutsideBlock.code,
]);

/** One message per problem, with where it is in the file. `help` maps help keys ("langkah[].waktu") to fixes. */
export function zodFindings(
  err: ZodError,
  schema: ZodTypeAny,
  file: string,
  help: Record<string, string>,
  prefix: readonly PathPart[] = [],
): Found[] {
  const found = err.issues.flatMap((z0) => describe(z0, schema, file, prefix));
  // A misspelt key and the field it meant are one mistake: "almat" is reported, "alamat" missing is not.
  // A date written beside its block ("tanggal_pembuatan") also stands for the block it belongs in.
  const meant = new Set(found.flatMap((f) => (f.meant ? f.meant.map((_, n) => formatPath(f.meant!.slice(0, n + 1))) : [])));
  const kept = found.filter((f) => !(f.issue.code === MESSAGES.required.code && meant.has(formatPath(f.at))));
  for (const f of kept) {
    const fieldHelp = fieldHelpFor(help, f.at.slice(prefix.length));
    // The field's own help is the better fix, except where the message computed a precise one.
    if (fieldHelp && !PRECISE_FIX.has(f.issue.code)) f.issue.fix = fieldHelp;
  }
  return kept;
}

/** One CheckIssue per problem. `help` maps help keys ("langkah[].waktu") to fixes. */
export function zodIssues(
  err: ZodError,
  schema: ZodTypeAny,
  file: string,
  help: Record<string, string>,
  prefix: readonly PathPart[] = [],
): CheckIssue[] {
  return zodFindings(err, schema, file, help, prefix).map((f) => f.issue);
}
