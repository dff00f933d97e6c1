/**
 * Checks an agency, a service or the regulations list as the editor holds them, with the SAME core
 * code as `npm run check`: the agency schema and its rules (logo file, placeholders), the service
 * schema and its rules on the SOPs it names (checkService), each regulation's
 * id and fields (readRegulationEntry) and the rules on each (checkRegulation). The regulations form also says what the checker would
 * report once saved: a regulation still cited by an SOP that was removed or renamed, an id twice.
 * Issues carry the form's field paths ("kepala.nip", "peraturan[2].tahun").
 */
import { checkAgency } from '../checks/check-catalog';
import { AGENCY_FIELD_HELP, EVALUATION_FIELD_HELP, SERVICE_FIELD_HELP } from '../checks/field-help';
import { checkEvaluation } from '../checks/evaluation-rules';
import { evaluationRecordSchema } from '../model/evaluation';
import { classifyEvaluationPath, EVALUATIONS_DIR } from '../source/source-paths';
import { checkRegulation } from '../checks/regulation-rules';
import { checkService } from '../checks/service-rules';
import { serviceSchema } from '../model/service';
import { catalogFromSnapshot } from './check-entry';
import { isEmptyValue } from './yaml-edit';
import { issue, type CheckIssue } from '../checks/issue';
import { MESSAGES } from '../checks/messages';
import { zodIssues } from '../checks/zod-issues';
import { agencySchema } from '../model/agency';
import { readRegulationEntry } from '../source/read-sources';
import type { RegulationRow } from './data-file';
import type { EditorCatalog } from './editor-catalog';
import { REGULATIONS_KEY } from './fields';

/**
 * `id` is the file name without .yaml, `file` its path from the project root. `publicFileExists`
 * says whether a site path ("/logo/x.png") is a file under public/ (saved, or uploaded with this
 * entry); undefined = not checked.
 */
export function checkAgencyEntry(
  id: string,
  file: string,
  data: Record<string, unknown>,
  publicFileExists?: (path: string) => boolean,
): CheckIssue[] {
  const parsed = agencySchema.safeParse(data);
  if (!parsed.success) return zodIssues(parsed.error, agencySchema, file, AGENCY_FIELD_HELP);
  return checkAgency({ id, file, data: parsed.data }, { publicFileExists });
}

/** Whether a site path is one of the snapshot's public files or one of `uploaded` (repository paths "public/logo/x.png"). */
export function publicFileCheck(snapshot: EditorCatalog, uploaded: readonly string[] = []): ((path: string) => boolean) | undefined {
  if (!snapshot.publicFiles) return undefined;
  const known = new Set([...snapshot.publicFiles, ...uploaded.map((p) => `/${p.replace(/^\/?public\//, '')}`)]);
  return (path) => known.has(`/${path.replace(/^\/+/, '')}`);
}

/** `today` ("YYYY-MM-DD") lets each regulation's year be checked against the current year as the checker does. */
export function checkRegulationsEntry(file: string, rows: readonly RegulationRow[], snapshot: EditorCatalog, today?: string): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const firstRow = new Map<string, number>();
  const present = new Set<string>();
  rows.forEach((row, i) => {
    const { id: rawId, ...entry } = row;
    const id = typeof rawId === 'string' ? rawId.trim() : rawId === undefined || rawId === null ? '' : String(rawId);
    const idPath = `${REGULATIONS_KEY}[${i}].id`;
    const read = readRegulationEntry(file, id, entry, { id: idPath, fields: [REGULATIONS_KEY, i] });
    issues.push(...read.issues);
    if (read.value && today) issues.push(...checkRegulation(file, id, read.value, [REGULATIONS_KEY, i], today));
    if (id === '') return;
    present.add(id);
    const first = firstRow.get(id);
    if (first !== undefined) issues.push(issue(MESSAGES.duplicateRegulationId, file, idPath, { id, first: first + 1 }));
    else firstRow.set(id, i);
  });
  const citing = new Map<string, string[]>();
  for (const sop of snapshot.sops) {
    for (const id of sop.dasar_hukum ?? []) {
      if (present.has(id) || !snapshot.regulations.some((r) => r.id === id)) continue;
      citing.set(id, [...(citing.get(id) ?? []), sop.file]);
    }
  }
  for (const [id, sops] of citing) issues.push(issue(MESSAGES.regulationStillCited, file, REGULATIONS_KEY, { id, sops }));
  return issues;
}

/** Drops blocks the form holds but leaves empty (an untouched "Biaya" block): the file never holds them. */
function withoutEmptyBlocks(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => !isEmptyValue(v)));
}

/**
 * A service (`id` its file name without .yaml): its schema, then the service rules against the
 * snapshot's SOPs (that they exist, once each, of one agency, not revoked) and its placeholders.
 * The rules comparing with the SOPs' contents (time, cost, product) run at `npm run check`.
 */
export function checkServiceEntry(id: string, file: string, data: Record<string, unknown>, snapshot: EditorCatalog): CheckIssue[] {
  const parsed = serviceSchema.safeParse(withoutEmptyBlocks(data));
  if (!parsed.success) return zodIssues(parsed.error, serviceSchema, file, SERVICE_FIELD_HELP);
  return checkService({ id, file, data: parsed.data }, catalogFromSnapshot(snapshot), { derived: false });
}

/** A monitoring or evaluation record (sops/_data/evaluasi/<sop-id>/<tanggal>.yaml), by the checker's rules. */
export function checkEvaluationEntry(file: string, data: Record<string, unknown>, snapshot: EditorCatalog, today: string): CheckIssue[] {
  const where = classifyEvaluationPath(file.slice(`${EVALUATIONS_DIR}/`.length));
  if (where.kind !== 'record') return [];
  const parsed = evaluationRecordSchema.safeParse(withoutEmptyBlocks(data));
  if (!parsed.success) return zodIssues(parsed.error, evaluationRecordSchema, file, EVALUATION_FIELD_HELP);
  return checkEvaluation({ sopId: where.sopId, date: where.date, file, data: parsed.data }, catalogFromSnapshot(snapshot), today);
}
