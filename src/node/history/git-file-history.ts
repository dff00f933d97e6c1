/**
 * The committed versions of one file, read from git at build time: `git log --follow` for the
 * commits (author date, author, subject, the file's path in each) and one `git cat-file --batch`
 * for their texts. Never throws: without git, outside a repository, in a shallow clone (whose
 * history is cut off) or for a file never committed, it says which.
 */
import { execFileSync, spawnSync } from 'node:child_process';

export interface GitFileVersion {
  commit: string;
  /** Author date, YYYY-MM-DD. */
  date: string;
  author: string;
  subject: string;
  /** The file's text in this commit. */
  text: string;
}

export type GitUnavailable = 'no-git' | 'not-repository' | 'shallow' | 'untracked';

export type GitFileHistory =
  | { available: true; versions: GitFileVersion[] }
  | { available: false; reason: GitUnavailable };

/** Fixed settings: paths unquoted, no pager, no colour, whatever the user's git config says. */
const GIT_OPTIONS = ['-c', 'core.quotepath=off', '-c', 'color.ui=never', '--no-pager'];

function git(root: string, args: string[]): string {
  return execFileSync('git', ['-C', root, ...GIT_OPTIONS, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 256 * 1024 * 1024,
  });
}

const repositoryState = new Map<string, GitUnavailable | 'ok'>();

/** Whether `root` is in a git repository with its full history. */
export function repositoryAvailability(root: string): GitUnavailable | 'ok' {
  let state = repositoryState.get(root);
  if (state === undefined) {
    try {
      state = git(root, ['rev-parse', '--is-shallow-repository']).trim() === 'true' ? 'shallow' : 'ok';
    } catch (err) {
      state = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no-git' : 'not-repository';
    }
    repositoryState.set(root, state);
  }
  return state;
}

const SEP = '\u001f';
const RECORD = '\u001e';

/** The committed versions of `file` (relative to `root`), oldest first. */
export function gitFileHistory(root: string, file: string): GitFileHistory {
  const state = repositoryAvailability(root);
  if (state !== 'ok') return { available: false, reason: state };
  let log: string;
  try {
    log = git(root, ['log', '--follow', '--no-show-signature', `--format=${RECORD}%H${SEP}%aI${SEP}%an${SEP}%s`, '--name-only', '--', file]);
  } catch {
    return { available: false, reason: 'not-repository' };
  }
  const commits = log
    .split(RECORD)
    .filter((r) => r.trim() !== '')
    .map((record) => {
      const [head = '', ...names] = record.split('\n');
      const [commit = '', date = '', author = '', subject = ''] = head.split(SEP);
      const path = names.map((n) => n.trim()).find((n) => n !== '') ?? file;
      return { commit, date: date.slice(0, 10), author, subject, path };
    })
    .reverse();
  if (commits.length === 0) return { available: false, reason: 'untracked' };
  const texts = readBlobs(root, commits.map((c) => `${c.commit}:${c.path}`));
  const versions = commits.flatMap((c, i) => {
    const text = texts[i];
    // A commit that deleted the file (or a path git cannot show) has no version.
    return text === undefined ? [] : [{ commit: c.commit, date: c.date, author: c.author, subject: c.subject, text }];
  });
  return { available: true, versions };
}

/** The texts of `<commit>:<path>` objects in one git process; undefined for a missing one. */
function readBlobs(root: string, objects: readonly string[]): (string | undefined)[] {
  const r = spawnSync('git', ['-C', root, ...GIT_OPTIONS, 'cat-file', '--batch'], {
    input: objects.join('\n') + '\n',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0 || !r.stdout) return objects.map(() => undefined);
  const out = r.stdout;
  const texts: (string | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < objects.length; i++) {
    const eol = out.indexOf(0x0a, at);
    if (eol < 0) break;
    const header = out.subarray(at, eol).toString('utf8');
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) {
      // "<object> missing" (or ambiguous): no content follows.
      texts.push(undefined);
      at = eol + 1;
      continue;
    }
    const size = Number(m[2]);
    texts.push(m[1] === 'blob' ? out.subarray(eol + 1, eol + 1 + size).toString('utf8') : undefined);
    at = eol + 1 + size + 1;
  }
  while (texts.length < objects.length) texts.push(undefined);
  return texts;
}
