/**
 * Reads a project's sources from disk — SOP MDX files under sops/, agency profiles under
 * sops/_data/instansi/, regulations in sops/_data/dasar-hukum.yaml, services under sops/_layanan/,
 * letter template ids — and
 * validates each with the core readers (src/core/source). Returns the catalog of what is valid
 * and every problem found, with file, field path and line.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AgencySource, Catalog, ServiceSource, SopSource } from '../core/catalog/catalog';
import { issue, type CheckIssue } from '../core/checks/issue';
import { MESSAGES } from '../core/checks/messages';
import type { Regulation } from '../core/model/regulation';
import { locate, readAgencyText, readRegulationsText, readServiceText, readSiteText, readSopText } from '../core/source/read-sources';
import { AGENCIES_DIR, classifyServicePath, classifySopPath, LETTERS_DIR, REGULATIONS_FILE, SERVICES_DIR, SITE_FILE, SOPS_DIR } from '../core/source/source-paths';
import type { YamlSource } from '../core/source/yaml-source';

export interface LoadResult {
  catalog: Catalog;
  issues: CheckIssue[];
  /** Line (1-based) of a field path such as "langkah[2].pelaksana" in a loaded file. */
  locate(file: string, path: string): number | undefined;
}

/** Every file under `dir`, as paths relative to `dir`, sorted. */
function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(full).isDirectory()) out.push(...listFiles(full, rel));
    else out.push(rel);
  }
  return out;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or an issue when it is not UTF-8 (e.g. saved as ANSI from Word). */
function readText(root: string, file: string, issues: CheckIssue[]): string | null {
  try {
    return UTF8.decode(readFileSync(join(root, file)));
  } catch {
    issues.push({ ...issue(MESSAGES.notUtf8, file, '', {}), line: 1 });
    return null;
  }
}

/** Reads one SOP file of the project (for the dev server's per-file check). */
export function loadSopFile(root: string, file: string): { sop: SopSource | null; issues: CheckIssue[]; yaml: YamlSource | null } {
  const issues: CheckIssue[] = [];
  const kind = classifySopPath(file.replace(/^sops\//, ''));
  if (kind.kind === 'bad-name') return { sop: null, issues: [{ ...issue(MESSAGES.badSopPath, file, '', { id: kind.id }), line: 1 }], yaml: null };
  if (kind.kind !== 'sop') return { sop: null, issues, yaml: null };
  const text = readText(root, file, issues);
  if (text === null) return { sop: null, issues, yaml: null };
  const read = readSopText(kind.id, file, text);
  return { sop: read.value, issues: read.issues, yaml: read.yaml };
}

function letterTemplateIds(root: string): Set<string> | undefined {
  const dir = join(root, LETTERS_DIR);
  if (!existsSync(dir)) return undefined;
  const ids = readdirSync(dir).filter((n) => n.endsWith('.hbs') && !n.startsWith('_')).map((n) => n.replace(/\.hbs$/, ''));
  return ids.length ? new Set(ids) : undefined;
}

/** Loads and schema-validates every source of the project at `root`. */
export function loadSources(root: string): LoadResult {
  const issues: CheckIssue[] = [];
  const yamls = new Map<string, YamlSource | null>();

  const agencies = new Map<string, AgencySource>();
  const brokenAgencies = new Set<string>();
  for (const rel of listFiles(join(root, AGENCIES_DIR))) {
    if (!/\.ya?ml$/.test(rel) || rel.startsWith('_') || rel.startsWith('.')) continue;
    const file = `${AGENCIES_DIR}/${rel}`;
    const id = rel.replace(/\.ya?ml$/, '');
    const text = readText(root, file, issues);
    const read = text === null ? null : readAgencyText(id, file, text);
    if (read) {
      issues.push(...read.issues);
      yamls.set(file, read.yaml);
    }
    if (read?.value) agencies.set(id, read.value);
    else brokenAgencies.add(id);
  }

  let regulations = new Map<string, Regulation>();
  let brokenRegulations = new Set<string>();
  if (existsSync(join(root, REGULATIONS_FILE))) {
    const text = readText(root, REGULATIONS_FILE, issues);
    if (text !== null) {
      const read = readRegulationsText(REGULATIONS_FILE, text);
      issues.push(...read.issues);
      yamls.set(REGULATIONS_FILE, read.yaml);
      regulations = read.regulations;
      brokenRegulations = read.broken;
    }
  }

  if (existsSync(join(root, SITE_FILE))) {
    const text = readText(root, SITE_FILE, issues);
    if (text !== null) {
      const read = readSiteText(SITE_FILE, text);
      issues.push(...read.issues);
      yamls.set(SITE_FILE, read.yaml);
    }
  }

  const sops: SopSource[] = [];
  for (const rel of listFiles(join(root, SOPS_DIR))) {
    const file = `${SOPS_DIR}/${rel}`;
    const kind = classifySopPath(rel);
    if (kind.kind === 'ignored') continue;
    if (kind.kind === 'not-published') {
      issues.push({ ...issue(MESSAGES.mdExtension, file, '', { suggested: file.replace(/\.md$/i, '.mdx') }), line: 1 });
      continue;
    }
    if (kind.kind === 'bad-name') {
      issues.push({ ...issue(MESSAGES.badSopPath, file, '', { id: kind.id }), line: 1 });
      continue;
    }
    const text = readText(root, file, issues);
    if (text === null) continue;
    const read = readSopText(kind.id, file, text);
    issues.push(...read.issues);
    yamls.set(file, read.yaml);
    if (read.value) sops.push(read.value);
  }

  const services: ServiceSource[] = [];
  for (const rel of listFiles(join(root, SERVICES_DIR))) {
    const file = `${SERVICES_DIR}/${rel}`;
    const kind = classifyServicePath(rel);
    if (kind.kind === 'ignored') continue;
    if (kind.kind === 'bad-name') {
      issues.push({ ...issue(MESSAGES.badServicePath, file, '', { id: kind.id }), line: 1 });
      continue;
    }
    const text = readText(root, file, issues);
    if (text === null) continue;
    const read = readServiceText(kind.id, file, text);
    issues.push(...read.issues);
    yamls.set(file, read.yaml);
    if (read.value) services.push(read.value);
  }

  return {
    catalog: {
      sops,
      services,
      agencies,
      regulations,
      regulationsFile: REGULATIONS_FILE,
      letterTemplates: letterTemplateIds(root),
      broken: { agencies: brokenAgencies, regulations: brokenRegulations },
      publicFileExists: (path) => {
        const full = join(root, 'public', path.replace(/^\/+/, ''));
        return existsSync(full) && statSync(full).isFile();
      },
    },
    issues,
    locate: (file, path) => locate(yamls.get(file) ?? null, path),
  };
}
