/**
 * `npm run shards -- [--jobs <n>]`: the CI matrix of a portal built in shards (docs/shards.md):
 * the agencies under sops/_data/instansi/ grouped into at most n shards (default 4) of about the
 * same number of SOPs, printed as one line of JSON,
 *   [{"nama":"bagian-1","instansi":"dinsos-a dinsos-c"}, ...]
 * for `npm run build -- --instansi <instansi> --out bagian/<nama>` in each job.
 */
import { planShards } from '../src/core/catalog/shard';
import { loadSources } from '../src/node/load-sources';

const args = process.argv.slice(2);
const jobsIndex = args.indexOf('--jobs');
const jobs = jobsIndex >= 0 ? Number(args[jobsIndex + 1]) : 4;
if (!Number.isInteger(jobs) || jobs < 1) {
  console.error('--jobs memerlukan bilangan bulat 1 atau lebih, misalnya: npm run shards -- --jobs 4');
  process.exit(1);
}
const { catalog } = loadSources(process.cwd());
const sopsOf = new Map<string, number>();
for (const s of catalog.sops) sopsOf.set(s.data.instansi, (sopsOf.get(s.data.instansi) ?? 0) + 1);
const plan = planShards([...catalog.agencies.keys()].map((id) => ({ id, sops: sopsOf.get(id) ?? 0 })), jobs);
console.log(JSON.stringify(plan.map((p) => ({ nama: p.nama, instansi: p.instansi.join(' ') }))));
