/**
 * The 14 components of a Standar Pelayanan as the decree annex names them (Permenpan RB 15/2014),
 * written out for the tests that read the annex and the posters: the first six are shown to the public.
 */
export const STANDARD_COMPONENTS = [
  'Persyaratan',
  'Sistem, mekanisme dan prosedur',
  'Jangka waktu pelayanan',
  'Biaya/tarif',
  'Produk pelayanan',
  'Penanganan pengaduan, saran dan masukan',
  'Dasar hukum',
  'Sarana, prasarana dan/atau fasilitas',
  'Kompetensi pelaksana',
  'Pengawasan internal',
  'Jumlah pelaksana',
  'Jaminan pelayanan',
  'Jaminan keamanan dan keselamatan pelayanan',
  'Evaluasi kinerja pelaksana',
] as const;
