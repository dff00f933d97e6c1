/**
 * Which files under sops/ are SOPs: the one rule shared by the checker, the build's content
 * collection and the editor. An SOP is a `.mdx` file; a file or folder whose name starts with
 * "_" or "." (at any depth) is not content (sops/_data holds agencies and regulations).
 */
import { isValidIsoDate } from '../model/calendar';
import { writtenDateAsIso } from '../model/date';
import { ID, idOf } from '../model/id';
import { closest } from '../model/closest-word';
import { AGENCIES_DIR, DATA_DIR, EVALUATIONS_DIR, LETTERS_DIR, REGULATIONS_FILE, SERVICES_DIR, SITE_FILE, SOPS_DIR } from '../model/source-files';

// The places themselves are the model's (model/source-files.ts); most readers take them from here.
export { AGENCIES_DIR, DATA_DIR, EVALUATIONS_DIR, LETTERS_DIR, REGULATIONS_FILE, SERVICES_DIR, SITE_FILE, SOPS_DIR };

const SOP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

export type SopPathKind =
  | { kind: 'sop'; id: string }
  | { kind: 'ignored' }
  /**
   * A file that looks meant as an SOP but will not be published: reported. "double-extension":
   * "sktm.mdx.txt" or "sktm.mdx.mdx", which Windows shows as "sktm.mdx" (it hides the last
   * extension); `ending` is what the name ends with (".mdx.txt").
   */
  | { kind: 'not-published'; reason: 'md' | 'extension-case'; suggested: string }
  | { kind: 'not-published'; reason: 'double-extension'; suggested: string; ending: string }
  /** A document that is not an SOP source (a Word file, a PDF, a data file out of sops/_data). */
  | { kind: 'other-document' }
  /** `suggested`: the path the file probably means ("medan/SOP SKTM.mdx" -> "medan/sop-sktm.mdx"), if any. */
  | { kind: 'bad-name'; id: string; suggested: string | null };

/** Files an author may drop under sops/ expecting them to be published; images and the like are left alone. */
const DOCUMENT_EXTENSIONS = /\.(?:txt|docx?|odt|rtf|pdf|ya?ml|json|html?)$/i;

/** What Windows and other file explorers add to the name of a copy: " (1)", " - Salinan", " - Copy (2)". */
const COPY_SUFFIX = /\s*(?:\(\d+\)|-\s*(?:copy|salinan)(?:\s*\(\d+\))?)$/i;

/** Classifies a path relative to sops/ ("tanjungpinang/penanganan.mdx"). */
export function classifySopPath(relPath: string): SopPathKind {
  const parts = relPath.split('/');
  if (parts.some((p) => p.startsWith('_') || p.startsWith('.'))) return { kind: 'ignored' };
  const doubled = /^(.*)(\.mdx(?:\.(?:mdx|md|markdown|txt))+)$/i.exec(relPath);
  if (doubled) return { kind: 'not-published', reason: 'double-extension', suggested: `${doubled[1]}.mdx`, ending: doubled[2]! };
  if (/\.(?:md|markdown)$/i.test(relPath) && !/(?:^|\/)readme\.md$/i.test(relPath)) {
    return { kind: 'not-published', reason: 'md', suggested: relPath.replace(/\.(?:md|markdown)$/i, '.mdx') };
  }
  // ".MDX" or ".Mdx": the build's file pattern is case-sensitive and would skip it.
  if (/\.mdx$/i.test(relPath) && !relPath.endsWith('.mdx')) return { kind: 'not-published', reason: 'extension-case', suggested: relPath.replace(/\.mdx$/i, '.mdx') };
  if (DOCUMENT_EXTENSIONS.test(relPath)) return { kind: 'other-document' };
  if (!relPath.endsWith('.mdx')) return { kind: 'ignored' };
  const id = relPath.replace(/\.mdx$/, '');
  if (SOP_ID.test(id)) return { kind: 'sop', id };
  // A copy the file explorer named ("sktm (1)", "sktm - Salinan", "sktm - Copy (2)") is named as the file it copies.
  const named = id.split('/').map((p) => idOf(p.replace(COPY_SUFFIX, '')));
  return { kind: 'bad-name', id, suggested: named.every((p) => p !== null) ? `${named.join('/')}.mdx` : null };
}

/**
 * Top-level folders of a project that hold no SOP: the toolkit's code and tests, its output,
 * installed packages. An `.mdx` file anywhere else outside sops/ is an SOP saved in the wrong
 * place (the project root, "sop/", "SOPS/"): neither the checker nor the build reads it.
 */
export const NOT_SOP_FOLDERS: readonly string[] = ['node_modules', 'dist', 'src', 'scripts', 'tests', 'testkit'];

/**
 * Where an SOP file saved outside sops/ (its path from the project root, "SOPS/medan/sktm.mdx")
 * belongs: under sops/ with the same subpath when its first folder is "sops" misspelt or in
 * capitals ("sop", "SOPS", "Sops"), else null (the author picks the SOP's folder).
 */
export function strayedSopPlace(rootPath: string): string | null {
  const [first, ...rest] = rootPath.split('/');
  if (!rest.length) return null;
  const name = first!.toLowerCase();
  return closest(name, [SOPS_DIR]) ? `${SOPS_DIR}/${rest.join('/')}` : null;
}

export type AgencyPathKind =
  | { kind: 'agency'; id: string }
  | { kind: 'ignored' }
  | { kind: 'in-subfolder' }
  | { kind: 'not-yaml' }
  | { kind: 'bad-name'; id: string };

