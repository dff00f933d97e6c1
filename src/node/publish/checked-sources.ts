/**
 * The SOPs the publisher's check has just read and accepted, handed to the Astro build that
 * follows in the same process (src/site/catalog.ts reads them instead of parsing every SOP file a
 * second time, which costs seconds at a thousand SOPs). Kept on globalThis, because the build's
 * bundle holds its own copy of this module; set for one project folder and cleared after the build.
 */
import { resolve } from 'node:path';
import type { Catalog, SopSource } from '../../core/catalog/catalog';

const KEY = Symbol.for('sop-dinsos.checked-sources');

interface Shared {
  root: string;
  sops: Map<string, SopSource>;
}

const slot = () => globalThis as { [KEY]?: Shared };

/** Shares the check's SOPs of the project at `root` with the build (undefined: stop sharing). */
export function shareCheckedSources(root: string, catalog: Catalog | undefined): void {
  slot()[KEY] = catalog && { root: resolve(root), sops: new Map(catalog.sops.map((s) => [s.id, s])) };
}

/** The SOP as the check read it, when the running build is the publisher's for the project at `root`. */
export function checkedSop(root: string, id: string): SopSource | undefined {
  const shared = slot()[KEY];
  return shared && shared.root === resolve(root) ? shared.sops.get(id) : undefined;
}
