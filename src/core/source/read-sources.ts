/**
 * From a file's text to a validated source, or to the author's messages: the same reading
 * for `npm run check`, the build, the dev server and the editor (which has no file system).
 */
import type { AgencySource, EvaluationSource, ServiceSource, SopSource } from '../catalog/catalog';
import { AGENCY_FIELD_HELP, EVALUATION_FIELD_HELP, REGULATION_FIELD_HELP, SERVICE_FIELD_HELP, SITE_FIELD_HELP, SOP_FIELD_HELP } from '../checks/field-help';
import { issue, type CheckIssue, type PathPart } from '../checks/issue';
import { objectKeysAt, zodIssues } from '../checks/zod-issues';
import { MESSAGES } from '../checks/messages';
import { agencySchema, type Agency } from '../model/agency';
import { REGULATION_ID, regulationSchema, type Regulation } from '../model/regulation';
import { idOf } from '../model/id';
import { evaluationRecordSchema, type EvaluationRecord } from '../model/evaluation';
import { serviceSchema, type Service } from '../model/service';
import { siteSchema, type SiteSettings } from '../model/site';
import { sopSchema, type SopFrontmatter } from '../model/sop';
import { splitFrontmatter } from './frontmatter';
import { lineOfPath, parseYamlSource, validateSource, type YamlSource } from './yaml-source';

export interface ReadResult<T> {
  /** The valid source, or null when it has errors. */
  value: T | null;
  issues: CheckIssue[];
  /** The parsed YAML, for placing later messages at their lines (null if unreadable). */
  yaml: YamlSource | null;
}

/** Nothing written (an empty file, or only comments): one message, not one per missing field. */
const isEmptyData = (value: unknown) => value === null || value === undefined || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);

/** What each kind of file is called in the empty-file message, and where its author starts. */
const EMPTY = {
  sop: { what: 'Frontmatter SOP ini', start: 'jalankan npm run new-sop -- <folder>/<nama>' },
  agency: { what: 'Berkas instansi ini', start: 'salin contoh berkas instansi di README (Agencies and regulations)' },
  service: { what: 'Berkas layanan ini', start: 'salin contoh berkas layanan di README (Services for the public), lalu isi nama, ringkasan, sop, persyaratan dan prosedur' },
  regulations: { what: 'Berkas dasar hukum ini', start: 'tulis setiap peraturan sebagai id: { jenis, nomor, tahun, tentang }, misalnya uu-11-2009: { jenis: Undang-Undang, nomor: "11", tahun: 2009, tentang: Kesejahteraan Sosial } (contoh di README, Agencies and regulations)' },
  evaluation: { what: 'Catatan monitoring/evaluasi ini', start: 'salin contoh catatan di README (Monitoring and evaluation), lalu isi jenis, penilai dan hasilnya' },
} as const;
const emptyIssue = (kind: keyof typeof EMPTY, file: string, line: number): CheckIssue => ({ ...issue(MESSAGES.emptyData, file, '', EMPTY[kind]), line });

/** Line of a field path in a read file, for messages from later rules. */
export function locate(yaml: YamlSource | null, path: string): number | undefined {
  return yaml ? lineOfPath(yaml, path) : undefined;
}

/** The SOP's own field names ("pelaksana", "langkah"), which no narrative starts a line with. */
const SOP_FIELDS = new Set(objectKeysAt(sopSchema, []));

/**
 * An SOP field written right after the frontmatter closed ("pelaksana:" at the start of a line,
 * before any narrative), with its line in the body; null when the body starts with narrative.
 */
function fieldAfterClose(body: string): { field: string; offset: number } | null {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const key = /^([a-z_]+):(?:\s|$)/.exec(line)?.[1];
    if (key && SOP_FIELDS.has(key)) return { field: key, offset: i };
    // Blank lines, the rest of a block (indented) and list items can still be frontmatter; anything else is narrative.
    if (!(line.trim() === '' || /^\s/.test(line) || /^-\s/.test(line) || /^[a-z_]+:(?:\s|$)/.test(line))) return null;
  }
  return null;
}

