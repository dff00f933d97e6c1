/**
 * The authors' safety net, shared by `npm run check`, the Astro build and the publish script:
 * load every source, validate it, run the cross-checks, and report errors and warnings.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkCatalog } from '../core/checks/check-catalog';
import { formatIssue, sortIssues, type CheckIssue } from '../core/checks/issue';
import type { Catalog } from '../core/catalog/catalog';
import { checkBodies } from './check-bodies';
import { checkLetterTemplates } from './check-letter-templates';
import { loadSources } from './load-sources';
import type { SopReadCache } from './sop-read-cache';
import { todayIso } from './today';

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

export interface ProjectReport {
  catalog: Catalog;
  issues: CheckIssue[];
  /** Formatted messages, ready to print. */
  errors: string[];
  warnings: string[];
}

export { todayIso };

export interface CheckOptions {
  /** Parse ```mermaid fences in the build browser (default true). */
  mermaid?: boolean;
  /** What reading each SOP file gave last time (the publisher's, src/node/sop-read-cache.ts); saved after reading. */
  sopCache?: SopReadCache;
}

export async function checkProject(root: string, today = todayIso(), options: CheckOptions = {}): Promise<ProjectReport> {
  const { catalog, issues: loadIssues, locate } = loadSources(root, options.sopCache);
  const crossIssues = checkCatalog(catalog, today).map((i) => ({ ...i, line: i.line ?? locate(i.file, i.path) }));
  const images = {
    publicFileExists: (path: string) => catalog.publicFileExists?.(path) ?? true,
    besideFileExists: (sopFile: string, path: string) => isFile(join(root, dirname(sopFile), path)),
  };
  const bodyIssues = await checkBodies(catalog.sops, { ...options, images });
  // After the cross-checks and the narratives: the cache keeps the lines they asked for and what the narratives gave.
  options.sopCache?.save();
  const issues = sortIssues([...loadIssues, ...crossIssues, ...bodyIssues, ...checkLetterTemplates(root, images.publicFileExists)]);
  return {
    catalog,
    issues,
    errors: issues.filter((i) => i.severity === 'error').map(formatIssue),
    warnings: issues.filter((i) => i.severity === 'warning').map(formatIssue),
  };
}
