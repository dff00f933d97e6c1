/**
 * Phase "reuse unchanged": every SOP whose inputs hash as in the previous output's manifest gets
 * the previous PDF (hard-linked, else copied); the others are left to print.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PdfJob } from './hash-inputs';
import { MANIFEST_VERSION, pdfPath, readManifest, type Manifest } from './manifest';

export interface ReusePlan {
  /** The previous output's manifest (undefined when forced, absent or outdated). */
  previous: Manifest | undefined;
  /** The new manifest, holding the reused SOP PDFs so far. */
  manifest: Manifest;
  /** The SOPs to print. */
  todo: PdfJob[];
  reused: number;
}

/** A hard link (the previous output is removed after the swap, the file lives on); else a copy. */
export function reuseFile(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

export function reuseUnchanged(jobs: readonly PdfJob[], distDir: string, previousDir: string, force: boolean): ReusePlan {
  const previous = force ? undefined : readManifest(previousDir);
  const manifest: Manifest = { versi: MANIFEST_VERSION, sop: {}, buku: {}, dokumen: {} };
  const todo: PdfJob[] = [];
  let reused = 0;
  for (const job of jobs) {
    const old = previous?.sop[job.src.id];
    const oldFile = pdfPath(previousDir, job.src.id);
    if (old && old.hash === job.hash && existsSync(oldFile)) {
      mkdirSync(dirname(pdfPath(distDir, job.src.id)), { recursive: true });
      reuseFile(oldFile, pdfPath(distDir, job.src.id));
      manifest.sop[job.src.id] = old;
      reused++;
    } else todo.push(job);
  }
  return { previous, manifest, todo, reused };
}
