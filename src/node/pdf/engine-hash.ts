/**
 * Hash of the code that shapes a PDF beyond its input data: the engine (src/node/pdf), the whole
 * pure core (src/core: the printed markup of src/core/pdf/print-article.ts, the view model, the
 * flowchart and its split, the glossary) and the flowchart's stylesheet (src/components/swimlane).
 * A change there re-renders everything; its first 12 digits name the PDFs' producer.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalInputs } from '../../core/pdf/hash';

export const sha = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');

let engineHashCache: string | undefined;

export function engineHash(): string {
  if (engineHashCache) return engineHashCache;
  const here = dirname(fileURLToPath(import.meta.url));
  const src = join(here, '../..');
  const dirs = ['node/pdf', 'core', 'components/swimlane'];
  const parts: Record<string, string> = {};
  for (const d of dirs) {
    const full = join(src, d);
    if (!existsSync(full)) continue;
    // Recursive: all of src/core, subfolders included.
    const files = readdirSync(full, { recursive: true, encoding: 'utf8' }).map((f) => f.split(sep).join('/')).sort();
    for (const f of files) if (/\.(ts|css)$/.test(f)) parts[`${d}/${f}`] = readFileSync(join(full, f), 'utf8');
  }
  engineHashCache = sha(canonicalInputs(parts));
  return engineHashCache;
}

/** The producer written into every PDF and book. */
export function pdfProducer(): string {
  return `sop-dinsos PDF engine ${engineHash().slice(0, 12)}`;
}
