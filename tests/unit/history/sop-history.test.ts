import { describe, expect, it } from 'vitest';
import { stepMarks } from '../../../src/core/diff/step-marks';
import type { SopVersion } from '../../../src/core/diff/sop-diff';
import { revisionFlowchartHtml } from '../../../src/core/history/revision-flowchart';
import { effectiveSince, historyWithoutCommits, oldVersionNotice, sopHistory, type CommittedVersion } from '../../../src/core/history/sop-history';
import { revisionHeadline } from '../../../src/core/history/sop-history';
import { sopSchema } from '../../../src/core/model/sop';

interface Edit {
  status?: string;
  revisi?: string;
  notes?: [string, string][];
  waktu?: string;
  extraStep?: boolean;
  kegiatan?: string;
}

/** A two-step SOP, edited as given. */
function sop(e: Edit = {}): SopVersion {
  const data = sopSchema.parse({
    nomor: '460/1/UJI/2024',
    judul: 'Pelayanan Uji',
    instansi: 'dinsos-uji',
    status: e.status ?? 'berlaku',
    tanggal: { pembuatan: '2024-01-02', efektif: '2024-01-10', ...(e.revisi ? { revisi: e.revisi } : {}) },
    sasaran: 'Warga',
    riwayat_revisi: (e.notes ?? []).map(([tanggal, perubahan]) => ({ tanggal, perubahan })),
    pelaksana: [{ id: 'staf', label: 'Staf' }],
    langkah: [
      { kegiatan: e.kegiatan ?? 'Menerima berkas', pelaksana: 'staf', waktu: e.waktu ?? '15 menit' },
      ...(e.extraStep ? [{ kegiatan: 'Memeriksa berkas di lapangan', pelaksana: 'staf', waktu: '1 jam' }] : []),
      { kegiatan: 'Menyerahkan surat', pelaksana: 'staf', waktu: '10 menit' },
    ],
  });
  return { data, body: '## C. Ketentuan\n\nTeks.\n' };
}

const commit = (n: number, date: string, version: SopVersion | null, subject = `Perubahan ${n}`): CommittedVersion => ({
  commit: `${n}`.repeat(40).slice(0, 40),
  date,
  author: 'Penulis',
  subject,
  sop: version,
});

describe('sopHistory', () => {
  const v1 = sop();
  const v1typo = sop({ kegiatan: 'Menerima berkas permohonan' });
  const v2 = sop({ revisi: '2024-06-01', notes: [['2024-06-01', 'Tambah langkah']], extraStep: true });
  const v3 = sop({ revisi: '2025-01-15', notes: [['2024-06-01', 'Tambah langkah'], ['2025-01-15', 'Ubah waktu']], extraStep: true, waktu: '30 menit' });

  it('lists the revisions newest first, each compared with the one before, with the notes it added', () => {
    const h = sopHistory([commit(1, '2024-01-15', v1), commit(2, '2024-06-03', v2), commit(3, '2025-01-20', v3)], v3);
    expect(h.revisions.map((r) => [r.date, r.state, r.changes.map((c) => c.kind), r.notes.map((n) => n.perubahan), r.version])).toEqual([
      ['2025-01-20', 'compared', ['field', 'field-items', 'step-changed', 'total'], ['Ubah waktu'], 3],
      ['2024-06-03', 'compared', ['field', 'field-items', 'step-added', 'total'], ['Tambah langkah'], 2],
      ['2024-01-15', 'first', [], [], 1],
    ]);
    expect(h.currentVersion).toBe(3);
  });

  it('keeps each effective version followed by a newer one as an old version, until the next took effect', () => {
    const h = sopHistory([commit(1, '2024-01-15', v1), commit(2, '2024-06-03', v2), commit(3, '2025-01-20', v3)], v3);
    expect(h.oldVersions.map((v) => [v.n, v.commit.slice(0, 1), v.since, v.until])).toEqual([
      [1, '1', '2024-01-10', '2024-06-01'],
      [2, '2', '2024-06-01', '2025-01-15'],
    ]);
  });

  it('groups commits of one version (a typo fixed) and takes the version as it last stood', () => {
    const h = sopHistory([commit(1, '2024-01-15', v1), commit(2, '2024-02-01', v1typo), commit(3, '2024-06-03', v2)], v2);
    expect(h.revisions.map((r) => r.version)).toEqual([2, 1, 1]);
    expect(h.oldVersions).toHaveLength(1);
    expect(h.oldVersions[0]!.sop.data.langkah[0]!.kegiatan).toBe('Menerima berkas permohonan');
    expect(h.oldVersions[0]!.commit.slice(0, 1)).toBe('2');
  });

  it('does not count drafts, and a draft after the version in force leaves it current', () => {
    const draft = sop({ status: 'draf', revisi: '2024-06-01', notes: [['2024-06-01', 'Tambah langkah']], extraStep: true });
    const h = sopHistory([commit(1, '2024-01-15', v1), commit(2, '2024-05-01', draft)], draft);
    expect(h.revisions.map((r) => r.version)).toEqual([undefined, 1]);
    expect(h.oldVersions).toEqual([]);
    expect(h.currentVersion).toBe(1);
  });

  it('says when a version, or the one before, cannot be read in today\'s format', () => {
    const h = sopHistory([commit(1, '2023-05-01', null), commit(2, '2024-01-15', v1)], v1);
    expect(h.revisions.map((r) => [r.state, r.notes.length])).toEqual([
      ['previous-unreadable', 0],
      ['unreadable', 0],
    ]);
  });

  it('adds the version on disk as a revision of its own when it differs from the last commit', () => {
    const h = sopHistory([commit(1, '2024-01-15', v1)], v2);
    expect(h.revisions.map((r) => [r.commit, r.date, r.subject, r.state])).toEqual([
      ['', '', 'Perubahan yang belum dicatat di git', 'compared'],
      ['1111111111111111111111111111111111111111', '2024-01-15', 'Perubahan 1', 'first'],
    ]);
    expect(h.oldVersions.map((v) => [v.n, v.until])).toEqual([[1, '2024-06-01']]);
    expect(h.currentVersion).toBe(2);
  });

  it('is a single uncommitted revision for a file git does not know yet', () => {
    const h = sopHistory([], v1);
    expect(h.revisions.map((r) => r.state)).toEqual(['first']);
    expect(h.currentVersion).toBe(1);
  });
});

