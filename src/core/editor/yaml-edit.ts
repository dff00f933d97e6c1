/**
 * Writes changed values back into an existing YAML text so that everything the author did not
 * change stays byte for byte: key order, quoting, comments, blank lines, long unwrapped strings.
 *
 * - Scalar changes (a text, a number, a date) are edited in yaml's concrete syntax tree
 *   (`CST.setScalarValue`), which reproduces every untouched byte.
 * - Structural changes (a step added, a key removed, a list grown) are made on the yaml
 *   `Document` (comments and quotes of the untouched children kept) and only the changed
 *   top-level field's text is replaced; every other field keeps its original bytes.
 * - New keys are inserted after the key that precedes them in the new data's order.
 */
import { Composer, CST, Document, isMap, isScalar, isSeq, Parser, Scalar, type Node, type Pair, type YAMLMap } from 'yaml';

type Path = (string | number)[];
type Op =
  | { kind: 'scalar'; path: Path; value: unknown }
  | { kind: 'replace'; path: Path; value: unknown }
  | { kind: 'delete'; path: Path }
  /** Replace `remove` items of the list at `path` from `at` on with `items`. */
  | { kind: 'splice'; path: Path; at: number; remove: number; items: unknown[] };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalarValue = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** A value that means "nothing written" for an optional field. */
export function isEmptyValue(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) ||
    (isPlainObject(v) && Object.values(v).every(isEmptyValue));
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/** The edits that turn `before` into `after`; empty new optional values are not additions. */
export function diffValues(before: unknown, after: unknown, path: Path = []): Op[] {
  if (deepEqual(before, after)) return [];
  if (isPlainObject(before) && isPlainObject(after)) {
    const ops: Op[] = [];
    for (const key of Object.keys(after)) {
      const b = before[key];
      const a = after[key];
      if (!(key in before) || b === undefined) {
        if (!isEmptyValue(a)) ops.push({ kind: 'replace', path: [...path, key], value: a });
      } else if (a === undefined || a === null || (a === '' && b !== '')) {
        ops.push({ kind: 'delete', path: [...path, key] });
      } else ops.push(...diffValues(b, a, [...path, key]));
    }
    for (const key of Object.keys(before)) {
      if (!(key in after) && before[key] !== undefined) ops.push({ kind: 'delete', path: [...path, key] });
    }
    return ops;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length === after.length) return after.flatMap((a, i) => diffValues(before[i], a, [...path, i]));
    // Items added or removed: keep the equal items at both ends, splice the middle.
    let head = 0;
    while (head < before.length && head < after.length && deepEqual(before[head], after[head])) head++;
    let tail = 0;
    while (
      tail < before.length - head &&
      tail < after.length - head &&
      deepEqual(before[before.length - 1 - tail], after[after.length - 1 - tail])
    ) tail++;
    return [{ kind: 'splice', path, at: head, remove: before.length - head - tail, items: after.slice(head, after.length - tail) }];
  }
  if (isScalarValue(before) && isScalarValue(after)) return [{ kind: 'scalar', path, value: after }];
  return [{ kind: 'replace', path, value: after }];
}

