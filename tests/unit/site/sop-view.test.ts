/** The SOP page's view model: identity block, steps, decisions, letters, totals, acronyms in reading order. */
import { describe, expect, it } from 'vitest';
import { AbbrTracker } from '../../../src/core/glossary/annotate';
import { plainText } from '../../../src/core/site/rich-text';
import { buildSopView } from '../../../src/core/site/sop-view';
import { totalWaktu } from '../../../src/core/flow/total-time';
import { AGENCY, REGULATION, parseSop, validSopInput } from '../support/fixtures';

function view(overrides: Record<string, unknown> = {}) {
  const data = parseSop({ ...validSopInput(), ...overrides });
  return buildSopView({
    id: 'contoh/sop-a',
    data,
    agency: { id: 'dinsos-contoh', data: AGENCY },
    regulations: [{ id: 'uu-11-2009', data: REGULATION }],
    sopTitle: (id) => (id === 'contoh/sop-b' ? 'SOP B' : undefined),
    letterTitle: (t) => `Judul ${t}`,
    tracker: new AbbrTracker(),
    total: totalWaktu(data.langkah),
  });
}

describe('buildSopView', () => {
  it('fills the identity rows with formatted dates and the agency label of the effective date', () => {
    const v = view({ tanggal: { pembuatan: '2024-02-20', efektif: '2024-03-04', label_efektif: 'Tanggal Pengesahan' } });
    expect(v.identity.rows.map((r) => [r.label, plainText(r.value)])).toEqual([
      ['Nomor SOP', '462/10/5.6.04/2024'],
      ['Tanggal Pembuatan', '20 Februari 2024'],
      ['Tanggal Revisi', '-'],
      ['Tanggal Pengesahan', '4 Maret 2024'],
    ]);
  });

  it("signs with the agency's head by default, NIP grouped", () => {
    const v = view();
    expect(plainText(v.identity.disahkan.nama!)).toBe(AGENCY.kepala.nama);
    expect(plainText(v.identity.disahkan.nip!)).toBe('19670720 199303 2 008');
  });

  it('lays out the grid row by row and links regulations and related SOPs', () => {
    const v = view({ keterkaitan: [{ sop: 'contoh/sop-b' }, 'SOP Internal'] });
    expect(v.identity.grid.map((c) => c.label)).toEqual([
      'Dasar Hukum', 'Kualifikasi Pelaksana', 'Keterkaitan', 'Peralatan/Perlengkapan', 'Peringatan', 'Pencatatan dan Pendataan',
    ]);
    expect(v.identity.grid[0]!.items[0]!.url).toBe('/dasar-hukum/uu-11-2009/');
    const rel = v.identity.grid[2]!.items;
    expect(rel.map((i) => [plainText(i.text), i.url])).toEqual([
      ['SOP B', '/sop/contoh/sop-b/'],
      ['SOP Internal', undefined],
    ]);
  });

  it('writes decisions out and links letters with agency and SOP', () => {
    const input = validSopInput();
    (input.langkah as Record<string, unknown>[])[2]!.surat = ['surat-tugas'];
    const v = view({ langkah: input.langkah });
    expect(v.steps[1]!.decision!.text).toBe('Layak: ke langkah 3; Tidak layak: selesai');
    expect(v.steps[2]!.letters).toEqual([
      { id: 'surat-tugas', title: 'Judul surat-tugas', url: '/surat/surat-tugas/?instansi=dinsos-contoh&sop=contoh%2Fsop-a' },
    ]);
    expect(v.columns).toMatchObject({ kelengkapan: 'Kelengkapan', waktu: 'Waktu', output: 'Output', keterangan: false });
  });

  it('reports steps without a stated time and the total of the signed document', () => {
    const input = validSopInput();
    (input.langkah as Record<string, unknown>[])[0]!.waktu = '-';
    const v = view({ langkah: input.langkah, waktu_total_dokumen: '76 Jam 15 Menit' });
    expect(v.total.unstated).toEqual([1]);
    expect(v.total.document).toBe('76 Jam 15 Menit');
  });

  it('explains an acronym at its first place in reading order (title before identity and steps)', () => {
    const v = view({ judul: 'Penanganan OT', sasaran: 'OT' });
    expect(v.title.some((s) => s.kind === 'abbr' && s.text === 'OT')).toBe(true);
    expect(v.narrative.sasaran.some((s) => s.kind === 'abbr')).toBe(false);
  });
});
