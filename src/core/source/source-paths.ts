/**
 * Which files under sops/ are SOPs: the one rule shared by the checker, the build's content
 * collection and the editor. An SOP is a `.mdx` file; a file or folder whose name starts with
 * "_" or "." (at any depth) is not content (sops/_data holds agencies and regulations).
 */
export const SOPS_DIR = 'sops';
export const DATA_DIR = 'sops/_data';
export const AGENCIES_DIR = 'sops/_data/instansi';
export const REGULATIONS_FILE = 'sops/_data/dasar-hukum.yaml';
export const SITE_FILE = 'sops/_data/situs.yaml';
/** Services for the public (Standar Pelayanan): one `<id>.yaml` each. Under "_": not an SOP. */
export const SERVICES_DIR = 'sops/_layanan';
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

export type ServicePathKind = { kind: 'service'; id: string } | { kind: 'ignored' } | { kind: 'bad-name'; id: string };

/** Classifies a file name under sops/_layanan/ ("pemulangan-orang-terlantar.yaml"). */
export function classifyServicePath(name: string): ServicePathKind {
  if (name.startsWith('_') || name.startsWith('.') || name.includes('/') || !/\.ya?ml$/.test(name)) return { kind: 'ignored' };
  const id = name.replace(/\.ya?ml$/, '');
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) ? { kind: 'service', id } : { kind: 'bad-name', id };
}
