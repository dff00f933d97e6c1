/**
 * The SOP frontmatter: everything the SOP AP identity page and flowchart hold
 * (Permenpan RB 35/2012), plus publishing metadata. One MDX file per SOP under `sops/`;
 * its id is the path under `sops/` without extension. Defaults are documented per field.
 */
import { z } from 'zod';
import { officialSchema, orientationSchema, paperSchema } from './agency';
import { isoDateOrPlaceholderSchema, isoDateSchema } from './date';
import { stepSchema } from './step';

export const SOP_STATUSES = ['draf', 'berlaku', 'dicabut'] as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idSchema = (what: string) =>
  z.string().regex(ID, `Id ${what} hanya huruf kecil, angka dan tanda hubung, misalnya "staf-adm".`);

/** A numbered-list cell of the identity grid; "-" in the document = an empty list. */
const listSchema = z
  .array(z.string().min(1))
  .default([])
  .transform((items) => items.filter((i) => i.trim() !== '-'));

export const actorSchema = z
  .object({
    id: idSchema('pelaksana'),
    /** Column heading, e.g. "Staf Lapangan/Peksos". */
    label: z.string().min(1),
  })
  .strict();
export type Actor = z.infer<typeof actorSchema>;

/** Keterkaitan: another SOP by id (rendered as a link) or free text. */
export const relationSchema = z.union([
  z.string().min(1),
  z.object({ sop: z.string().min(1), catatan: z.string().min(1).optional() }).strict(),
]);
export type Relation = z.infer<typeof relationSchema>;

export const mutuBakuSchema = z
  .object({
    /** Default "Kelengkapan"; also "Persyaratan/Kelengkapan" or "Alat". */
    kelengkapan: z.string().min(1).default('Kelengkapan'),
    /** Default "Waktu". */
    waktu: z.string().min(1).default('Waktu'),
    /** Default "Output". */
    output: z.string().min(1).default('Output'),
    /** Show a Keterangan column. Default false (true when any step has a keterangan). */
    keterangan: z.boolean().default(false),
  })
  .strict()
  .default({});
export type MutuBakuColumns = z.infer<typeof mutuBakuSchema>;

export const sopSchema = z
  .object({
    /** Nomor SOP under the agency's Tata Naskah Dinas, e.g. "462/10/5.6.04/2024". */
    nomor: z.coerce.string().min(1),
    /** Nama SOP. */
    judul: z.string().min(1),
    /** Agency id: a file `sops/_data/instansi/<id>.yaml`. */
    instansi: idSchema('instansi'),
    /** Bidang (unit) responsible: "Rehabilitasi Sosial". */
    bidang: z.string().min(1),
    status: z.enum(SOP_STATUSES, {
      errorMap: () => ({ message: 'Status harus "draf", "berlaku" atau "dicabut".' }),
    }),
    tanggal: z
      .object({
        pembuatan: isoDateOrPlaceholderSchema,
        /** Date of the last revision (or the planned review). Optional. */
        revisi: isoDateOrPlaceholderSchema.optional(),
        efektif: isoDateOrPlaceholderSchema,
        /** How the document labels the effective date. Default "Tanggal Efektif". */
        label_efektif: z.string().min(1).default('Tanggal Efektif'),
      })
      .strict(),
    /** Signatory. Default: the agency's head (kepala). */
    disahkan_oleh: officialSchema.optional(),
    /** Sasaran objek: who or what the SOP serves. */
    sasaran: z.string().min(1),
    /** Regulation ids from `sops/_data/dasar-hukum.yaml`. */
    dasar_hukum: z.array(idSchema('dasar hukum')).default([]),
    kualifikasi_pelaksana: listSchema,
    keterkaitan: z.array(relationSchema).default([]),
    peralatan: listSchema,
    peringatan: listSchema,
    pencatatan: listSchema,
    /** Revision history, oldest first. */
    riwayat_revisi: z
      .array(z.object({ tanggal: isoDateSchema, perubahan: z.string().min(1) }).strict())
      .default([]),
    /** Next review date; a warning once it has passed. Optional. */
    tinjau_ulang: isoDateSchema.optional(),
    /** The total printed under the table in the signed document, if any ("76 Jam 15 Menit"). */
    waktu_total_dokumen: z.string().min(1).optional(),
    /** PDF paper and orientation; default: the agency's settings. */
    cetak: z
      .object({ kertas: paperSchema.optional(), orientasi: orientationSchema.optional() })
      .strict()
      .default({}),
    mutu_baku: mutuBakuSchema,
    /** Heading of the activity column: "Kegiatan" (default), "Uraian Prosedur", "Aktivitas". */
    label_kegiatan: z.string().min(1).default('Kegiatan'),
    /** Actors (lanes of the flowchart), in lane order. */
    pelaksana: z.array(actorSchema).min(1, 'Tulis minimal satu pelaksana.'),
    /** Steps in order; numbered from 1. */
    langkah: z.array(stepSchema).min(2, 'SOP minimal memiliki dua langkah (mulai dan selesai).'),
  })
  .strict();
export type SopFrontmatter = z.infer<typeof sopSchema>;
export type SopFrontmatterInput = z.input<typeof sopSchema>;
