/**
 * The rules incremental republishing relies on (docs/architecture.md, "Republishing after editing
 * SOPs"), checked on the source files: SOPs reach pages only through the site catalog, which
 * records what each page reads, and every route with parameters lets a partial build choose its pages.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../testkit/paths';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : /\.(astro|ts|tsx)$/.test(name) ? [relative(ROOT, full)] : [];
  });
}

const SHELL = ['src/pages', 'src/components', 'src/layouts', 'src/site'].flatMap((d) => filesUnder(join(ROOT, d)));

describe('what incremental republishing relies on', () => {
  it('pages read SOPs only through the site catalog', () => {
    const direct = SHELL.filter((f) => f !== 'src/site/catalog.ts' && /\b(getCollection|getEntry|getEntries|readSopText)\s*\(/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(direct).toEqual([]);
  });

  it('every route with parameters passes its paths through scopedPaths', () => {
    const routes = filesUnder(join(ROOT, 'src/pages')).filter((f) => f.includes('['));
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.filter((f) => !readFileSync(join(ROOT, f), 'utf8').includes('scopedPaths('))).toEqual([]);
  });
});
