/**
 * Forms opened for SOPs: which SOPs a URL names, and how `dari_sop` fields start from them
 * (src/core/letters/sop-prefill.ts), on the two real forms' headers.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialValues } from '../../../src/core/letters/form-values';
import { prefillFromSops, sopsFromQuery, usesSops, type SopFacts } from '../../../src/core/letters/sop-prefill';
import { readLetterTemplates } from '../../../src/node/letter-template-files';
import { ROOT } from '../../../testkit/paths';

const metas = new Map(readLetterTemplates(resolve(ROOT, 'letter-templates')).map((t) => [t.meta.id, t.meta]));
const monitoring = metas.get('monitoring-pelaksanaan-sop')!;
const evaluation = metas.get('berita-acara-evaluasi-sop')!;

const fact = (judul: string, nomor: string, bidang: string | undefined, berlaku = true, instansi = 'dinsos-a'): SopFacts => ({
  instansi,
  rujukan: `SOP ${judul} Nomor ${nomor}`,
  judul,
  nomor,
  ...(bidang ? { bidang } : {}),
  berlaku,
});
const SOPS: Record<string, SopFacts> = {
  'a/satu': fact('Satu', '1/2024', 'Bidang Rehabilitasi Sosial'),
  'a/dua': fact('Dua', '2/2024', 'Bidang Rehabilitasi Sosial'),
  'a/draf': fact('Draf', '3/2024', 'Bidang Rehabilitasi Sosial', false),
  'a/lain': fact('Lain', '4/2024', 'Bidang Perlindungan Sosial'),
  'b/satu': fact('Satu B', '1/B', 'Bidang Rehabilitasi Sosial', true, 'dinsos-b'),
};

describe('sopsFromQuery', () => {
  it('names one SOP by id, or every SOP in force of one unit of one agency, in the given order', () => {
    expect(sopsFromQuery(SOPS, { sop: 'a/dua' }).map((s) => s.judul)).toEqual(['Dua']);
    expect(sopsFromQuery(SOPS, { instansi: 'dinsos-a', bidang: 'Bidang Rehabilitasi Sosial' }).map((s) => s.judul)).toEqual(['Satu', 'Dua']);
    expect(sopsFromQuery(SOPS, { sop: 'a/tidak-ada' })).toEqual([]);
    expect(sopsFromQuery(SOPS, { bidang: 'Bidang Rehabilitasi Sosial' })).toEqual([]);
    expect(sopsFromQuery(SOPS, { sop: 'toString' })).toEqual([]);
  });
});

describe('prefillFromSops', () => {
  it('fills the monitoring form with one row per SOP and the unit, leaving the assessment to the assessor', () => {
    expect(usesSops(monitoring)).toBe(true);
    const start = initialValues(monitoring, undefined, '2025-03-04');
    const values = prefillFromSops(monitoring, start, sopsFromQuery(SOPS, { instansi: 'dinsos-a', bidang: 'Bidang Rehabilitasi Sosial' }));
    expect(values.unit).toBe('Bidang Rehabilitasi Sosial');
    expect(values.prosedur).toEqual([
      { sop: 'SOP Satu Nomor 1/2024', penilaian: '', catatan: '', tindakan: '' },
      { sop: 'SOP Dua Nomor 2/2024', penilaian: '', catatan: '', tindakan: '' },
    ]);
  });

  it('keeps what was typed: a filled scalar field and a group with typed items', () => {
    const typed = { ...initialValues(monitoring, undefined, '2025-03-04'), unit: 'Seksi PAS', prosedur: [{ sop: '', penilaian: '', catatan: 'diamati', tindakan: '' }] };
    expect(prefillFromSops(monitoring, typed, [SOPS['a/satu']!])).toEqual(typed);
  });

  it('fills the SOP of the evaluation and keeps its default criteria', () => {
    const start = initialValues(evaluation, undefined, '2025-03-04');
    const values = prefillFromSops(evaluation, start, [SOPS['a/lain']!]);
    expect([values.sop, values.unit]).toEqual(['SOP Lain Nomor 4/2024', 'Bidang Perlindungan Sosial']);
    expect((values.kriteria as { kriteria: string }[]).map((k) => k.kriteria)).toEqual([
      'SOP mampu mendorong peningkatan kinerja',
      'SOP mudah dipahami',
      'SOP mudah dilaksanakan',
      'Semua pelaksana dapat menjalankan perannya masing-masing',
      'SOP mampu mengatasi permasalahan yang berkaitan dengan proses',
      'SOP mampu menjawab kebutuhan peningkatan kinerja organisasi',
      'SOP dapat dilaksanakan bersama SOP lain yang terkait',
    ]);
  });
});
