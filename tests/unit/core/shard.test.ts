/**
 * Shards of a portal (src/core/catalog/shard.ts): choosing a shard's agencies, the part of the
 * catalog it prints, and whether shards fit together before they are merged.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/core/catalog/catalog';
import { planShards, selectShard, shardCatalog, shardCoverageProblems, type ShardInfo } from '../../../src/core/catalog/shard';
import { readServiceText } from '../../../src/core/source/read-sources';
import { AGENCY, catalogOf, sopSource, validSopInput } from '../support/fixtures';

const KNOWN = ['dinsos-a', 'dinsos-b', 'dinsos-c'];

describe('selectShard', () => {
  it('keeps the ids in order, without repeats or blanks', () => {
    expect(selectShard(['dinsos-c', ' dinsos-a', 'dinsos-c', ''], KNOWN)).toEqual({ ids: ['dinsos-c', 'dinsos-a'] });
  });

  it('names unknown agencies, their missing files and the agencies there are', () => {
    expect(selectShard(['dinsos-a', 'dinsos-x', 'dinsos-y'], KNOWN)).toEqual({
      error:
        'Instansi "dinsos-x", "dinsos-y" tidak dikenal (tidak ada berkas sops/_data/instansi/dinsos-x.yaml, sops/_data/instansi/dinsos-y.yaml). ' +
        'Instansi yang ada: dinsos-a, dinsos-b, dinsos-c.',
    });
  });

  it('asks for at least one id', () => {
    expect(selectShard([], KNOWN)).toEqual({ error: '--instansi memerlukan sedikitnya satu id instansi. Instansi yang ada: dinsos-a, dinsos-b, dinsos-c.' });
  });
});

describe('shardCatalog', () => {
  const sopOf = (id: string, instansi: string) => sopSource({ ...validSopInput(), instansi }, id);
  const agency = (id: string) => [id, { id, file: `sops/_data/instansi/${id}.yaml`, data: AGENCY }] as const;
  const service = (id: string, sop: string) => {
    const read = readServiceText(id, `sops/_layanan/${id}.yaml`, `nama: Layanan ${id}\nringkasan: Uji.\nsop: [${sop}]\npersyaratan: [KTP]\nprosedur: [Datang.]\n`);
    return read.value!;
  };
  const whole: Catalog = {
    ...catalogOf(sopOf('a/satu', 'dinsos-a'), sopOf('b/dua', 'dinsos-b'), sopOf('b/tiga', 'dinsos-b')),
    agencies: new Map([agency('dinsos-a'), agency('dinsos-b'), agency('dinsos-c')]),
    services: [service('layanan-a', 'a/satu'), service('layanan-b', 'b/tiga')],
  };

  it('keeps the chosen agencies with their SOPs and services, and every regulation', () => {
    const part = shardCatalog(whole, ['dinsos-b', 'dinsos-c']);
    expect(part.sops.map((s) => s.id)).toEqual(['b/dua', 'b/tiga']);
    expect([...part.agencies.keys()]).toEqual(['dinsos-b', 'dinsos-c']);
    expect(part.services?.map((s) => s.id)).toEqual(['layanan-b']);
    expect([...part.regulations.keys()]).toEqual(['uu-11-2009']);
  });
});

describe('shardCoverageProblems', () => {
  const info = (instansi: string[], semua = KNOWN): ShardInfo => ({ versi: 1, instansi, semua_instansi: semua });

  it('finds none when every agency is built once', () => {
    expect(shardCoverageProblems([{ name: 'b1', info: info(['dinsos-a']) }, { name: 'b2', info: info(['dinsos-c', 'dinsos-b']) }])).toEqual([]);
  });

  it('names agencies built twice or never, and shards from another list of agencies', () => {
    expect(
      shardCoverageProblems([
        { name: 'b1', info: info(['dinsos-a']) },
        { name: 'b2', info: info(['dinsos-a'], ['dinsos-a', 'dinsos-b']) },
      ]),
    ).toEqual([
      'Bagian b2 dibangun dari daftar instansi yang berbeda dengan bagian b1 (dinsos-a, dinsos-b lawan dinsos-a, dinsos-b, dinsos-c). Bangun semua bagian dari versi sumber yang sama.',
      'Instansi dinsos-a dibangun oleh lebih dari satu bagian (b1, b2). Setiap instansi masuk tepat satu bagian.',
      'Instansi dinsos-b, dinsos-c tidak dibangun oleh bagian mana pun. Tambahkan ke salah satu bagian, misalnya: npm run build -- --instansi dinsos-b dinsos-c',
    ]);
  });

  it('asks for shards when there are none', () => {
    expect(shardCoverageProblems([])).toEqual(['Tidak ada bagian untuk digabung: sebutkan folder hasil `npm run build -- --instansi <id>`.']);
  });
});

describe('planShards', () => {
  const agencies = [
    { id: 'dinsos-a', sops: 40 },
    { id: 'dinsos-b', sops: 10 },
    { id: 'dinsos-c', sops: 25 },
    { id: 'dinsos-d', sops: 20 },
    { id: 'dinsos-e', sops: 0 },
  ];

  it('groups whole agencies into shards of about the same number of SOPs', () => {
    // Largest first, each to the lightest shard: 40 | 25 + 0 | 20 + 10.
    expect(planShards(agencies, 3)).toEqual([
      { nama: 'bagian-1', instansi: ['dinsos-a'] },
      { nama: 'bagian-2', instansi: ['dinsos-c', 'dinsos-e'] },
      { nama: 'bagian-3', instansi: ['dinsos-b', 'dinsos-d'] },
    ]);
  });

  it('makes no more shards than agencies, and at least one', () => {
    expect(planShards(agencies.slice(0, 2), 8).map((p) => p.instansi)).toEqual([['dinsos-a'], ['dinsos-b']]);
    expect(planShards(agencies.slice(0, 2), 0).map((p) => p.instansi)).toEqual([['dinsos-a', 'dinsos-b']]);
  });
});
