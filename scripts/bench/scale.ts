/**
 * Scale benchmark (`npm run bench -- scale`): publishes 1,000, 5,000 and 10,000 synthetic SOPs
 * (BENCH_N to choose, e.g. BENCH_N=1000,5000) with the default pipeline, each size in a fresh
 * process with the heap setting of `npm run build` (Node's default up to about 5,000 SOPs,
 * src/node/publish/heap-limit.ts), and prints per size:
 *  - seconds and peak memory per phase (check, Astro, search index, PDF): the publishing Node
 *    process's peak resident memory, exact per phase (VmHWM reset at each phase start), and the
 *    peak of the sampled proportional memory (PSS) of that process with its children (Chromium,
 *    Pagefind);
 *  - PDFs per second against the per-file floor measured in the same run (testkit/pdf-floor.ts);
 *  - the republish after editing one SOP (BENCH_REPUBLISH=0 skips it);
 * then the growth factors between consecutive sizes. Figures also go to .cache/bench-scale.json.
 * Recorded in docs/benchmarks.md ("Memory at scale").
 */
import { fork } from 'node:child_process';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSyntheticProject } from '../../testkit/synthetic';
import { treeMemoryMb } from '../../testkit/proc-memory';
import { growth, marginalMbPerSop, parseSizes, runPeak, totalSeconds, type PhaseFigures, type RunFigures } from '../../testkit/scale-figures';
import { publishHeapFlags } from '../../src/node/publish/heap-setting';
import type { ScaleMessage } from './_scale-run';

export const name = 'scale';
/** Half an hour and about 10 GB at the default sizes: not part of a plain `npm run bench`. */
export const onlyByName = true;

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/**
 * The tree's memory is sampled at most every SAMPLE_MS, and never more than SAMPLE_SHARE of the
 * time: reading a large process's smaps_rollup takes the kernel a tenth of a second or more at
 * 10,000 SOPs (and holds that process's memory map meanwhile), so sampling every 250 ms took
 * a third of a core away from the publish it measured, and none from the floor measured after it.
 */
const SAMPLE_MS = 250;
const SAMPLE_SHARE = 0.02;
const PHASE_LABELS: Record<string, string> = { check: 'periksa', astro: 'Astro', search: 'indeks pencarian', pdf: 'PDF' };

interface SizeResult extends RunFigures {
  result: Extract<ScaleMessage, { type: 'result' }>;
  republishPhases: PhaseFigures[];
  /** Share of the run's time spent reading the tree's memory (this process, beside the publish). */
  samplingShare: number;
}

