/**
 * Reads a project's sources from disk — SOP MDX files under sops/, agency profiles under
 * sops/_data/instansi/, regulations in sops/_data/dasar-hukum.yaml, services under sops/_layanan/,
 * letter template ids — and
 * validates each with the core readers (src/core/source). Returns the catalog of what is valid
 * and every problem found, with file, field path and line.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AgencySource, Catalog, EvaluationSource, ServiceSource, SopSource } from '../core/catalog/catalog';
import { issue, type CheckIssue } from '../core/checks/issue';
import { MESSAGES } from '../core/checks/messages';
import type { Regulation } from '../core/model/regulation';
import { publicSiteUrl } from '../core/site/public-url';
import { locate, readAgencyText, readEvaluationText, readRegulationsText, readServiceText, readSiteText, readSopText } from '../core/source/read-sources';
import { AGENCIES_DIR, classifyAgencyPath, classifyEvaluationPath, classifyServicePath, classifySopPath, DATA_DIR, dataEntryMeant, EVALUATIONS_DIR, DATA_ENTRIES, LETTERS_DIR, NOT_SOP_FOLDERS, REGULATIONS_FILE, SERVICES_DIR, SITE_FILE, SOPS_DIR, strayedSopPlace } from '../core/source/source-paths';
import type { YamlSource } from '../core/source/yaml-source';
import type { SopReadCache } from './sop-read-cache';
import { letterTemplateIds } from './letter-template-files';
import { listFiles } from './list-files';

export interface LoadResult {
  catalog: Catalog;
  issues: CheckIssue[];
  /** Line (1-based) of a field path such as "langkah[2].pelaksana" in a loaded file. */
  locate(file: string, path: string): number | undefined;
}

/** The names in `dir`, sorted; none when it does not exist. */
const readdirOrEmpty = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * UTF-16 text (Notepad's "Unicode"): its byte-order mark, or a zero byte, which text in UTF-8
 * never holds (UTF-16 without a mark decodes as UTF-8 with a zero after every letter).
 */
const isUtf16 = (bytes: Uint8Array) =>
  (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.subarray(0, 512).includes(0);

/** The file's text, or an issue when it is not UTF-8 (e.g. saved as ANSI from Word, or as UTF-16). */
function readText(root: string, file: string, issues: CheckIssue[]): string | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(root, file));
  } catch {
    issues.push({ ...issue(MESSAGES.fileUnreadable, file, '', {}), line: 1 });
    return null;
  }
  try {
    if (isUtf16(bytes)) throw new Error('UTF-16');
    return UTF8.decode(bytes);
  } catch {
    issues.push({ ...issue(MESSAGES.notUtf8, file, '', { utf16: isUtf16(bytes) }), line: 1 });
    return null;
  }
}

/**
 * `.mdx` files outside sops/ (paths from the project root), which nothing reads: an SOP saved
 * at the project root or in a misspelt folder. Hidden and "_" entries, and the toolkit's own
 * folders (NOT_SOP_FOLDERS), are not searched; nor is a folder that is sops/ itself under
 * another case (a case-insensitive disk).
 */
function strayedSopFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  const sops = join(root, SOPS_DIR);
  const sopsStat = existsSync(sops) ? statSync(sops) : null;
  const out: string[] = [];
  for (const name of readdirSync(root).sort()) {
    if (name.startsWith('.') || name.startsWith('_') || name === SOPS_DIR || NOT_SOP_FOLDERS.includes(name)) continue;
    const full = join(root, name);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat) continue;
    if (stat.isDirectory()) {
      if (sopsStat && stat.ino === sopsStat.ino && stat.dev === sopsStat.dev) continue;
      out.push(...listFiles(full, (entry) => entry.startsWith('.') || entry.startsWith('_')).map((f) => `${name}/${f}`));
    } else out.push(name);
  }
  return out.filter((f) => /\.mdx$/i.test(f));
}

/** Ids of the project's letter templates, or undefined when it has none (references are then not checked). */
function knownLetters(root: string): Set<string> | undefined {
  const ids = letterTemplateIds(join(root, LETTERS_DIR));
  return ids.length ? new Set(ids) : undefined;
}

/**
 * Whether a file exists under the project's public/. Made outside loadSources: a closure made
 * there would keep every file's parsed YAML (kept for `locate`) alive as long as the catalog,
 * which the publish step holds through the Astro build and the PDFs.
 */
function publicFileCheck(root: string): (path: string) => boolean {
  return (path) => {
    const full = join(root, 'public', path.replace(/^\/+/, ''));
    return existsSync(full) && statSync(full).isFile();
  };
}

/** What every reader below adds to: the messages, and each file's parsed YAML for `locate`. */
interface Reading {
  root: string;
  issues: CheckIssue[];
  yamls: Map<string, YamlSource | null>;
}

/** A message about a file as a whole (its name, its place), at its first line. */
const fileIssue = (r: Reading, found: CheckIssue) => r.issues.push({ ...found, line: 1 });

