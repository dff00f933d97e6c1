/**
 * What the checker reports to authors: one problem, in Indonesian, naming the file, the field
 * path (e.g. `langkah[3].pelaksana`), what is wrong and how to fix it.
 */
export type Severity = 'error' | 'warning';

export interface CheckIssue {
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

export function formatIssue(issue: CheckIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const label = issue.severity === 'error' ? 'KESALAHAN' : 'PERINGATAN';
  const field = issue.path ? ` — ${issue.path}` : '';
  return `${label} ${where}${field}\n  ${issue.message}\n  Perbaiki: ${issue.fix}`;
}

export function error(file: string, path: string, message: string, fix: string): CheckIssue {
  return { severity: 'error', file, path, message, fix };
}

export function warning(file: string, path: string, message: string, fix: string): CheckIssue {
  return { severity: 'warning', file, path, message, fix };
}
