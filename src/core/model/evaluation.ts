/**
 * A recorded monitoring or evaluation of one SOP (Permenpan RB 35/2012, chapter on monitoring and
 * evaluation; formats.md §4): one YAML file per session, `sops/_data/evaluasi/<sop-id>/<tanggal>.yaml`.
 * The SOP and the date come from the path (src/core/source/source-paths.ts); the file holds what
 * was found. Choices are read case-insensitively, "tetap-berlaku" as "tetap berlaku".
 */
import { z } from 'zod';
import { textSchema } from './text';

export const RECORD_KINDS = ['monitoring', 'evaluasi'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Column 3 of the guide's table "Monitoring Pelaksanaan SOP AP". */
export const ASSESSMENTS = ['berjalan baik', 'tidak berjalan baik'] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

export const RECOMMENDATIONS = ['tetap berlaku', 'direvisi', 'dicabut'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export const ANSWERS = ['ya', 'tidak'] as const;
export type Answer = (typeof ANSWERS)[number];

/** "Tetap-Berlaku " -> "tetap berlaku"; a choice written another way is read as the one it names. */
const choice = (aliases: Readonly<Record<string, string>>) => (v: unknown) => {
  if (typeof v !== 'string') return v;
  const c = v.trim().toLowerCase().replace(/[-_\s]+/g, ' ');
  return aliases[c] ?? c;
};

/** The guide's own column-3 wording ("Berjalan dengan baik"). */
const ASSESSMENT_ALIASES = { 'berjalan dengan baik': 'berjalan baik', 'tidak berjalan dengan baik': 'tidak berjalan baik' };

function choiceSchema<T extends readonly [string, ...string[]]>(values: T, what: string, aliases: Readonly<Record<string, string>> = {}) {
  return z.preprocess(
    choice(aliases),
    z.enum(values, { errorMap: () => ({ message: `${what} harus salah satu dari: ${values.join(', ')}.` }) }),
  );
}

export const criterionAnswerSchema = z
  .object({
    /** The criterion as asked ("SOP mudah dipahami"). */
    kriteria: textSchema,
    jawaban: choiceSchema(ANSWERS, 'Jawaban'),
    catatan: textSchema.optional(),
  })
  .strict();
export type CriterionAnswer = z.infer<typeof criterionAnswerSchema>;

export const evaluationRecordSchema = z
  .object({
    jenis: choiceSchema(RECORD_KINDS, 'Jenis catatan'),
    /** Who assessed: jabatan and/or name, as it should be shown ("Kepala Bidang Rehabilitasi Sosial"). */
    penilai: textSchema,
    /** Monitoring: how the SOP is applied. */
    penilaian: choiceSchema(ASSESSMENTS, 'Penilaian', ASSESSMENT_ALIASES).optional(),
    /** Monitoring: the action to take (column 5). */
    tindakan: textSchema.optional(),
    /** Evaluation: each criterion answered. */
    kriteria: z.array(criterionAnswerSchema).optional(),
    /** Evaluation: what becomes of the SOP. */
    rekomendasi: choiceSchema(RECOMMENDATIONS, 'Rekomendasi').optional(),
    /** Notes on the result (column 4 of monitoring; the evaluation's conclusion). */
    catatan: textSchema.optional(),
  })
  .strict();
export type EvaluationRecord = z.infer<typeof evaluationRecordSchema>;

/** Monitoring is done regularly every six months (the guide). */
export const MONITORING_INTERVAL_MONTHS = 6;
