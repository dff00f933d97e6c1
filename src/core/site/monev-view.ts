/**
 * What the SOP page says about monitoring and evaluation (src/components/SopMonev.astro): the
 * last of each with its result, the next due date and how far off it is, the notice of a
 * recommendation still waiting for a revision, and the forms to fill.
 */
import { formatTanggal } from '../model/date';
import type { Assessment, Recommendation } from '../model/evaluation';
import { letterFormPath } from '../letters/form-path';
import type { MonevDue, MonevRecordInput, MonevStatus } from '../review/monitoring-evaluation';

/** Letter templates (letter-templates/<id>.hbs) of the two forms. */
export const MONITORING_FORM = 'monitoring-pelaksanaan-sop';
export const EVALUATION_FORM = 'berita-acara-evaluasi-sop';

export const ASSESSMENT_LABELS: Record<Assessment, string> = {
  'berjalan baik': 'Berjalan dengan baik',
  'tidak berjalan baik': 'Tidak berjalan dengan baik',
};

export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  'tetap berlaku': 'Tetap berlaku',
  direvisi: 'Direvisi',
  dicabut: 'Dicabut',
};

export interface MonevLine {
  /** "2 September 2024", or the sentence saying none is recorded. */
  tanggal: string;
  /** "Berjalan dengan baik", "Rekomendasi: Direvisi"; '' when none is recorded. */
  hasil: string;
  /** As written in the record (may hold [ISI: ...]); '' when none. */
  penilai: string;
  catatan: string;
}

export interface MonevView {
  lastMonitoring: MonevLine;
  nextMonitoring: string;
  lastEvaluation: MonevLine;
  nextEvaluation: string;
  /** The notice under the SOP's title, or null. */
  notice: { judul: string; teks: string; catatan: string } | null;
  forms: { monitoring: string; evaluasi: string };
}

/** "4 Maret 2025 (sudah lewat 3 hari)". */
function dueLine(due: MonevDue): string {
  const when = due.daysLeft < 0 ? `sudah lewat ${-due.daysLeft} hari` : due.daysLeft === 0 ? 'hari ini' : `dalam ${due.daysLeft} hari`;
  return `${formatTanggal(due.date)} (${when})`;
}

function line(record: MonevRecordInput | null, none: string): MonevLine {
  if (!record) return { tanggal: none, hasil: '', penilai: '', catatan: '' };
  const { data } = record;
  const hasil =
    data.jenis === 'monitoring'
      ? data.penilaian ? ASSESSMENT_LABELS[data.penilaian] : ''
      : data.rekomendasi ? `Rekomendasi: ${RECOMMENDATION_LABELS[data.rekomendasi]}` : '';
  return { tanggal: formatTanggal(record.date), hasil, penilai: data.penilai, catatan: data.catatan ?? '' };
}

export function monevView(sop: { id: string; status: string }, status: MonevStatus): MonevView {
  const inForce = sop.status === 'berlaku';
  const pending = status.pendingRecommendation;
  return {
    lastMonitoring: line(status.lastMonitoring, 'Belum ada monitoring yang dicatat.'),
    nextMonitoring: status.nextMonitoring ? dueLine(status.nextMonitoring) : inForce ? 'Belum dapat dihitung (tanggal efektif belum lengkap)' : 'Tidak dijadwalkan: SOP tidak berlaku',
    lastEvaluation: line(status.lastEvaluation, 'Belum ada evaluasi yang dicatat.'),
    nextEvaluation: status.nextEvaluation
      ? dueLine(status.nextEvaluation)
      : inForce ? 'Belum ditetapkan (profil instansi tidak menulis siklus evaluasi)' : 'Tidak dijadwalkan: SOP tidak berlaku',
    notice: pending
      ? {
          judul: pending.rekomendasi === 'direvisi' ? 'SOP ini direkomendasikan untuk direvisi.' : 'SOP ini direkomendasikan untuk dicabut.',
          teks: `Evaluasi tanggal ${formatTanggal(pending.date)} merekomendasikan SOP ini ${pending.rekomendasi}; ${pending.rekomendasi === 'direvisi' ? 'revisinya belum terbit' : 'SOP ini belum dicabut'}.`,
          catatan: pending.catatan ?? '',
        }
      : null,
    forms: {
      monitoring: letterFormPath(MONITORING_FORM, { sop: sop.id }),
      evaluasi: letterFormPath(EVALUATION_FORM, { sop: sop.id }),
    },
  };
}
