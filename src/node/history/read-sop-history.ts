/**
 * The histories of SOPs as the site and the PDF step build them: the committed versions of their
 * files from git (git-file-history.ts, all at once), each read by the checker's own reader, then
 * the revisions and effective versions derived by the core (core/history/sop-history.ts). A
 * version that today's format cannot read, or whose flow is broken, is listed as unreadable.
 * Remembered per project and file for the rest of the process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SopSource } from '../../core/catalog/catalog';
import { checkFlow } from '../../core/checks/flow-rules';
import type { SopVersion } from '../../core/diff/sop-diff';
import { historyWithoutCommits, sopHistory, type CommittedVersion, type SopHistory } from '../../core/history/sop-history';
import { readSopText } from '../../core/source/read-sources';
import { SOPS_DIR } from '../../core/source/source-paths';
import { gitFolderHistories, type GitUnavailable } from './git-file-history';

export type SopHistoryRead = { available: true; history: SopHistory } | { available: false; reason: GitUnavailable };

function readVersion(sop: HistorySubject, text: string): SopVersion | null {
  const read = readSopText(sop.id, sop.file, text);
  if (!read.value) return null;
  if (checkFlow(read.value).some((i) => i.severity === 'error')) return null;
  return { data: read.value.data, body: read.value.body };
}

/**
 * An SOP whose history is read: `current` gives its version on disk, asked only when needed (a
 * file never committed is compared with nothing; one whose text is its newest commit's is that
 * version, already read).
 */
export interface HistorySubject {
  id: string;
  file: string;
  current: () => SopVersion;
}

const cache = new Map<string, SopHistoryRead>();
const keyOf = (root: string, sop: HistorySubject) => `${root}\u0000${sop.file}`;

function diskText(root: string, file: string): string | undefined {
  try {
    return readFileSync(join(root, file), 'utf8');
  } catch {
    return undefined;
  }
}

/** The histories of `sops` (by id), their files' versions read from git in one go. */
export function readSopHistories(root: string, sops: readonly HistorySubject[]): Map<string, SopHistoryRead> {
  const todo = sops.filter((s) => !cache.has(keyOf(root, s)));
  if (todo.length) {
    const git = gitFolderHistories(root, SOPS_DIR, todo.map((s) => s.file));
    for (const sop of todo) {
      const g = git.get(sop.file)!;
      let read: SopHistoryRead;
      if (!g.available) read = { available: false, reason: g.reason };
      else if (!g.versions.length) read = { available: true, history: historyWithoutCommits(sop.current) };
      else {
        const committed: CommittedVersion[] = g.versions.map((v) => ({ commit: v.commit, date: v.date, author: v.author, subject: v.subject, sop: readVersion(sop, v.text) }));
        const newest = committed.at(-1)!.sop;
        const current = newest && diskText(root, sop.file) === g.versions.at(-1)!.text ? newest : sop.current();
        read = { available: true, history: sopHistory(committed, current) };
      }
      cache.set(keyOf(root, sop), read);
    }
  }
  return new Map(sops.map((s) => [s.id, cache.get(keyOf(root, s))!]));
}

/** The sources the checker read, as subjects of their histories. */
export function historySubjects(sops: readonly SopSource[]): HistorySubject[] {
  return sops.map((sop) => ({ id: sop.id, file: sop.file, current: () => ({ data: sop.data, body: sop.body }) }));
}

export function readSopHistory(root: string, sop: SopSource): SopHistoryRead {
  return readSopHistories(root, historySubjects([sop])).get(sop.id)!;
}

/** The SOP file on disk, its body split by the checker's reader (as the committed versions are). */
export function currentSopVersion(root: string, id: string, file: string, fallback: SopVersion): SopVersion {
  const body = readSopText(id, file, readFileSync(join(root, file), 'utf8')).value?.body ?? fallback.body;
  return { data: fallback.data, body };
}
