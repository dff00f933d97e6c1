/**
 * The agencies a shard build renders (`npm run build -- --instansi <id>...`), passed by publish
 * to the Astro pages (src/site/catalog.ts) in SOP_SHARD_INSTANSI, ids separated by commas.
 * Unset: a whole build.
 */
const SHARD_ENV = 'SOP_SHARD_INSTANSI';

export function shardAgencyIds(): ReadonlySet<string> | undefined {
  const value = process.env[SHARD_ENV];
  return value ? new Set(value.split(',')) : undefined;
}

/** Runs `fn` with the shard's agencies set for the pages (none: a whole build), then restores the environment. */
export async function withShardAgencies<T>(ids: readonly string[] | undefined, fn: () => Promise<T>): Promise<T> {
  const before = process.env[SHARD_ENV];
  if (ids) process.env[SHARD_ENV] = ids.join(',');
  else delete process.env[SHARD_ENV];
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env[SHARD_ENV];
    else process.env[SHARD_ENV] = before;
  }
}