const MISREAD = /^(?:[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|\.inf|[-+]\.inf|\.nan|true|false|yes|no|on|off|null|~)$/i;

/** Whether a string must be quoted so that it reads back as the same string. */
export function needsQuotes(s: string): boolean {
  return (
    s === '' ||
    MISREAD.test(s) ||
    /^[\s]|[\s]$/.test(s) ||
    /^[-?:,[\]{}#&*!|>'"%@`]/.test(s) ||
    /:\s|:$|\s#/.test(s) ||
    /[\t]/.test(s)
  );
}

function scalarType(value: unknown, oldType: Scalar.Type | undefined): Scalar.Type {
  if (typeof value !== 'string') return 'PLAIN';
  if (value.includes('\n')) return 'BLOCK_LITERAL';
  if (oldType === 'QUOTE_SINGLE' && !value.includes("'")) return 'QUOTE_SINGLE';
  if (oldType === 'QUOTE_DOUBLE' || oldType === 'QUOTE_SINGLE') return 'QUOTE_DOUBLE';
  return needsQuotes(value) ? 'QUOTE_DOUBLE' : 'PLAIN';
}

interface Parsed {
  tokens: CST.Token[];
  doc: Document.Parsed;
}

function parse(text: string): Parsed {
  const tokens = [...new Parser().parse(text)];
  const docs = [...new Composer({ keepSourceTokens: true }).compose(tokens)];
  const doc = docs[0];
  if (!doc || docs.length !== 1) throw new Error('expected one YAML document');
  if (doc.errors.length) throw new Error(doc.errors[0]!.message);
  return { tokens, doc: doc as Document.Parsed };
}

function trySetScalars(parsed: Parsed, ops: Op[]): boolean {
  const edits: { token: CST.FlowScalar | CST.BlockScalar; value: unknown; type: Scalar.Type }[] = [];
  for (const op of ops) {
    if (op.kind !== 'scalar') return false;
    const node = parsed.doc.getIn(op.path, true);
    if (!isScalar(node) || !node.srcToken) return false;
    const type = scalarType(op.value, node.type);
    // A block scalar inside a flow collection cannot be written: fall back.
    if (type === 'BLOCK_LITERAL' && (node.srcToken.type === 'scalar' || node.type !== 'BLOCK_LITERAL')) {
      if (node.type !== 'BLOCK_LITERAL') return false;
    }
    edits.push({ token: node.srcToken as CST.FlowScalar | CST.BlockScalar, value: op.value, type });
  }
  for (const e of edits) {
    CST.setScalarValue(e.token, typeof e.value === 'string' ? e.value : String(e.value), { type: e.type });
  }
  return true;
}

function topPairs(doc: Document.Parsed): Pair<Scalar, Node | null>[] {
  if (!isMap(doc.contents)) throw new Error('frontmatter is not a map');
  return (doc.contents as YAMLMap<Scalar, Node | null>).items;
}

/** Text of one top-level `key: value` pair from a modified document, without a trailing newline. */
function pairText(doc: Document.Parsed, key: string): string {
  const node = doc.get(key, true) as Node | undefined;
  const single = new Document({});
  (single.contents as YAMLMap).set(key, node ?? null);
  return single.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '');
}

/** Start offset of each line containing `offset`. */
const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
const lineEnd = (text: string, offset: number) => {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i;
};

/**
 * Applies `next` (the whole new frontmatter value) to the YAML text `original`.
 * Returns the original text unchanged when nothing changed.
 */
export function updateYaml(original: string, next: Record<string, unknown>): string {
  const parsed = parse(original);
  const before = parsed.doc.toJS() as Record<string, unknown>;
  const ops = diffValues(before ?? {}, next);
  if (ops.length === 0) return original;
  if (trySetScalars(parsed, ops)) return parsed.tokens.map((t) => CST.stringify(t)).join('');
  const textual = structuralEdits(original, parsed.doc, ops, next);
  if (textual !== null) {
    const rest = ops.filter((o) => o.kind === 'scalar');
    if (!rest.length) return textual;
    const again = parse(textual);
    if (trySetScalars(again, rest)) return again.tokens.map((t) => CST.stringify(t)).join('');
  }
  return documentEdits(original, parsed, ops, next);
}

/** Block-style text of `value` with every line indented by `indent` spaces (no trailing newline). */
function blockText(value: unknown, indent: number, listItem: boolean): string {
  const text = new Document(value).toString({ lineWidth: 0 }).replace(/\n$/, '');
  const pad = ' '.repeat(indent);
  return text
    .split('\n')
    .map((line, i) => (listItem ? (i === 0 ? `${pad}- ${line}` : `${pad}  ${line}`) : `${pad}${line}`))
    .join('\n');
}

/** Offset just after the newline that ends the last line of `node`'s content. */
function nodeEnd(text: string, node: Node): number {
  let e = node.range![1];
  while (e > node.range![0] && /\s/.test(text[e - 1]!)) e--;
  return Math.min(text.length, lineEnd(text, e) + 1);
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/**
 * Adds, removes and replaces list items and map keys in block collections as text, at the
 * original offsets, leaving every other byte alone. Returns null when an edit touches a flow
 * collection (`[a, b]`, `{ a: 1 }`) or otherwise cannot be done as text.
 */
function structuralEdits(original: string, doc: Document.Parsed, ops: Op[], next: Record<string, unknown>): string | null {
  type Splice = { from: number; to: number; text: string };
  const splices: Splice[] = [];
  for (const op of ops) {
    if (op.kind === 'scalar') continue;
    if (op.kind === 'splice') {
      const seq = doc.getIn(op.path, true);
      if (!isSeq(seq) || seq.flow || seq.items.length === 0) return null;
      const items = seq.items as Node[];
      const first = items[0]!;
      const dash = lineStart(original, first.range![0]) + (original.slice(lineStart(original, first.range![0])).search(/\S/));
      if (original[dash] !== '-') return null;
      const indent = columnOf(original, dash);
      const start = op.at === 0 ? lineStart(original, first.range![0]) : nodeEnd(original, items[op.at - 1]!);
      const end = op.remove === 0 ? start : nodeEnd(original, items[op.at + op.remove - 1]!);
      const text = op.items.map((v) => `${blockText(v, indent, true)}\n`).join('');
      splices.push({ from: start, to: end, text });
      continue;
    }
    const parentPath = op.path.slice(0, -1);
    const key = op.path[op.path.length - 1]!;
    const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
    if (!isMap(parent) || parent.flow) return null;
    const pairs = parent.items as Pair<Scalar, Node | null>[];
    const index = pairs.findIndex((p) => String(p.key.value) === String(key));
    const anyPair = pairs[0];
    if (!anyPair) return null;
    const indent = columnOf(original, anyPair.key.range![0]);
    const pairEnd = (p: Pair<Scalar, Node | null>) => (p.value?.range ? nodeEnd(original, p.value) : lineEnd(original, p.key.range![1]) + 1);
    const replacement = op.kind === 'delete' ? '' : `${blockText({ [key]: op.value }, indent, false)}\n`;
    if (index >= 0) {
      const pair = pairs[index]!;
      splices.push({ from: lineStart(original, pair.key.range![0]), to: pairEnd(pair), text: replacement });
    } else if (op.kind !== 'delete') {
      // After the nearest key that precedes it in the new value's order, else after the last key.
      const nextParent = parentPath.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], next);
      const order = nextParent && typeof nextParent === 'object' ? Object.keys(nextParent) : [];
      let after = pairs[pairs.length - 1]!;
      for (let i = order.indexOf(String(key)) - 1; i >= 0; i--) {
        const found = pairs.find((p) => String(p.key.value) === order[i]);
        if (found) {
          after = found;
          break;
        }
      }
      const at = pairEnd(after);
      splices.push({ from: at, to: at, text: replacement });
    }
  }
  splices.sort((a, b) => b.from - a.from || b.to - a.to);
  for (let i = 1; i < splices.length; i++) if (splices[i]!.to > splices[i - 1]!.from && splices[i]!.from !== splices[i - 1]!.from) return null;
  let out = original;
  for (const sp of splices) out = out.slice(0, sp.from) + sp.text + out.slice(sp.to);
  return out;
}

