/**
 * The one Chromium page that renders every mermaid diagram of a build.
 *
 * Started on the first diagram (lazily: builds without diagrams never start a browser), shared by
 * all the others, closed when the build ends. The browser does not keep the build process alive
 * (its process and pipes are unreferenced); when Node is about to exit ('beforeExit') the
 * browser is closed properly, and if the process exits some other way the browser is killed.
 * mermaid.min.js is loaded from node_modules into the page: no network.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from '../chromium';

export const MERMAID_FONT = '"Liberation Sans", Arimo, Arial, Helvetica, sans-serif';

/** Mermaid settings for every diagram: strict security, the project's font, neutral theme. */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  securityLevel: 'strict',
  theme: 'neutral',
  fontFamily: MERMAID_FONT,
  themeVariables: { fontFamily: MERMAID_FONT, fontSize: '14px' },
  flowchart: { useMaxWidth: true },
} as const;

interface Shared {
  browser: Browser;
  page: Page;
}

let shared: Promise<Shared> | undefined;
/** The running browser, reachable synchronously for the 'exit' hook. */
let live: Browser | undefined;
let launches = 0;
let hooksInstalled = false;

export function mermaidScriptPath(): string {
  return createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
}

function detach(browser: Browser, keepAlive: boolean): void {
  const proc = browser.process();
  if (!proc) return;
  const method = keepAlive ? 'ref' : 'unref';
  proc[method]();
  for (const stream of proc.stdio) (stream as { ref?: () => void; unref?: () => void } | null)?.[method]?.();
}

async function open(): Promise<Shared> {
  launches++;
  const browser = await launchChromium({ pipe: true });
  live = browser;
  detach(browser, false);
  installExitHooks();
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="id"><head><meta charset="utf-8"></head><body></body></html>');
  await page.addScriptTag({ path: mermaidScriptPath() });
  await page.evaluate(`mermaid.initialize(${JSON.stringify(MERMAID_CONFIG)})`);
  return { browser, page };
}

function installExitHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on('beforeExit', () => {
    if (shared) void closeMermaidBrowser();
  });
  process.on('exit', () => {
    // Last resort (process.exit() skips 'beforeExit'): no async work possible any more.
    live?.process()?.kill('SIGKILL');
  });
}

/** The shared page with mermaid loaded, started on first use. */
export function mermaidPage(): Promise<Page> {
  if (!shared) {
    shared = open();
    shared.catch(() => (shared = undefined));
  }
  return shared.then((s) => s.page);
}

/** Closes the shared browser (a later diagram starts a new one). */
export async function closeMermaidBrowser(): Promise<void> {
  const current = shared;
  shared = undefined;
  if (!current) return;
  const { browser } = await current.catch(() => ({ browser: undefined }));
  if (!browser) return;
  detach(browser, true); // keep the process alive until the browser has really closed
  await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
  if (live === browser) live = undefined;
}

/** How many browsers this process has started for mermaid (tests: one per build). */
export function mermaidBrowserLaunches(): number {
  return launches;
}
