/**
 * The history of one SOP from the committed versions of its file (oldest first, as git lists
 * them) and the version on disk: every revision with what it changed against the one before
 * (core/diff), the revision notes it added to `riwayat_revisi`, and the effective versions
 * ("versi 1, 2, ...": runs of commits where the SOP was berlaku with the same nomor, dates and
 * number of revision notes). An effective version followed by a newer one is an old version: it
 * keeps a page and a PDF, marked as no longer in force since the newer one took effect. Pure.
 */
import { formatTanggal, isValidIsoDate } from '../model/date';
import type { SopFrontmatter } from '../model/sop';
import type { SopChange } from '../diff/changes';
import { diffSops, type SopVersion } from '../diff/sop-diff';
import { changeSummary } from '../diff/summary';

/** One committed version of the SOP's file. */
export interface CommittedVersion {
  commit: string;
  /** Author date, YYYY-MM-DD. */
  date: string;
  author: string;
  subject: string;
  /** The SOP as the checker reads it today; null when this version cannot be read in today's format. */
  sop: SopVersion | null;
}

export type RevisionNote = SopFrontmatter['riwayat_revisi'][number];

/** One revision as the history page lists it. */
export interface Revision {
  /** The commit; "" for changes on disk not yet committed. */
  commit: string;
  /** YYYY-MM-DD; "" for changes not yet committed. */
  date: string;
  author: string;
  subject: string;
  /** Entries of `riwayat_revisi` this revision added. */
  notes: RevisionNote[];
  /**
   * first: the oldest version known (nothing to compare with); compared: `changes` against the
   * revision before; unreadable: this version cannot be read in today's format;
   * previous-unreadable: the revision before cannot be read, so nothing is compared.
   */
  state: 'first' | 'compared' | 'unreadable' | 'previous-unreadable';
  changes: SopChange[];
  /** This revision's SOP (null when unreadable). */
  sop: SopVersion | null;
  /** The effective version this revision belongs to, when the SOP was berlaku in it. */
  version?: number;
}

/** An effective version of the SOP. */
export interface EffectiveVersion {
  n: number;
  /** The version as it last stood (its last revision). */
  sop: SopVersion;
  /** The commit of that last revision ("" when it is the version on disk, not yet committed). */
  commit: string;
  /** When it took effect (effectiveSince). */
  since: string;
  /** When the next version took effect; undefined for the current version. */
  until?: string;
}

export interface SopHistory {
  /** Newest first. */
  revisions: Revision[];
  /** Old effective versions, oldest first: each has a page and a PDF. */
  oldVersions: EffectiveVersion[];
  /** The current version's number (how many effective versions there have been, this one included). */
  currentVersion: number;
}

/** What makes a new effective version: a new nomor, new dates, or a new revision note. */
function versionKey(data: SopFrontmatter): string {
  return JSON.stringify([data.nomor, data.tanggal.efektif, data.tanggal.revisi ?? '', data.riwayat_revisi.length]);
}

/**
 * The date a version took effect: the later of its `tanggal.efektif` and `tanggal.revisi` (a
 * revision applies from its revision date), or `fallback` (the commit date) when neither is a
 * full date.
 */
export function effectiveSince(data: SopFrontmatter, fallback: string): string {
  const dates = [data.tanggal.efektif, data.tanggal.revisi].filter((d): d is string => d !== undefined && isValidIsoDate(d));
  return dates.length ? dates.sort().at(-1)! : fallback;
}

const noteKey = (n: RevisionNote) => JSON.stringify([n.tanggal, n.perubahan]);

function addedNotes(before: SopVersion | null, after: SopVersion): RevisionNote[] {
  const had = new Set((before?.data.riwayat_revisi ?? []).map(noteKey));
  return after.data.riwayat_revisi.filter((n) => !had.has(noteKey(n)));
}

interface Run {
  key: string;
  sop: SopVersion;
  commit: string;
  since: string;
  members: Revision[];
}

