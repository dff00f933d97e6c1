/**
 * When monitoring and evaluation are due, and when an evaluation's recommendation still waits for
 * a revision (src/core/review/monitoring-evaluation.ts).
 */
import { describe, expect, it } from 'vitest';
import { monevStatus, overdueMonevByAgency, type MonevRecordInput, type MonevSopInput } from '../../../src/core/review/monitoring-evaluation';
import { monevView } from '../../../src/core/site/monev-view';

const sop = (id: string, tanggal: MonevSopInput['data']['tanggal'], status = 'berlaku', instansi = 'a'): MonevSopInput => ({
  id,
  data: { judul: `SOP ${id}`, nomor: `1/${id}`, instansi, status, tanggal },
});
const monitoring = (sopId: string, date: string): MonevRecordInput => ({ sopId, date, data: { jenis: 'monitoring', penilai: 'Kabid', penilaian: 'berjalan baik' } });
const evaluation = (sopId: string, date: string, rekomendasi: 'tetap berlaku' | 'direvisi' | 'dicabut', catatan?: string): MonevRecordInput => ({
  sopId,
  date,
  data: { jenis: 'evaluasi', penilai: 'Kadis', rekomendasi, ...(catatan ? { catatan } : {}) },
});

describe('monevStatus', () => {
  const x = sop('x', { efektif: '2024-03-04', revisi: '2024-02-27' });

  it('without records: monitoring six months after efektif, evaluation one agency cycle after', () => {
    expect(monevStatus(x, [], 12, '2024-10-01')).toEqual({
      lastMonitoring: null,
      lastEvaluation: null,
      nextMonitoring: { date: '2024-09-04', daysLeft: -27 },
      nextEvaluation: { date: '2025-03-04', daysLeft: 154 },
      pendingRecommendation: null,
    });
  });

  it('counts from the last record of each kind, ignoring other SOPs and older records', () => {
    const records = [monitoring('x', '2024-09-02'), monitoring('x', '2025-03-01'), monitoring('y', '2025-05-05'), evaluation('x', '2025-02-10', 'tetap berlaku')];
    const s = monevStatus(x, records, 12, '2025-04-01');
    expect(s.lastMonitoring?.date).toBe('2025-03-01');
    expect(s.nextMonitoring).toEqual({ date: '2025-09-01', daysLeft: 153 });
    expect(s.lastEvaluation?.date).toBe('2025-02-10');
    expect(s.nextEvaluation).toEqual({ date: '2026-02-10', daysLeft: 315 });
    expect(s.pendingRecommendation).toBeNull();
  });

  it('has no evaluation due date without an agency cycle, and nothing due for an SOP not in force', () => {
    expect(monevStatus(x, [], undefined, '2025-04-01').nextEvaluation).toBeNull();
    const draft = monevStatus(sop('d', { efektif: '2024-03-04' }, 'draf'), [], 12, '2025-04-01');
    expect([draft.nextMonitoring, draft.nextEvaluation]).toEqual([null, null]);
    const undated = monevStatus(sop('u', { efektif: 'Agustus 2017' }), [], 12, '2025-04-01');
    expect([undated.nextMonitoring, undated.nextEvaluation]).toEqual([null, null]);
  });

  it('keeps a "direvisi" recommendation pending until the SOP is revised after the evaluation', () => {
    const records = [evaluation('x', '2025-02-10', 'direvisi', 'Waktu langkah 3 tidak realistis.')];
    expect(monevStatus(x, records, 12, '2025-04-01').pendingRecommendation).toEqual({
      date: '2025-02-10',
      rekomendasi: 'direvisi',
      catatan: 'Waktu langkah 3 tidak realistis.',
    });
    // Revised on the day of the evaluation: still pending (the revision must come after it).
    expect(monevStatus(sop('x', { efektif: '2024-03-04', revisi: '2025-02-10' }), records, 12, '2025-04-01').pendingRecommendation).not.toBeNull();
    expect(monevStatus(sop('x', { efektif: '2025-03-20', revisi: '2025-03-01' }), records, 12, '2025-04-01').pendingRecommendation).toBeNull();
    // Revoked since: nothing pending.
    expect(monevStatus(sop('x', { efektif: '2024-03-04' }, 'dicabut'), records, 12, '2025-04-01').pendingRecommendation).toBeNull();
    // A later evaluation that keeps the SOP ends the notice.
    expect(monevStatus(x, [...records, evaluation('x', '2025-03-15', 'tetap berlaku')], 12, '2025-04-01').pendingRecommendation).toBeNull();
  });
});

