/**
 * Langkah (steps) of an SOP and their decisions. Steps are numbered from 1 in the order written;
 * a step flows to the next one, the last one ends the process, and a decision (keputusan) has
 * exactly two labelled branches (ya / tidak), each to a step number or to "selesai" (the end).
 */
import { z } from 'zod';
import { ID, idOf, idProblem } from './id';
import { isPlaceholder } from './placeholder';
import { cellSchema, textSchema } from './text';
import { parseWaktu } from '../waktu/parse';
import { looseText as loose } from './loose-text';
import { withoutHonorific } from './honorific';
import { ACRONYMS, spellings } from '../glossary/acronyms';

export const END = 'selesai' as const;

const TARGET_HINT = 'Tujuan cabang harus nomor langkah (misalnya 6) atau "selesai".';

/**
 * A branch target: a step number or "selesai" (also written "Selesai", "6" in quotes, "langkah 6"
 * or "kembali ke langkah 2" as a sentence says it, or with a final period). Whether the number names an existing step is a
 * flow rule (checks/flow-rules.ts), so that `ke: 0` gets "langkah dinomori mulai dari 1" rather
 * than a bare bound.
 */
export function branchTargetOf(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const t = v
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^(?:(?:kembali|lanjut|dikembalikan|kembalikan|menuju)\s+)?(?:ke\s+)?(?:(?:langkah|nomor|no\.?)\s*(?:ke-?\s*|nomor\s+|no\.?\s*)?)?/, '');
  if (t === END) return END;
  return /^-?\d+$/.test(t) ? Number(t) : v;
}

export const branchTargetSchema = z.preprocess(
  branchTargetOf,
  z.union([z.number().int(), z.literal(END)], { errorMap: () => ({ message: TARGET_HINT }) }),
);
export type BranchTarget = z.infer<typeof branchTargetSchema>;

export const branchSchema = z
  .object({
    /** The branch's label as drawn beside the arrow: "Ya", "Layak", "Lengkap" ... */
    label: textSchema,
    /** Step number (1-based) or "selesai". */
    ke: branchTargetSchema,
  })
  .strict();

const isBlock = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The label a branch gets when it is written without one. */
export const DEFAULT_BRANCH_LABEL = { ya: 'Ya', tidak: 'Tidak' } as const;

/**
 * A decision as written, with its branches in their full form: a branch written as its target
 * alone (`ya: 3`) becomes `{ label: "Ya", ke: 3 }`, and a target written in words ("langkah 3",
 * "Selesai.") its number or "selesai". What is not a decision is returned as it is. The editor's
 * form shows a decision in this form (src/core/editor/entry-file.ts).
 */
export function decisionInFull(v: unknown): unknown {
  if (!isBlock(v)) return v;
  const out: Record<string, unknown> = { ...v };
  for (const side of ['ya', 'tidak'] as const) {
    const b = branchInFull(v[side], side);
    out[side] = isBlock(b) && b.ke !== undefined ? { ...b, ke: branchTargetOf(b.ke) } : b;
  }
  return out;
}

/** A branch written as its target alone (`ya: 3`, `tidak: selesai`) is that target with the default label. */
function branchInFull(v: unknown, side: 'ya' | 'tidak'): unknown {
  return typeof v === 'number' || typeof v === 'string' ? { label: DEFAULT_BRANCH_LABEL[side], ke: v } : v;
}

/**
 * What a word written as a branch's target stands for: the end in other words ("end", "stop",
 * "berakhir"), the outcome that ends the process ("ditolak", "batal", "dikembalikan ke pemohon"), the document's empty cell
 * ("-"); null for any other word.
 */