describe('effectiveSince and oldVersionNotice', () => {
  it('takes the later of efektif and revisi, else the commit date', () => {
    expect(effectiveSince(sop().data, '2024-02-01')).toBe('2024-01-10');
    expect(effectiveSince(sop({ revisi: '2024-06-01' }).data, '2024-06-03')).toBe('2024-06-01');
    const partial = sopSchema.parse({ ...sop().data, tanggal: { pembuatan: '2017', efektif: 'Agustus 2017' } });
    expect(effectiveSince(partial, '2020-03-04')).toBe('2020-03-04');
  });

  it('writes the notice with the date in words', () => {
    expect(oldVersionNotice({ until: '2024-06-01' })).toBe('Versi lama, tidak berlaku sejak 1 Juni 2024');
  });
});

describe('the flowchart of a revision', () => {
  const before = sop();
  const after = sop({ extraStep: true, waktu: '30 menit' });
  const h = sopHistory([commit(1, '2024-01-15', before), commit(2, '2024-02-01', after)], after);
  const changes = h.revisions[0]!.changes;

  it('marks the added and changed steps by their number in the new version', () => {
    expect([...stepMarks(changes)]).toEqual([
      [1, { kind: 'changed', label: 'Diubah' }],
      [2, { kind: 'added', label: 'Baru' }],
    ]);
  });

  it('writes the mark in the row, not only as colour', () => {
    const html = revisionFlowchartHtml(after.data, changes, { idPrefix: 'r2-', caption: 'Diagram alir revisi' })!;
    const rows = [...html.matchAll(/<tr class="swl-row" id="r2-langkah-(\d)"[^>]*?(?: data-diff="(\w+)")? style[^>]*>[\s\S]*?<div class="swl-text">(<span class="swl-mark[^"]*">\w+<\/span> )?([^<]*)</g)].map(
      (m) => [m[1], m[2] ?? null, m[3] ?? null, m[4]],
    );
    expect(rows).toEqual([
      ['1', 'changed', '<span class="swl-mark swl-mark--changed">Diubah</span> ', 'Menerima berkas'],
      ['2', 'added', '<span class="swl-mark swl-mark--added">Baru</span> ', 'Memeriksa berkas di lapangan'],
      ['3', null, null, 'Menyerahkan surat'],
    ]);
  });

  it('draws nothing when no step changed', () => {
    expect(revisionFlowchartHtml(after.data, [{ kind: 'total', before: '1 jam', after: '2 jam' }], { idPrefix: 'x-', caption: 'x' })).toBeUndefined();
  });
});

describe('the line a revision is listed under', () => {
  it('is its revision note, else what it changed, never the commit message', () => {
    const base = { commit: 'abc1234', notes: [], state: 'compared' as const, changes: [] };
    expect(revisionHeadline({ ...base, notes: [{ tanggal: '2024-06-01', perubahan: 'Menambah langkah verifikasi' }] })).toBe('Menambah langkah verifikasi');
    expect(revisionHeadline({ ...base, changes: [{ kind: 'total' } as never, { kind: 'step-added' } as never] })).toBe('1 langkah ditambah dan total waktu berubah');
    expect(revisionHeadline({ ...base, state: 'first' })).toBe('Versi pertama yang tercatat');
    expect(revisionHeadline({ ...base, commit: '' })).toBe('Perubahan yang belum dicatat di git');
    expect(revisionHeadline({ ...base, state: 'unreadable' })).toBe('Perubahan yang tidak dapat dibandingkan');
  });
});

describe('historyWithoutCommits', () => {
  it('has no old versions and reads the current version only when its revisions are read', () => {
    let reads = 0;
    const h = historyWithoutCommits(() => {
      reads++;
      return sop();
    });
    expect(h.oldVersions).toEqual([]);
    expect(h.currentVersion).toBe(1);
    expect(reads).toBe(0);
    expect(h.revisions.map((r) => [r.state, r.subject, r.version])).toEqual([['first', 'Perubahan yang belum dicatat di git', 1]]);
    expect(h.revisions).toEqual(sopHistory([], sop()).revisions);
    expect(reads).toBe(1);
  });
});
