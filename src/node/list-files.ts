/**
 * The files under a folder, as "/"-separated paths relative to it, in name order folder by
 * folder (the order every reader of the project's folders relies on); symbolic links are
 * followed. An absent folder holds no file.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Leaves out an entry by its name; a folder left out is not entered. */
export type SkipEntry = (name: string, isFolder: boolean) => boolean;

export function listFiles(dir: string, skip?: SkipEntry): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (abs: string, prefix: string) => {
    const entries = readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = join(abs, e.name);
      const isFolder = e.isDirectory() || (e.isSymbolicLink() && isFolderAt(full));
      if (skip?.(e.name, isFolder)) continue;
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (isFolder) walk(full, rel);
      else out.push(rel);
    }
  };
  walk(dir, '');
  return out;
}

/** A broken link is listed as a file: reading it then says what is wrong. */
function isFolderAt(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
