import { describe, expect, it } from 'vitest';
import { bookYear, footerText, sopDates, sopPdfMetadata, FALLBACK_DATE } from '../../../src/core/pdf/metadata';
import { pageSetup, resolvePageSetup } from '../../../src/core/pdf/paper';

const tanggal = (t: Record<string, string>) => ({ tanggal: { label_efektif: 'Tanggal Efektif', ...t } as never, riwayat_revisi: [] });

describe('SOP dates', () => {
  it('takes creation and latest dates from the SOP, never the clock', () => {
    expect(sopDates(tanggal({ pembuatan: '2024-02-20', revisi: '2024-02-27', efektif: '2024-03-04' }))).toEqual({ created: '2024-02-20', modified: '2024-03-04' });
    expect(sopDates(tanggal({ pembuatan: '[ISI: tanggal]', efektif: '[ISI: tanggal]' }))).toEqual({ created: FALLBACK_DATE, modified: FALLBACK_DATE });
    expect(bookYear([tanggal({ pembuatan: '2023-01-02', efektif: '2025-05-01' }), tanggal({ pembuatan: '2024-01-01', efektif: '2024-01-01' })])).toBe(2025);
  });

  it('builds metadata with the agency as author', () => {
    const m = sopPdfMetadata(
      { ...tanggal({ pembuatan: '2024-02-20', efektif: '2024-03-04' }), judul: 'Penanganan X', nomor: '1/2', bidang: 'Rehsos', sasaran: 'OT', status: 'draf' } as never,
      { nama: 'Dinas Sosial Kota Y', singkatan: 'Dinsos Y' },
    );
    expect(m.author).toBe('Dinas Sosial Kota Y');
    expect(m.title).toContain('Penanganan X');
    expect(m.subject).toContain('1/2');
    expect(m.keywords).toContain('Dinsos Y');
    expect(m.creationDate.toISOString()).toBe('2024-02-20T00:00:00.000Z');
  });

  it('writes the footer', () => {
    expect(footerText('462/10/2024', 2, 5)).toEqual({ left: 'SOP Nomor 462/10/2024', right: 'Halaman 2 dari 5' });
  });
});

describe('paper', () => {
  it('F4 landscape is 330 x 215 mm; an SOP setting overrides the agency', () => {
    const s = pageSetup('F4', 'lanskap');
    expect([s.widthMm, s.heightMm]).toEqual([330, 215]);
    expect(resolvePageSetup({ cetak: { orientasi: 'lanskap' } }, { kertas: 'F4', orientasi_sop: 'potret' }).key).toBe('F4-lanskap');
    expect(resolvePageSetup({ cetak: {} }, { kertas: 'A4', orientasi_sop: 'potret' }).key).toBe('A4-potret');
  });
});