export type TargetWord = 'end' | 'outcome' | 'dash';
export function targetWordKind(word: string): TargetWord | null {
  const w = word.trim().toLowerCase().replace(/[.!]+$/, '');
  if (/^[-\u2012-\u2015\u2212]+$/.test(w)) return 'dash';
  if (/^(?:end|the end|finish(?:ed)?|stop|done|exit|selesai\b.*|proses selesai|berakhir|akhir|tamat|keluar)$/.test(w)) return 'end';
  if (/^(?:di)?tolak$|^(?:di)?batal(?:kan)?$|^gagal$|^tidak (?:memenuhi syarat|layak|disetujui|lengkap)$|^(?:di)?hentikan$/.test(w)) return 'outcome';
  // The file handed back: "dikembalikan ke pemohon", "berkas dikembalikan kepada pelapor".
  if (/^(?:berkas\s+)?(?:di)?kembalikan\s+(?:ke|kepada)\s+(?:pemohon|pelapor|klien|warga|pengusul|pengirim)$/.test(w)) return 'outcome';
  return null;
}

/** One branch, also written in short (branchInFull); a block with a label alone is named as a branch without a target, with its label. */
const branchOf = (side: 'ya' | 'tidak') =>
  z.preprocess((written, ctx) => {
    const v = branchInFull(written, side);
    const label = isBlock(v) && typeof v.label === 'string' && v.label.trim() ? v.label.trim() : DEFAULT_BRANCH_LABEL[side];
    if (isBlock(v) && (v.ke === undefined || v.ke === null) && Object.keys(v).every((k) => k === 'label' || k === 'ke')) {
      ctx.addIssue({ code: 'custom', fatal: true, message: label, params: { key: 'branchWithoutTarget', values: { which: side, label } } });
      return z.NEVER;
    }
    // A word where the target goes ("ditolak", "end", "-"): what it probably means, with the branch to write.
    // Any other word ("berkas lengkap") keeps the general message of the target's schema.
    const word = isBlock(v) && typeof v.ke === 'string' ? v.ke.trim() : '';
    const endWord = word && branchTargetOf(word) !== END ? targetWordKind(word) : null;
    if (endWord) {
      // An outcome is offered as the label only where the branch has none of its own.
      const kind = endWord === 'outcome' && label !== DEFAULT_BRANCH_LABEL[side] ? 'end' : endWord;
      ctx.addIssue({ code: 'custom', path: ['ke'], fatal: true, message: word, params: { key: 'branchTargetWord', values: { which: side, label, kind } } });
      return z.NEVER;
    }
    return v;
  }, branchSchema.extend({ label: textSchema.default(DEFAULT_BRANCH_LABEL[side]) }));

/**
 * Branches written under their labels, as the document's arrows are labelled ("lengkap: 3",
 * "tidak lengkap: selesai") instead of under ya and tidak: the decision as it should be written,
 * or null. The branch whose label starts with "tidak" (or "belum") is the tidak branch.
 */
function decisionByLabels(v: Record<string, unknown>): string | null {
  const keys = Object.keys(v).filter((k) => k !== 'pertanyaan');
  if ('ya' in v || 'tidak' in v || keys.length !== 2) return null;
  // "Ya:" and "Tidak:" are ya and tidak in capitals: a misspelt field name, named as such.
  if (keys.every((k) => ['ya', 'tidak'].includes(k.trim().toLowerCase()))) return null;
  const target = (b: unknown) => (isBlock(b) ? b.ke : b);
  if (!keys.every((k) => ['number', 'string'].includes(typeof target(v[k])))) return null;
  const no = keys.findIndex((k) => /^(?:tidak|belum|bukan)\b/i.test(k.trim()));
  const [yes, not] = no === 0 ? [keys[1]!, keys[0]!] : keys as [string, string];
  const label = (k: string) => k.trim().charAt(0).toUpperCase() + k.trim().slice(1);
  const question = typeof v.pertanyaan === 'string' ? `pertanyaan: ${v.pertanyaan}, ` : '';
  return `keputusan: { ${question}ya: { label: ${label(yes)}, ke: ${String(target(v[yes]))} }, tidak: { label: ${label(not)}, ke: ${String(target(v[not]))} } }`;
}

