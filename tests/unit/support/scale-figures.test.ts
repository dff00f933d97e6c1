import { describe, expect, it } from 'vitest';
import { growth, marginalMbPerSop, parentPid, parseSizes, procFieldMb, runPeak, totalSeconds, type RunFigures } from '../../../testkit/scale-figures';

const small: RunFigures = {
  n: 1000,
  phases: [
    { phase: 'check', seconds: 2, nodePeakMb: 300, treePeakMb: 310 },
    { phase: 'astro', seconds: 20, nodePeakMb: 1000, treePeakMb: 1100 },
    { phase: 'pdf', seconds: 40, nodePeakMb: 600, treePeakMb: 1500 },
  ],
};
const large: RunFigures = {
  n: 5000,
  phases: [
    { phase: 'check', seconds: 8, nodePeakMb: 900, treePeakMb: 910 },
    { phase: 'astro', seconds: 110, nodePeakMb: 3000, treePeakMb: 3100 },
    { phase: 'pdf', seconds: 210, nodePeakMb: 1400, treePeakMb: 2400 },
  ],
};

describe('scale benchmark figures', () => {
  it('adds up the phases and takes the highest peak of the run', () => {
    expect(totalSeconds(small)).toBe(62);
    expect(runPeak(small)).toEqual({ nodeMb: 1000, treeMb: 1500 });
  });

  it('gives the growth factors between two sizes, per run and per phase', () => {
    const g = growth(small, large);
    expect(g.size).toBe(5);
    expect(g.time).toBeCloseTo(328 / 62, 10);
    expect(g.nodePeak).toBe(3);
    expect(g.treePeak).toBe(3100 / 1500);
    expect(g.phases).toEqual({ check: { time: 4, nodePeak: 3 }, astro: { time: 5.5, nodePeak: 3 }, pdf: { time: 5.25, nodePeak: 1400 / 600 } });
    expect(g.linearMemory).toBe(true);
  });

  it('says memory grew faster than N when the peak ratio exceeds the size ratio', () => {
    const worse: RunFigures = { n: 2000, phases: [{ phase: 'astro', seconds: 40, nodePeakMb: 2100, treePeakMb: 2200 }] };
    expect(growth(small, worse).linearMemory).toBe(false);
  });

  it('gives the memory per added SOP', () => {
    expect(marginalMbPerSop(small, large)).toBe(0.5);
  });

  it('reads BENCH_N as ascending sizes, or the default', () => {
    expect(parseSizes('5000, 1000,5000', [1])).toEqual([1000, 5000]);
    expect(parseSizes(undefined, [1000, 5000, 10000])).toEqual([1000, 5000, 10000]);
    expect(parseSizes(' ', [7])).toEqual([7]);
    expect(() => parseSizes('1000,lima', [1])).toThrow('BENCH_N harus berisi bilangan bulat positif dipisah koma, misalnya 1000,5000 (tertulis: 1000,lima).');
  });

  it('reads /proc figures', () => {
    const status = 'Name:\tnode\nVmPeak:\t 5000000 kB\nVmHWM:\t  2097152 kB\nVmRSS:\t  1048576 kB\n';
    expect(procFieldMb(status, 'VmHWM')).toBe(2048);
    expect(procFieldMb(status, 'VmRSS')).toBe(1024);
    expect(procFieldMb(status, 'Pss')).toBeUndefined();
    expect(parentPid('4242 (chrome (renderer)) S 4100 4242 4100 0 -1 4194560')).toBe(4100);
  });
});
