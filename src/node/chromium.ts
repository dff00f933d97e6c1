/**
 * Locating and launching the system Chromium (Node side only).
 *
 * Puppeteer cannot download its own browser on our machines, so every script and test that
 * needs a browser (PDF rendering, mermaid rendering, end-to-end tests, benchmarks) goes through
 * this file: one place that knows where Chromium lives and which flags it needs.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type LaunchOptions } from 'puppeteer-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Flags every launch uses: no sandbox as root, and no background traffic on a closed network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];

export class ChromiumNotFoundError extends Error {
  constructor(tried: string[]) {
    super(
      'Chromium tidak ditemukan (dicari: ' +
        tried.join(', ') +
        ').\nPasang dengan: sudo apt-get update && sudo apt-get install -y chromium fonts-liberation fonts-texgyre\n' +
        'atau tunjuk berkasnya lewat variabel CHROMIUM_PATH=/path/ke/chromium.',
    );
    this.name = 'ChromiumNotFoundError';
  }
}

/** Path of the Chromium executable: $CHROMIUM_PATH, else the first known system location. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const tried: string[] = [];
  const fromEnv = env.CHROMIUM_PATH ?? env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    tried.push(fromEnv);
  }
  for (const candidate of CANDIDATES) {
    if (existsSync(candidate)) return candidate;
    tried.push(candidate);
  }
  throw new ChromiumNotFoundError(tried);
}

/** Launches headless Chromium with the project's flags. Callers close it. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    ...options,
    args: [...CHROMIUM_FLAGS, ...(options.args ?? [])],
  });
}
