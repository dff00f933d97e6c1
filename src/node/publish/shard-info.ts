/**
 * bagian.json: what a shard build (`npm run build -- --instansi <id>...`) records in its output
 * folder for the merge (src/node/publish/merge-shards.ts): the agencies it built and every
 * agency of the project. The merged site does not carry it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ShardInfo } from '../../core/catalog/shard';

export const SHARD_INFO_FILE = 'bagian.json';

export function writeShardInfo(dir: string, ids: readonly string[], allIds: readonly string[]): void {
  const info: ShardInfo = { versi: 1, instansi: [...ids], semua_instansi: [...allIds].sort() };
  writeFileSync(join(dir, SHARD_INFO_FILE), JSON.stringify(info, null, 1) + '\n');
}

/** The shard's record, or undefined when the folder is no shard build (or of another version). */
export function readShardInfo(dir: string): ShardInfo | undefined {
  const file = join(dir, SHARD_INFO_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as ShardInfo;
    return info.versi === 1 && Array.isArray(info.instansi) && Array.isArray(info.semua_instansi) ? info : undefined;
  } catch {
    return undefined;
  }
}
