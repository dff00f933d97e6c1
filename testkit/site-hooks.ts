/**
 * The browser tests' shared setup (vitest only): a built site served and opened in Chromium
 * before a test file's tests, closed after them. Call at the top of a test file; the returned
 * object's fields are set once the file's `beforeAll` has run.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Catalog } from '../src/core/catalog/catalog';
import { loadSources } from '../src/node/load-sources';
import { openSite, type SiteSession } from './browser';
import { lettersSiteDist } from './letter-page';
import { loadLetters, type LoadedLetters } from './letter-render';
import { ROOT, SITE_DIST } from './paths';

function useOpened<T extends { site: SiteSession }>(open: () => Promise<T>): T {
  const env = {} as T;
  beforeAll(async () => {
    Object.assign(env, await open());
  });
  afterAll(async () => {
    await env.site?.close();
  });
  return env;
}

/** The test build of the sample SOPs, with the catalog of their sources. */
export function useSite(): { site: SiteSession; catalog: Catalog } {
  return useOpened(async () => ({ catalog: loadSources(ROOT).catalog, site: await openSite() }));
}

/** The letter pages (LETTERS_SITE_DIST, else the test build), with the letters compiled as the browser gets them. */
export function useLetterSite(): { site: SiteSession; letters: LoadedLetters } {
  return useOpened(async () => ({ letters: await loadLetters(), site: await openSite(lettersSiteDist(SITE_DIST)) }));
}
