/**
 * The stylesheet of the printed SOPs: the flowchart's (src/components/swimlane/swimlane.css) and
 * the SOP AP form's (src/styles/print-sop.css), read from the toolkit's sources once per run and
 * put into each print call's document (print-batch.ts). The PDFs' input hash covers its text.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PRINT_STYLESHEETS = ['components/swimlane/swimlane.css', 'styles/print-sop.css'] as const;

let cached: string | undefined;

export function printStylesheet(): string {
  if (cached !== undefined) return cached;
  const src = join(dirname(fileURLToPath(import.meta.url)), '../..');
  cached = PRINT_STYLESHEETS.map((f) => readFileSync(join(src, f), 'utf8')).join('\n');
  return cached;
}
