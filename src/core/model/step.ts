/**
 * Langkah (steps) of an SOP and their decisions. Steps are numbered from 1 in the order written;
 * a step flows to the next one, the last one ends the process, and a decision (keputusan) has
 * exactly two labelled branches (ya / tidak), each to a step number or to "selesai" (the end).
 */
import { z } from 'zod';
import { parseWaktu } from '../waktu/parse';

export const END = 'selesai' as const;

export const branchTargetSchema = z.union(
  [
    z.number().int().positive(),
    z.literal(END),
  ],
  {
    errorMap: () => ({
      message: 'Tujuan cabang harus nomor langkah (misalnya 6) atau "selesai".',
    }),
  },
);
export type BranchTarget = z.infer<typeof branchTargetSchema>;

export const branchSchema = z
  .object({
    /** The branch's label as drawn beside the arrow: "Ya", "Layak", "Lengkap" ... */
    label: z.string().min(1),
    /** Step number (1-based) or "selesai". */
    ke: branchTargetSchema,
  })
  .strict();

export const decisionSchema = z
  .object({
    /** Optional question the decision answers ("Apakah berkas lengkap?"). */
    pertanyaan: z.string().min(1).optional(),
    ya: branchSchema.extend({ label: z.string().min(1).default('Ya') }),
    tidak: branchSchema.extend({ label: z.string().min(1).default('Tidak') }),
  })
  .strict();
export type Decision = z.infer<typeof decisionSchema>;

const LETTER_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const waktuSchema = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .superRefine((v, ctx) => {
    const r = parseWaktu(v);
    if (!r.ok) ctx.addIssue({ code: z.ZodIssueCode.custom, message: r.message });
  });

export const stepSchema = z
  .object({
    /** The activity: a verb in active voice, without a subject ("Menerima ..."). */
    kegiatan: z.string().min(1),
    /** Id of the actor (one of `pelaksana[].id`). */
    pelaksana: z.string().min(1),
    /** Mutu Baku: what is needed (Kelengkapan / Persyaratan / Alat). */
    kelengkapan: z.string().default('-'),
    /** Mutu Baku: time as written ("15 menit", "3-7 hari"); "-" when not stated. */
    waktu: waktuSchema.default('-'),
    /** Mutu Baku: what the step produces. */
    output: z.string().default('-'),
    /** Optional remark shown in the Keterangan column. */
    keterangan: z.string().min(1).optional(),
    /** Present only on a decision step. */
    keputusan: decisionSchema.optional(),
    /** Letter templates (ids in letter-templates/) that this step's output is. */
    surat: z
      .array(z.string().regex(LETTER_ID, 'Id surat hanya huruf kecil, angka dan tanda hubung.'))
      .default([]),
  })
  .strict();
export type Step = z.infer<typeof stepSchema>;
