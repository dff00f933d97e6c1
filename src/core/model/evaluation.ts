/**
 * A recorded monitoring or evaluation of one SOP (Permenpan RB 35/2012, chapter on monitoring and
 * evaluation; formats.md §4): one YAML file per session, `sops/_data/evaluasi/<sop-id>/<tanggal>.yaml`.
 * The SOP and the date come from the path (src/core/source/source-paths.ts); the file holds what
 * was found. Choices are read case-insensitively, "tetap-berlaku" as "tetap berlaku".
 */
import { z } from 'zod';
import { textSchema } from './text';
import { writtenDateAsIso } from './date';

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
  // "penilaian: 80" is read as the number; it is named as the text it was.
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return v;
  const c = v.trim().toLowerCase().replace(/[-_\s]+/g, ' ');
  return aliases[c] ?? c;
};

/** The guide's own column-3 wording ("Berjalan dengan baik"). */
const ASSESSMENT_ALIASES = { 'berjalan dengan baik': 'berjalan baik', 'tidak berjalan dengan baik': 'tidak berjalan baik' };

/**
 * A rating written as a score ("80%", "85", "delapan puluh", "sangat baik (90)"): the guide's
 * monitoring rates how the SOP is applied, with no score.
 */
const SCORE = /\d|\bpersen\b|\b(?:se|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)\s*(?:puluh|ratus)\b/i;

function choiceSchema<T extends readonly [string, ...string[]]>(values: T, what: string, aliases: Readonly<Record<string, string>> = {}, scoreHint?: string) {
  return z.preprocess(
    choice(aliases),
    z.enum(values, {
      errorMap: (issue) => {
        const received = issue.code === 'invalid_enum_value' ? String(issue.received) : '';
        if (scoreHint && SCORE.test(received)) return { message: `${what} ditulis "${received}", sebuah nilai angka; ${scoreHint}` };
        return { message: `${what} harus salah satu dari: ${values.join(', ')}.` };
      },
    }),
  );
}

const ASSESSMENT_SCORE = 'monitoring SOP AP (kolom 3 tabel Monitoring Pelaksanaan SOP AP) tidak memberi nilai angka, tetapi menilai penerapan SOP: berjalan baik atau tidak berjalan baik. Tulis salah satunya; bila angka itu perlu disimpan, tulis di catatan:.';

/** The fields of one answered criterion. */
const CRITERION_KEYS = ['kriteria', 'jawaban', 'catatan'];

/** A criterion and its answer as one pair ("SOP mudah dipahami: ya"), as a form's two columns read. */
interface CriterionPair {
  kriteria: string;
  jawaban: string;
}

/** The pairs of a block `{ <kriteria>: <jawaban> }`, or null when it is not one (a key of its own, a value not a text). */
function criterionPairs(v: unknown): CriterionPair[] | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const entries = Object.entries(v);
  if (!entries.length || entries.some(([k, a]) => CRITERION_KEYS.includes(k) || (typeof a !== 'string' && typeof a !== 'boolean'))) return null;
  return entries.map(([kriteria, jawaban]) => ({ kriteria, jawaban: String(jawaban) }));
}

/**
 * The criteria written as pairs, as an evaluation form reads ("kriteria: { SOP mudah dipahami: ya }",
 * or "- SOP mudah dipahami: ya"): named with the items to write, instead of one message per field.
 */
const criteriaList = <T extends z.ZodTypeAny>(list: T) =>
  z.preprocess((v, ctx) => {
    const asBlock = criterionPairs(v);
    if (asBlock) {
      ctx.addIssue({ code: 'custom', fatal: true, message: 'kriteria', params: { key: 'criteriaAsPairs', values: { pairs: asBlock, item: null } } });
      return z.NEVER;
    }
    if (!Array.isArray(v)) return v;
    let paired = false;
    v.forEach((item, i) => {
      const pairs = criterionPairs(item);
      if (pairs?.length !== 1) return;
      paired = true;
      ctx.addIssue({ code: 'custom', fatal: true, path: [i], message: 'kriteria', params: { key: 'criteriaAsPairs', values: { pairs, item: i + 1 } } });
    });
    return paired ? z.NEVER : v;
  }, list);

export const criterionAnswerSchema = z
  .object({
    /** The criterion as asked ("SOP mudah dipahami"). */
    kriteria: textSchema,
    jawaban: choiceSchema(ANSWERS, 'Jawaban'),
    catatan: textSchema.optional(),
  })
  .strict();
export type CriterionAnswer = z.infer<typeof criterionAnswerSchema>;

/**
 * Fields the record takes from its path, written in the file ("tanggal: 12 Maret 2025", "sop:
 * medan/sktm"): named with where the value goes, then left out.
 */
const FROM_PATH: Record<string, 'tanggal' | 'sop'> = { tanggal: 'tanggal', tgl: 'tanggal', tanggal_monitoring: 'tanggal', tanggal_evaluasi: 'tanggal', sop: 'sop', id_sop: 'sop' };

function withoutFieldsFromPath(v: unknown, ctx: z.RefinementCtx): unknown {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
  const data = v as Record<string, unknown>;
  const written = Object.keys(data).filter((k) => Object.hasOwn(FROM_PATH, k));
  for (const key of written) {
    const value = typeof data[key] === 'string' || typeof data[key] === 'number' ? String(data[key]).trim() : '';
    const what = FROM_PATH[key]!;
    const iso = what === 'tanggal' && value ? writtenDateAsIso(value) : null;
    ctx.addIssue({ code: 'custom', path: [key], message: key, params: { key: 'evaluationFieldFromPath', values: { what, written: value, iso } } });
  }
  return written.length ? Object.fromEntries(Object.entries(data).filter(([k]) => !written.includes(k))) : v;
}

const evaluationFields = z
  .object({
    jenis: choiceSchema(RECORD_KINDS, 'Jenis catatan'),
    /** Who assessed: jabatan and/or name, as it should be shown ("Kepala Bidang Rehabilitasi Sosial"). */
    penilai: textSchema,
    /** Monitoring: how the SOP is applied. */
    penilaian: choiceSchema(ASSESSMENTS, 'Penilaian', ASSESSMENT_ALIASES, ASSESSMENT_SCORE).optional(),
    /** Monitoring: the action to take (column 5). */
    tindakan: textSchema.optional(),
    /** Evaluation: each criterion answered. */
    kriteria: criteriaList(z.array(criterionAnswerSchema)).optional(),
    /** Evaluation: what becomes of the SOP. */
    rekomendasi: choiceSchema(RECOMMENDATIONS, 'Rekomendasi').optional(),
    /** Notes on the result (column 4 of monitoring; the evaluation's conclusion). */
    catatan: textSchema.optional(),
  })
  .strict();
export const evaluationRecordSchema = z.preprocess(withoutFieldsFromPath, evaluationFields);
export type EvaluationRecord = z.infer<typeof evaluationRecordSchema>;

/** Monitoring is done regularly every six months (the guide). */
export const MONITORING_INTERVAL_MONTHS = 6;
