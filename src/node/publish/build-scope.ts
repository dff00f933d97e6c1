/**
 * The part of the site an incremental republish builds (src/node/publish/incremental.ts): the
 * pages to render. Written by the publisher into a file named by SOP_BUILD_SCOPE before Astro
 * starts; read by the pages' getStaticPaths (scopedPaths). Without the variable everything is
 * built.
 */
import { readFileSync } from 'node:fs';
import { currentBuildGeneration } from './build-generation';

export const BUILD_SCOPE_ENV = 'SOP_BUILD_SCOPE';

export interface BuildScope {
  /** URLs of the pages to build (e.g. "/sop/dinsos/a/", "/sops.json"). */
  pages: string[];
}

let cache: { file: string; generation: object | undefined; pages: Set<string> } | undefined;

/** Read once per build (the renderer kept between republishes renders several builds). */
function load(): typeof cache {
  const file = process.env[BUILD_SCOPE_ENV];
  if (!file) return undefined;
  const generation = currentBuildGeneration();
  if (cache?.file !== file || cache.generation !== generation) {
    const scope = JSON.parse(readFileSync(file, 'utf8')) as BuildScope;
    cache = { file, generation, pages: new Set(scope.pages) };
  }
  return cache;
}

/** A route pattern ("/sop/[...id]/") with its parameters filled in. */
export function routeUrl(pattern: string, params: Record<string, string | number | undefined>): string {
  return pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => String(params[name] ?? ''));
}

/** getStaticPaths' answer, restricted to the pages in scope (all of them outside an incremental build). */
export function scopedPaths<P extends { params: Record<string, string | number | undefined> }>(pattern: string, paths: P[]): P[] {
  const scope = load();
  if (!scope) return paths;
  return paths.filter((p) => scope.pages.has(routeUrl(pattern, p.params)));
}
