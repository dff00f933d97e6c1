/**
 * Folder operations of an incremental republish: the staging folder starts as hard links to the
 * previous output (nothing is copied, and nothing is ever written into a linked file: new files
 * replace links by rename), then the freshly built pages are moved over it.
 */
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { link, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Hard-links every file under `from` into `to` (created), except the top-level entries in `skip`.
 * Asynchronous: the file system does the work while the publisher's thread builds the pages.
 */
export async function linkTree(from: string, to: string, skip: ReadonlySet<string> = new Set()): Promise<number> {
  const walk = async (src: string, dst: string, top: boolean): Promise<number> => {
    await mkdir(dst, { recursive: true });
    const counts = await Promise.all(
      (await readdir(src, { withFileTypes: true })).map(async (e) => {
        if (top && skip.has(e.name)) return 0;
        if (e.isDirectory()) return walk(join(src, e.name), join(dst, e.name), false);
        if (!e.isFile()) return 0;
        await link(join(src, e.name), join(dst, e.name));
        return 1;
      }),
    );
    return counts.reduce((a, b) => a + b, 0);
  };
  return walk(from, to, true);
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

/** The file of a page URL in the output ("/sop/a/" -> "sop/a/index.html", "/sops.json" -> "sops.json"). */
export function pageFile(url: string): string {
  const path = url.replace(/^\//, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}
