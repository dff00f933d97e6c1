/**
 * Dasar hukum: the regulations SOPs cite, kept once in `sops/_data/dasar-hukum.yaml`
 * (id -> regulation) so that the same regulation cited by several SOPs is one thing with one page.
 */
import { z } from 'zod';

export const regulationSchema = z.object({
  /** "Undang-Undang", "Peraturan Menteri Sosial", "Peraturan Wali Kota Tanjungpinang" ... */
  jenis: z.string().min(1),
  /** As written: "11", "08". */
  nomor: z.coerce.string().min(1),
  tahun: z.number().int().min(1945).max(2100),
  tentang: z.string().min(1),
  /** Optional short label for lists: "UU 11/2009". */
  singkatan: z.string().min(1).optional(),
  /** Optional link to the official text (JDIH); only a real address, never a guess. */
  tautan: z.string().url().optional(),
});
export type Regulation = z.infer<typeof regulationSchema>;

export const REGULATION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const regulationsFileSchema = z.record(
  z.string().regex(REGULATION_ID, 'Id dasar hukum hanya huruf kecil, angka dan tanda hubung, misalnya "uu-11-2009".'),
  regulationSchema,
);

/** "Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial". */
export function regulationTitle(r: Regulation): string {
  return `${r.jenis} Nomor ${r.nomor} Tahun ${r.tahun} tentang ${r.tentang}`;
}

/** "UU 11/2009" or, without a short label, "Undang-Undang 11/2009". */
export function regulationShortTitle(r: Regulation): string {
  return r.singkatan ?? `${r.jenis} ${r.nomor}/${r.tahun}`;
}
