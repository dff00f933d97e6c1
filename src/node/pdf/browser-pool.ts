/**
 * One Chromium for the whole run and a pool of pages (concurrency = cores). Every request that is
 * not the local static server, a data: URL or about:blank is aborted, counted and logged.
 */
import { availableParallelism } from 'node:os';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from '../chromium';

export interface PoolOptions {
  /** Origin of the local static server, e.g. "http://127.0.0.1:43123". */
  allowOrigin: string;
  concurrency?: number;
  log?: (line: string) => void;
}

export class BrowserPool {
  readonly blocked: string[] = [];
  private size = 0;
  private idle: Page[] = [];
  private waiting: Array<(p: Page) => void> = [];

  private constructor(
    readonly browser: Browser,
    public concurrency: number,
    private readonly allowOrigin: string,
    private readonly log: (line: string) => void,
  ) {}

  static async open(opts: PoolOptions): Promise<BrowserPool> {
    const concurrency = Math.max(1, opts.concurrency ?? availableParallelism());
    const browser = await launchChromium();
    const pool = new BrowserPool(browser, concurrency, opts.allowOrigin, opts.log ?? (() => {}));
    try {
      for (let i = 0; i < concurrency; i++) pool.idle.push(await pool.newPage());
      pool.size = concurrency;
    } catch (err) {
      await browser.close();
      throw err;
    }
    return pool;
  }

  /** Adds pages until the pool holds `concurrency` of them. */
  async grow(concurrency: number): Promise<void> {
    this.concurrency = Math.max(this.concurrency, concurrency);
    while (this.size < concurrency) {
      this.idle.push(await this.newPage());
      this.size++;
    }
    const w = this.waiting.shift();
    if (w && this.idle.length) w(this.idle.pop()!);
  }

  private isAllowed(url: string): boolean {
    return url.startsWith(this.allowOrigin + '/') || url === this.allowOrigin || url.startsWith('data:') || url === 'about:blank';
  }

  private async newPage(): Promise<Page> {
    const page = await this.browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      if (req.isInterceptResolutionHandled()) return;
      const url = req.url();
      if (this.isAllowed(url)) void req.continue();
      else {
        this.blocked.push(url);
        this.log(`PDF: permintaan ke luar diblokir: ${url}`);
        void req.abort('blockedbyclient');
      }
    });
    await page.emulateMediaType('print');
    return page;
  }

  /** Runs `fn` on a pooled page. A page whose task failed is replaced by a fresh one. */
  async use<T>(fn: (page: Page) => Promise<T>): Promise<T> {
    const page = this.idle.pop() ?? (await new Promise<Page>((ok) => this.waiting.push(ok)));
    let healthy = true;
    try {
      return await fn(page);
    } catch (err) {
      healthy = false;
      throw err;
    } finally {
      let next = page;
      if (!healthy) {
        await page.close().catch(() => {});
        next = await this.newPage();
      }
      const w = this.waiting.shift();
      if (w) w(next);
      else this.idle.push(next);
    }
  }

  private closed = false;
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.browser.close();
  }
}

/** Rejects with `message` when `promise` takes longer than `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, fail) => {
      timer = setTimeout(() => fail(new Error(message)), ms);
    }),
  ]);
}
