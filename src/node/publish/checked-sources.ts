/**
 * The catalog the publisher's check has just read and accepted, handed to the Astro build that
 * follows in the same process (src/site/catalog.ts reads it instead of reading every source file
 * a second time, which costs seconds at a thousand SOPs). Kept on globalThis, because the build's
 * bundle holds its own copy of this module; set for one project folder and cleared after the build.
 */
import { resolve } from 'node:path';
import type { Catalog } from '../../core/catalog/catalog';

const KEY = Symbol.for('sop-dinsos.checked-sources');

interface Shared {
  root: string;
  catalog: Catalog;
}

const slot = () => globalThis as { [KEY]?: Shared };

/** Shares the check's catalog of the project at `root` with the build (undefined: stop sharing). */
export function shareCheckedSources(root: string, catalog: Catalog | undefined): void {
  slot()[KEY] = catalog && { root: resolve(root), catalog };
}

/** The catalog as the check read it, when the running build is the publisher's for the project at `root`. */
export function checkedCatalog(root: string): Catalog | undefined {
  const shared = slot()[KEY];
  return shared && shared.root === resolve(root) ? shared.catalog : undefined;
}