/** A file read by one of the core readers: its messages and YAML kept, its value returned. */
function keep<T>(r: Reading, file: string, read: { value: T | null; issues: CheckIssue[]; yaml: YamlSource | null }): T | null {
  r.issues.push(...read.issues);
  r.yamls.set(file, read.yaml);
  return read.value;
}

function readAgencies(r: Reading): { agencies: Map<string, AgencySource>; broken: Set<string> } {
  const agencies = new Map<string, AgencySource>();
  const broken = new Set<string>();
  const agencyFiles = new Map<string, string>();
  for (const rel of listFiles(join(r.root, AGENCIES_DIR))) {
    const file = `${AGENCIES_DIR}/${rel}`;
    const kind = classifyAgencyPath(rel);
    if (kind.kind === 'ignored') continue;
    if (kind.kind !== 'agency') {
      fileIssue(r,
        kind.kind === 'bad-name' ? issue(MESSAGES.agencyBadName, file, '', { id: kind.id })
        : kind.kind === 'in-subfolder' ? issue(MESSAGES.agencyInSubfolder, file, '', {})
        : issue(MESSAGES.agencyNotYaml, file, '', {}));
      // SOPs naming it as it should have been named get no second error.
      if (kind.kind === 'bad-name') broken.add(kind.id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''));
      continue;
    }
    const id = kind.id;
    const twin = agencyFiles.get(id);
    if (twin) {
      fileIssue(r, issue(MESSAGES.agencyDuplicate, file, '', { id, first: twin }));
      continue;
    }
    agencyFiles.set(id, file);
    const text = readText(r.root, file, r.issues);
    const agency = text === null ? null : keep(r, file, readAgencyText(id, file, text));
    if (agency) agencies.set(id, agency);
    else broken.add(id);
  }
  return { agencies, broken };
}

function readRegulations(r: Reading): { regulations: Map<string, Regulation>; broken: Set<string>; unreadable: boolean } {
  if (!existsSync(join(r.root, REGULATIONS_FILE))) return { regulations: new Map(), broken: new Set(), unreadable: false };
  const text = readText(r.root, REGULATIONS_FILE, r.issues);
  if (text === null) return { regulations: new Map(), broken: new Set(), unreadable: true };
  const read = readRegulationsText(REGULATIONS_FILE, text);
  r.issues.push(...read.issues);
  r.yamls.set(REGULATIONS_FILE, read.yaml);
  return { regulations: read.regulations, broken: read.broken, unreadable: read.unreadable };
}

/** The site's public address from sops/_data/situs.yaml, if written. */
function readSiteAddress(r: Reading): string | undefined {
  if (!existsSync(join(r.root, SITE_FILE))) return undefined;
  const text = readText(r.root, SITE_FILE, r.issues);
  return text === null ? undefined : keep(r, SITE_FILE, readSiteText(SITE_FILE, text))?.alamat;
}

/** Files and folders in sops/_data/ that nothing reads. */
function checkDataFolder(r: Reading): void {
  for (const name of readdirOrEmpty(join(r.root, DATA_DIR))) {
    if (name.startsWith('_') || name.startsWith('.') || (DATA_ENTRIES as readonly string[]).includes(name)) continue;
    fileIssue(r, issue(MESSAGES.unknownDataFile, `${DATA_DIR}/${name}`, '', { name, guess: dataEntryMeant(name) }));
  }
}

/**
 * The SOP files under sops/ (and the .mdx files saved outside it). A file the cache holds with
 * the same text is not parsed: it goes into `unparsed`, for `locate` to read again if needed.
 */
function readSops(r: Reading, sopCache: SopReadCache | undefined, unparsed: Map<string, { id: string; text: string }>): { sops: SopSource[]; broken: Set<string> } {
  const sops: SopSource[] = [];
  const broken = new Set<string>();
  const sopFiles = listFiles(join(r.root, SOPS_DIR));
  const sopFolders = readdirOrEmpty(join(r.root, SOPS_DIR)).filter((n) => !n.startsWith('_') && !n.startsWith('.') && statSync(join(r.root, SOPS_DIR, n), { throwIfNoEntry: false })?.isDirectory());
  for (const file of strayedSopFiles(r.root)) {
    const name = file.split('/').pop()!;
    fileIssue(r, issue(MESSAGES.sopOutsideSops, file, '', { suggested: strayedSopPlace(file), name, folders: sopFolders }));
  }
  for (const rel of sopFiles) {
    const file = `${SOPS_DIR}/${rel}`;
    const kind = classifySopPath(rel);
    if (kind.kind === 'ignored') continue;
    if (kind.kind === 'not-published') {
      const suggested = `${SOPS_DIR}/${kind.suggested}`;
      if (kind.reason === 'double-extension') fileIssue(r, issue(MESSAGES.doubleExtension, file, '', { ending: kind.ending, suggested }));
      else fileIssue(r, issue(kind.reason === 'md' ? MESSAGES.mdExtension : MESSAGES.mdxExtensionCase, file, '', { suggested }));
      continue;
    }
    if (kind.kind === 'other-document') {
      fileIssue(r, issue(MESSAGES.otherDocument, file, '', {}));
      continue;
    }
    if (kind.kind === 'bad-name') {
      const exists = kind.suggested !== null && sopFiles.includes(kind.suggested);
      fileIssue(r, issue(MESSAGES.badSopPath, file, '', { id: kind.id, suggested: kind.suggested, exists }));
      continue;
    }
    const text = readText(r.root, file, r.issues);
    const cached = text === null ? undefined : sopCache?.get(file, text);
    let sop: SopSource | null = null;
    if (cached) {
      r.issues.push(...cached.issues);
      unparsed.set(file, { id: kind.id, text: text! });
      sop = cached.value;
    } else if (text !== null) {
      const parsed = readSopText(kind.id, file, text);
      sopCache?.set(file, text, parsed);
      sop = keep(r, file, parsed);
    }
    if (sop) sops.push(sop);
    else broken.add(kind.id);
  }
  return { sops, broken };
}

