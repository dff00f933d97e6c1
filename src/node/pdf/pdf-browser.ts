/**
 * The browser the PDF step prints with: a local server over the built site and one Chromium with
 * one page (the pool grows when there is more to print). Started early by publish, before the
 * Astro build, so that its start-up is off the PDF step's critical path.
 */
import { serveStatic } from '../static-server';
import { BrowserPool } from './browser-pool';

export interface PdfBrowser {
  ready: Promise<{ server: { url: string; close(): Promise<void> }; pool: BrowserPool }>;
  /** Closes the browser and the server (idempotent; waits for the start-up to finish). */
  close(): Promise<void>;
}

/**
 * Starts the local server over `distDir` (files may still be being written: it reads them on
 * request) and one Chromium with one page. Nothing is printed until renderSitePdfs asks.
 */
export function startPdfBrowser(distDir: string, log: (line: string) => void = () => {}): PdfBrowser {
  const seenLines = new Set<string>();
  const ready = (async () => {
    const server = await serveStatic(distDir);
    try {
      const pool = await BrowserPool.open({
        allowOrigin: server.url,
        concurrency: 1,
        log: (line) => {
          if (!seenLines.has(line)) log(line);
          seenLines.add(line);
        },
      });
      return { server, pool };
    } catch (err) {
      await server.close();
      throw err;
    }
  })();
  // Do not let an early failure go unhandled; it is rethrown where awaited.
  ready.catch(() => {});
  let closing: Promise<void> | undefined;
  return {
    ready,
    close: () =>
      (closing ??= ready.then(
        ({ server, pool }) => Promise.all([pool.close(), server.close()]).then(() => {}, () => {}),
        () => {},
      )),
  };
}
