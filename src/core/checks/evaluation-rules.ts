/**
 * Rules on recorded monitoring and evaluation (sops/_data/evaluasi/<sop-id>/<tanggal>.yaml)
 * beyond their schema: the SOP exists, the record holds what its kind needs, its date has come
 * and falls while the SOP existed and was applied (not while it was a draf, not before it was
 * made, not after it was withdrawn or its successor came into force).
 */
import { isBrokenSop, type Catalog, type EvaluationSource, type SopSource } from '../catalog/catalog';
import { dateBounds } from '../model/date';
import { issue, type CheckIssue } from './issue';
import { MESSAGES } from './messages';
import { checkPlaceholders } from './placeholder-rules';
import { closestSop, sopTitledAs } from './suggest';

/**
 * A record of an SOP still in draf, or dated when the SOP did not exist or was no longer applied. Before the efektif date is
 * fine: an earlier version's record (an evaluation that led to the revision).
 */
function checkRecordDate(record: EvaluationSource, sop: SopSource, sops: readonly SopSource[]): CheckIssue[] {
  const { file, date } = record;
  const { data } = sop;
  // Not yet in force, so not yet applied: most often the status was left at draf after signing.
  if (data.status === 'draf') return [issue(MESSAGES.evaluationOfDraft, file, '', { date, id: sop.id, jenis: record.data.jenis })];
  // The editor's other SOPs may come without their dates: no date, no rule.
  const made = dateBounds(data.tanggal?.pembuatan ?? '');
  if (made && date < made.first) {
    const predecessor = sops.find((s) => s.data.status === 'digantikan' && s.data.digantikan_oleh?.trim() === sop.id)?.id ?? null;
    return [issue(MESSAGES.evaluationBeforeMade, file, '', { date, id: sop.id, pembuatan: data.tanggal.pembuatan, predecessor })];
  }
  if (data.status === 'dicabut' && data.dicabut && date > data.dicabut.tanggal) {
    return [issue(MESSAGES.evaluationAfterEnd, file, '', { date, id: sop.id, status: 'dicabut', since: data.dicabut.tanggal, successor: null })];
  }
  const successor = data.status === 'digantikan' ? sops.find((s) => s.id === data.digantikan_oleh?.trim() && s.id !== sop.id) : undefined;
  const replaced = successor && dateBounds(successor.data.tanggal?.efektif ?? '');
  if (successor && replaced && date > replaced.last) {
    return [issue(MESSAGES.evaluationAfterEnd, file, '', { date, id: sop.id, status: 'digantikan', since: successor.data.tanggal.efektif, successor: successor.id })];
  }
  return [];
}

/** The fields only one kind of record holds (and prints). */
const OWN_FIELDS = { monitoring: ['penilaian', 'tindakan'], evaluasi: ['kriteria', 'rekomendasi'] } as const;

export function checkEvaluation(record: EvaluationSource, catalog: Pick<Catalog, 'sops' | 'broken'>, today: string): CheckIssue[] {
  const { file, data, date, sopId } = record;
  const issues: CheckIssue[] = [];
  const sop = catalog.sops.find((s) => s.id === sopId);
  if (!sop && !isBrokenSop(catalog, sopId)) {
    const ids = catalog.sops.map((s) => s.id).sort();
    issues.push(issue(MESSAGES.evaluationUnknownSop, file, '', { id: sopId, guess: closestSop(sopId, ids) ?? sopTitledAs(sopId, catalog.sops), ids }));
  }
  if (data.jenis === 'monitoring' && !data.penilaian) {
    issues.push(issue(MESSAGES.evaluationMissing, file, 'penilaian', { jenis: 'monitoring', field: 'penilaian', example: 'penilaian: berjalan baik (atau tidak berjalan baik)' }));
  }
  if (data.jenis === 'evaluasi' && !data.rekomendasi) {
    issues.push(issue(MESSAGES.evaluationMissing, file, 'rekomendasi', { jenis: 'evaluasi', field: 'rekomendasi', example: 'rekomendasi: tetap berlaku (atau direvisi, dicabut)' }));
  }
  if (data.jenis === 'evaluasi' && !data.kriteria?.length) {
    issues.push(issue(MESSAGES.evaluationMissing, file, 'kriteria', { jenis: 'evaluasi', field: 'kriteria yang dinilai', example: 'kriteria: [{ kriteria: SOP mudah dipahami, jawaban: ya }]' }));
  }
  const other = data.jenis === 'monitoring' ? 'evaluasi' : 'monitoring';
  for (const field of OWN_FIELDS[other]) {
    if (data[field] !== undefined) issues.push(issue(MESSAGES.evaluationOtherKind, file, field, { field, jenis: data.jenis, other }));
  }
  if (date > today) issues.push(issue(MESSAGES.evaluationFuture, file, '', { date }));
  else if (sop) issues.push(...checkRecordDate(record, sop, catalog.sops));
  return [...issues, ...checkPlaceholders(file, data)];
}

export function checkEvaluations(catalog: Catalog, today: string): CheckIssue[] {
  return (catalog.evaluations ?? []).flatMap((r) => checkEvaluation(r, catalog, today));
}
