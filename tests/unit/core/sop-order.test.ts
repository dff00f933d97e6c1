import { describe, expect, it } from 'vitest';
import { compareSops, type OrderedSop } from '../../../src/core/catalog/sop-order';

const sop = (id: string, instansi: string, nomor: string, judul: string, bidang?: string): OrderedSop => ({
  id,
  data: { instansi, nomor, judul, ...(bidang ? { bidang } : {}) },
});

const ids = (sops: OrderedSop[]) => [...sops].sort(compareSops).map((s) => s.id);

describe('the order of SOPs (site lists, sops.json, the book of SOPs)', () => {
  it('agency first, then bidang with SOPs without one first, then nomor in natural order', () => {
    expect(
      ids([
        sop('b/3', 'dinsos-tanjungpinang', '462/1/5.6.04/2024', 'Rujukan', 'Bidang Rehabilitasi Sosial'),
        sop('a/1', 'dinsos-provinsi', '460/20/2023', 'Pemulangan'),
        sop('b/2', 'dinsos-tanjungpinang', '462/10/5.6.04/2024', 'Penitipan', 'Bidang Perlindungan'),
        sop('b/1', 'dinsos-tanjungpinang', '462/9/5.6.04/2024', 'Penanganan', 'Bidang Perlindungan'),
        sop('b/4', 'dinsos-tanjungpinang', '462/99/5.6.04/2024', 'Tanpa bidang'),
      ]),
    ).toEqual(['a/1', 'b/4', 'b/1', 'b/2', 'b/3']);
  });

  it('ignores case in bidang, then orders by judul, then by id, whatever the input order', () => {
    const same = [
      sop('x/z', 'dinsos-provinsi', '1', 'Sama', 'bidang sosial'),
      sop('x/a', 'dinsos-provinsi', '1', 'Sama', 'Bidang Sosial'),
      sop('x/m', 'dinsos-provinsi', '1', 'Awal', 'Bidang Sosial'),
    ];
    expect(ids(same)).toEqual(['x/m', 'x/a', 'x/z']);
    expect(ids([...same].reverse())).toEqual(['x/m', 'x/a', 'x/z']);
  });
});
