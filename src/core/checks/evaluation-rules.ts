/**
 * Rules on recorded monitoring and evaluation (sops/_data/evaluasi/<sop-id>/<tanggal>.yaml)
 * beyond their schema: the SOP exists, the record holds what its kind needs, its date has come.
 */
import { isBrokenSop, type Catalog, type EvaluationSource } from '../catalog/catalog';
import { issue, type CheckIssue } from './issue';
import { MESSAGES } from './messages';
import { checkPlaceholders } from './placeholder-rules';
import { closest } from './suggest';

/** The fields only one kind of record holds (and prints). */
const OWN_FIELDS = { monitoring: ['penilaian', 'tindakan'], evaluasi: ['kriteria', 'rekomendasi'] } as const;

export function checkEvaluation(record: EvaluationSource, catalog: Pick<Catalog, 'sops' | 'broken'>, today: string): CheckIssue[] {
  const { file, data, date, sopId } = record;
  const issues: CheckIssue[] = [];
  const sop = catalog.sops.find((s) => s.id === sopId);
  if (!sop && !isBrokenSop(catalog, sopId)) {
    const ids = catalog.sops.map((s) => s.id).sort();
    issues.push(issue(MESSAGES.evaluationUnknownSop, file, '', { id: sopId, guess: closest(sopId, ids), ids }));
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
  // A record older than the SOP's efektif date is of an earlier version (an evaluation that led
  // to the revision): kept, not reported.
  if (date > today) issues.push(issue(MESSAGES.evaluationFuture, file, '', { date }));
  return [...issues, ...checkPlaceholders(file, data)];
}

export function checkEvaluations(catalog: Catalog, today: string): CheckIssue[] {
  return (catalog.evaluations ?? []).flatMap((r) => checkEvaluation(r, catalog, today));
}
