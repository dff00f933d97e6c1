/**
 * The heap setting of the publish script for a project (src/node/publish/heap-limit.ts): counts
 * the project's SOP files and gives the Node flag to add, if any.
 */
import { readdirSync } from 'node:fs';
import { totalmem } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { classifySopPath, SOPS_DIR } from '../../core/source/source-paths';
import { heapLimitMb } from './heap-limit';

/** Number of files under sops/ that are published as SOPs. */
export function countSopFiles(root: string): number {
  try {
    const files = readdirSync(join(root, SOPS_DIR), { recursive: true }) as string[];
    return files.filter((f) => classifySopPath(f.split('\\').join('/')).kind === 'sop').length;
  } catch {
    return 0;
  }
}

/** `--max-old-space-size=<MB>` when the project's SOPs need more heap than Node's default, else nothing. */
export function publishHeapFlags(root: string): string[] {
  const mb = heapLimitMb(countSopFiles(root), getHeapStatistics().heap_size_limit / 2 ** 20, totalmem() / 2 ** 20);
  return mb === undefined ? [] : [`--max-old-space-size=${mb}`];
}
