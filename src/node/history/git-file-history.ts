/**
 * The committed versions of the files of a folder (sops/), read from git at build time in two git
 * processes whatever the number of files: one `git log --name-status -M` over the folder (each
 * file followed back through its renames, as `git log --follow` would), and one
 * `git cat-file --batch` for the texts of the files asked for. Remembered per project and folder.
 * Never throws: without git, outside a repository, or in a shallow clone (whose history is cut
 * off) it says which; a file never committed has no versions.
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

export type GitUnavailable = 'no-git' | 'not-repository' | 'shallow';

export type GitFileHistory =
  | { available: true; versions: GitFileVersion[] }
  | { available: false; reason: GitUnavailable };

/** Fixed settings: paths unquoted, no colour, whatever the user's git config says. */
const GIT_OPTIONS = ['-c', 'core.quotepath=off', '-c', 'color.ui=never', '--no-pager'];
const MAX_BUFFER = 512 * 1024 * 1024;

function git(root: string, args: string[]): string {
  return execFileSync('git', ['-C', root, ...GIT_OPTIONS, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: MAX_BUFFER });
}

interface Commit {
  commit: string;
  date: string;
  author: string;
  subject: string;
  /** Status letter (M, A, D, R, C, T) with the paths (old and new for R and C), relative to the project. */
  changes: { status: string; paths: string[] }[];
}

interface FolderLog {
  /** Path of the project inside the repository ("" at its top), for `<commit>:<path>`. */
  prefix: string;
  /** Newest first. */
  commits: Commit[];
  texts: Map<string, string | undefined>;
}

const SEP = '\u001f';
const RECORD = '\u001e';

function readFolderLog(root: string, folder: string): FolderLog | GitUnavailable {
  let prefix: string;
  try {
    const [shallow = '', pre = ''] = git(root, ['rev-parse', '--is-shallow-repository', '--show-prefix']).split('\n');
    if (shallow.trim() === 'true') return 'shallow';
    prefix = pre.trim();
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no-git' : 'not-repository';
  }
  let log: string;
  try {
    log = git(root, ['log', '--no-show-signature', '-M', '--name-status', '--relative', `--format=${RECORD}%H${SEP}%aI${SEP}%an${SEP}%s`, '--', folder]);
  } catch {
    // A repository without commits yet.
    return { prefix, commits: [], texts: new Map() };
  }
  const commits = log
    .split(RECORD)
    .filter((r) => r.trim() !== '')
    .map((record): Commit => {
      const [head = '', ...lines] = record.split('\n');
      const [commit = '', date = '', author = '', subject = ''] = head.split(SEP);
      const changes = lines.filter((l) => l.includes('\t')).map((l) => {
        const [status = '', ...paths] = l.split('\t');
        return { status: status.charAt(0), paths };
      });
      return { commit, date: date.slice(0, 10), author, subject, changes };
    });
  return { prefix, commits, texts: new Map() };
}

/** The commits that changed `file`, newest first, with the file's path in each (renames followed). */
function follow(log: FolderLog, file: string): { commit: Commit; path: string }[] {
  const found: { commit: Commit; path: string }[] = [];
  let name = file;
  for (const c of log.commits) {
    const change = c.changes.find((ch) => ch.paths.at(-1) === name && ch.status !== 'D');
    if (!change) continue;
    found.push({ commit: c, path: name });
    if (change.status === 'A') break;
    if (change.status === 'R' || change.status === 'C') name = change.paths[0]!;
  }
  return found;
}

/** The texts of `<commit>:<path>` objects in one git process; undefined for a missing one. */
function readBlobs(root: string, objects: readonly string[]): (string | undefined)[] {
  if (objects.length === 0) return [];
  const r = spawnSync('git', ['-C', root, ...GIT_OPTIONS, 'cat-file', '--batch'], { input: objects.join('\n') + '\n', maxBuffer: MAX_BUFFER });
  if (r.status !== 0 || !r.stdout) return objects.map(() => undefined);
  const out = r.stdout;
  const texts: (string | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < objects.length; i++) {
    const eol = out.indexOf(0x0a, at);
    if (eol < 0) break;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(out.subarray(at, eol).toString('utf8'));
    if (!m) {
      // "<object> missing": no content follows.
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

const logs = new Map<string, FolderLog | GitUnavailable>();

/**
 * The committed versions of the given files of `folder` (paths relative to `root`), each oldest
 * first; the texts of all of them are read at once.
 */
export function gitFolderHistories(root: string, folder: string, files: readonly string[]): Map<string, GitFileHistory> {
  const key = `${root}\u0000${folder}`;
  let log = logs.get(key);
  if (log === undefined) {
    log = readFolderLog(root, folder);
    logs.set(key, log);
  }
  if (typeof log === 'string') {
    const reason = log;
    return new Map(files.map((f) => [f, { available: false, reason }]));
  }
  const folderLog = log;
  const followed = new Map(files.map((f) => [f, follow(folderLog, f).reverse()]));
  const object = (c: { commit: Commit; path: string }) => `${c.commit.commit}:${folderLog.prefix}${c.path}`;
  const missing = [...new Set([...followed.values()].flat().map(object))].filter((o) => !folderLog.texts.has(o));
  readBlobs(root, missing).forEach((text, i) => folderLog.texts.set(missing[i]!, text));
  return new Map(
    files.map((f) => {
      const versions = followed.get(f)!.flatMap((c) => {
        const text = folderLog.texts.get(object(c));
        return text === undefined ? [] : [{ commit: c.commit.commit, date: c.commit.date, author: c.commit.author, subject: c.commit.subject, text }];
      });
      return [f, { available: true, versions }];
    }),
  );
}

/** The committed versions of one file of `folder`, oldest first. */
export function gitFileHistory(root: string, file: string, folder = file.split('/')[0]!): GitFileHistory {
  return gitFolderHistories(root, folder, [file]).get(file)!;
}
