/**
 * Incremental republishing's plan (src/node/publish/incremental.ts) over written-out manifests:
 * which pages an edit touches, from the keys pages recorded and the keys SOPs' data put them under.
 */
import { describe, expect, it } from 'vitest';
import { sopKeys } from '../../../src/core/site/page-dependencies';
import { planIncremental, type IncrementalManifest, type ProjectInputs } from '../../../src/node/publish/incremental';

const previous: IncrementalManifest = {
  versi: 1,
  mesin: 'm1',
  tanggal: '2025-02-20',
  sop: {
    'a/satu': { hash: 'h1', kunci: ['sop:a/satu', 'instansi:dinsos-a', 'dasar-hukum:uu-11-2009'] },
    'a/dua': { hash: 'h2', kunci: ['sop:a/dua', 'instansi:dinsos-a'] },
    'b/tiga': { hash: 'h3', kunci: ['sop:b/tiga', 'instansi:dinsos-b', 'dasar-hukum:uu-23-2014'] },
  },
  halaman: {
    '/': ['sop:a/dua', 'sop:a/satu', 'sop:b/tiga'],
    '/sop/a/satu/': ['isi:a/satu', 'menggantikan:a/satu', 'sop:a/satu'],
    '/sop/a/dua/': ['isi:a/dua', 'menggantikan:a/dua', 'sop:a/dua', 'sop:b/tiga'],
    '/sop/b/tiga/': ['isi:b/tiga', 'menggantikan:b/tiga', 'sop:b/tiga'],
    '/instansi/dinsos-a/': ['instansi:dinsos-a', 'sop:a/dua', 'sop:a/satu'],
    '/instansi/dinsos-b/': ['instansi:dinsos-b', 'sop:b/tiga'],
    '/dasar-hukum/uu-11-2009/': ['dasar-hukum:uu-11-2009', 'sop:a/satu'],
    '/dasar-hukum/uu-23-2014/': ['dasar-hukum:uu-23-2014', 'sop:b/tiga'],
    '/tinjau/': ['sop:a/dua', 'sop:a/satu', 'sop:b/tiga', 'tanggal'],
    '/istilah/': [],
  },
};

function current(edit: Partial<Record<string, { hash: string; kunci: string[] }>>, over: Partial<ProjectInputs> = {}): ProjectInputs {
  return { mesin: 'm1', tanggal: '2025-02-20', sop: { ...previous.sop, ...edit } as ProjectInputs['sop'], ...over };
}

describe('planIncremental', () => {
  it('rebuilds the pages that show the edited SOP', () => {
    const plan = planIncremental(previous, current({ 'b/tiga': { hash: 'h3b', kunci: ['sop:b/tiga', 'instansi:dinsos-b', 'dasar-hukum:uu-23-2014'] } }));
    expect(plan).toEqual({
      kind: 'partial',
      changed: ['b/tiga'],
      pages: ['/', '/sop/a/dua/', '/sop/b/tiga/', '/instansi/dinsos-b/', '/dasar-hukum/uu-23-2014/', '/tinjau/'],
    });
  });

  it('rebuilds the lists an SOP leaves and the lists it joins', () => {
    const plan = planIncremental(previous, current({ 'a/satu': { hash: 'h1b', kunci: ['sop:a/satu', 'instansi:dinsos-a', 'dasar-hukum:uu-23-2014'] } }));
    expect(plan.kind === 'partial' && plan.pages).toEqual(['/', '/sop/a/satu/', '/instansi/dinsos-a/', '/dasar-hukum/uu-11-2009/', '/dasar-hukum/uu-23-2014/', '/tinjau/']);
  });

  it('rebuilds the pages that depend on the date when the date changed, even with no SOP edited', () => {
    expect(planIncremental(previous, current({}, { tanggal: '2025-02-21' }))).toEqual({ kind: 'partial', changed: [], pages: ['/tinjau/'] });
  });

  it('builds everything when anything but an SOP file changed, or an SOP came or went, or there is no previous output', () => {
    expect(planIncremental(previous, current({}, { mesin: 'm2' }))).toEqual({ kind: 'full', reason: 'kode, konfigurasi, atau data selain berkas SOP berubah' });
    expect(planIncremental(previous, current({ 'b/empat': { hash: 'h4', kunci: ['sop:b/empat'] } }))).toEqual({ kind: 'full', reason: 'ada SOP yang ditambah atau dihapus' });
    expect(planIncremental(undefined, current({}))).toEqual({ kind: 'full', reason: 'belum ada terbitan sebelumnya yang dapat dipakai' });
  });
});

describe('sopKeys', () => {
  it('puts an SOP under itself, its agency, the regulations it cites and the successor that replaces it', () => {
    expect(
      sopKeys('a/lama', { instansi: 'dinsos-a', dasar_hukum: ['uu-11-2009', { id: 'uud-1945', pasal: 'Pasal 34' }], digantikan_oleh: ' a/baru ' }),
    ).toEqual(['sop:a/lama', 'instansi:dinsos-a', 'dasar-hukum:uu-11-2009', 'dasar-hukum:uud-1945', 'menggantikan:a/baru']);
  });
});
