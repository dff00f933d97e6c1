/**
 * Shards benchmark: N synthetic SOPs over ten agencies (default 1,000; BENCH_N overrides),
 * published once whole and once as BENCH_SHARDS shards (default 4, grouped by `planShards` as
 * `npm run shards` does), one after the other on this machine, then merged. Prints each shard's
 * time per phase, the longest shard plus the merge (the wall time of a CI matrix with one runner
 * per shard), the shards' sum against the single build (the work repeated in every shard: the
 * check and the global pages), and whether the merged site has the single build's files.
 * Figures also go to .cache/bench-shards.json. Recorded in docs/benchmarks.md.
 */
import { readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, availableParallelism, loadavg } from 'node:os';
import { planShards } from '../../src/core/catalog/shard';
import { mergeShards } from '../../src/node/publish/merge-shards';
import { publish } from '../../src/node/publish/publish';
import { generateSyntheticProject, SYNTHETIC_AGENCIES } from '../../testkit/synthetic';

export const name = 'shards';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));

function filesOf(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix)).flatMap((n) => {
    const rel = prefix ? `${prefix}/${n}` : n;
    if (rel === 'pagefind') return [];
    return statSync(join(dir, rel)).isDirectory() ? filesOf(dir, rel) : [rel];
  });
}

const fmt = (timings: Record<string, number>) => Object.entries(timings).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');

export async function run(): Promise<void> {
  const n = Number(process.env.BENCH_N ?? 1000);
  const jobs = Number(process.env.BENCH_SHARDS ?? 4);
  const dir = join(REPO, '.cache/bench-shards');
  const quiet = () => {};
  // Every shard must render the global pages alike: one date for all builds.
  process.env.SOP_TODAY ??= '2025-02-20';
  console.log(`Mesin: ${cpus()[0]?.model ?? '?'} x${availableParallelism()}, Node ${process.version}, beban rata-rata 1 menit ${loadavg()[0]!.toFixed(1)}. N = ${n} SOP sintetis, ${jobs} bagian.`);

  const ids = generateSyntheticProject({ dir, repo: REPO, n, seed: 7 });
  const perAgency = new Map<string, number>();
  ids.forEach((_, i) => {
    const a = SYNTHETIC_AGENCIES[i % SYNTHETIC_AGENCIES.length]!.id;
    perAgency.set(a, (perAgency.get(a) ?? 0) + 1);
  });
  const plan = planShards(SYNTHETIC_AGENCIES.map((a) => ({ id: a.id, sops: perAgency.get(a.id) ?? 0 })), jobs);

  let t = performance.now();
  const single = await publish({ root: dir, outDir: 'tunggal', log: quiet });
  const singleSeconds = (performance.now() - t) / 1000;
  console.log(`Satu build: ${singleSeconds.toFixed(1)} s (${fmt(single.timings)}).`);

  const shards: { nama: string; instansi: string[]; sops: number; seconds: number; timings: Record<string, number> }[] = [];
  for (const p of plan) {
    t = performance.now();
    const r = await publish({ root: dir, outDir: join('bagian', p.nama), instansi: p.instansi, log: quiet });
    const seconds = (performance.now() - t) / 1000;
    const sops = p.instansi.reduce((sum, id) => sum + (perAgency.get(id) ?? 0), 0);
    shards.push({ ...p, sops, seconds, timings: r.timings });
    console.log(`  ${p.nama} (${p.instansi.length} instansi, ${sops} SOP): ${seconds.toFixed(1)} s (${fmt(r.timings)}).`);
  }

  t = performance.now();
  const merged = await mergeShards({ shardDirs: plan.map((p) => join(dir, 'bagian', p.nama)), outDir: join(dir, 'gabungan') });
  const mergeSeconds = (performance.now() - t) / 1000;
  const same = JSON.stringify(filesOf(join(dir, 'gabungan')).sort()) === JSON.stringify(filesOf(join(dir, 'tunggal')).sort());
  console.log(`Gabung: ${mergeSeconds.toFixed(1)} s (${merged.files} berkas, indeks pencarian dibuat ulang); berkas sama dengan satu build: ${same ? 'ya' : 'TIDAK'}.`);

  const longest = Math.max(...shards.map((s) => s.seconds));
  const sum = shards.reduce((x, s) => x + s.seconds, 0);
  const wall = longest + mergeSeconds;
  console.log(
    `Matriks CI (${shards.length} runner): bagian terlama ${longest.toFixed(1)} s + gabung ${mergeSeconds.toFixed(1)} s = ${wall.toFixed(1)} s, ` +
      `${(singleSeconds / wall).toFixed(2)}x lebih cepat dari satu build (${singleSeconds.toFixed(1)} s). ` +
      `Jumlah kerja semua bagian ${sum.toFixed(1)} s = ${(sum / singleSeconds).toFixed(2)}x satu build (pemeriksaan dan halaman bersama diulang di setiap bagian).`,
  );
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(`RSS puncak proses (semua build berurutan): ${peakRssMb.toFixed(0)} MB.`);

  mkdirSync(join(REPO, '.cache'), { recursive: true });
  writeFileSync(
    join(REPO, '.cache/bench-shards.json'),
    JSON.stringify({ n, jobs, singleSeconds, singleTimings: single.timings, shards, mergeSeconds, wallSeconds: wall, sumSeconds: sum, sameFiles: same, peakRssMb }, null, 1) + '\n',
  );
}
