/**
 * Which files under sops/ are SOPs: the one rule shared by the checker, the build's content
 * collection and the editor. An SOP is a `.mdx` file; a file or folder whose name starts with
 * "_" or "." (at any depth) is not content (sops/_data holds agencies and regulations).
 */
export const SOPS_DIR = 'sops';
const DATA_DIR = `${SOPS_DIR}/_data`;
export const AGENCIES_DIR = `${DATA_DIR}/instansi`;
export const REGULATIONS_FILE = `${DATA_DIR}/dasar-hukum.yaml`;
export const SITE_FILE = `${DATA_DIR}/situs.yaml`;
export const LETTERS_DIR = 'letter-templates';

/** Glob patterns (relative to sops/) for the build's content collection. */
export const SOP_GLOB = ['**/*.mdx', '!**/_*', '!**/_*/**', '!**/.*', '!**/.*/**'];

const SOP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

export type SopPathKind =
  | { kind: 'sop'; id: string }
  | { kind: 'ignored' }
  /** A file that looks meant as an SOP but will not be published: reported. */
  | { kind: 'not-published'; reason: 'md' }
  | { kind: 'bad-name'; id: string };

/** Classifies a path relative to sops/ ("tanjungpinang/penanganan.mdx"). */
export function classifySopPath(relPath: string): SopPathKind {
  const parts = relPath.split('/');
  if (parts.some((p) => p.startsWith('_') || p.startsWith('.'))) return { kind: 'ignored' };
  if (/\.md$/i.test(relPath) && !/readme\.md$/i.test(relPath)) return { kind: 'not-published', reason: 'md' };
  if (!relPath.endsWith('.mdx')) return { kind: 'ignored' };
  const id = relPath.replace(/\.mdx$/, '');
  return SOP_ID.test(id) ? { kind: 'sop', id } : { kind: 'bad-name', id };
}
