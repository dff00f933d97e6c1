/**
 * The letters tests' shared setup (vitest only): the built site in Chromium (LETTERS_SITE_DIST,
 * else the test build) and the letters compiled as the browser gets them, opened before a test
 * file's tests and closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { openSite, type SiteSession } from './browser';
import { lettersSiteDist } from './letter-page';
import { loadLetters, type LoadedLetters } from './letter-render';
import { SITE_DIST } from './paths';

export interface LetterSite {
  site: SiteSession;
  letters: LoadedLetters;
}

/** Call at the top of a test file; the fields are set once the file's `beforeAll` has run. */
export function useLetterSite(): LetterSite {
  const env = {} as LetterSite;
  beforeAll(async () => {
    env.letters = await loadLetters();
    env.site = await openSite(lettersSiteDist(SITE_DIST));
  });
  afterAll(async () => {
    await env.site?.close();
  });
  return env;
}
