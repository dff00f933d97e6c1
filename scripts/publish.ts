/**
 * `npm run build`: checks the SOPs, builds the site, the search index and the PDFs into dist/
 * (or `--out <folder>`), replacing the previous output only when everything succeeded.
 * `--no-pdf` skips the PDFs. After editing SOPs only the pages that show them are built again
 * (src/node/publish/incremental.ts); `--penuh` builds every page. `--instansi <id>...` builds one
 * shard of a portal (only those agencies' pages and PDFs, plus the global pages), merged by
 * `npm run merge` (docs/shards.md). `--pantau` stays running and publishes again after every save
 * (src/node/publish/watch.ts); kept running, a republish after an SOP edit takes seconds.
 * Above about 5,000 SOPs it runs itself again with a larger V8 heap (src/node/publish/heap-limit.ts).
 */
import { spawnSync } from 'node:child_process';
import { publish, PublishError } from '../src/node/publish/publish';
import { publishHeapFlags } from '../src/node/publish/heap-setting';
import { publishOnChange } from '../src/node/publish/watch';

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
// --instansi a b c: the ids up to the next option (commas also separate them).
const instansiIndex = args.indexOf('--instansi');
const instansiEnd = args.findIndex((a, i) => i > instansiIndex && a.startsWith('--'));
const instansi =
  instansiIndex >= 0
    ? args.slice(instansiIndex + 1, instansiEnd < 0 ? undefined : instansiEnd).flatMap((a) => a.split(',')).filter(Boolean)
    : undefined;

/** One publish with its report; whether it succeeded. */
async function publishOnce(): Promise<boolean> {
  try {
    const started = performance.now();
    const { timings, report, build, removed } = await publish({ root: process.cwd(), outDir, pdf: !args.includes('--no-pdf'), full: args.includes('--penuh'), instansi });
    const phases = Object.entries(timings).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ');
    const count = instansi ? report.catalog.sops.filter((s) => instansi.includes(s.data.instansi)).length : report.catalog.sops.length;
    const part = instansi ? ` (bagian: instansi ${instansi.join(', ')})` : '';
    const how = build.kind === 'partial' ? `, ${build.pages} halaman dibangun ulang${build.renderer === 'tersimpan' ? ' dengan penyaji yang tersimpan' : ''}` : '';
    console.log(`Selesai: ${count} SOP diterbitkan ke ${outDir}/${part} dalam ${((performance.now() - started) / 1000).toFixed(1)} s${how} (${phases}).`);
    await removed;
    return true;
  } catch (err) {
    if (err instanceof PublishError) console.error(err.message);
    else console.error(err);
    return false;
  }
}

if (args.includes('--pantau')) {
  const watching = await publishOnChange({ root: process.cwd(), publishOnce: async () => void (await publishOnce()), log: (l) => console.log(l) });
  process.once('SIGINT', () => {
    watching.stop();
    void watching.idle().then(() => process.exit(0));
  });
} else {
  process.exit((await publishOnce()) ? 0 : 1);
}
