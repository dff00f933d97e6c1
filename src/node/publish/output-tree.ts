/**
 * Folder operations of an incremental republish: the staging folder starts as hard links to the
 * previous output (nothing is copied, and nothing is ever written into a linked file: new files
 * replace links by rename), then the freshly built pages are moved over it.
 */
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';

/** The linking, as plain JavaScript for a worker thread (the file operations stay off the publisher's thread). */
const LINK_WORKER = `
const { linkSync, mkdirSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const { parentPort, workerData } = require('node:worker_threads');
const skip = new Set(workerData.skip);
const walk = (src, dst, top) => {
  mkdirSync(dst, { recursive: true });
  let count = 0;
  for (const e of readdirSync(src, { withFileTypes: true })) {
    if (top && skip.has(e.name)) continue;
    if (e.isDirectory()) count += walk(join(src, e.name), join(dst, e.name), false);
    else if (e.isFile()) {
      linkSync(join(src, e.name), join(dst, e.name));
      count++;
    }
  }
  return count;
};
parentPort.postMessage(walk(workerData.from, workerData.to, true));
`;

/**
 * Hard-links every file under `from` into `to` (created), except the top-level entries in `skip`.
 * In a worker thread: the file system does the work while the publisher's thread checks and
 * builds the pages. Resolves with the number of files linked.
 */
export function linkTree(from: string, to: string, skip: ReadonlySet<string> = new Set()): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LINK_WORKER, { eval: true, workerData: { from, to, skip: [...skip] } });
    let count: number | undefined;
    worker.once('message', (n: number) => (count = n));
    worker.once('error', reject);
    worker.once('exit', (code) => (count !== undefined ? resolve(count) : reject(new Error(`Penautan terbitan sebelumnya berhenti (kode ${code}).`))));
  });
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
