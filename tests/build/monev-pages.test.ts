/**
 * Monitoring and evaluation on the built site (SOP_TODAY 2025-02-20). The sample SOPs have no
 * monitoring or evaluation record (the seeds hold none, and none is invented): the SOP page shows
 * the next due dates and the forms; /tinjau/ lists the three Tanjungpinang SOPs in force as
 * overdue (efektif 2024-03-04 + 6 months = 4 September 2024); evaluation is due 12 months after
 * efektif (4 March 2025): not yet overdue. A recorded monitoring is shown in monev-notice.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { norm, openSiteDom, type SiteDom } from './site-dom';

let dom: SiteDom;
beforeAll(async () => {
  dom = await openSiteDom();
});
afterAll(async () => {
  await dom.close();
});

const facts = async () => (await dom.texts('.sop-monev__facts > div')).map(norm);

describe('the SOP page', () => {
  it('shows that nothing is recorded yet, the next due dates and links to both forms for this SOP', async () => {
    await dom.open('/sop/tanjungpinang/penanganan-eks-narapidana/');
    expect(await dom.text('#monev-judul')).toBe('Monitoring dan Evaluasi');
    expect(await facts()).toEqual([
      'Monitoring terakhir Belum ada monitoring yang dicatat.',
      'Monitoring berikutnya 4 September 2024 (sudah lewat 169 hari)',
      'Evaluasi terakhir Belum ada evaluasi yang dicatat.',
      'Evaluasi berikutnya 4 Maret 2025 (dalam 12 hari)',
    ]);
    expect(await dom.attrs('.sop-monev__forms a', 'href')).toEqual([
      '/surat/monitoring-pelaksanaan-sop/?sop=tanjungpinang%2Fpenanganan-eks-narapidana',
      '/surat/berita-acara-evaluasi-sop/?sop=tanjungpinang%2Fpenanganan-eks-narapidana',
    ]);
    // No evaluation recommends a revision: no notice under the title.
    expect(await dom.count('.sop-monev-notice')).toBe(0);
    // Not part of the SOP's search text.
    expect(await dom.attrs('#monitoring-evaluasi', 'data-pagefind-ignore')).toEqual(['']);
  });

  it('an SOP never monitored counts from its efektif date; a draft is not scheduled', async () => {
    await dom.open('/sop/tanjungpinang/penanganan-korban-tindak-kekerasan/');
    expect((await facts()).slice(0, 2)).toEqual(['Monitoring terakhir Belum ada monitoring yang dicatat.', 'Monitoring berikutnya 4 September 2024 (sudah lewat 169 hari)']);
    await dom.open('/sop/provinsi/pemulangan-orang-terlantar/');
    expect(await facts()).toEqual([
      'Monitoring terakhir Belum ada monitoring yang dicatat.',
      'Monitoring berikutnya Tidak dijadwalkan: SOP tidak berlaku',
      'Evaluasi terakhir Belum ada evaluasi yang dicatat.',
      'Evaluasi berikutnya Tidak dijadwalkan: SOP tidak berlaku',
    ]);
  });
});

describe('/tinjau/', () => {
  it('lists per agency the SOPs whose monitoring is overdue, with the due date and the last record', async () => {
    await dom.open('/tinjau/');
    expect(await dom.attrs('section[data-monev-agency]', 'data-monev-agency')).toEqual(['dinsos-tanjungpinang']);
    expect(await dom.attrs('[data-tinjau="monitoring"] li a', 'href')).toEqual([
      '/sop/tanjungpinang/penanganan-eks-narapidana/',
      '/sop/tanjungpinang/penanganan-korban-perdagangan-orang/',
      '/sop/tanjungpinang/penanganan-korban-tindak-kekerasan/',
    ]);
    expect((await dom.texts('[data-tinjau="monitoring"] li')).map(norm)).toEqual([
      'Penanganan Eks Narapidana (BWBLP) — jatuh tempo 4 September 2024, sudah lewat 169 hari (belum ada monitoring yang dicatat)',
      'Penanganan Korban Perdagangan Orang — jatuh tempo 4 September 2024, sudah lewat 169 hari (belum ada monitoring yang dicatat)',
      'Penanganan Korban Tindak Kekerasan — jatuh tempo 4 September 2024, sudah lewat 169 hari (belum ada monitoring yang dicatat)',
    ]);
    expect(await dom.count('[data-tinjau="evaluasi"]')).toBe(0);
  });
});

describe('the monitoring form page', () => {
  it('offers to fill the form for every SOP in force of a bidang', async () => {
    await dom.open('/surat/monitoring-pelaksanaan-sop/');
    expect(await dom.attrs('.halaman-surat__sop-bidang a', 'href')).toEqual([
      '/surat/monitoring-pelaksanaan-sop/?instansi=dinsos-tanjungpinang&bidang=Bidang+Rehabilitasi+Sosial',
    ]);
    expect(norm(await dom.text('.halaman-surat__sop-bidang'))).toBe(
      'Isi sekaligus untuk semua SOP yang berlaku di satu bidang: Bidang Rehabilitasi Sosial, Dinsos Kota Tanjungpinang (3 SOP). Dari halaman SOP, formulir ini terisi untuk SOP itu.',
    );
  });
});
