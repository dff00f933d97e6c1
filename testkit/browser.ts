/**
 * Shared helpers for end-to-end tests: one Chromium per test file, the built site served on localhost.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from '../src/node/chromium';
import { serveStatic, type StaticServer } from '../src/node/static-server';
import { SCREENSHOTS, SITE_DIST } from './paths';

export interface SiteSession {
  browser: Browser;
  server: StaticServer;
  /** Absolute URL of a site path, e.g. url('/sop/x/'). */
  url(path: string): string;
  newPage(width?: number, height?: number): Promise<Page>;
  close(): Promise<void>;
}

export async function openSite(root = SITE_DIST): Promise<SiteSession> {
  const server = await serveStatic(root);
  const browser = await launchChromium();
  return {
    browser,
    server,
    url: (path) => server.url + path,
    async newPage(width = 1280, height = 900) {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Saves a full-page screenshot under tests/.out/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = resolve(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: path as `${string}.png`, fullPage: true });
  return path;
}