/**
 * The history of an SOP from its committed versions (oldest first) and the version on disk
 * (`current`), which is added as a revision of its own when it differs from the last commit.
 */
export function sopHistory(committed: readonly CommittedVersion[], current: SopVersion): SopHistory {
  const chronological: Revision[] = [];
  let previous: SopVersion | null | undefined;
  const add = (v: CommittedVersion) => {
    const base = { commit: v.commit, date: v.date, author: v.author, subject: v.subject, sop: v.sop };
    if (!v.sop) chronological.push({ ...base, notes: [], state: 'unreadable', changes: [] });
    else if (previous === undefined) chronological.push({ ...base, notes: addedNotes(null, v.sop), state: 'first', changes: [] });
    else if (previous === null) chronological.push({ ...base, notes: addedNotes(null, v.sop), state: 'previous-unreadable', changes: [] });
    else chronological.push({ ...base, notes: addedNotes(previous, v.sop), state: 'compared', changes: diffSops(previous, v.sop) });
    previous = v.sop;
  };
  committed.forEach(add);
  const last = committed.at(-1)?.sop;
  if (!last || diffSops(last, current).length > 0) {
    add({ commit: '', date: '', author: '', subject: 'Perubahan yang belum dicatat di git', sop: current });
  }

  const runs: Run[] = [];
  for (const r of chronological) {
    if (!r.sop || r.sop.data.status !== 'berlaku') continue;
    const key = versionKey(r.sop.data);
    const run = runs.at(-1);
    if (run && run.key === key) {
      run.sop = r.sop;
      run.commit = r.commit;
      run.members.push(r);
    } else {
      runs.push({ key, sop: r.sop, commit: r.commit, since: effectiveSince(r.sop.data, r.date), members: [r] });
    }
  }
  runs.forEach((run, i) => run.members.forEach((m) => (m.version = i + 1)));
  const oldVersions = runs.slice(0, -1).map(
    (run, i): EffectiveVersion => ({ n: i + 1, sop: run.sop, commit: run.commit, since: run.since, until: runs[i + 1]!.since }),
  );
  return { revisions: chronological.reverse(), oldVersions, currentVersion: Math.max(runs.length, 1) };
}

/**
 * The history of a file never committed: no old versions, the current one numbered 1, and one
 * revision (the changes not yet recorded) made from `current` only when it is read. A build asks
 * every SOP for its old versions but shows the revisions of a few, so the current version of
 * the others is never read again.
 */
export function historyWithoutCommits(current: () => SopVersion): SopHistory {
  let made: SopHistory | undefined;
  return {
    get revisions() {
      made ??= sopHistory([], current());
      return made.revisions;
    },
    oldVersions: [],
    currentVersion: 1,
  };
}

/** The notice an old version's page and PDF carry: "Versi lama, tidak berlaku sejak 1 Juni 2024". */
export function oldVersionNotice(version: Pick<EffectiveVersion, 'until'>): string {
  return `Versi lama, tidak berlaku sejak ${version.until ? formatTanggal(version.until) : '-'}`;
}

/** The notice printed above an old version's narrative in its PDF. */
export function oldVersionArchiveNote(version: Pick<EffectiveVersion, 'until' | 'n'>): string {
  return `${oldVersionNotice(version)}. Versi ${version.n} ini disimpan untuk arsip; gunakan versi yang berlaku.`;
}

/**
 * The line a revision is listed under on the history page: the revision note it added (the
 * author's own words), else what it changed, in the site's words. The commit message is not
 * used: it is whatever the person or the tool committing wrote, in any language.
 */
export function revisionHeadline(r: Pick<Revision, 'commit' | 'notes' | 'state' | 'changes'>): string {
  if (r.notes.length) return r.notes.map((n) => n.perubahan).join('; ');
  if (!r.commit) return 'Perubahan yang belum dicatat di git';
  if (r.state === 'compared') return changeSummary(r.changes).replace(/\.$/, '');
  if (r.state === 'first') return 'Versi pertama yang tercatat';
  return 'Perubahan yang tidak dapat dibandingkan';
}
