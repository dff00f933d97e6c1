/**
 * Folder operations of an incremental republish: the staging folder starts as hard links to the
 * previous output (nothing is copied, and nothing is ever written into a linked file: new files
 * replace links by rename), then the freshly built pages are moved over it.
 */
import { linkSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Hard-links every file under `from` into `to` (created), except the top-level entries in `skip`. */
export function linkTree(from: string, to: string, skip: ReadonlySet<string> = new Set()): number {
  let count = 0;
  const walk = (src: string, dst: string, top: boolean) => {
    mkdirSync(dst, { recursive: true });
    for (const e of readdirSync(src, { withFileTypes: true })) {
      if (top && skip.has(e.name)) continue;
      if (e.isDirectory()) walk(join(src, e.name), join(dst, e.name), false);
      else if (e.isFile()) {
        linkSync(join(src, e.name), join(dst, e.name));
        count++;
      }
    }
  };
  walk(from, to, true);
  return count;
}

/** Moves every file under `from` to the same place under `to`, replacing what is there; removes `from`. */
export function moveTreeOver(from: string, to: string): number {
  let count = 0;
  const walk = (src: string, dst: string) => {
    mkdirSync(dst, { recursive: true });
    for (const e of readdirSync(src, { withFileTypes: true })) {
      const target = join(dst, e.name);
      if (e.isDirectory()) walk(join(src, e.name), target);
      else {
        renameSync(join(src, e.name), target);
        count++;
      }
    }
  };
  walk(from, to);
  rmSync(from, { recursive: true, force: true });
  return count;
}
