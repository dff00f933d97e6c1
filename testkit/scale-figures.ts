/**
 * The figures of the scale benchmark (scripts/bench/scale.ts), without I/O: the peak memory of a
 * run, the growth factors between two sizes and whether memory grew no faster than N.
 */

/** One timed phase of a publish (check, astro, search, pdf), measured in its own process. */
export interface PhaseFigures {
  phase: string;
  seconds: number;
  /** Peak resident memory of the publishing Node process during the phase, MB (VmHWM, reset at the phase start). */
  nodePeakMb: number;
  /** Peak of the sampled proportional memory (PSS) of the process and its children (Chromium, Pagefind), MB. */
  treePeakMb: number;
}

export interface RunFigures {
  /** Number of SOPs. */
  n: number;
  phases: PhaseFigures[];
}

/** Seconds of the whole publish (the phases in order). */
export function totalSeconds(run: RunFigures): number {
  return run.phases.reduce((sum, p) => sum + p.seconds, 0);
}

/** The highest memory of any phase of the run, MB: the Node process alone and the whole tree. */
export function runPeak(run: RunFigures): { nodeMb: number; treeMb: number } {
  return {
    nodeMb: Math.max(0, ...run.phases.map((p) => p.nodePeakMb)),
    treeMb: Math.max(0, ...run.phases.map((p) => p.treePeakMb)),
  };
}

export interface Growth {
  from: number;
  to: number;
  /** to.n / from.n */
  size: number;
  /** Ratio of whole-publish seconds. */
  time: number;
  /** Ratio of the Node process's peak memory. */
  nodePeak: number;
  /** Ratio of the whole tree's peak memory. */
  treePeak: number;
  /** Ratio per phase of the Node process's peak, by phase name (phases present in both runs). */
  phases: Record<string, { time: number; nodePeak: number }>;
  /** Memory grew no faster than N: the Node peak's ratio is at most the size ratio. */
  linearMemory: boolean;
}

/** Growth factors from a smaller run to a larger one. */
export function growth(from: RunFigures, to: RunFigures): Growth {
  const a = runPeak(from);
  const b = runPeak(to);
  const phases: Growth['phases'] = {};
  for (const p of to.phases) {
    const q = from.phases.find((x) => x.phase === p.phase);
    if (q) phases[p.phase] = { time: p.seconds / q.seconds, nodePeak: p.nodePeakMb / q.nodePeakMb };
  }
  const size = to.n / from.n;
  const nodePeak = b.nodeMb / a.nodeMb;
  return {
    from: from.n,
    to: to.n,
    size,
    time: totalSeconds(to) / totalSeconds(from),
    nodePeak,
    treePeak: b.treeMb / a.treeMb,
    phases,
    linearMemory: nodePeak <= size,
  };
}

/**
 * Memory per added SOP between two runs, MB: the slope of the Node peak, which leaves out what
 * every run pays regardless of N (the bundler, the compiler, Chromium's start).
 */
export function marginalMbPerSop(from: RunFigures, to: RunFigures): number {
  return (runPeak(to).nodeMb - runPeak(from).nodeMb) / (to.n - from.n);
}

/** A size list such as "1000,5000" (BENCH_N), ascending, without repeats; the default when empty. */
export function parseSizes(text: string | undefined, fallback: number[]): number[] {
  if (!text?.trim()) return fallback;
  const sizes = text.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`BENCH_N harus berisi bilangan bulat positif dipisah koma, misalnya 1000,5000 (tertulis: ${text}).`);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

/** A field of /proc/<pid>/status or smaps_rollup ("VmHWM:   123456 kB"), in MB; undefined when absent. */
export function procFieldMb(text: string, field: string): number | undefined {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
  return m ? Number(m[1]) / 1024 : undefined;
}

/** The parent process id in the text of /proc/<pid>/stat (the name in parentheses may hold spaces). */
export function parentPid(statText: string): number {
  const rest = statText.slice(statText.lastIndexOf(')') + 2).split(' ');
  return Number(rest[1]);
}
