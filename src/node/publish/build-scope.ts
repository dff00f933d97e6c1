/**
 * The part of the site an incremental republish builds (src/node/publish/incremental.ts): the
 * pages to render and the SOPs whose MDX body they render. Written by the publisher into a file
 * named by SOP_BUILD_SCOPE before Astro starts; read by the pages' getStaticPaths (scopedPaths)
 * and by the SOP collection's loader (only the bodies in scope are compiled). Without the variable
 * everything is built.
 */
import { readFileSync } from 'node:fs';

export const BUILD_SCOPE_ENV = 'SOP_BUILD_SCOPE';

export interface BuildScope {
  /** URLs of the pages to build (e.g. "/sop/dinsos/a/", "/sops.json"). */
  pages: string[];
  /** Ids of the SOPs whose body a page in scope renders. */
  bodies: string[];
}

let cache: { file: string; scope: BuildScope; pages: Set<string>; bodies: Set<string> } | undefined;

function load(): typeof cache {
  const file = process.env[BUILD_SCOPE_ENV];
  if (!file) return undefined;
  if (cache?.file !== file) {
    const scope = JSON.parse(readFileSync(file, 'utf8')) as BuildScope;
    cache = { file, scope, pages: new Set(scope.pages), bodies: new Set(scope.bodies) };
  }
  return cache;
}

/** The scope of the running build, or undefined when the whole site is built. */
export function buildScope(): { pages: Set<string>; bodies: Set<string> } | undefined {
  return load();
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
