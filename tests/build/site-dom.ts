/**
 * Reading the built site's HTML in a real browser parser (Chromium with JavaScript off, so what is
 * read is the static HTML every reader gets), with small helpers returning normalised text.
 */
import type { Page } from 'puppeteer-core';
import { openSite, type SiteSession } from '../../testkit/browser';

/** Collapses whitespace like a reader sees it. */
export function norm(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface SiteDom {
  session: SiteSession;
  page: Page;
  open(path: string): Promise<void>;
  texts(selector: string): Promise<string[]>;
  text(selector: string): Promise<string>;
  attrs(selector: string, attr: string): Promise<(string | null)[]>;
  count(selector: string): Promise<number>;
  /** Row header -> cell text of a table of <th scope="row"> rows. */
  rowMap(selector: string): Promise<Map<string, string>>;
  close(): Promise<void>;
}

export async function openSiteDom(): Promise<SiteDom> {
  const session = await openSite();
  const page = await session.newPage();
  await page.setJavaScriptEnabled(false);
  const texts = (selector: string) =>
    page.$$eval(selector, (els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));
  return {
    session,
    page,
    async open(path) {
      const res = await page.goto(session.url(path));
      if (!res || res.status() !== 200) throw new Error(`${path}: HTTP ${res?.status()}`);
    },
    texts,
    async text(selector) {
      const all = await texts(selector);
      if (all.length !== 1) throw new Error(`${selector}: expected one element, found ${all.length}`);
      return all[0]!;
    },
    attrs: (selector, attr) => page.$$eval(selector, (els, a) => els.map((e) => e.getAttribute(a)), attr),
    count: (selector) => page.$$eval(selector, (els) => els.length),
    async rowMap(selector) {
      const rows = await page.$$eval(selector, (trs) =>
        trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.querySelector('td')?.textContent ?? '']),
      );
      return new Map(rows.map(([k, v]) => [norm(k!), norm(v!)]));
    },
    close: () => session.close(),
  };
}