/** Publishes one size in a child process, sampling the memory of its process tree. */
async function runSize(dir: string, n: number): Promise<SizeResult> {
  // The heap setting of `npm run build` for this many SOPs (src/node/publish/heap-setting.ts).
  const execArgv = ['--import', 'tsx', ...publishHeapFlags(dir)];
  const child = fork(join(REPO, 'scripts/bench/_scale-run.ts'), [dir], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const phases: Record<'full' | 'republish', PhaseFigures[]> = { full: [], republish: [] };
  let current: { run: 'full' | 'republish'; phase: string; started: number; treePeakMb: number } | undefined;
  let result: SizeResult['result'] | undefined;
  let samplingMs = 0;
  /** Reads the tree's memory into the current phase's peak; returns the milliseconds it took. */
  const sample = (): number => {
    if (!current || child.pid === undefined) return 0;
    const t0 = performance.now();
    const mb = treeMemoryMb(child.pid);
    const ms = performance.now() - t0;
    samplingMs += ms;
    if (mb !== undefined) current.treePeakMb = Math.max(current.treePeakMb, mb);
    return ms;
  };
  let timer: NodeJS.Timeout;
  const loop = () => {
    timer = setTimeout(loop, Math.max(SAMPLE_MS, sample() / SAMPLE_SHARE));
  };
  timer = setTimeout(loop, SAMPLE_MS);
  const runStart = performance.now();
  child.on('message', (m: ScaleMessage) => {
    if (m.type === 'result') result = m;
    else if (m.event === 'start') current = { run: m.run, phase: m.phase, started: performance.now(), treePeakMb: 0 };
    else if (current) {
      sample();
      phases[m.run].push({ phase: m.phase, seconds: (performance.now() - current.started) / 1000, nodePeakMb: m.nodePeakMb ?? 0, treePeakMb: current.treePeakMb });
      current = undefined;
    }
  });
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  clearTimeout(timer);
  const samplingShare = samplingMs / (performance.now() - runStart);
  if (code !== 0 || !result) throw new Error(`Penerbitan ${n} SOP gagal (kode keluar ${code}); lihat keluaran di atas.`);
  // Seconds per phase as the publish itself timed them.
  for (const p of phases.full) p.seconds = result.timings[p.phase] ?? p.seconds;
  for (const p of phases.republish) p.seconds = result.republish?.timings[p.phase] ?? p.seconds;
  return { n, phases: phases.full, republishPhases: phases.republish, result, samplingShare };
}

const f = (x: number, d = 1) => x.toFixed(d);
const gb = (mb: number) => (mb >= 1024 ? `${f(mb / 1024, 2)} GB` : `${f(mb, 0)} MB`);

function printSize(r: SizeResult): void {
  const peak = runPeak(r);
  const { pdf, floor, republish } = r.result;
  const rate = pdf.total / pdf.seconds;
  console.log(`\nN = ${r.n}: penerbitan ${f(totalSeconds(r))} s; puncak memori proses Node ${gb(peak.nodeMb)} (${f((peak.nodeMb * 1024) / r.n, 0)} KB per SOP), proses Node dengan Chromium dan Pagefind (PSS) ${gb(peak.treeMb)}`);
  console.log('  tahap               detik   puncak Node   puncak seluruhnya');
  for (const p of r.phases) {
    console.log(`  ${(PHASE_LABELS[p.phase] ?? p.phase).padEnd(18)} ${f(p.seconds).padStart(6)}   ${gb(p.nodePeakMb).padStart(11)}   ${gb(p.treePeakMb).padStart(11)}`);
  }
  console.log(`  (memori pohon proses dibaca ${f(r.samplingShare * 100)} % dari waktu, di proses tolok ukur sendiri)`);
  console.log(`  PDF: ${pdf.rendered} dicetak dari ${pdf.total} dalam ${f(pdf.seconds)} s = ${f(rate)} PDF/s; lantai (satu page.pdf per berkas, peramban hangat, ${availableParallelism()} paralel, sampel ${floor.sample}) ${f(floor.perSecond)} PDF/s: ${f(rate / floor.perSecond, 2)}x lantai`);
  if (republish) {
    const peakAgain = runPeak({ n: r.n, phases: r.republishPhases });
    const parts = Object.entries(republish.timings).map(([k, v]) => `${PHASE_LABELS[k] ?? k} ${f(v)}`).join(', ');
    console.log(`  Terbit ulang setelah mengubah 1 SOP (${republish.edited}): ${f(republish.seconds)} s (${parts}); puncak Node ${gb(peakAgain.nodeMb)}`);
  }
}

function printGrowth(a: SizeResult, b: SizeResult): void {
  const g = growth(a, b);
  const phases = Object.entries(g.phases).map(([k, v]) => `${PHASE_LABELS[k] ?? k} waktu x${f(v.time, 2)} memori x${f(v.nodePeak, 2)}`).join('; ');
  console.log(
    `${g.from} -> ${g.to} SOP (x${f(g.size, 2)}): waktu x${f(g.time, 2)}, puncak Node x${f(g.nodePeak, 2)}, puncak seluruhnya x${f(g.treePeak, 2)}; ` +
      `memori ${g.linearMemory ? 'tumbuh tidak lebih cepat dari N' : 'TUMBUH LEBIH CEPAT DARI N'}; tambahan ${f(marginalMbPerSop(a, b) * 1024, 0)} KB per SOP tambahan.\n  per tahap: ${phases}`,
  );
}

export async function run(): Promise<void> {
  const sizes = parseSizes(process.env.BENCH_N, [1000, 5000, 10000]);
  console.log(`Mesin: ${cpus()[0]?.model ?? '?'} x${availableParallelism()}, ${f(totalmem() / 2 ** 30, 0)} GB, Node ${process.version}, beban rata-rata 1 menit ${f(loadavg()[0]!)}. Ukuran: ${sizes.join(', ')} SOP sintetis.`);
  const results: SizeResult[] = [];
  for (const n of sizes) {
    const dir = join(REPO, '.cache/bench-scale');
    const ids = generateSyntheticProject({ dir, repo: REPO, n, seed: 7 });
    writeFileSync(join(dir, 'ids.json'), JSON.stringify(ids));
    const r = await runSize(dir, n);
    results.push(r);
    printSize(r);
  }
  if (results.length > 1) console.log('\nPertumbuhan:');
  for (let i = 1; i < results.length; i++) printGrowth(results[i - 1]!, results[i]!);
  console.log(`(beban rata-rata 1 menit di akhir: ${f(loadavg()[0]!)}; mesin dipakai bersama, angka bergeser bila ada proses lain)`);
  mkdirSync(join(REPO, '.cache'), { recursive: true });
  writeFileSync(join(REPO, '.cache/bench-scale.json'), JSON.stringify(results.map(({ n, phases, republishPhases, result, samplingShare }) => ({ n, phases, republishPhases, samplingShare, ...result })), null, 2));
}
