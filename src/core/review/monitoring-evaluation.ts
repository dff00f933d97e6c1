/**
 * Where an SOP stands in its monitoring and evaluation (Permenpan RB 35/2012; formats.md §4):
 * the last recorded monitoring and evaluation, when the next of each is due, and whether the last
 * evaluation's recommendation (direvisi, dicabut) still waits for a newer revision.
 *
 * - Monitoring is due every MONITORING_INTERVAL_MONTHS (6) months after the last one, or after
 *   the SOP came into force when none is recorded.
 * - Evaluation is due the agency's `siklus_tinjau_bulan` months after the last one (or after
 *   the SOP came into force); without a cycle it has no due date.
 * - Only SOPs in force are due. Pure: `today` ("YYYY-MM-DD") is passed in.
 */
import { isValidIsoDate } from '../model/calendar';
import { MONITORING_INTERVAL_MONTHS, type EvaluationRecord, type Recommendation } from '../model/evaluation';
import { addMonths, daysBetween, type ReviewAgencyInput, type ReviewSop } from './review-date';

export interface MonevSopInput {
  id: string;
  data: {
    judul: string;
    nomor: string;
    instansi: string;
    status: string;
    tanggal: { efektif: string; revisi?: string };
  };
}

export interface MonevRecordInput {
  sopId: string;
  date: string;
  data: Pick<EvaluationRecord, 'jenis' | 'penilai' | 'penilaian' | 'rekomendasi' | 'catatan' | 'tindakan'>;
}

export interface MonevDue {
  /** "YYYY-MM-DD". */
  date: string;
  /** Days from today: negative when past. */
  daysLeft: number;
}

export interface MonevStatus {
  lastMonitoring: MonevRecordInput | null;
  lastEvaluation: MonevRecordInput | null;
  /** Null when the SOP is not in force or has no date to count from. */
  nextMonitoring: MonevDue | null;
  /** Null also when the agency has no evaluation cycle. */
  nextEvaluation: MonevDue | null;
  /**
   * The last evaluation recommended revising or revoking the SOP, the SOP is still in force and
   * has had no revision (tanggal revisi or efektif) after it.
   */
  pendingRecommendation: { date: string; rekomendasi: Exclude<Recommendation, 'tetap berlaku'>; catatan?: string } | null;
}

const latest = (records: readonly MonevRecordInput[]) =>
  records.reduce<MonevRecordInput | null>((a, r) => (!a || r.date > a.date ? r : a), null);

function due(from: string | undefined, months: number | undefined, today: string): MonevDue | null {
  if (!from || !months || !isValidIsoDate(from)) return null;
  const date = addMonths(from, months);
  return { date, daysLeft: daysBetween(today, date) };
}

/** The SOP's last revision date as a full date (tanggal revisi or efektif, the later). */
function lastRevision(sop: MonevSopInput): string | null {
  const dates = [sop.data.tanggal.revisi, sop.data.tanggal.efektif].filter((d): d is string => !!d && isValidIsoDate(d));
  return dates.length ? dates.sort().at(-1)! : null;
}

/** `records` may hold other SOPs' records; only this SOP's are used. */
export function monevStatus(sop: MonevSopInput, records: readonly MonevRecordInput[], cycleMonths: number | undefined, today: string): MonevStatus {
  const own = records.filter((r) => r.sopId === sop.id);
  const lastMonitoring = latest(own.filter((r) => r.data.jenis === 'monitoring'));
  const lastEvaluation = latest(own.filter((r) => r.data.jenis === 'evaluasi'));
  const inForce = sop.data.status === 'berlaku';
  const rekomendasi = lastEvaluation?.data.rekomendasi;
  const revised = lastRevision(sop);
  const pending =
    inForce && lastEvaluation && (rekomendasi === 'direvisi' || rekomendasi === 'dicabut') && !(revised && revised > lastEvaluation.date)
      ? { date: lastEvaluation.date, rekomendasi, ...(lastEvaluation.data.catatan ? { catatan: lastEvaluation.data.catatan } : {}) }
      : null;
  return {
    lastMonitoring,
    lastEvaluation,
    nextMonitoring: inForce ? due(lastMonitoring?.date ?? sop.data.tanggal.efektif, MONITORING_INTERVAL_MONTHS, today) : null,
    nextEvaluation: inForce ? due(lastEvaluation?.date ?? sop.data.tanggal.efektif, cycleMonths, today) : null,
    pendingRecommendation: pending,
  };
}

export interface MonevOverdue extends ReviewSop {
  due: MonevDue;
  /** Date of the last record of this kind, or null when none is recorded. */
  last: string | null;
}

export interface AgencyMonevOverdue {
  agencyId: string;
  agencyName: string;
  /** Monitoring past due, oldest due date first. */
  monitoring: MonevOverdue[];
  evaluation: MonevOverdue[];
}

/** Per agency (in the order given), the SOPs in force whose monitoring or evaluation is past due; agencies with none left out. */
export function overdueMonevByAgency(
  sops: readonly MonevSopInput[],
  agencies: readonly ReviewAgencyInput[],
  records: readonly MonevRecordInput[],
  today: string,
): AgencyMonevOverdue[] {
  const cycle = new Map(agencies.map((a) => [a.id, a.data.siklus_tinjau_bulan]));
  const rows = sops.map((sop) => ({ sop, status: monevStatus(sop, records, cycle.get(sop.data.instansi), today) }));
  const identity = (sop: MonevSopInput): ReviewSop => ({ sopId: sop.id, judul: sop.data.judul, nomor: sop.data.nomor, agencyId: sop.data.instansi });
  const byDue = (a: MonevOverdue, b: MonevOverdue) => a.due.date.localeCompare(b.due.date) || a.sopId.localeCompare(b.sopId);
  return agencies
    .map((a) => {
      const own = rows.filter((r) => r.sop.data.instansi === a.id);
      return {
        agencyId: a.id,
        agencyName: a.data.nama,
        monitoring: own
          .filter((r) => r.status.nextMonitoring && r.status.nextMonitoring.daysLeft < 0)
          .map((r) => ({ ...identity(r.sop), due: r.status.nextMonitoring!, last: r.status.lastMonitoring?.date ?? null }))
          .sort(byDue),
        evaluation: own
          .filter((r) => r.status.nextEvaluation && r.status.nextEvaluation.daysLeft < 0)
          .map((r) => ({ ...identity(r.sop), due: r.status.nextEvaluation!, last: r.status.lastEvaluation?.date ?? null }))
          .sort(byDue),
      };
    })
    .filter((g) => g.monitoring.length + g.evaluation.length > 0);
}