/** An SOP file's text (MDX with frontmatter). `id` is its path under sops/ without extension. */
export function readSopText(id: string, file: string, text: string): ReadResult<SopSource> {
  const split = splitFrontmatter(text);
  if (!split) {
    // "---" on a later line, after empty lines or spaces: the frontmatter is there, but not where it must start.
    const late = /^(?:\uFEFF?[ \t]*\r?\n)+[ \t]*---[ \t]*\r?\n/.exec(text);
    if (late) {
      const line = late[0].split('\n').length - 1;
      return { value: null, issues: [{ ...issue(MESSAGES.frontmatterNotFirst, file, '', { line, blank: line - 1 }), line: 1 }], yaml: null };
    }
    // Opened with "---" but never closed, or lines ended by CR alone: different mistakes from a file without frontmatter.
    const def = /^\uFEFF?---[ \t]*\r(?!\n)/.test(text)
      ? MESSAGES.crLineEnds
      : /^\uFEFF?---[ \t]*\r?\n/.test(text)
        ? MESSAGES.frontmatterUnclosed
        : MESSAGES.noFrontmatter;
    return { value: null, issues: [{ ...issue(def, file, '', {}), line: 1 }], yaml: null };
  }
  // A "---" line among the fields closes the frontmatter early: the fields after it would be read as narrative.
  const closedEarly = fieldAfterClose(split.body);
  if (closedEarly) {
    const at = split.bodyLine + closedEarly.offset;
    return { value: null, issues: [{ ...issue(MESSAGES.frontmatterClosedEarly, file, '', { field: closedEarly.field, line: at }), line: split.bodyLine - 1 }], yaml: null };
  }
  const parsed = parseYamlSource(split.yaml, file, split.yamlLine - 1);
  if (!parsed.source) return { value: null, issues: parsed.issues, yaml: null };
  if (isEmptyData(parsed.source.value)) return { value: null, issues: [emptyIssue('sop', file, split.yamlLine)], yaml: parsed.source };
  const result = validateSource<SopFrontmatter>(sopSchema, parsed.source, SOP_FIELD_HELP);
  if (!result.data) return { value: null, issues: result.issues, yaml: parsed.source };
  return { value: { id, file, data: result.data, body: split.body, bodyLine: split.bodyLine }, issues: parsed.source.notes, yaml: parsed.source };
}

/** An agency file's text (YAML). */
export function readAgencyText(id: string, file: string, text: string): ReadResult<AgencySource> {
  const parsed = parseYamlSource(text, file, 0);
  if (!parsed.source) return { value: null, issues: parsed.issues, yaml: null };
  if (isEmptyData(parsed.source.value)) return { value: null, issues: [emptyIssue('agency', file, 1)], yaml: parsed.source };
  const result = validateSource<Agency>(agencySchema, parsed.source, AGENCY_FIELD_HELP);
  if (!result.data) return { value: null, issues: result.issues, yaml: parsed.source };
  return { value: { id, file, data: result.data }, issues: parsed.source.notes, yaml: parsed.source };
}

/** A service file's text (YAML, sops/_layanan/<id>.yaml). */
export function readServiceText(id: string, file: string, text: string): ReadResult<ServiceSource> {
  const parsed = parseYamlSource(text, file, 0);
  if (!parsed.source) return { value: null, issues: parsed.issues, yaml: null };
  if (isEmptyData(parsed.source.value)) return { value: null, issues: [emptyIssue('service', file, 1)], yaml: parsed.source };
  const result = validateSource<Service>(serviceSchema, parsed.source, SERVICE_FIELD_HELP);
  if (!result.data) return { value: null, issues: result.issues, yaml: parsed.source };
  return { value: { id, file, data: result.data }, issues: parsed.source.notes, yaml: parsed.source };
}

/** A monitoring or evaluation record; the SOP and the date come from its path. */
export function readEvaluationText(sopId: string, date: string, file: string, text: string): ReadResult<EvaluationSource> {
  const parsed = parseYamlSource(text, file, 0);
  if (!parsed.source) return { value: null, issues: parsed.issues, yaml: null };
  if (isEmptyData(parsed.source.value)) return { value: null, issues: [emptyIssue('evaluation', file, 1)], yaml: parsed.source };
  const result = validateSource<EvaluationRecord>(evaluationRecordSchema, parsed.source, EVALUATION_FIELD_HELP);
  if (!result.data) return { value: null, issues: result.issues, yaml: parsed.source };
  return { value: { sopId, date, file, data: result.data }, issues: parsed.source.notes, yaml: parsed.source };
}

export interface RegulationsRead {
  regulations: Map<string, Regulation>;
  /** Ids whose entry has errors (reported once, at the entry). */
  broken: Set<string>;
  /** The file as a whole could not be read (a YAML error, not a map of entries). */
  unreadable: boolean;
  issues: CheckIssue[];
  yaml: YamlSource | null;
}

