/**
 * The SOP frontmatter: everything the SOP AP identity page and flowchart hold
 * (Permenpan RB 35/2012), plus publishing metadata. One MDX file per SOP under `sops/`;
 * its id is the path under `sops/` without extension. Defaults are documented per field.
 */
import { z } from 'zod';
import { officialSchema, orientationSchema, paperSchema } from './agency';
import { documentDateSchema, isoDateSchema, isoDateSchemaOr, isValidIsoDate, writtenDateAsIso } from './date';
import { ID, idOf, idSchema } from './id';
import { isDashOnly } from './dash-text';
import { isPlaceholder } from './placeholder';
import { citationSchema } from './regulation';
import { stepActorMeant, stepActors, stepSchema } from './step';
import { cellSchema, textSchema } from './text';
import { columnUnit, parseWaktu } from '../waktu/parse';
import { closest } from './closest-word';
import { numberedItems } from './item-numbering';
import { periodOf } from './period';
import { addMonths } from './calendar';
import { stepsWithTargetsByText } from './branch-target-text';
import { stepsWithMutuBakuFields } from './step-mutu-baku';

export const SOP_STATUSES = ['draf', 'berlaku', 'digantikan', 'dicabut'] as const;
/** Statuses of an SOP no longer in force: it keeps its page, leaves the Buku SOP, its PDF is watermarked. */
export const ENDED_STATUSES: readonly SopStatusValue[] = ['digantikan', 'dicabut'];
export type SopStatusValue = (typeof SOP_STATUSES)[number];
export function isEnded(status: SopStatusValue): boolean {
  return ENDED_STATUSES.includes(status);
}

const STATUS_HINT = 'Status harus "draf", "berlaku", "digantikan" atau "dicabut".';
/**
 * Other words authors write for a status: English, or how an office says it ("terbit", "aktif",
 * "konsep"). Only suggested, never read as the status.
 */
const STATUS_WORDS: Record<string, SopStatusValue> = {
  draft: 'draf', konsep: 'draf', rancangan: 'draf', 'belum berlaku': 'draf',
  aktif: 'berlaku', terbit: 'berlaku', diterbitkan: 'berlaku', disahkan: 'berlaku', sah: 'berlaku', final: 'berlaku',
  diganti: 'digantikan', 'sudah diganti': 'digantikan',
  'tidak berlaku': 'dicabut', dibatalkan: 'dicabut', dihapus: 'dicabut', nonaktif: 'dicabut', 'tidak aktif': 'dicabut',
  // The editor's review steps ("Ditinjau") are not a status of the SOP: until signed it is a draf.
  ditinjau: 'draf', 'sedang ditinjau': 'draf', review: 'draf', 'in review': 'draf',
  // English, as templates from elsewhere write it.
  active: 'berlaku', published: 'berlaku', valid: 'berlaku', effective: 'berlaku', approved: 'berlaku',
  superseded: 'digantikan', replaced: 'digantikan', inactive: 'dicabut', revoked: 'dicabut', withdrawn: 'dicabut', obsolete: 'dicabut',
};
/** The message for a status written as another word ("Draft", "terbit"): that word and the status it probably means. */
function statusMessage(written: string | undefined): string {
  if (written === undefined || written === '') return STATUS_HINT;
  const meant = STATUS_WORDS[written.replace(/\s+/g, ' ')] ?? closest(written, SOP_STATUSES);
  return `Status "${written}" tidak dikenal.${meant ? ` Maksud Anda "${meant}"?` : ''} ${STATUS_HINT}`;
}

/**
 * A cell of the identity grid written as one text, as the document's cell reads: "-" (or "---",
 * "–"), the document's empty cell, is the empty list; any other text is named with the list to
 * write, the items of a numbered list pasted as one text ("1. Buku kerja 2. ATK") one by one.
 */
function cellAsList(v: unknown, ctx: z.RefinementCtx): unknown {
  if (typeof v !== 'string' || isPlaceholder(v)) return v;
  if (isDashOnly(v)) return [];
  const text = v.trim().replace(/\s+/g, ' ');
  ctx.addIssue({ code: 'custom', fatal: true, message: text, params: { key: 'listAsText', values: { items: numberedItems(text) ?? [text] } } });
  return z.NEVER;
}

