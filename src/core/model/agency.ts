/**
 * Agency profile (instansi): one YAML file per office under `sops/_data/instansi/<id>.yaml`.
 * Used by the SOP pages and PDFs (kop, signatory) and by the letters (kop, number pattern, paper).
 * Every field may hold a placeholder `[ISI: ...]` except the identifiers.
 */
import { z } from 'zod';
import { nipSchema } from './nip';

export const PAPER_SIZES = ['A4', 'F4'] as const;
export const paperSchema = z.enum(PAPER_SIZES, {
  errorMap: () => ({ message: 'Ukuran kertas harus "A4" atau "F4".' }),
});
export type Paper = z.infer<typeof paperSchema>;

export const ORIENTATIONS = ['potret', 'lanskap'] as const;
export const orientationSchema = z.enum(ORIENTATIONS, {
  errorMap: () => ({ message: 'Orientasi harus "potret" atau "lanskap".' }),
});
export type Orientation = z.infer<typeof orientationSchema>;

/** An official who signs: head of office, or the signatory of an SOP. */
export const officialSchema = z.object({
  /** Position as it is printed above the signature, e.g. "Kepala Dinas Sosial Kota Tanjungpinang". */
  jabatan: z.string().min(1),
  nama: z.string().min(1),
  /** Rank and grade, e.g. "Pembina Utama Muda (IV/c)"; placeholder when unknown. */
  pangkat: z.string().min(1).optional(),
  /** 18-digit NIP, spaces allowed ("19670720 199303 2 008"), or a placeholder. */
  nip: nipSchema,
});
export type Official = z.infer<typeof officialSchema>;

export const agencySchema = z.object({
  /** Government the office belongs to, printed first in the kop: "Pemerintah Kota Tanjungpinang". */
  pemerintah: z.string().min(1),
  /** Full office name: "Dinas Sosial Kota Tanjungpinang". */
  nama: z.string().min(1),
  /** Short name for lists and breadcrumbs: "Dinsos Tanjungpinang". */
  singkatan: z.string().min(1),
  /** City written before letter dates: "Tanjungpinang, 4 Maret 2024". */
  kota: z.string().min(1),
  alamat: z.string().min(1),
  telepon: z.string().min(1),
  email: z.string().min(1),
  situs: z.string().min(1),
  /** Logo path under `public/` (e.g. "/logo/tanjungpinang.svg") or a placeholder. */
  logo: z.string().min(1),
  kepala: officialSchema,
  /**
   * Letter number pattern. Tokens: {klasifikasi} (classification code, Permendagri 83/2022),
   * {nomor} (running number typed by staff), {tahun}. Example: "{klasifikasi}/{nomor}/5.6.04/{tahun}".
   */
  pola_nomor_surat: z
    .string()
    .min(1)
    .refine((p) => p.includes('{nomor}'), { message: 'Pola nomor surat harus memuat {nomor}.' }),
  /** Paper for letters and SOP PDFs unless a template or SOP overrides it. Default A4. */
  kertas: paperSchema.default('A4'),
  /** Orientation of SOP PDFs unless an SOP overrides it. Default potret. */
  orientasi_sop: orientationSchema.default('potret'),
});
export type Agency = z.infer<typeof agencySchema>;