export const decisionSchema = z.preprocess(
  (v, ctx) => {
    // The question written where the branches go: "keputusan: Apakah berkas lengkap?".
    if (typeof v === 'string' && v.trim()) {
      ctx.addIssue({ code: 'custom', fatal: true, message: v.trim(), params: { key: 'decisionAsText' } });
      return z.NEVER;
    }
    // One branch only: the other arrow is not drawn, and the flow does not know where it goes.
    if (isBlock(v) && Object.keys(v).every((k) => ['pertanyaan', 'ya', 'tidak'].includes(k)) && ('ya' in v) !== ('tidak' in v)) {
      const [written, missing] = 'ya' in v ? (['ya', 'tidak'] as const) : (['tidak', 'ya'] as const);
      ctx.addIssue({ code: 'custom', path: [missing], fatal: true, message: missing, params: { key: 'decisionOneBranch', values: { written, missing } } });
      return z.NEVER;
    }
    const byLabels = isBlock(v) ? decisionByLabels(v) : null;
    if (byLabels) {
      const labels = Object.keys(v as object).filter((k) => k !== 'pertanyaan').map((k) => `"${k}"`).join(' dan ');
      ctx.addIssue({ code: 'custom', fatal: true, message: byLabels, params: { key: 'branchesByLabel', values: { labels } } });
      return z.NEVER;
    }
    return v;
  },
  z
    .object({
      /** Optional question the decision answers ("Apakah berkas lengkap?"). */
      pertanyaan: textSchema.optional(),
      ya: branchOf('ya'),
      tidak: branchOf('tidak'),
    })
    .strict(),
);
export type Decision = z.infer<typeof decisionSchema>;

/**
 * The Waktu cell as written. A bare number is read in the unit of the column label, which only
 * the SOP knows (sop.ts checks that part); everything else is checked here.
 */
const waktuSchema = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .superRefine((v, ctx) => {
    const r = parseWaktu(v, 'menit');
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message, params: { key: 'waktuUnreadable' } });
  });

/**
 * An actor as a step names it. A step's actor cannot be left "[ISI: ...]": the flowchart needs a
 * lane for every step, so the message explains the way to mark it unknown (an actor whose label
 * is a placeholder). Whether it is a declared id, and what was meant when it is not ("Staf dan
 * Lurah", a column heading, "Lurah" in capitals), only the SOP's list of actors can tell: a flow
 * rule (checks/flow-rules.ts).
 */
const actorIdSchema = z
  .string()
  .trim()
  .min(1)
  .superRefine((v, ctx) => {
    if (isPlaceholder(v)) ctx.addIssue({ code: 'custom', message: v, params: { key: 'actorPlaceholder' } });
  });


/** "Staf dan Lurah", "staf, lurah", "Staf/Kasi": a text naming several actors. */
const SEVERAL = /\s*(?:,|\/|&|\+|;|\bdan\b)\s*/i;

/** What a step's actor written otherwise than a declared id means, given the declared actors. */
export type ActorMeant =
  | { kind: 'several'; ids: string[] }
  | { kind: 'label'; id: string }
  | { kind: 'id-form'; message: string }
  | { kind: 'honorific'; honorific: string; rest: string; id: string | null }
  | { kind: 'unknown' };

/** A position's words with the domain's acronyms written out ("Kabid Rehsos" -> "kepala bidang rehabilitasi sosial"). */
function positionWords(text: string): string[] {
  return loose(text.replace(/-/g, ' '))
    .split(' ')
    .flatMap((w) => (ACRONYMS.find((a) => spellings(a).some((s) => s.toLowerCase() === w))?.meaning.toLowerCase().split(' ') ?? [w]));
}

/**
 * The declared actor a position written after a form of address names ("Lurah" in "Pak Lurah",
 * "Kabid" in "Ibu Kabid"): by its id or label, else the one actor whose label or id starts with
 * those words, acronyms written out ("Kepala Bidang" is "Kabid Rehabilitasi").
 */