/** A numbered-list cell of the identity grid; "-" (or "---", "–") in the document = an empty list. */
const listSchema = z.preprocess(cellAsList, z
  .array(textSchema)
  .default([])
  .transform((items) => items.filter((i) => !isDashOnly(i))));

const actorBlockSchema = z
  .object({
    id: idSchema('pelaksana', 'staf-adm'),
    /** Column heading, e.g. "Staf Lapangan/Peksos". */
    label: textSchema,
  })
  .strict();

/** An actor: `{ id, label }`. One written as its heading alone ("- Staf") gets the block it needs. */
export const actorSchema = z.preprocess((v, ctx) => {
  if (typeof v === 'string' && v.trim() && !isPlaceholder(v)) {
    const text = v.trim();
    ctx.addIssue({ code: 'custom', fatal: true, message: text, params: { key: 'actorAsText', values: { id: idOf(text) ?? 'staf-adm' } } });
    return z.NEVER;
  }
  return v;
}, actorBlockSchema);
export type Actor = z.infer<typeof actorBlockSchema>;

/**
 * The list of actors written as one text, as the document's heading row reads ("pelaksana: Staf,
 * Lurah"): named with the actors to write, one per item, each with an id and its label.
 */
function actorListAsText(v: unknown, ctx: z.RefinementCtx): unknown {
  if (typeof v !== 'string' || !v.trim() || isPlaceholder(v)) return v;
  const labels = v.split(/\s*[,;]\s*/).map((l) => l.trim()).filter((l) => l !== '');
  const items = labels.map((label, i) => ({ id: idOf(label) ?? `pelaksana-${i + 1}`, label }));
  ctx.addIssue({ code: 'custom', fatal: true, message: v.trim(), params: { key: 'actorsAsOneText', values: { items } } });
  return z.NEVER;
}

/**
 * One revision: `{ tanggal, perubahan }`. One written as the change after its date and a colon
 * ("- 2018-01-02: Perubahan waktu"), which YAML reads as a field named after the date, or as its
 * date alone, is named with the entry to write.
 */
const revisionSchema = z.preprocess((v, ctx) => {
  const entries = typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.entries(v) : [];
  const [date, change] = entries.length === 1 ? entries[0]! : [];
  // The date alone ("- 2024-02-27"), as a revision table's first column reads.
  const alone = typeof v === 'string' ? (isValidIsoDate(v.trim()) ? v.trim() : writtenDateAsIso(v)) : null;
  if (alone) {
    ctx.addIssue({ code: 'custom', fatal: true, message: (v as string).trim(), params: { key: 'revisionAsDate', values: { iso: alone } } });
    return z.NEVER;
  }
  const iso = date === undefined ? null : isValidIsoDate(date.trim()) ? date.trim() : writtenDateAsIso(date);
  if (iso && (typeof change === 'string' || typeof change === 'number')) {
    ctx.addIssue({ code: 'custom', fatal: true, message: `Butir riwayat revisi ditulis "${date}: ${String(change).trim()}", sehingga YAML membaca tanggalnya sebagai nama kolom. Tulis - { tanggal: ${iso}, perubahan: "${String(change).trim()}" }.` });
    return z.NEVER;
  }
  return v;
}, z.object({ tanggal: isoDateSchema, perubahan: textSchema }).strict());

const revisionList = z.array(revisionSchema).default([]);
/**
 * The revision history; "-" (or "---", "–"), as the identity page of an SOP never revised prints
 * it, is none. The input type stays the list's own.
 */
const revisionListSchema = z.preprocess((v) => (typeof v === 'string' && isDashOnly(v) ? [] : v), revisionList) as unknown as z.ZodEffects<typeof revisionList, z.output<typeof revisionList>, z.input<typeof revisionList>>;

/** Keterkaitan: another SOP by id (rendered as a link) or free text. */
export const relationSchema = z.union([
  textSchema,
  z.object({ sop: textSchema, catatan: textSchema.optional() }).strict(),
]);
export type Relation = z.infer<typeof relationSchema>;