/**
 * Classifies a path relative to sops/_data/instansi/: the build reads `<id>.yaml` (or .yml)
 * directly in that folder, so anything else there is reported rather than silently skipped.
 */
export function classifyAgencyPath(relPath: string): AgencyPathKind {
  const parts = relPath.split('/');
  if (parts.some((p) => p.startsWith('_') || p.startsWith('.'))) return { kind: 'ignored' };
  if (parts.length > 1) return { kind: 'in-subfolder' };
  const m = /^(.*)\.ya?ml$/.exec(relPath);
  if (!m) return { kind: 'not-yaml' };
  return ID.test(m[1]!) ? { kind: 'agency', id: m[1]! } : { kind: 'bad-name', id: m[1]! };
}

/** What sops/_data holds besides `_`/`.` entries; anything else there is read by nothing. */
export const DATA_ENTRIES = ['instansi', 'dasar-hukum.yaml', 'situs.yaml', 'evaluasi'] as const;

/**
 * The entry of sops/_data an unread file or folder probably means: the closest name, or evaluasi
 * for the other words offices use for monitoring and evaluation ("monitoring", "monev").
 */
export function dataEntryMeant(name: string): string | null {
  if (/^(?:monitoring|monev|evaluasi[-_ ]?sop|monitoring[-_ ]?evaluasi|monitoring[-_ ]?dan[-_ ]?evaluasi)$/i.test(name)) return 'evaluasi';
  return closest(name, DATA_ENTRIES);
}

export type ServicePathKind =
  | { kind: 'service'; id: string }
  | { kind: 'ignored' }
  | { kind: 'bad-name'; id: string }
  /** sops/_layanan/medan/sktm.yaml: the build reads the folder's own files only. */
  | { kind: 'in-subfolder'; suggested: string }
  | { kind: 'not-yaml' };

/**
 * Classifies a path relative to sops/_layanan/ ("pemulangan-orang-terlantar.yaml"): the build
 * reads `<id>.yaml` (or .yml) directly in that folder, so anything else there is reported
 * rather than silently skipped.
 */
export function classifyServicePath(relPath: string): ServicePathKind {
  const parts = relPath.split('/');
  if (parts.some((p) => p.startsWith('_') || p.startsWith('.'))) return { kind: 'ignored' };
  if (parts.length > 1) return { kind: 'in-subfolder', suggested: `${SERVICES_DIR}/${parts[parts.length - 1]}` };
  const name = relPath;
  // A README beside the services explains them; it is no service.
  if (/^readme(?:\.[a-z]+)?$/i.test(name)) return { kind: 'ignored' };
  if (!/\.ya?ml$/.test(name)) return { kind: 'not-yaml' };
  const id = name.replace(/\.ya?ml$/, '');
  return ID.test(id) ? { kind: 'service', id } : { kind: 'bad-name', id };
}

export type EvaluationPathKind =
  | { kind: 'record'; sopId: string; date: string }
  | { kind: 'ignored' }
  /** Not `<sop-id>/<tanggal>.yaml`: a file straight in evaluasi/, another extension, a bad date. */
  | { kind: 'bad-name'; reason: 'no-sop' | 'not-yaml' | 'bad-date'; name: string; guess?: string };

/**
 * A name that holds a date among other words ("monitoring-2025-03-12", "evaluasi 12-03-2025"):
 * the name with the date first and the words after it, as the suffix a record may have.
 */
function dateInName(name: string): string | undefined {
  const m = /\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-.]\d{1,2}[-.]\d{4}/.exec(name);
  const iso = m && writtenDateAsIso(m[0]);
  if (!m || !iso) return undefined;
  const rest = (name.slice(0, m.index) + ' ' + name.slice(m.index + m[0].length)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return rest ? `${iso}-${rest}.yaml` : `${iso}.yaml`;
}

/**
 * Classifies a path relative to sops/_data/evaluasi/ ("tanjungpinang/penanganan/2025-03-04.yaml").
 * The folders name the SOP, the file the day; a suffix after the date ("2025-03-04-evaluasi.yaml")
 * keeps two records of one day apart.
 */
export function classifyEvaluationPath(relPath: string): EvaluationPathKind {
  const parts = relPath.split('/');
  if (parts.some((p) => p.startsWith('_') || p.startsWith('.'))) return { kind: 'ignored' };
  const name = parts.pop()!;
  if (parts.length === 0) return { kind: 'bad-name', reason: 'no-sop', name };
  const m = /^(.*)\.ya?ml$/.exec(name);
  if (!m) return { kind: 'bad-name', reason: 'not-yaml', name };
  const date = /^(\d{4}-\d{2}-\d{2})(?:-[a-z0-9]+(?:-[a-z0-9]+)*)?$/.exec(m[1]!)?.[1];
  if (!date || !isValidIsoDate(date)) {
    // "1 September 2025.yaml", "01-09-2025.yaml": the day is clear, only its form is wrong.
    // "2025_03_12" and "20250312" too: a date with underscores, or with no separator at all.
    const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(m[1]!.replace(/_/g, ''));
    const iso = writtenDateAsIso(m[1]!.replace(/_/g, '-')) ?? (compact && isValidIsoDate(`${compact[1]}-${compact[2]}-${compact[3]}`) ? `${compact[1]}-${compact[2]}-${compact[3]}` : null);
    return { kind: 'bad-name', reason: 'bad-date', name, guess: iso ? `${iso}.yaml` : dateInName(m[1]!) };
  }
  return { kind: 'record', sopId: parts.join('/'), date };
}
