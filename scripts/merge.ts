/**
 * `npm run merge -- <shard folder>... [--out <folder>]`: combines shard builds
 * (`npm run build -- --instansi <id>... --out <shard folder>`) into one site with one search,
 * into dist/ (or --out), replacing it only when the merge succeeded. See docs/shards.md.
 */
import { mergeShards, MergeError } from '../src/node/publish/merge-shards';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? args[outIndex + 1] : 'dist';
const shardDirs = outIndex >= 0 ? args.filter((_, i) => i !== outIndex && i !== outIndex + 1) : args;

if (!outDir || shardDirs.length === 0) {
  console.error('Pemakaian: npm run merge -- <folder bagian>... [--out <folder>]\nContoh: npm run merge -- bagian/provinsi bagian/tanjungpinang --out dist');
  process.exit(1);
}
try {
  const r = await mergeShards({ shardDirs, outDir });
  console.log(
    `Selesai: ${r.shards} bagian digabung ke ${outDir}/ dengan satu indeks pencarian ` +
      `(${r.files} berkas; ${r.shared} salinan halaman bersama sama persis antarbagian).`,
  );
  process.exit(0);
} catch (err) {
  console.error(err instanceof MergeError ? err.message : err);
  process.exit(1);
}
