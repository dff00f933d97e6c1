/**
 * Incremental republishing: what the previous output was built from, and which of its pages an
 * edit touches. The output holds `.terbit-ulang.json`: a hash of every input other than the SOP
 * files, the build date, per SOP the hash of its file and the keys its data puts it under
 * (core/site/page-dependencies.ts), and per page the keys it depended on while it was rendered
 * (page-deps.ts). A republish where only SOP files changed rebuilds the pages depending on a key
 * of an edited SOP, before or after the edit; anything else (code, configuration, agencies,
 * regulations, services, letters, an SOP added or removed) is a full build.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Catalog } from '../../core/catalog/catalog';
import { DATE_KEY, sopKeys } from '../../core/site/page-dependencies';
import { classifySopPath, SOPS_DIR } from '../../core/source/source-paths';
import { listFiles, type SkipEntry } from '../list-files';

export const INCREMENTAL_MANIFEST = '.terbit-ulang.json';
const VERSION = 1;

export interface SopInput {
  /** sha256 of the SOP file and of the last commit that changed it (its history page lists the commits). */
  hash: string;
  /** The dependency keys its data puts it under. */
  kunci: string[];
}

export interface ProjectInputs {
  /** Hash of every input that is not an SOP file (code, configuration, data, letters, package versions). */
  mesin: string;
  /** Build date (SOP_TODAY or today). */
  tanggal: string;
  sop: Record<string, SopInput>;
}

export interface IncrementalManifest extends ProjectInputs {
  versi: number;
  /** Page URL -> the dependency keys recorded while it was rendered. */
  halaman: Record<string, string[]>;
}

export type IncrementalPlan =
  | { kind: 'full'; reason: string }
  | {
      kind: 'partial';
      /** SOPs whose file changed. */
      changed: string[];
      /** URLs of the pages to build again. */
      pages: string[];
    };

const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** A file's bytes, or a mark for one that cannot be read (a broken link: the check names it). */
function readOrMark(file: string): Uint8Array | string {
  try {
    return readFileSync(file);
  } catch {
    return '\0tak-terbaca';
  }
}

/** Folders no build reads from: installed packages, hidden folders. */
const notInputs: SkipEntry = (name, isFolder) => isFolder && (name === 'node_modules' || name.startsWith('.'));

function packageVersion(root: string, name: string): string {
  try {
    const require = createRequire(join(root, 'package.json'));
    return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    return '-';
  }
}

/**
 * The last commit that changed each file under sops/ (paths from the project root), in one git
 * call; empty without git. A commit changes an SOP's history page even when its text is as before.
 */
function lastCommits(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const log = spawnSync('git', ['log', '--relative', '--format=%x00%H', '--name-only', '--', SOPS_DIR], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (log.status !== 0 || typeof log.stdout !== 'string') return out;
  let commit = '';
  for (const line of log.stdout.split('\n')) {
    if (line.startsWith('\0')) commit = line.slice(1);
    else if (line && !out.has(line)) out.set(line, commit);
  }
  return out;
}

/**
 * Hash of every input of the project that is not an SOP file: code, configuration, data, letters,
 * package versions (also the key of the check's cache of SOP reads, src/node/sop-read-cache.ts).
 */
export function engineHash(root: string): string {
  const engine = createHash('sha256');
  const add = (name: string, data: string | Uint8Array) => engine.update(`${name}\0${sha(data)}\n`);
  for (const f of ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    if (existsSync(join(root, f))) add(f, readFileSync(join(root, f)));
  }
  for (const d of ['src', 'public', 'letter-templates']) for (const f of listFiles(join(root, d), notInputs)) add(`${d}/${f}`, readOrMark(join(root, d, f)));
  for (const f of listFiles(join(root, SOPS_DIR), notInputs)) {
    if (classifySopPath(f).kind !== 'sop') add(`${SOPS_DIR}/${f}`, readOrMark(join(root, SOPS_DIR, f)));
  }
  for (const p of ['astro', '@astrojs/markdown-remark', 'pagefind']) add(`versi:${p}`, packageVersion(root, p));
  add('node', process.version);
  add('SOP_SITE_URL', process.env.SOP_SITE_URL ?? '');
  return engine.digest('hex');
}

/** What the site about to be built is made of (`mesin`: engineHash, when the caller has it). */
export function projectInputs(root: string, catalog: Catalog, today: string, mesin = engineHash(root)): ProjectInputs {
  const sopFiles = new Map<string, string>();
  for (const f of listFiles(join(root, SOPS_DIR), notInputs)) {
    const kind = classifySopPath(f);
    if (kind.kind === 'sop') sopFiles.set(kind.id, f);
  }
  const commits = lastCommits(root);
  const sop: Record<string, SopInput> = {};
  for (const s of [...catalog.sops].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const file = sopFiles.get(s.id);
    const commit = file ? (commits.get(`${SOPS_DIR}/${file}`) ?? '') : '';
    sop[s.id] = { hash: file ? sha(`${sha(readFileSync(join(root, SOPS_DIR, file)))}\0${commit}`) : '-', kunci: sopKeys(s.id, s.data) };
  }
  return { mesin, tanggal: today, sop };
}

export function readIncrementalManifest(outDir: string): IncrementalManifest | undefined {
  try {
    const m = JSON.parse(readFileSync(join(outDir, INCREMENTAL_MANIFEST), 'utf8')) as IncrementalManifest;
    return m.versi === VERSION ? m : undefined;
  } catch {
    return undefined;
  }
}

export function incrementalManifest(inputs: ProjectInputs, pages: Record<string, string[]>): IncrementalManifest {
  const halaman: Record<string, string[]> = {};
  for (const url of Object.keys(pages).sort()) halaman[url] = pages[url]!;
  return { versi: VERSION, ...inputs, halaman };
}

/** Full build, or the pages to build again (reasons and counts are shown to the author, in Indonesian). */
export function planIncremental(previous: IncrementalManifest | undefined, current: ProjectInputs): IncrementalPlan {
  if (!previous) return { kind: 'full', reason: 'belum ada terbitan sebelumnya yang dapat dipakai' };
  if (!previous.halaman['/']) return { kind: 'full', reason: 'catatan halaman terbitan sebelumnya tidak lengkap' };
  if (previous.mesin !== current.mesin) return { kind: 'full', reason: 'kode, konfigurasi, atau data selain berkas SOP berubah' };
  const before = Object.keys(previous.sop);
  const after = Object.keys(current.sop);
  if (before.length !== after.length || after.some((id) => !previous.sop[id])) return { kind: 'full', reason: 'ada SOP yang ditambah atau dihapus' };
  const changed = after.filter((id) => previous.sop[id]!.hash !== current.sop[id]!.hash);
  const keys = new Set(changed.flatMap((id) => [...previous.sop[id]!.kunci, ...current.sop[id]!.kunci]));
  if (previous.tanggal !== current.tanggal) keys.add(DATE_KEY);
  const pages = Object.keys(previous.halaman).filter((url) => previous.halaman[url]!.some((k) => keys.has(k)));
  return { kind: 'partial', changed, pages };
}
