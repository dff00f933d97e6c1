/**
 * One size of the scale benchmark (scripts/bench/scale.ts), in its own process so that its memory
 * is its own: publishes the project at argv[2] with the default pipeline (check, Astro, search
 * index, PDFs), reports each phase to the parent over IPC with this process's peak resident memory
 * during the phase (reset at each phase start), then measures the PDF floor of the same run and,
 * unless BENCH_REPUBLISH=0, a republish after editing one SOP.
 */
import { availableParallelism } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publish, type PublishResult } from '../../src/node/publish/publish';
import { serveStatic } from '../../src/node/static-server';
import { floorPages, measurePdfFloor, spreadSample } from '../../testkit/pdf-floor';
import { peakRssMb, resetPeakRss } from '../../testkit/proc-memory';

export type ScaleMessage =
  | { type: 'phase'; run: 'full' | 'republish'; phase: string; event: 'start' | 'end'; nodePeakMb?: number }
  | {
      type: 'result';
      timings: Record<string, number>;
      pdf: { total: number; rendered: number; seconds: number };
      floor: { sample: number; seconds: number; perSecond: number };
      republish?: { edited: string; seconds: number; timings: Record<string, number> };
    };

const send = (m: ScaleMessage) => process.send!(m);
const dir = process.argv[2]!;
const ids = JSON.parse(readFileSync(join(dir, 'ids.json'), 'utf8')) as string[];
const quiet = (l: string) => {
  if (l.startsWith('PDF:')) console.log('  ' + l);
};

function onPhase(run: 'full' | 'republish') {
  return (phase: string, event: 'start' | 'end') => {
    if (event === 'start') resetPeakRss();
    send({ type: 'phase', run, phase, event, nodePeakMb: event === 'end' ? peakRssMb() : undefined });
  };
}

const full: PublishResult = await publish({ root: dir, outDir: 'dist', log: quiet, onPhase: onPhase('full') });

const server = await serveStatic(join(dir, 'dist'));
const floorSample = spreadSample(ids, Number(process.env.BENCH_SAMPLE_FLOOR ?? 60));
const floorSite = await floorPages(join(dir, 'dist'), server.url, full.report.catalog, floorSample, join(dir, 'bench-floor'));
const { floor } = await measurePdfFloor(floorSite, floorSample, availableParallelism());
await floorSite.close();
await server.close();

// Republish after editing one SOP in force, in the same process: the publish rebuilds only what
// the change touches, with the renderer and the search index kept from the full publish.
let republish: Extract<ScaleMessage, { type: 'result' }>['republish'];
if (process.env.BENCH_REPUBLISH !== '0') {
  const edited = ids.find((id) => readFileSync(join(dir, 'sops', `${id}.mdx`), 'utf8').includes('status: berlaku'))!;
  const file = join(dir, 'sops', `${edited}.mdx`);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^judul: (.*)$/m, 'judul: $1 (direvisi)'));
  const start = performance.now();
  const again = await publish({ root: dir, outDir: 'dist', log: quiet, onPhase: onPhase('republish') });
  republish = { edited, seconds: (performance.now() - start) / 1000, timings: again.timings };
}

const pdf = full.pdf!;
send({ type: 'result', timings: full.timings, pdf: { total: pdf.total, rendered: pdf.rendered, seconds: pdf.seconds }, floor, republish });
process.disconnect();