function readServices(r: Reading): ServiceSource[] {
  const services: ServiceSource[] = [];
  for (const rel of listFiles(join(r.root, SERVICES_DIR))) {
    const file = `${SERVICES_DIR}/${rel}`;
    const kind = classifyServicePath(rel);
    if (kind.kind === 'ignored') continue;
    if (kind.kind === 'bad-name') fileIssue(r, issue(MESSAGES.badServicePath, file, '', { id: kind.id }));
    else if (kind.kind === 'in-subfolder') fileIssue(r, issue(MESSAGES.serviceInSubfolder, file, '', { suggested: kind.suggested }));
    else if (kind.kind === 'not-yaml') fileIssue(r, issue(MESSAGES.serviceNotYaml, file, '', {}));
    else {
      const text = readText(r.root, file, r.issues);
      const service = text === null ? null : keep(r, file, readServiceText(kind.id, file, text));
      if (service) services.push(service);
    }
  }
  return services;
}

/** `sopIds`: the SOPs read, to name one a record's file is named after ("medan/sktm.yaml"). */
function readEvaluations(r: Reading, sopIds: ReadonlySet<string>): EvaluationSource[] {
  const evaluations: EvaluationSource[] = [];
  for (const rel of listFiles(join(r.root, EVALUATIONS_DIR))) {
    const file = `${EVALUATIONS_DIR}/${rel}`;
    const kind = classifyEvaluationPath(rel);
    if (kind.kind === 'ignored') continue;
    if (kind.kind === 'bad-name') {
      const sop = rel.replace(/\.ya?ml$/i, '');
      const reason = kind.reason === 'bad-date' && sopIds.has(sop) ? 'sop-file' : kind.reason;
      fileIssue(r, issue(MESSAGES.evaluationBadPath, file, '', { name: kind.name, reason, guess: reason === 'sop-file' ? sop : kind.guess }));
      continue;
    }
    const text = readText(r.root, file, r.issues);
    const evaluation = text === null ? null : keep(r, file, readEvaluationText(kind.sopId, kind.date, file, text));
    if (evaluation) evaluations.push(evaluation);
  }
  return evaluations;
}

/**
 * Loads and schema-validates every source of the project at `root`.
 * @param sopCache what reading each SOP file gave last time (sop-read-cache.ts): a file whose
 * text is unchanged is not parsed again; its YAML is parsed only if a later message needs a line.
 */
export function loadSources(root: string, sopCache?: SopReadCache): LoadResult {
  const r: Reading = { root, issues: [], yamls: new Map() };
  /** SOP files taken from the cache: their YAML, read again when `locate` asks. */
  const unparsed = new Map<string, { id: string; text: string }>();
  const agencies = readAgencies(r);
  const regulations = readRegulations(r);
  const siteAddress = readSiteAddress(r);
  checkDataFolder(r);
  const sops = readSops(r, sopCache, unparsed);
  const services = readServices(r);
  const evaluations = readEvaluations(r, new Set([...sops.sops.map((s) => s.id), ...sops.broken]));
  const { yamls } = r;
  return {
    catalog: {
      sops: sops.sops,
      services,
      evaluations,
      agencies: agencies.agencies,
      regulations: regulations.regulations,
      regulationsFile: REGULATIONS_FILE,
      letterTemplates: knownLetters(root),
      siteUrl: publicSiteUrl(siteAddress, process.env.SOP_SITE_URL) ?? null,
      broken: { agencies: agencies.broken, regulations: regulations.broken, regulationsFile: regulations.unreadable, sops: sops.broken },
      publicFileExists: publicFileCheck(root),
    },
    issues: r.issues,
    locate: (file, path) => {
      const known = sopCache?.line(file, path);
      if (known !== undefined) return known ?? undefined;
      const again = unparsed.get(file);
      if (again && !yamls.has(file)) yamls.set(file, readSopText(again.id, file, again.text).yaml);
      const line = locate(yamls.get(file) ?? null, path);
      sopCache?.setLine(file, path, line);
      return line;
    },
  };
}