/** Fallback for edits text splicing cannot do: per changed top-level key, re-stringify that key only. */
function documentEdits(original: string, parsed: Parsed, ops: Op[], next: Record<string, unknown>): string {
  // Structural edits: per top-level key, splice the re-stringified pair into the original text.
  const changedTop = new Set(ops.map((o) => String(o.path[0])));
  const pairs = topPairs(parsed.doc);
  const ranges = new Map<string, [number, number]>();
  for (const p of pairs) {
    const key = String(p.key.value);
    const start = p.key.range![0];
    const valueEnd = p.value?.range ? p.value.range[1] : p.key.range![1];
    ranges.set(key, [lineStart(original, start), valueEnd]);
  }
  const mod = parse(original).doc;
  for (const key of changedTop) {
    if (key in next && next[key] !== undefined && !(ops.some((o) => o.kind === 'delete' && o.path.length === 1 && o.path[0] === key))) {
      for (const op of ops.filter((o) => String(o.path[0]) === key)) {
        if (op.kind === 'delete') mod.deleteIn(op.path);
        else if (op.kind === 'scalar') {
          const node = mod.getIn(op.path, true);
          if (isScalar(node)) {
            node.value = op.value;
            node.type = scalarType(op.value, node.type);
          } else mod.setIn(op.path, op.value);
        } else if (op.kind === 'splice') {
          const seq = mod.getIn(op.path, true);
          if (isSeq(seq)) seq.items.splice(op.at, op.remove, ...op.items.map((v) => mod.createNode(v)));
          else mod.setIn(op.path, mod.createNode(next[key]));
        } else mod.setIn(op.path, mod.createNode(op.value));
      }
    }
  }
  type Splice = { from: number; to: number; text: string };
  const splices: Splice[] = [];
  const nextKeys = Object.keys(next);
  for (const key of changedTop) {
    const range = ranges.get(key);
    const removed = !(key in next) || next[key] === undefined || ops.some((o) => o.kind === 'delete' && o.path.length === 1 && o.path[0] === key);
    if (removed) {
      if (range) splices.push({ from: range[0], to: Math.min(original.length, lineEnd(original, range[1]) + 1), text: '' });
      continue;
    }
    const text = pairText(mod, key);
    if (range) {
      // Keep a trailing comment on the value's last line.
      const trailing = /\s*$/.exec(original.slice(range[0], range[1]))![0];
      splices.push({ from: range[0], to: range[1], text: text.replace(/\s+$/, '') + trailing });
    } else {
      // New key: after the nearest preceding key (in the new order) that exists; else at the end.
      let at = original.endsWith('\n') ? original.length : original.length;
      for (let i = nextKeys.indexOf(key) - 1; i >= 0; i--) {
        const r = ranges.get(nextKeys[i]!);
        if (r) {
          at = Math.min(original.length, lineEnd(original, r[1]) + 1);
          break;
        }
      }
      const needsNl = at === original.length && !original.endsWith('\n') && original.length > 0;
      splices.push({ from: at, to: at, text: `${needsNl ? '\n' : ''}${text}\n` });
    }
  }
  splices.sort((a, b) => b.from - a.from || b.to - a.to);
  let out = original;
  for (const s of splices) out = out.slice(0, s.from) + s.text + out.slice(s.to);
  return out;
}

/** A new YAML text for a value with no original (a new entry). */
export function stringifyYaml(value: Record<string, unknown>): string {
  const clean = JSON.parse(JSON.stringify(value, (_k, v) => (v === null || v === '' ? undefined : v)));
  return new Document(clean).toString({ lineWidth: 0, flowCollectionPadding: false });
}
