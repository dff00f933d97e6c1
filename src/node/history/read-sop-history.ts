/**
 * The history of an SOP as the site and the PDF step build it: the committed versions of its
 * file from git (git-file-history.ts), each read by the checker's own reader, then the revisions
 * and effective versions derived by the core (core/history/sop-history.ts). A version that
 * today's format cannot read, or whose flow is broken, is listed as unreadable.
 * Remembered per project and file for the rest of the process.
 */
import type { SopSource } from '../../core/catalog/catalog';
import { checkFlow } from '../../core/checks/flow-rules';
import type { SopVersion } from '../../core/diff/sop-diff';
import { sopHistory, type CommittedVersion, type SopHistory } from '../../core/history/sop-history';
import { readSopText } from '../../core/source/read-sources';
import { gitFileHistory, type GitUnavailable } from './git-file-history';

export type SopHistoryRead = { available: true; history: SopHistory } | { available: false; reason: GitUnavailable };

function readVersion(sop: SopSource, text: string): SopVersion | null {
  const read = readSopText(sop.id, sop.file, text);
  if (!read.value) return null;
  if (checkFlow(read.value).some((i) => i.severity === 'error')) return null;
  return { data: read.value.data, body: read.value.body };
}

const cache = new Map<string, SopHistoryRead>();

export function readSopHistory(root: string, sop: SopSource): SopHistoryRead {
  const key = `${root}\u0000${sop.file}`;
  let read = cache.get(key);
  if (!read) {
    const git = gitFileHistory(root, sop.file);
    if (!git.available && git.reason !== 'untracked') read = { available: false, reason: git.reason };
    else {
      const committed: CommittedVersion[] = git.available
        ? git.versions.map((v) => ({ commit: v.commit, date: v.date, author: v.author, subject: v.subject, sop: readVersion(sop, v.text) }))
        : [];
      read = { available: true, history: sopHistory(committed, { data: sop.data, body: sop.body }) };
    }
    cache.set(key, read);
  }
  return read;
}
