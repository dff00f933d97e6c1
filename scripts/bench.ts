/**
 * `npm run bench`: every benchmark in scripts/bench/*.ts, measured in one run on this machine.
 * Each module exports `name` and `run(): Promise<void>` that prints its own figures and ratios.
 * Run one with `npm run bench -- <name>` (e.g. `npm run bench -- swimlane`). A module that exports
 * `onlyByName = true` (the half-hour scale benchmark) runs only when named.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

interface Bench {
  name: string;
  onlyByName?: boolean;
  run(): Promise<void>;
}

const dir = fileURLToPath(new URL('./bench/', import.meta.url));
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.startsWith('_')).sort();

for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as Bench;
  if (only.length ? !only.includes(mod.name) : mod.onlyByName) continue;
  console.log(`\n=== ${mod.name} (${file}) ===`);
  await mod.run();
}
