/**
 * Memory of running processes, read from Linux's /proc (the scale benchmark): the peak resident
 * memory of this process since a reset, and the proportional memory of a process with all its
 * descendants (Chromium, Pagefind). Where /proc is missing, figures are undefined.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parentPid, procFieldMb } from './scale-figures';

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Starts this process's peak resident memory (VmHWM) again from its current size. */
export function resetPeakRss(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux, or not allowed: the peak then runs from the process start.
  }
}

/** This process's peak resident memory since the start or the last reset, MB. */
export function peakRssMb(): number | undefined {
  const status = read('/proc/self/status');
  return status === undefined ? undefined : procFieldMb(status, 'VmHWM');
}

/** `root` and every process below it. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    if (!stat) continue;
    const parent = parentPid(stat);
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/**
 * Proportional memory (PSS: shared pages split between the processes sharing them) of `root` and
 * its descendants, MB; resident memory where PSS cannot be read.
 */
export function treeMemoryMb(root: number): number | undefined {
  let total = 0;
  let seen = false;
  for (const pid of processTree(root)) {
    const mb = procFieldMb(read(`/proc/${pid}/smaps_rollup`) ?? '', 'Pss') ?? procFieldMb(read(`/proc/${pid}/status`) ?? '', 'VmRSS');
    if (mb === undefined) continue;
    total += mb;
    seen = true;
  }
  return seen ? total : undefined;
}
