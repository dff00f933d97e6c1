/**
 * Units of the Waktu column and how they convert to minutes.
 *
 * The rule for days, weeks and months (documented in the README, tested in tests/unit/waktu):
 * SOP times are elapsed calendar time, as the seeds show ("3 x 24 Jam" is written for three
 * days and the signed total "76 Jam 15 Menit" adds it hour for hour). So
 *   1 hari = 24 jam, 1 minggu = 7 hari, 1 bulan = 30 hari.
 * Working days ("hari kerja") are not converted differently: authors who mean them write them
 * and the total stays calendar time.
 */
export const UNITS = ['menit', 'jam', 'hari', 'minggu', 'bulan'] as const;
export type Unit = (typeof UNITS)[number];

export const MINUTES_PER: Record<Unit, number> = {
  menit: 1,
  jam: 60,
  hari: 24 * 60,
  minggu: 7 * 24 * 60,
  bulan: 30 * 24 * 60,
};

/** Spellings found in SOPs, lower-cased, mapped to their unit. */
export const UNIT_ALIASES: Record<string, Unit> = {
  menit: 'menit',
  mnt: 'menit',
  min: 'menit',
  mt: 'menit',
  jam: 'jam',
  j: 'jam',
  hari: 'hari',
  hr: 'hari',
  'hari kerja': 'hari',
  'hari kalender': 'hari',
  hk: 'hari',
  minggu: 'minggu',
  pekan: 'minggu',
  bulan: 'bulan',
  bln: 'bulan',
};

export const UNIT_RANK: Record<Unit, number> = { menit: 0, jam: 1, hari: 2, minggu: 3, bulan: 4 };
