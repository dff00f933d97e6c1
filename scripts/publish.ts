/**
 * `npm run build`: checks the SOPs, builds the site, the search index and the PDFs into dist/
 * (or `--out <folder>`), replacing the previous output only when everything succeeded.
 * `--no-pdf` skips the PDFs. Above about 5,000 SOPs it runs itself again with a larger V8 heap
 * (src/node/publish/heap-limit.ts).
 */
import { spawnSync } from 'node:child_process';
import { publish, PublishError } from '../src/node/publish/publish';
import { publishHeapFlags } from '../src/node/publish/heap-setting';

// Above about 5,000 SOPs the build needs more heap than Node's default: the script starts itself
// again with a limit computed from the number of SOPs (src/node/publish/heap-limit.ts).
const heap = process.env.SOP_HEAP_SET ? [] : publishHeapFlags(process.cwd());
if (heap.length) {
  console.log(`Banyak SOP: penerbitan dijalankan dengan batas memori JavaScript ${heap[0]!.split('=')[1]} MB (lihat docs/benchmarks.md, bagian "Memory at scale").`);
  const again = spawnSync(process.execPath, [...process.execArgv, ...heap, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, SOP_HEAP_SET: '1' } });
  process.exit(again.status ?? 1);
}

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? args[outIndex + 1]! : 'dist';

try {
  const { timings, report } = await publish({ root: process.cwd(), outDir, pdf: !args.includes('--no-pdf') });
  const phases = Object.entries(timings).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ');
  console.log(`Selesai: ${report.catalog.sops.length} SOP diterbitkan ke ${outDir}/ (${phases}).`);
  process.exit(0);
} catch (err) {
  if (err instanceof PublishError) console.error(err.message);
  else console.error(err);
  process.exit(1);
}
