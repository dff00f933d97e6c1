/**
 * The recorder of what each page depends on (keys of src/core/site/page-dependencies.ts), filled
 * while Astro builds: the middleware (src/middleware.ts) opens a record per page, the site catalog
 * adds the keys of what it hands out while that page renders. The record lives on globalThis
 * because the build's bundle holds its own copy of this module; the publisher reads it after the
 * build (src/node/publish/publish.ts).
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const current = new AsyncLocalStorage<Set<string>>();
const REGISTRY = Symbol.for('sop-dinsos.page-dependencies');

type Registry = Map<string, Set<string>>;

function registry(): Registry {
  const g = globalThis as { [REGISTRY]?: Registry };
  return (g[REGISTRY] ??= new Map());
}

/** Starts a new record (the publisher, before each Astro build). */
export function resetPageDependencies(): void {
  registry().clear();
}

/** Page URL -> sorted dependency keys, of the pages built since the last reset. */
export function recordedPageDependencies(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [url, keys] of [...registry()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out[url] = [...keys].sort();
  return out;
}

/** Runs `render` (a page's rendering) with a fresh record for `url`. */
export function recordPage<T>(url: string, render: () => T): T {
  const keys = new Set<string>();
  registry().set(url, keys);
  return current.run(keys, render);
}

/**
 * Runs `load` outside any page's record: for data loaded once per build for every page (the
 * SOPs' histories), which the first page to ask must not be recorded as depending on. The pages
 * then report what they read of it themselves.
 */
export function untracked<T>(load: () => T): T {
  return current.exit(load);
}

/** The page being rendered depends on these keys (nothing happens outside a page). */
export function dependsOn(...keys: string[]): void {
  const record = current.getStore();
  if (record) for (const k of keys) record.add(k);
}

/** `value`, reporting `keys` (and `more(prop)`) as dependencies of the page that reads any of its properties. */
export function tracked<T extends object>(value: T, keys: readonly string[], more?: (prop: string | symbol) => readonly string[]): T {
  return new Proxy(value, {
    get(target, prop, receiver) {
      dependsOn(...keys, ...(more?.(prop) ?? []));
      return Reflect.get(target, prop, receiver);
    },
  });
}
