/**
 * Writes a synthetic SOP project (for trying the publish pipeline at scale):
 *   npx tsx scripts/generate-synthetic-sops.ts [folder=.cache/synthetic-project] [n=1000] [seed=7]
 * then publish it with: npx tsx -e "import('./src/node/publish/publish.ts').then(m => m.publish({ root: '<folder>', outDir: 'dist' }))"
 * The folder must be inside this repository (packages resolve by walking up). See testkit/synthetic.ts.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSyntheticProject } from '../testkit/synthetic';

const [dir = '.cache/synthetic-project', n = '1000', seed = '7'] = process.argv.slice(2);
const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const ids = generateSyntheticProject({ dir: resolve(dir), repo, n: Number(n), seed: Number(seed) });
console.log(`${ids.length} SOP sintetis ditulis ke ${resolve(dir)}/sops/`);
