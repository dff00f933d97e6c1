/**
 * dist/pdf/manifest.json: the input hash and page count of every SOP PDF, book and service document, read back on
 * the next publish to reuse what did not change. Also where each PDF lives under dist/.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MANIFEST_VERSION = 1;

export interface ManifestEntry {
  hash: string;
  pages: number;
}
export interface Manifest {
  versi: number;
  sop: Record<string, ManifestEntry>;
  buku: Record<string, ManifestEntry & { sop: string[] }>;
  /** The services' documents (posters, annexes, Maklumat), by key (src/core/pdf/service-documents.ts). */
  dokumen?: Record<string, ManifestEntry>;
}

export const pdfPath = (distDir: string, id: string) => join(distDir, 'pdf', `${id}.pdf`);
export const bookPath = (distDir: string, agencyId: string) => join(distDir, 'pdf', `${agencyId}-buku-sop.pdf`);

/** The previous output's manifest; undefined when absent, unreadable or of another version. */
export function readManifest(dir: string): Manifest | undefined {
  const file = join(dir, 'pdf', 'manifest.json');
  if (!existsSync(file)) return undefined;
  try {
    const m = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    return m.versi === MANIFEST_VERSION ? m : undefined;
  } catch {
    return undefined;
  }
}

export function writeManifest(dir: string, manifest: Manifest): void {
  // Keys in a fixed order: SOPs are printed and books assembled in any order.
  const sorted = <T>(r: Record<string, T>) => Object.fromEntries(Object.keys(r).sort().map((k) => [k, r[k]!]));
  const out = { ...manifest, sop: sorted(manifest.sop), buku: sorted(manifest.buku), ...(manifest.dokumen ? { dokumen: sorted(manifest.dokumen) } : {}) };
  writeFileSync(join(dir, 'pdf', 'manifest.json'), JSON.stringify(out, null, 1) + '\n');
}
