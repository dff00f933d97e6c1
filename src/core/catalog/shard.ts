/**
 * Shards: a portal of many agencies built in parts, one CI job per agency or group of agencies
 * (`npm run build -- --instansi <id>...`), then merged into one site (`npm run merge`).
 *
 * A shard renders what belongs to its agencies: their SOPs' pages, print pages and PDFs, their
 * services' pages and documents, their agency pages and books. Every shard also renders the
 * global pages (home, lists, regulations, status, reviews, sops.json, layanan.json, letters ...)
 * from the whole catalog, so the merge takes those from any shard once it has seen that all
 * shards agree on them. The checker always checks the whole project, so links between agencies
 * are validated in every shard.
 */
import type { Catalog, ServiceSource } from './catalog';

export type ShardSelection = { ids: string[] } | { error: string };

const knownList = (known: readonly string[]) => (known.length ? known.join(', ') : '(belum ada: buat berkas di sops/_data/instansi/)');

/**
 * The agencies a shard builds, from the ids given on the command line (order kept, repeats
 * dropped), or the message for an empty or unknown choice listing the agencies there are.
 */
export function selectShard(requested: readonly string[], known: readonly string[]): ShardSelection {
  const ids = [...new Set(requested.map((id) => id.trim()).filter(Boolean))];
  if (ids.length === 0) {
    return { error: `--instansi memerlukan sedikitnya satu id instansi. Instansi yang ada: ${knownList(known)}.` };
  }
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length) {
    const names = unknown.map((id) => `"${id}"`).join(', ');
    return {
      error:
        `Instansi ${names} tidak dikenal (tidak ada berkas ${unknown.map((id) => `sops/_data/instansi/${id}.yaml`).join(', ')}). ` +
        `Instansi yang ada: ${knownList(known)}.`,
    };
  }
  return { ids };
}

/** The agency a service belongs to: the agency of its SOPs (the checker requires one for all). */
function serviceAgency(service: ServiceSource, agencyOfSop: ReadonlyMap<string, string>): string | undefined {
  const first = service.data.sop[0];
  return first === undefined ? undefined : agencyOfSop.get(first);
}

/**
 * The part of a catalog a shard prints: its agencies, their SOPs and their services. Regulations
 * and everything else are kept whole.
 */
export function shardCatalog(catalog: Catalog, agencyIds: readonly string[]): Catalog {
  const wanted = new Set(agencyIds);
  const agencyOfSop = new Map(catalog.sops.map((s) => [s.id, s.data.instansi]));
  return {
    ...catalog,
    sops: catalog.sops.filter((s) => wanted.has(s.data.instansi)),
    services: catalog.services?.filter((s) => wanted.has(serviceAgency(s, agencyOfSop) ?? '')),
    agencies: new Map([...catalog.agencies].filter(([id]) => wanted.has(id))),
  };
}

/** What a shard records about itself in its output folder (bagian.json), read by the merge. */
export interface ShardInfo {
  versi: 1;
  /** The agencies this shard built. */
  instansi: string[];
  /** Every agency of the project the shard was built from (to see that the shards cover it). */
  semua_instansi: string[];
}

/**
 * Whether shards together build every agency exactly once, from the same list of agencies.
 * Returns the problems, in Bahasa Indonesia; none when the shards fit together.
 */
export function shardCoverageProblems(shards: readonly { name: string; info: ShardInfo }[]): string[] {
  if (shards.length === 0) return ['Tidak ada bagian untuk digabung: sebutkan folder hasil `npm run build -- --instansi <id>`.'];
  const problems: string[] = [];
  const all = shards[0]!.info.semua_instansi;
  const key = (ids: readonly string[]) => [...ids].sort().join('\n');
  for (const s of shards.slice(1)) {
    if (key(s.info.semua_instansi) !== key(all)) {
      problems.push(
        `Bagian ${s.name} dibangun dari daftar instansi yang berbeda dengan bagian ${shards[0]!.name} ` +
          `(${s.info.semua_instansi.join(', ')} lawan ${all.join(', ')}). Bangun semua bagian dari versi sumber yang sama.`,
      );
    }
  }
  const owners = new Map<string, string[]>();
  for (const s of shards) for (const id of s.info.instansi) owners.set(id, [...(owners.get(id) ?? []), s.name]);
  for (const [id, names] of owners) {
    if (names.length > 1) problems.push(`Instansi ${id} dibangun oleh lebih dari satu bagian (${names.join(', ')}). Setiap instansi masuk tepat satu bagian.`);
  }
  const missing = all.filter((id) => !owners.has(id));
  if (missing.length) {
    problems.push(
      `Instansi ${missing.join(', ')} tidak dibangun oleh bagian mana pun. ` +
        `Tambahkan ke salah satu bagian, misalnya: npm run build -- --instansi ${missing.join(' ')}`,
    );
  }
  return problems;
}

/** One job of a CI matrix: a shard's name (its output folder) and its agencies. */
export interface PlannedShard {
  nama: string;
  instansi: string[];
}

/**
 * Agencies grouped into at most `jobs` shards of about the same number of SOPs (largest agency
 * first, each to the shard with the fewest SOPs so far; ties by id), shards named bagian-1, ...
 * An agency is never split: its book and lists need all its SOPs in one build.
 */
export function planShards(agencies: readonly { id: string; sops: number }[], jobs: number): PlannedShard[] {
  const count = Math.max(1, Math.min(Math.floor(jobs), agencies.length));
  const bins = Array.from({ length: count }, () => ({ ids: [] as string[], sops: 0 }));
  const order = [...agencies].sort((a, b) => b.sops - a.sops || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const a of order) {
    const bin = bins.reduce((min, b) => (b.sops < min.sops ? b : min));
    bin.ids.push(a.id);
    bin.sops += a.sops;
  }
  return bins.filter((b) => b.ids.length).map((b, i) => ({ nama: `bagian-${i + 1}`, instansi: b.ids.sort() }));
}
