/**
 * Looks at the swimlane flowchart before (and besides) the SOP pages: renders Swimlane.astro with
 * Astro's container API for every test flow (tests/unit/swimlane/fixtures.ts), whole and split into
 * print pages, writes tests/.out/swimlane/<name>.html, opens each in Chromium at 360, 1024 and
 * 1440 px, checks from the DOM that every arrow touches its symbols (testkit/swimlane-dom.ts)
 * and saves screenshots tests/.out/swimlane/<name>-<width>.png (and a print PDF of the split ones).
 *
 *   npx tsx scripts/swimlane-preview.ts [name ...]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getViteConfig } from 'astro/config';
import { createServer } from 'vite';
import { launchChromium } from '../src/node/chromium';
import { checkSwimlanes, collectSwimlanes } from '../testkit/swimlane-dom';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'tests/.out/swimlane');
const WIDTHS = [360, 1024, 1440];

const only = process.argv.slice(2);
mkdirSync(OUT, { recursive: true });

const viteConfig = await getViteConfig({}, { logLevel: 'error' })({ mode: 'development', command: 'serve' });
const vite = await createServer({
  ...viteConfig,
  configFile: false,
  appType: 'custom',
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, watch: null },
});

const { experimental_AstroContainer } = await vite.ssrLoadModule('astro/container');
const { default: Swimlane } = await vite.ssrLoadModule('/src/components/swimlane/Swimlane.astro');
const { ALL_FLOWS } = await vite.ssrLoadModule('/tests/unit/swimlane/fixtures.ts');
const { layoutSwimlane } = await vite.ssrLoadModule('/src/core/swimlane/layout.ts');
const { splitIntoPages } = await vite.ssrLoadModule('/src/core/swimlane/pages.ts');
const container = await experimental_AstroContainer.create();
const css = readFileSync(resolve(ROOT, 'src/components/swimlane/swimlane.css'), 'utf8');

const page = (title: string, body: string) => `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
  body { margin: 0; font-family: "Liberation Sans", Arial, sans-serif; background: #fff; }
  main { max-width: 82rem; margin: 0 auto; padding: 1rem; }
  h1 { font-size: 1.1rem; }
  @page { size: A4 landscape; margin: 12mm; }
  @media print { main { max-width: none; padding: 0; } }
</style>
<style>${css}</style></head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;

/** Where each flow is split for the print preview (0-based step indices starting a page). */
const SPLITS: Record<string, number[]> = {
  'provinsi-pemulangan': [5, 10],
  'loop-back': [2],
  'large-8x30': [10, 20],
  'two-decisions': [2],
};

const files: { name: string; path: string; print: boolean }[] = [];
for (const [name, flow] of Object.entries(ALL_FLOWS as Record<string, unknown>)) {
  if (only.length && !only.includes(name)) continue;
  const html = await container.renderToString(Swimlane, { props: { flow, caption: `Diagram alir ${name}` } });
  const path = resolve(OUT, `${name}.html`);
  writeFileSync(path, page(name, html));
  files.push({ name, path, print: false });
  const split = SPLITS[name];
  if (split) {
    const pages = splitIntoPages(layoutSwimlane(flow), split);
    const printed = await container.renderToString(Swimlane, { props: { layout: pages, scroll: false, idPrefix: 'cetak-' } });
    const printPath = resolve(OUT, `${name}-halaman.html`);
    writeFileSync(printPath, page(`${name} (dibagi per halaman)`, printed));
    files.push({ name: `${name}-halaman`, path: printPath, print: true });
  }
}
await vite.close();

const browser = await launchChromium();
let failures = 0;
try {
  for (const file of files) {
    for (const width of WIDTHS) {
      const tab = await browser.newPage();
      await tab.setViewport({ width, height: 900 });
      await tab.goto(pathToFileURL(file.path).href, { waitUntil: 'load' });
      const result = checkSwimlanes(await collectSwimlanes(tab));
      const shot = resolve(OUT, `${file.name}-${width}.png`);
      await tab.screenshot({ path: shot as `${string}.png`, fullPage: true });
      const status = result.problems.length ? `${result.problems.length} MASALAH` : 'ok';
      console.log(`${file.name} @${width}px: ${result.edges} panah, ${result.symbols} simbol: ${status}`);
      for (const p of result.problems.slice(0, 10)) console.log(`  - ${p}`);
      failures += result.problems.length;
      if (width === 360 && !file.print) {
        // The phone view after swiping the table sideways: No and Kegiatan must stay in view.
        await tab.evaluate(`document.querySelector('.swl-scroll').scrollLeft = 220`);
        const swiped = checkSwimlanes(await collectSwimlanes(tab));
        failures += swiped.problems.length;
        if (swiped.problems.length) console.log(`${file.name} @360px digeser: ${swiped.problems.join('; ')}`);
        await tab.screenshot({ path: resolve(OUT, `${file.name}-360-geser.png`) as `${string}.png`, clip: { x: 0, y: 0, width: 360, height: 900 } });
      }
      if (file.print && width === 1024) {
        await tab.pdf({ path: resolve(OUT, `${file.name}.pdf`), preferCSSPageSize: true });
        await tab.emulateMediaType('print');
        const printed = checkSwimlanes(await collectSwimlanes(tab));
        console.log(`${file.name} (media print): ${printed.problems.length ? printed.problems.join('; ') : 'ok'}`);
        failures += printed.problems.length;
      }
      await tab.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`\nTangkapan layar: ${OUT}`);
process.exitCode = failures ? 1 : 0;