/** "ya" and "tidak" (as authors say it) as true and false; anything else as written. */
export function yesNoOf(v: unknown): unknown {
  return typeof v === 'string' && /^\s*(ya|tidak)\s*$/i.test(v) ? /ya/i.test(v) : v;
}

/** The column a Mutu Baku heading names: "Waktu (Menit)" waktu, "Output"/"Hasil" output, "Keterangan", else kelengkapan. */
function mutuBakuColumnOf(heading: string): 'kelengkapan' | 'waktu' | 'output' | 'keterangan' | null {
  const h = heading.trim().toLowerCase();
  if (/^(?:no\.?|nomor|kegiatan|uraian.*|aktivitas|pelaksana)$/.test(h)) return null;
  if (/\b(?:waktu|lama|durasi)\b/.test(h)) return 'waktu';
  if (/\b(?:output|hasil|keluaran)\b/.test(h)) return 'output';
  if (/^ket(?:erangan|\.)?$/.test(h)) return 'keterangan';
  return 'kelengkapan';
}

/**
 * The Mutu Baku headings written as a list, as the document's table shows them side by side
 * ("mutu_baku: [Persyaratan, Waktu, Output]"): the block to write, or null when two headings
 * name the same column.
 */
function mutuBakuBlockOf(headings: readonly string[]): string | null {
  const block = new Map<string, string>();
  for (const h of headings) {
    const column = mutuBakuColumnOf(h);
    if (column === null) continue;
    if (block.has(column)) return null;
    block.set(column, column === 'keterangan' ? 'true' : /[:#,]/.test(h) ? `"${h.trim()}"` : h.trim());
  }
  const order = ['kelengkapan', 'waktu', 'output', 'keterangan'].filter((c) => block.has(c));
  return order.length ? `mutu_baku: { ${order.map((c) => `${c}: ${block.get(c)}`).join(', ')} }` : null;
}

export const mutuBakuSchema = z.preprocess((v, ctx) => {
  if (Array.isArray(v) && v.length > 0 && v.every((h) => typeof h === 'string')) {
    ctx.addIssue({ code: 'custom', fatal: true, message: v.map((h) => h.trim()).join(', '), params: { key: 'mutuBakuAsList', values: { block: mutuBakuBlockOf(v) } } });
    return z.NEVER;
  }
  return v;
}, z
  .object({
    /** Default "Kelengkapan"; also "Persyaratan/Kelengkapan" or "Alat". */
    kelengkapan: textSchema.default('Kelengkapan'),
    /**
     * Default "Waktu". A unit in brackets, "Waktu (Menit)", lets the column hold bare numbers
     * ("15") read in that unit.
     */
    waktu: textSchema.default('Waktu'),
    /** Default "Output". */
    output: textSchema.default('Output'),
    /**
     * Show a Keterangan column: true or false ("ya" or "tidak" as authors say it). Default: shown
     * when any step has a keterangan. Written false while a step has a keterangan, that keterangan
     * is not shown (a warning).
     */
    keterangan: z.preprocess(yesNoOf, z.boolean().optional()),
  })
  .strict())
  .default({});
export type MutuBakuColumns = z.infer<typeof mutuBakuSchema>;

/** The one rule for the Keterangan column: as written, else shown when any step has one. */
export function showsKeterangan(sop: { mutu_baku: MutuBakuColumns; langkah: readonly { keterangan?: string }[] }): boolean {
  return sop.mutu_baku.keterangan ?? sop.langkah.some((s) => s.keterangan !== undefined);
}

const stepListSchema = z.array(stepSchema).min(2, 'SOP minimal memiliki dua langkah (mulai dan selesai).');
/**
 * The steps, read over the whole list first: a branch target written as the kegiatan of the step it
 * goes to, or as "lanjut"; Mutu Baku cells nested under mutu_baku: inside a step. The input type
 * stays the list's own (a preprocess alone would make it unknown for the editor and the tests).
 */
const stepsSchema = z.preprocess(
  (v, ctx) => stepsWithTargetsByText(stepsWithMutuBakuFields(v, ctx), ctx),
  stepListSchema,
) as unknown as z.ZodEffects<typeof stepListSchema, z.output<typeof stepListSchema>, z.input<typeof stepListSchema>>;

export const sopSchema = z
  .object({
    /** Nomor SOP under the agency's Tata Naskah Dinas, e.g. "462/10/5.6.04/2024". */
    nomor: textSchema,
    /** Nama SOP. */
    judul: textSchema,
    /**
     * Agency id: a file `sops/_data/instansi/<id>.yaml`. Any text is read: whether it is an id, and
     * which agency a name or short name written instead means, only the agencies can tell (a
     * cross-check, checks/reference-rules.ts).
     */
    instansi: textSchema,
    /**
     * The unit responsible, printed as written: "Bidang Rehabilitasi Sosial", "Seksi PAS",
     * "UPT Panti Sosial ...". Optional (an office without bidang).
     */
    bidang: textSchema.optional(),
    /** Read case-insensitively ("Berlaku" is berlaku). */
    status: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
      z.enum(SOP_STATUSES, { errorMap: (issue) => ({ message: statusMessage(issue.code === 'invalid_enum_value' ? String(issue.received) : undefined) }) }),
    ),
    /** With status digantikan: the id of the SOP that replaces this one (required then). */
    digantikan_oleh: textSchema.optional(),
    /** With status dicabut: when and why it was withdrawn (required then). */
    dicabut: z
      .object({
        /** YYYY-MM-DD. */
        tanggal: isoDateSchema,
        /** Why, e.g. "Layanan dialihkan ke Dinas Sosial Provinsi". */
        alasan: textSchema,
      })
      .strict()
      .optional(),
    tanggal: z
      .object({
        /** YYYY-MM-DD, or "Agustus 2017" / "2017" when the document gives only that. */
        pembuatan: documentDateSchema,
        /**
         * Date of the last revision (or the planned review). Optional; "-", as the identity page
         * of an SOP never revised prints it, is no revision (the page prints "-" then too).
         */
        revisi: z.preprocess((v) => (typeof v === 'string' && isDashOnly(v) ? undefined : v), documentDateSchema.optional()),
        efektif: documentDateSchema,
        /** How the document labels the effective date. Default "Tanggal Efektif". */
        label_efektif: textSchema.default('Tanggal Efektif'),
      })
      .strict(),
    /** Signatory. Default: the agency's head (kepala). */
    disahkan_oleh: officialSchema.optional(),
    /** Sasaran objek: who or what the SOP serves. */
    sasaran: textSchema,
    /** Regulation ids from `sops/_data/dasar-hukum.yaml`, or `{ id, pasal }` to cite one article. */
    dasar_hukum: z.array(citationSchema).default([]),
    kualifikasi_pelaksana: listSchema,
    keterkaitan: z.preprocess(cellAsList, z.array(relationSchema).default([])),
    peralatan: listSchema,
    peringatan: listSchema,
    pencatatan: listSchema,
    /** Revision history, oldest first. */
    riwayat_revisi: revisionListSchema,
    /**
     * Next review date; a warning once it has passed. Optional. A period written instead ("1 tahun",
     * "setiap tahun") is read here and named with the date it gives below, where tanggal.efektif is known.
     */
    tinjau_ulang: isoDateSchemaOr((v) => periodOf(v) !== null).optional(),
    /** The total printed under the table in the signed document, if any ("76 Jam 15 Menit"). */
    waktu_total_dokumen: cellSchema.optional(),
    /** PDF paper and orientation; default: the agency's settings. */
    cetak: z
      .object({ kertas: paperSchema.optional(), orientasi: orientationSchema.optional() })
      .strict()
      .default({}),
    mutu_baku: mutuBakuSchema,
    /** Heading of the activity column: "Kegiatan" (default), "Uraian Prosedur", "Aktivitas". */
    label_kegiatan: textSchema.default('Kegiatan'),
    /**
     * The source breaks off (a cut scan, a missing page): what is missing, printed as a note.
     * The SOP stays a draft and its last written step is not drawn as the end of the process.
     */
    tidak_lengkap: textSchema.optional(),
    /** Actors (lanes of the flowchart), in lane order. */
    pelaksana: z.preprocess(actorListAsText, z.array(actorSchema).min(1, 'Tulis minimal satu pelaksana.')),
    /** Steps in order; numbered from 1. */
    langkah: stepsSchema,
  })
  .strict()
  .superRefine((sop, ctx) => {
    if (sop.status === 'digantikan' && !sop.digantikan_oleh?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['digantikan_oleh'], message: '', params: { key: 'supersededNoSuccessor', lineAt: sop.digantikan_oleh === undefined ? ['status'] : ['digantikan_oleh'] } });
    }
    if (sop.status === 'dicabut' && !sop.dicabut) {
      ctx.addIssue({ code: 'custom', path: ['dicabut'], message: '', params: { key: 'revokedNoDetails', lineAt: ['status'] } });
    }
    // A step's actor is one of the declared ids; what was meant when it is written otherwise.
    const ids = sop.pelaksana.map((a) => a.id);
    sop.langkah.forEach((step, i) => {
      const actors = stepActors(step);
      actors.forEach((written, j) => {
        if (ID.test(written) || written === '' || isPlaceholder(written)) return;
        const path = typeof step.pelaksana === 'string' ? ['langkah', i, 'pelaksana'] : ['langkah', i, 'pelaksana', j];
        const no = i + 1;
        const meant = stepActorMeant(written, sop.pelaksana);
        const values =
          meant.kind === 'several' ? { key: 'actorsInOneText', values: { written, no, ids: [...new Set([...actors.slice(0, j), ...meant.ids, ...actors.slice(j + 1)])] } }
          : meant.kind === 'label' ? { key: 'actorByLabel', values: { written, no, id: meant.id } }
          : meant.kind === 'id-form' ? undefined
          : meant.kind === 'honorific' ? { key: 'actorWithHonorific', values: { written, no, honorific: meant.honorific, rest: meant.rest, id: meant.id, label: sop.pelaksana.find((a) => a.id === meant.id)?.label ?? null, ids } }
          : { key: 'unknownActor', values: { id: written, no, guess: null, ids } };
        ctx.addIssue({ code: 'custom', path, message: meant.kind === 'id-form' ? meant.message : written, params: values });
      });
    });
    // A review period written for the review date: the date it gives after the effective date.
    const period = sop.tinjau_ulang === undefined ? null : periodOf(sop.tinjau_ulang);
    if (period) {
      const efektif = isValidIsoDate(sop.tanggal.efektif) ? sop.tanggal.efektif : null;
      const values = { written: sop.tinjau_ulang!, field: 'tinjau_ulang', months: period.months, words: period.words, efektif, date: efektif && addMonths(efektif, period.months) };
      ctx.addIssue({ code: 'custom', path: ['tinjau_ulang'], message: sop.tinjau_ulang!, params: { key: 'reviewAsPeriod', values } });
    }
    // Waktu cells are read in the unit the column label names ("Waktu (Menit)"), if any.
    const unit = columnUnit(sop.mutu_baku.waktu);
    sop.langkah.forEach((step, i) => {
      const r = parseWaktu(step.waktu, unit);
      // Other unreadable cells were reported by the step's own schema.
      if (!r.ok && parseWaktu(step.waktu, 'menit').ok) ctx.addIssue({ code: 'custom', path: ['langkah', i, 'waktu'], message: r.message, params: { key: 'waktuUnreadable' } });
    });
    if (sop.waktu_total_dokumen !== undefined) {
      const r = parseWaktu(sop.waktu_total_dokumen, unit);
      if (!r.ok) ctx.addIssue({ code: 'custom', path: ['waktu_total_dokumen'], message: r.message, params: { key: 'waktuUnreadable' } });
    }
  });
export type SopFrontmatter = z.infer<typeof sopSchema>;
export type SopFrontmatterInput = z.input<typeof sopSchema>;
