/**
 * What the checker reports to authors: one problem, in Indonesian, naming the file, the field
 * path (e.g. `langkah[3].pelaksana`), what is wrong and how to fix it. Every message comes from
 * messages.ts.
 */
import type { MessageDef, Severity } from './messages';

export type { Severity };

export interface CheckIssue {
  /** The message's code in messages.ts ("pelaksana-tidak-dikenal"). */
  code: string;
  severity: Severity;
  /** File relative to the project root, e.g. "sops/tanjungpinang/x.mdx". */
  file: string;
  /** Field path in the file: "langkah[3].pelaksana"; "" for the whole file. */
  path: string;
  /** What is wrong. */
  message: string;
  /** How to fix it ("Perbaiki: ..." is added when printed). */
  fix: string;
  /** 1-based line in the file when known. */
  line?: number;
}

export type PathPart = string | number;

/** ["langkah", 3, "pelaksana"] -> "langkah[3].pelaksana". */
export function formatPath(path: readonly PathPart[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out;
}

/** An issue of message `def` at `file` / `path`. */
export function issue<P>(def: MessageDef<P>, file: string, path: string, params: P, fix?: string): CheckIssue {
  return { code: def.code, severity: def.severity, file, path, message: def.message(params), fix: fix ?? def.fix(params) };
}

export function formatIssue(i: CheckIssue): string {
  const where = i.line ? `${i.file}:${i.line}` : i.file;
  const label = i.severity === 'error' ? 'KESALAHAN' : 'PERINGATAN';
  const field = i.path ? ` — ${i.path}` : '';
  return `${label} ${where}${field}\n  ${i.message}\n  Perbaiki: ${i.fix}`;
}

export function sortIssues(issues: CheckIssue[]): CheckIssue[] {
  return issues.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
