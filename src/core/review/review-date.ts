/**
 * When each SOP in force is due for review, and which are due now. An SOP's own `tinjau_ulang`
 * wins; otherwise its agency's `siklus_tinjau_bulan` months after `tanggal.efektif`; otherwise it
 * has no review date. Drafts and SOPs no longer in force are not reviewed. Pure: `today`
 * ("YYYY-MM-DD", the build date on the static site) is passed in.
 */
import { addMonths, isValidIsoDate } from '../model/calendar';

export { addMonths };

/** How many days ahead a review counts as "due soon" (and the calendar alarm's lead time). */
export const REVIEW_WARNING_DAYS = 30;

/** The fields of an SOP this needs (a SopSource or a SiteSop fits). */
export interface ReviewSopInput {
  id: string;
  data: {
    judul: string;
    nomor: string;
    instansi: string;
    status: string;
    tinjau_ulang?: string;
    tanggal: { efektif: string };
  };
}

export interface ReviewAgencyInput {
  id: string;
  data: { nama: string; siklus_tinjau_bulan?: number };
}

export interface ReviewSop {
  sopId: string;
  judul: string;
  nomor: string;
  agencyId: string;
}

export interface DatedReview extends ReviewSop {
  /** "YYYY-MM-DD". */
  date: string;
  /** Written on the SOP (`tinjau_ulang`) or derived from the agency's cycle. */
  source: 'sop' | 'siklus';
  /** Days from today to the date: negative when past. */
  daysLeft: number;
}

export interface AgencyReviews {
  agencyId: string;
  agencyName: string;
  /** Review date before today, oldest first. */
  overdue: DatedReview[];
  /** Review date today or within REVIEW_WARNING_DAYS days, soonest first. */
  dueSoon: DatedReview[];
  /** In force without a review date (no tinjau_ulang, no usable cycle). */
  undated: ReviewSop[];
}

const MS_PER_DAY = 86_400_000;
const utc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (both "YYYY-MM-DD"). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / MS_PER_DAY);
}

/** `date` plus `days` days. */
export function addDays(date: string, days: number): string {
  return iso(utc(date) + days * MS_PER_DAY);
}

/** The SOP's review date, or null when it has none (or is not in force). */
export function reviewDate(sop: ReviewSopInput, cycleMonths: number | undefined): { date: string; source: 'sop' | 'siklus' } | null {
  if (sop.data.status !== 'berlaku') return null;
  if (sop.data.tinjau_ulang) return { date: sop.data.tinjau_ulang, source: 'sop' };
  const effective = sop.data.tanggal.efektif;
  if (cycleMonths && isValidIsoDate(effective)) return { date: addMonths(effective, cycleMonths), source: 'siklus' };
  return null;
}

const identity = (sop: ReviewSopInput): ReviewSop => ({ sopId: sop.id, judul: sop.data.judul, nomor: sop.data.nomor, agencyId: sop.data.instansi });

/** Every SOP in force that has a review date, by date then id. */
export function datedReviews(sops: readonly ReviewSopInput[], agencies: readonly ReviewAgencyInput[], today: string): DatedReview[] {
  const cycle = new Map(agencies.map((a) => [a.id, a.data.siklus_tinjau_bulan]));
  const out: DatedReview[] = [];
  for (const sop of sops) {
    const r = reviewDate(sop, cycle.get(sop.data.instansi));
    if (r) out.push({ ...identity(sop), ...r, daysLeft: daysBetween(today, r.date) });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.sopId.localeCompare(b.sopId));
}

/** Whether a dated review is past or within the warning window. */
export const isDue = (r: DatedReview) => r.daysLeft <= REVIEW_WARNING_DAYS;

/**
 * Per agency (in the order given), the SOPs overdue, due soon and without a review date.
 * Agencies with nothing to show are left out.
 */
export function reviewsByAgency(sops: readonly ReviewSopInput[], agencies: readonly ReviewAgencyInput[], today: string): AgencyReviews[] {
  const dated = datedReviews(sops, agencies, today);
  const cycle = new Map(agencies.map((a) => [a.id, a.data.siklus_tinjau_bulan]));
  return agencies
    .map((a) => ({
      agencyId: a.id,
      agencyName: a.data.nama,
      overdue: dated.filter((r) => r.agencyId === a.id && r.daysLeft < 0),
      dueSoon: dated.filter((r) => r.agencyId === a.id && r.daysLeft >= 0 && isDue(r)),
      undated: sops
        .filter((s) => s.data.instansi === a.id && s.data.status === 'berlaku' && !reviewDate(s, cycle.get(a.id)))
        .map(identity)
        .sort((x, y) => x.sopId.localeCompare(y.sopId)),
    }))
    .filter((g) => g.overdue.length + g.dueSoon.length + g.undated.length > 0);
}