describe('overdueMonevByAgency', () => {
  it('lists per agency the SOPs whose monitoring or evaluation is past due, oldest first', () => {
    const sops = [
      sop('a1', { efektif: '2024-03-04' }),
      sop('a2', { efektif: '2023-01-10' }),
      sop('a3', { efektif: '2024-03-04' }, 'dicabut'),
      sop('b1', { efektif: '2025-01-01' }, 'berlaku', 'b'),
    ];
    const agencies = [
      { id: 'a', data: { nama: 'Dinas A', siklus_tinjau_bulan: 12 } },
      { id: 'b', data: { nama: 'Dinas B' } },
    ];
    const groups = overdueMonevByAgency(sops, agencies, [monitoring('a1', '2024-09-02')], '2025-02-20');
    expect(groups).toEqual([
      {
        agencyId: 'a',
        agencyName: 'Dinas A',
        monitoring: [{ sopId: 'a2', judul: 'SOP a2', nomor: '1/a2', agencyId: 'a', due: { date: '2023-07-10', daysLeft: -591 }, last: null }],
        evaluation: [{ sopId: 'a2', judul: 'SOP a2', nomor: '1/a2', agencyId: 'a', due: { date: '2024-01-10', daysLeft: -407 }, last: null }],
      },
    ]);
  });
});

describe('monevView (what the SOP page says)', () => {
  const x = sop('tanjungpinang/x', { efektif: '2024-03-04', revisi: '2024-02-27' });

  it('a pending "direvisi" recommendation becomes the notice under the title', () => {
    const records = [monitoring('tanjungpinang/x', '2024-09-02'), evaluation('tanjungpinang/x', '2025-02-10', 'direvisi', 'Waktu langkah 3 tidak realistis.')];
    expect(monevView({ id: x.id, status: 'berlaku' }, monevStatus(x, records, 12, '2025-04-01'))).toEqual({
      lastMonitoring: { tanggal: '2 September 2024', hasil: 'Berjalan dengan baik', penilai: 'Kabid', catatan: '' },
      nextMonitoring: '2 Maret 2025 (sudah lewat 30 hari)',
      lastEvaluation: { tanggal: '10 Februari 2025', hasil: 'Rekomendasi: Direvisi', penilai: 'Kadis', catatan: 'Waktu langkah 3 tidak realistis.' },
      nextEvaluation: '10 Februari 2026 (dalam 315 hari)',
      notice: {
        judul: 'SOP ini direkomendasikan untuk direvisi.',
        teks: 'Evaluasi tanggal 10 Februari 2025 merekomendasikan SOP ini direvisi; revisinya belum terbit.',
        catatan: 'Waktu langkah 3 tidak realistis.',
      },
      forms: {
        monitoring: '/surat/monitoring-pelaksanaan-sop/?sop=tanjungpinang%2Fx',
        evaluasi: '/surat/berita-acara-evaluasi-sop/?sop=tanjungpinang%2Fx',
      },
    });
  });

  it('says what is missing instead of printing nothing', () => {
    const v = monevView({ id: x.id, status: 'berlaku' }, monevStatus(x, [], undefined, '2024-04-01'));
    expect([v.lastMonitoring.tanggal, v.nextMonitoring, v.lastEvaluation.tanggal, v.nextEvaluation, v.notice]).toEqual([
      'Belum ada monitoring yang dicatat.',
      '4 September 2024 (dalam 156 hari)',
      'Belum ada evaluasi yang dicatat.',
      'Belum ditetapkan (profil instansi tidak menulis siklus evaluasi)',
      null,
    ]);
    const draft = sop('d', { efektif: '[ISI: tanggal efektif]' }, 'draf');
    const d = monevView({ id: 'd', status: 'draf' }, monevStatus(draft, [], 12, '2024-04-01'));
    expect([d.nextMonitoring, d.nextEvaluation]).toEqual(['Tidak dijadwalkan: SOP tidak berlaku', 'Tidak dijadwalkan: SOP tidak berlaku']);
  });
});
