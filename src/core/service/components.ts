/**
 * The 14 components of a Standar Pelayanan in the order and wording of Permenpan RB 15/2014, as
 * the decree annex lists them: six of service delivery (penyampaian pelayanan), eight of its
 * management (pengelolaan pelayanan). Each row's items are the text printed in its cell; a
 * component the sources do not hold yet is a placeholder, never left out.
 */
import type { ServiceStandard } from './standard';

export interface ComponentRow {
  no: number;
  group: 'penyampaian' | 'pengelolaan';
  label: string;
  items: string[];
}

const orPlaceholder = (items: readonly string[], what: string) => (items.length ? [...items] : [`[ISI: ${what}]`]);

/** `regulationTitle` writes a cited regulation's full title (sops/_data/dasar-hukum.yaml). */
export function standardComponents(st: ServiceStandard, regulationTitle: (index: number) => string): ComponentRow[] {
  const waktu = [st.jangka_waktu.teks, ...(st.jangka_waktu.narasi ? [`Menurut uraian SOP: ${st.jangka_waktu.narasi}.`] : []), ...(st.jangka_waktu.catatan ? [st.jangka_waktu.catatan] : [])];
  const office = [
    `Alamat: ${st.pengaduan.alamat}`,
    ...(st.pengaduan.telepon ? [`Telepon: ${st.pengaduan.telepon}`] : []),
    ...(st.pengaduan.email ? [`E-mail: ${st.pengaduan.email}`] : []),
    `Jam pelayanan: ${st.pengaduan.jam_pelayanan ?? '[ISI: jam pelayanan]'}`,
  ];
  const rows: Omit<ComponentRow, 'no'>[] = [
    { group: 'penyampaian', label: 'Persyaratan', items: [...st.persyaratan] },
    { group: 'penyampaian', label: 'Sistem, mekanisme dan prosedur', items: [...st.prosedur] },
    { group: 'penyampaian', label: 'Jangka waktu pelayanan', items: waktu },
    { group: 'penyampaian', label: 'Biaya/tarif', items: [st.biaya?.teks ?? '[ISI: biaya layanan]'] },
    { group: 'penyampaian', label: 'Produk pelayanan', items: orPlaceholder(st.produk.items, 'produk pelayanan') },
    { group: 'penyampaian', label: 'Penanganan pengaduan, saran dan masukan', items: [...orPlaceholder(st.pengaduan.saluran, 'saluran pengaduan'), ...office] },
    { group: 'pengelolaan', label: 'Dasar hukum', items: orPlaceholder(st.dasar_hukum.map((_, i) => regulationTitle(i)), 'dasar hukum') },
    { group: 'pengelolaan', label: 'Sarana, prasarana dan/atau fasilitas', items: orPlaceholder(st.sarana, 'sarana, prasarana dan/atau fasilitas') },
    { group: 'pengelolaan', label: 'Kompetensi pelaksana', items: orPlaceholder(st.kompetensi_pelaksana, 'kompetensi pelaksana') },
    { group: 'pengelolaan', label: 'Pengawasan internal', items: orPlaceholder(st.pengawasan_internal, 'pengawasan internal') },
    { group: 'pengelolaan', label: 'Jumlah pelaksana', items: [st.jumlah_pelaksana ?? '[ISI: jumlah pelaksana]'] },
    { group: 'pengelolaan', label: 'Jaminan pelayanan', items: [st.jaminan_pelayanan ?? '[ISI: jaminan pelayanan]'] },
    { group: 'pengelolaan', label: 'Jaminan keamanan dan keselamatan pelayanan', items: [st.jaminan_keamanan ?? '[ISI: jaminan keamanan dan keselamatan pelayanan]'] },
    { group: 'pengelolaan', label: 'Evaluasi kinerja pelaksana', items: [st.evaluasi_kinerja ?? '[ISI: evaluasi kinerja pelaksana]'] },
  ];
  return rows.map((r, i) => ({ no: i + 1, ...r }));
}