/** The regulations file's text: each entry validated on its own, so one bad entry is one error. */
export function readRegulationsText(file: string, text: string): RegulationsRead {
  const out: RegulationsRead = { regulations: new Map(), broken: new Set(), unreadable: false, issues: [], yaml: null };
  const parsed = parseYamlSource(text, file, 0);
  if (!parsed.source) return { ...out, issues: parsed.issues, unreadable: true };
  out.yaml = parsed.source;
  out.issues.push(...parsed.source.notes);
  // Nothing written: one message here rather than "not found" at every SOP that cites a regulation.
  if (isEmptyData(parsed.source.value)) return { ...out, issues: [...out.issues, emptyIssue('regulations', file, 1)], unreadable: true };
  const value = parsed.source.value;
  if (typeof value !== 'object' || Array.isArray(value)) {
    // Written as a list of entries, each with its "id:" ("- id: uu-11-2009"), as other data files are.
    const listed = Array.isArray(value) ? value.find((e): e is Record<string, unknown> => typeof e === 'object' && e !== null && typeof (e as Record<string, unknown>).id === 'string') : undefined;
    if (listed) {
      const { id, ...fields } = listed;
      const shown = Object.entries(fields).map(([k, v]) => `${k}: ${typeof v === 'string' && /^\d+$/.test(v) ? `"${v}"` : String(v)}`).join(', ');
      out.issues.push({
        ...issue(MESSAGES.badFormat, file, '', { detail: 'Berkas dasar hukum ditulis sebagai daftar butir "- id: ...", padahal setiap peraturan ditulis dengan id-nya sebagai nama kolom, agar SOP dapat menyebutnya dengan id itu.' },
          `Tulis setiap peraturan di barisnya sendiri, diawali id-nya, tanpa "- " dan tanpa "id:", misalnya ${String(id)}: { ${shown} }.`),
        line: 1,
      });
      return { ...out, unreadable: true };
    }
    out.issues.push({ ...issue(MESSAGES.badFormat, file, '', { detail: 'Berkas dasar hukum harus berisi daftar id: { jenis, nomor, tahun, tentang }.' }), line: 1 });
    return { ...out, unreadable: true };
  }
  for (const [id, entry] of Object.entries(value as Record<string, unknown>)) {
    if (!REGULATION_ID.test(id)) {
      out.issues.push({ ...issue(MESSAGES.regulationBadId, file, id, { id, meant: idOf(id) }), line: lineOfPath(parsed.source, id) });
      out.broken.add(id);
      // SOPs cite the id as it should have been written ("uu-11-2009" for "UU-11-2009").
      out.broken.add(id.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''));
      continue;
    }
    const result = validateSource<Regulation>(regulationSchema, parsed.source, REGULATION_FIELD_HELP, entry, [id]);
    if (result.data) out.regulations.set(id, result.data);
    else {
      out.issues.push(...result.issues);
      out.broken.add(id);
    }
  }
  return out;
}

/**
 * One regulation: its id's form, then its fields. `at` says where the entry's id and fields are
 * in the data (the file: the key itself and [id]; the editor's list: "peraturan[2].id" and
 * ["peraturan", 2]), so the reader and the editor report the same problems.
 */
export function readRegulationEntry(
  file: string,
  id: string,
  entry: unknown,
  at: { id: string; fields: PathPart[] },
): { value: Regulation | null; issues: CheckIssue[] } {
  if (!REGULATION_ID.test(id)) return { value: null, issues: [issue(MESSAGES.regulationBadId, file, at.id, { id, meant: idOf(id) })] };
  const result = regulationSchema.safeParse(entry ?? {});
  if (result.success) return { value: result.data, issues: [] };
  return { value: null, issues: zodIssues(result.error, regulationSchema, file, REGULATION_FIELD_HELP, at.fields) };
}

/** The site settings file's text (sops/_data/situs.yaml). */
export function readSiteText(file: string, text: string): ReadResult<SiteSettings> {
  const parsed = parseYamlSource(text, file, 0);
  if (!parsed.source) return { value: null, issues: parsed.issues, yaml: null };
  const result = validateSource<SiteSettings>(siteSchema, parsed.source, SITE_FIELD_HELP);
  return { value: result.data, issues: [...parsed.source.notes, ...result.issues], yaml: parsed.source };
}
