/**
 * Checks one SOP entry as the editor holds it, with the SAME core code as `npm run check`: the
 * zod schema with its Indonesian messages, then the flow, reference, uniqueness and freshness
 * rules against a catalog rebuilt from the editor's snapshot. Issues keep their field paths
 * ("langkah[2].pelaksana") so the editor shows each one at its field.
 */
import type { AgencySource, Catalog, SopSource } from '../catalog/catalog';
import { checkSop } from '../checks/check-catalog';
import { SOP_FIELD_HELP } from '../checks/field-help';
import type { CheckIssue } from '../checks/issue';
import { zodIssues } from '../checks/zod-issues';
import { sopSchema, type SopFrontmatter } from '../model/sop';
import type { EditorCatalog } from './editor-catalog';
import { SOP_FIELDS } from './fields';

export interface EntryCheck {
  issues: CheckIssue[];
  /** The validated SOP when the schema accepted it (for the preview). */
  data: SopFrontmatter | null;
}

/** A catalog of the rest of the project, with stand-ins for what the rules only look up by id. */
export function catalogFromSnapshot(snapshot: EditorCatalog, exceptId?: string): Catalog {
  return {
    agencies: new Map(snapshot.agencies.map((a) => [a.id, { id: a.id, file: a.file, data: a.data } as AgencySource])),
    regulations: new Map(snapshot.regulations.map((r) => [r.id, r.data])),
    regulationsFile: snapshot.regulationsFile,
    sops: snapshot.sops
      .filter((s) => s.id !== exceptId)
      // The other SOPs as the editor started with them (their dates, for the rules on successors
      // and records), with what the snapshot keeps up to date while entries are saved.
      .map((s) => {
        const { digantikan_oleh: _replaced, ...published } = s.published?.data ?? ({} as Partial<SopFrontmatter>);
        const data = { ...published, nomor: s.nomor, instansi: s.instansi, judul: s.judul, ...(s.status ? { status: s.status } : {}), ...(s.digantikan_oleh ? { digantikan_oleh: s.digantikan_oleh } : {}) };
        return { id: s.id, file: s.file, body: '', data: data as SopFrontmatter };
      }),
    broken: {
      agencies: new Set(snapshot.broken?.agencies),
      regulations: new Set(snapshot.broken?.regulations),
      ...(snapshot.broken?.regulationsFile ? { regulationsFile: true } : {}),
      // The entry being edited is checked for what it is now, not for how it was read.
      sops: new Set(snapshot.broken?.sops.filter((s) => s !== exceptId)),
    },
    letterTemplates: snapshot.letters ? new Set(snapshot.letters.map((l) => l.id)) : undefined,
  };
}

/** An optional group of fields left all empty (dicabut: { tanggal: '', alasan: '' }): not written. */
function isBlankObject(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  return Object.values(v).every((x) => x === undefined || x === null || x === '' || isBlankObject(x));
}

/** Removes what the form adds but the file never holds: editor keys, empty optional values. */
export function entryFrontmatter(entry: Record<string, unknown>, ignore: readonly string[] = []): Record<string, unknown> {
  const clean = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(clean);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        if (x === undefined || x === null || x === '') continue;
        out[k] = clean(x);
      }
      return out;
    }
    return v;
  };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entry)) {
    if (ignore.includes(k) || v === undefined || v === null || v === '') continue;
    if (SOP_FIELDS[k]?.optional && isBlankObject(v)) continue;
    out[k] = clean(v);
  }
  return out;
}

/**
 * `id` is the SOP id (path under sops/ without .mdx), `file` its path from the project root,
 * `today` "YYYY-MM-DD".
 */
export function checkEntry(
  id: string,
  file: string,
  frontmatter: Record<string, unknown>,
  snapshot: EditorCatalog,
  today: string,
): EntryCheck {
  const parsed = sopSchema.safeParse(frontmatter);
  if (!parsed.success) return { issues: zodIssues(parsed.error, sopSchema, file, SOP_FIELD_HELP), data: null };
  const catalog = catalogFromSnapshot(snapshot, id);
  const sop: SopSource = { id, file, data: parsed.data, body: '' };
  // The same rules as `npm run check` on one entry (a duplicate nomor is reported on the entry).
  return { issues: checkSop(sop, catalog, today), data: parsed.data };
}

/** Issues whose path is `path` or inside it ("langkah" holds "langkah[2].waktu"). */
export function issuesAt(issues: readonly CheckIssue[], path: string): CheckIssue[] {
  return issues.filter((i) => i.path.split(', ').some((p) => p === path || p.startsWith(`${path}.`) || p.startsWith(`${path}[`)));
}
