/**
 * `npm run merge`: combines shard builds (`npm run build -- --instansi <id>...`, one CI job each)
 * into one site, swapped into the output folder only when everything succeeded:
 *  - the shards together must build every agency exactly once (bagian.json, shard-info.ts);
 *  - every shard's files are copied; a file that several shards built (the global pages: home,
 *    lists, regulations, status, reviews, sops.json, layanan.json, letters, assets) must be the
 *    same in all of them, or the shards were built from different sources or on different days;
 *  - one search: the merged site is indexed once, as a single build is (search-index.ts), so a
 *    search finds and ranks exactly what it would on a single build (docs/shards.md says why
 *    not Pagefind's in-browser merge of one index per shard);
 *  - one pdf/manifest.json with every shard's entries.
 * Links between shards need nothing: every link is a site path, and the merged site holds every page.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { shardCoverageProblems, type ShardInfo } from '../../core/catalog/shard';
import { readManifest, writeManifest, type Manifest } from '../pdf/manifest';
import { buildSearchIndex, closeSearchIndexer } from './search-index';
import { readShardInfo, SHARD_INFO_FILE } from './shard-info';
import { listFiles } from '../list-files';

export interface MergeOptions {
  /** The shards' output folders (a file several shards built is taken from the first). */
  shardDirs: string[];
  /** The merged site's folder; replaced only when the merge succeeded. */
  outDir: string;
}

export interface MergeResult {
  shards: number;
  /** Files in the merged site. */
  files: number;
  /** Files built by more than one shard (the global pages), found the same in each. */
  shared: number;
}

export class MergeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeError';
  }
}

/** Most differing files named in the message. */
const SHOWN_CONFLICTS = 10;

/** Not copied file by file: each shard's PDF manifest and bagian.json (and a search index, were there one). */
const perShard = (rel: string) => rel === SHARD_INFO_FILE || rel === 'pdf/manifest.json' || rel === 'pagefind' || rel.startsWith('pagefind/');

function mergeManifests(manifests: Manifest[]): Manifest | undefined {
  if (manifests.length === 0) return undefined;
  const merged: Manifest = { versi: manifests[0]!.versi, sop: {}, buku: {} };
  for (const m of manifests) {
    Object.assign(merged.sop, m.sop);
    Object.assign(merged.buku, m.buku);
    if (m.dokumen) merged.dokumen = { ...merged.dokumen, ...m.dokumen };
  }
  return merged;
}

export async function mergeShards(options: MergeOptions): Promise<MergeResult> {
  const outDir = resolve(options.outDir);
  const shards = options.shardDirs.map((d) => {
    const dir = resolve(d);
    return { name: relative(process.cwd(), dir) || dir, dir, info: existsSync(dir) ? readShardInfo(dir) : undefined };
  });
  const missing = shards.filter((s) => !existsSync(s.dir));
  if (missing.length) throw new MergeError(`Folder bagian tidak ditemukan: ${missing.map((s) => s.name).join(', ')}.`);
  const notShards = shards.filter((s) => !s.info);
  if (notShards.length) {
    throw new MergeError(
      `${notShards.map((s) => s.name).join(', ')} bukan hasil \`npm run build -- --instansi <id>\` (tidak ada ${SHARD_INFO_FILE} yang terbaca). ` +
        'Bangun setiap bagian dengan --instansi, lalu gabungkan folder keluarannya.',
    );
  }
  const known = shards as { name: string; dir: string; info: ShardInfo }[];
  if (known.some((s) => s.dir === outDir)) throw new MergeError(`Folder hasil gabungan (${options.outDir}) tidak boleh sama dengan folder bagian.`);
  const problems = shardCoverageProblems(known);
  if (problems.length) throw new MergeError(`Bagian-bagian tidak dapat digabung:\n- ${problems.join('\n- ')}`);

  const staging = join(dirname(outDir), `.${basename(outDir)}.gabung-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    const ownerOf = new Map<string, string>();
    const conflicts: string[] = [];
    let shared = 0;
    for (const shard of known) {
      for (const rel of listFiles(shard.dir)) {
        if (perShard(rel)) continue;
        const from = join(shard.dir, rel);
        const to = join(staging, ...rel.split('/'));
        const owner = ownerOf.get(rel);
        if (owner === undefined) {
          ownerOf.set(rel, shard.name);
          mkdirSync(dirname(to), { recursive: true });
          copyFileSync(from, to);
        } else if (readFileSync(from).equals(readFileSync(to))) {
          shared++;
        } else {
          conflicts.push(`${rel} (${owner} lawan ${shard.name})`);
        }
      }
    }
    if (conflicts.length) {
      const shown = conflicts.slice(0, SHOWN_CONFLICTS).map((c) => `- ${c}`);
      if (conflicts.length > SHOWN_CONFLICTS) shown.push(`- dan ${conflicts.length - SHOWN_CONFLICTS} berkas lain`);
      throw new MergeError(
        `Halaman bersama berbeda antarbagian (${conflicts.length} berkas):\n${shown.join('\n')}\n` +
          'Bagian-bagian dibangun dari versi sumber yang berbeda atau pada tanggal yang berbeda. ' +
          'Bangun semua bagian dari commit yang sama dengan SOP_TODAY yang sama (lihat docs/shards.md).',
      );
    }

    await buildSearchIndex(staging);

    const manifest = mergeManifests(known.flatMap((s) => readManifest(s.dir) ?? []));
    if (manifest) {
      mkdirSync(join(staging, 'pdf'), { recursive: true });
      writeManifest(staging, manifest);
    }

    const files = listFiles(staging).length;
    const old = join(dirname(outDir), `.${basename(outDir)}.lama-${process.pid}`);
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(staging, outDir);
    rmSync(old, { recursive: true, force: true });
    await closeSearchIndexer();
    return { shards: known.length, files, shared };
  } catch (err) {
    await closeSearchIndexer();
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
}

