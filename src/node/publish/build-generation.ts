/**
 * Which build the pages are rendered for: a fresh token per build, set by the publisher before
 * Astro builds or the kept renderer renders (kept-renderer.ts). Kept on globalThis, because the
 * build's bundle holds its own copy of this module. Without a publisher (a plain `astro build`)
 * there is one build per process.
 */
const KEY = Symbol.for('sop-dinsos.build-generation');

const slot = () => globalThis as { [KEY]?: object };

/** Starts a new build: data loaded per build (src/site/per-build.ts) is loaded again. */
export function beginBuildGeneration(): void {
  slot()[KEY] = {};
}

export function currentBuildGeneration(): object | undefined {
  return slot()[KEY];
}