function actorForPosition(position: string, declared: readonly { id: string; label: string }[]): { id: string; label: string } | undefined {
  const exact = declared.find((a) => a.id === loose(position) || a.id === idOf(position) || loose(a.label) === loose(position));
  if (exact) return exact;
  const words = positionWords(position);
  const startsWith = (text: string) => { const w = positionWords(text); return words.every((x, i) => w[i] === x); };
  const found = declared.filter((a) => startsWith(a.label) || startsWith(a.id));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * A step's actor that is not an id as ids are written: several declared actors in one text
 * ("Staf dan Lurah"), an actor named by its column heading, an id written in capitals or with
 * spaces ("Lurah" for lurah), a position after a form of address ("Pak Lurah", "Ibu Kabid"), or
 * none of the declared actors.
 */
export function stepActorMeant(written: string, declared: readonly { id: string; label: string }[]): ActorMeant {
  const byName = (w: string) => declared.find((a) => a.id === loose(w)) ?? declared.find((a) => loose(a.label) === loose(w));
  // "Pak Lurah dan Staf": a form of address may stand before each of several actors.
  const byNameOrPosition = (w: string) => {
    const addressed = withoutHonorific(w);
    return byName(w) ?? (addressed ? actorForPosition(addressed.rest, declared) : undefined);
  };
  const parts = written.split(SEVERAL).filter((p) => p !== '');
  const named = parts.map(byNameOrPosition);
  if (parts.length > 1 && named.every((a) => a !== undefined)) return { kind: 'several', ids: [...new Set(named.map((a) => a!.id))] };
  const meant = idOf(written);
  if (meant && declared.some((a) => a.id === meant)) return { kind: 'id-form', message: idProblem(written, 'pelaksana', 'staf-adm')! };
  const byLabel = declared.find((a) => loose(a.label) === loose(written));
  if (byLabel) return { kind: 'label', id: byLabel.id };
  const addressed = withoutHonorific(written);
  return addressed ? { kind: 'honorific', ...addressed, id: actorForPosition(addressed.rest, declared)?.id ?? null } : { kind: 'unknown' };
}

/** One actor id, or a list of them for a step several actors do together. */
export const stepActorSchema = z.union([actorIdSchema, z.array(actorIdSchema).min(1, 'Tulis minimal satu pelaksana.')], {
  errorMap: (issue, ctx) =>
    issue.code === 'invalid_union'
      ? { message: 'Pelaksana langkah ditulis sebagai satu id (pelaksana: staf-adm) atau daftar id (pelaksana: [staf-adm, kadis]).' }
      : { message: ctx.defaultError },
});

const stepBlockSchema = z
  .object({
    /** The activity: a verb in active voice, without a subject ("Menerima ..."). */
    kegiatan: textSchema,
    /**
     * Id of the actor (one of `pelaksana[].id`), or a list of ids when several actors do the
     * step together (drawn as one symbol in each of their lanes, joined by a line).
     */
    pelaksana: stepActorSchema,
    /** Mutu Baku: what is needed (Kelengkapan / Persyaratan / Alat). */
    kelengkapan: cellSchema,
    /** Mutu Baku: time as written ("15 menit", "3-7 hari"); "-" when not stated. */
    waktu: waktuSchema.default('-'),
    /** Mutu Baku: what the step produces. */
    output: cellSchema,
    /** Optional remark shown in the Keterangan column. */
    keterangan: textSchema.optional(),
    /** Present only on a decision step. */
    keputusan: decisionSchema.optional(),
    /** Letter templates (ids in letter-templates/) that this step's output is. */
    surat: z
      .array(z.string().regex(ID, 'Id surat hanya huruf kecil, angka dan tanda hubung.'))
      .default([]),
  })
  .strict();

/**
 * A step written as its activity alone ("- Menerima berkas"), as the document's Kegiatan column
 * reads: named with the block to write. The input type stays the block's own (a preprocess alone
 * would make it unknown for the editor and the tests).
 */
export const stepSchema = z.preprocess((v, ctx) => {
  if (typeof v === 'string' && v.trim() && !isPlaceholder(v)) {
    ctx.addIssue({ code: 'custom', fatal: true, message: v.trim().replace(/\s+/g, ' '), params: { key: 'stepAsText' } });
    return z.NEVER;
  }
  return v;
}, stepBlockSchema) as unknown as z.ZodEffects<typeof stepBlockSchema, z.output<typeof stepBlockSchema>, z.input<typeof stepBlockSchema>>;
export type Step = z.infer<typeof stepSchema>;

/** The step's actor ids, in the order written. */
export function stepActors(step: Pick<Step, 'pelaksana'>): string[] {
  return typeof step.pelaksana === 'string' ? [step.pelaksana] : step.pelaksana;
}
