/**
 * Publish benchmark: N synthetic SOPs (default 1,000; BENCH_N overrides), published with
 * the real pipeline (check, Astro build, Pagefind, PDFs), in one run:
 *  - build, search index and PDF time, PDFs per second;
 *  - (a) one Chromium launch per PDF, measured on a sample (BENCH_SAMPLE_LAUNCH, default 20) at the
 *    same concurrency and extrapolated to N;
 *  - (b) the floor: bare `page.pdf` of the same printed SOPs (the markup the PDF step makes,
 *    src/core/pdf/print-article.ts), each written as a print page and opened at its address, one
 *    call per file, in one warm browser at the same concurrency (sample BENCH_SAMPLE_FLOOR, default
 *    60); (b') the same documents given as strings (setContent), without navigating;
 *  - republishing after editing one SOP (PDF step and whole publish).
 * Figures also go to .cache/bench-publish.json. Recorded in docs/benchmarks.md.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSyntheticProject } from '../../testkit/synthetic';
import { publish } from '../../src/node/publish/publish';
import { launchChromium } from '../../src/node/chromium';
import { serveStatic } from '../../src/node/static-server';
import { floorPages, measurePdfFloor, runPool, spreadSample } from '../../testkit/pdf-floor';

export const name = 'publish';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export async function run(): Promise<void> {
  const n = Number(process.env.BENCH_N ?? 1000);
  const sampleLaunch = Number(process.env.BENCH_SAMPLE_LAUNCH ?? 20);
  const sampleFloor = Number(process.env.BENCH_SAMPLE_FLOOR ?? 60);
  const conc = availableParallelism();
  const dir = join(REPO, '.cache/bench-project');
  const quiet = (l: string) => {
    if (l.startsWith('PDF:')) console.log('  ' + l);
  };
  console.log(`Mesin: ${cpus()[0]?.model ?? '?'} x${conc}, Node ${process.version}, beban rata-rata 1 menit ${loadavg()[0]!.toFixed(1)}. N = ${n} SOP sintetis.`);

  let t = performance.now();
  const ids = generateSyntheticProject({ dir, repo: REPO, n, seed: 7 });
  const genSeconds = (performance.now() - t) / 1000;

  t = performance.now();
  const full = await publish({ root: dir, outDir: 'dist', log: quiet });
  const fullSeconds = (performance.now() - t) / 1000;
  const pdf = full.pdf!;
  const dist = join(dir, 'dist');

  // (b) floor: one page.pdf per file, warm browser, same concurrency; (b') the same documents
  // given as strings, without navigating (testkit/pdf-floor.ts).
  const server = await serveStatic(dist);
  const sample = spreadSample(ids, sampleFloor);
  const pages = await floorPages(dist, server.url, full.report.catalog, sample, join(dir, 'bench-floor'));
  const { floor, memoryFloor } = await measurePdfFloor(pages, sample, conc);
  const floorSeconds = floor.seconds;
  const floorRate = floor.perSecond;
  const memoryFloorSeconds = memoryFloor.seconds;
  const memoryFloorRate = memoryFloor.perSecond;
  const pageUrl = pages.urlOf;

  // (a) one browser launch per PDF.
  const launchSample = sample.slice(0, sampleLaunch);
  t = performance.now();
  await runPool(launchSample, conc, async (id) => {
    const b = await launchChromium();
    const p = await b.newPage();
    await p.goto(pageUrl(id), { waitUntil: 'load' });
    await p.pdf({ preferCSSPageSize: true, printBackground: true });
    await b.close();
  });
  const launchSeconds = (performance.now() - t) / 1000;
  await server.close();
  await pages.close();
  const launchRate = launchSample.length / launchSeconds;

  // Republish after editing one berlaku SOP.
  const edited = ids.find((id) => readFileSync(join(dir, 'sops', `${id}.mdx`), 'utf8').includes('status: berlaku'))!;
  const file = join(dir, 'sops', `${edited}.mdx`);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^judul: (.*)$/m, 'judul: $1 (direvisi)'));
  t = performance.now();
  const again = await publish({ root: dir, outDir: 'dist', log: quiet });
  const againSeconds = (performance.now() - t) / 1000;

  const rate = pdf.total / pdf.seconds;
  const printRate = pdf.rendered / pdf.printSeconds;
  const result = {
    n,
    cores: conc,
    generateSeconds: genSeconds,
    publishSeconds: fullSeconds,
    timings: full.timings,
    pdf: { ...pdf, blocked: pdf.blocked.length },
    pdfPerSecond: rate,
    printPerSecond: printRate,
    floor: { sample: sample.length, seconds: floorSeconds, perSecond: floorRate },
    memoryFloor: { sample: sample.length, seconds: memoryFloorSeconds, perSecond: memoryFloorRate },
    launchPerPdf: { sample: launchSample.length, seconds: launchSeconds, perSecond: launchRate, extrapolatedSeconds: n / launchRate },
    republish: { edited, seconds: againSeconds, build: again.build, timings: again.timings, pdf: { ...again.pdf!, blocked: again.pdf!.blocked.length } },
  };
  mkdirSync(join(REPO, '.cache'), { recursive: true });
  writeFileSync(join(REPO, '.cache/bench-publish.json'), JSON.stringify(result, null, 2));

  const f = (x: number, d = 1) => x.toFixed(d);
  console.log(`(beban rata-rata 1 menit di akhir: ${loadavg()[0]!.toFixed(1)}; mesin dipakai bersama, angka bergeser bila ada proses lain)`);
  console.log(`\nPenerbitan penuh ${n} SOP: ${f(fullSeconds)} s (periksa ${f(full.timings.check!)} s, Astro ${f(full.timings.astro!)} s, indeks pencarian ${f(full.timings.search!)} s, PDF ${f(full.timings.pdf!)} s)`);
  console.log(`PDF: ${pdf.rendered} PDF + ${pdf.books} buku dalam ${f(pdf.seconds)} s = ${f(rate)} PDF/s (tahap cetak ${f(pdf.printSeconds)} s = ${f(printRate)} PDF/s; ${pdf.batches} kelompok; pemisahan ${f(pdf.splitSeconds)} s; buku ${f(pdf.bookSeconds)} s setelah cetak, ${f(pdf.bookAssemblySeconds)} s seluruhnya)`);
  console.log(`(b) lantai, satu page.pdf per berkas, peramban hangat, ${conc} paralel, sampel ${sample.length}: ${f(floorRate)} PDF/s -> ${f(n / floorRate)} s untuk ${n} (diekstrapolasi). Mesin ini ${f(rate / floorRate, 2)}x lantai.`);
  console.log(`(b') lantai tanpa navigasi (setContent per berkas), sampel ${sample.length}: ${f(memoryFloorRate)} PDF/s. Mesin ini ${f(rate / memoryFloorRate, 2)}x lantai ini.`);
  console.log(`(a) satu peluncuran Chromium per PDF, ${conc} paralel, sampel ${launchSample.length}: ${f(launchRate)} PDF/s -> ${f(n / launchRate)} s untuk ${n} (diekstrapolasi). Mesin ini ${f(rate / launchRate, 1)}x lebih cepat.`);
  console.log(`Terbit ulang setelah mengubah 1 SOP (${edited}): tahap PDF ${f(again.timings.pdf!, 2)} s (${again.pdf!.rendered} dicetak, ${again.pdf!.reused} dipakai ulang, ${again.pdf!.booksRebuilt} buku disusun ulang); seluruh penerbitan ${f(againSeconds)} s (${again.build.kind === 'partial' ? `sebagian: ${again.build.pages} halaman dibangun ulang; ` : ''}${Object.entries(again.timings).map(([k, v]) => `${k} ${f(v)} s`).join(', ')}${again.build.kind === 'partial' ? '; indeks pencarian dan PDF berjalan bersamaan' : ''}).`);
}
