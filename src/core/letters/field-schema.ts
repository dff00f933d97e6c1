/**
 * The declaration of a letter template: title, kind, paper and the form fields, written as a YAML
 * block at the top of each `letter-templates/<id>.hbs` and checked here with zod at build time.
 * All messages are in Indonesian because template authors read them.
 */
import { z } from 'zod';
import { paperSchema } from '../model/agency';
import {
  AGENCY_SOURCES,
  FIELD_TYPES,
  FIELD_WIDTHS,
  LETTER_KINDS,
  SOP_SOURCES,
  TODAY,
  type AgencySource,
  type FieldType,
} from './field-types';

const NAME_PATTERN = /^[a-z][a-z0-9_]*$/;

const scalarDefault = z
  .union([z.string(), z.number()], {
    errorMap: () => ({ message: 'Nilai bawaan harus teks atau angka.' }),
  })
  .transform((v) => String(v));

const fieldKeys = {
  name: z.string().regex(NAME_PATTERN, 'Nama isian hanya huruf kecil, angka dan garis bawah, diawali huruf (mis. "nama_klien").'),
  label: z.string().trim().min(1),
  hint: z.string().trim().min(1).optional(),
  type: z.enum(FIELD_TYPES),
  required: z.boolean().default(false),
  /** Starts a new section (fieldset) of the form with this heading. */
  bagian: z.string().trim().min(1).optional(),
  lebar: z.enum(FIELD_WIDTHS).optional(),
  /** Rows of a textarea. */
  baris: z.number().int().min(2).max(20).optional(),
  /** Longest value accepted, in characters. */
  maks: z.number().int().min(1).max(5000).optional(),
  options: z.array(z.string().trim().min(1)).optional(),
  dari_instansi: z.enum(AGENCY_SOURCES).optional(),
  /** Filled from the SOPs the form is opened for (one group item per SOP). */
  dari_sop: z.enum(SOP_SOURCES).optional(),
  /** Date field: not earlier than the date of the named field (checked before printing). */
  tidak_sebelum: z.string().regex(NAME_PATTERN, 'Tulis nama isian tanggal lain, mis. "tanggal_mulai".').optional(),
};

const subFieldSchema = z
  .object({ ...fieldKeys, default: scalarDefault.optional() })
  .strict()
  .superRefine((f, ctx) => {
    if (f.type === 'group') {
      ctx.addIssue({ code: 'custom', path: ['type'], message: 'Kelompok berulang tidak boleh berada di dalam kelompok lain.' });
    }
    checkScalarField(f, ctx);
  });

const fieldSchema = z
  .object({
    ...fieldKeys,
    default: z
      .union([scalarDefault, z.array(z.record(z.string(), scalarDefault))], {
        errorMap: () => ({ message: 'Nilai bawaan harus teks, angka, atau (untuk group) daftar isian.' }),
      })
      .optional(),
    /** Sub-fields of a repeating group (group only). */
    fields: z.array(subFieldSchema).min(1, 'Kelompok harus punya sedikitnya satu isian.').optional(),
    /** Fewest and most items of a group. */
    min: z.number().int().min(0).optional(),
    max: z.number().int().min(1).max(50).optional(),
    /** What one item of a group is called: "Petugas", "Tembusan". */
    label_item: z.string().trim().min(1).optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.type === 'group') {
      if (!f.fields) ctx.addIssue({ code: 'custom', path: ['fields'], message: 'Kelompok berulang (group) harus punya "fields".' });
      if (!f.label_item) ctx.addIssue({ code: 'custom', path: ['label_item'], message: 'Kelompok berulang harus punya "label_item", mis. "Petugas".' });
      if (f.min !== undefined && f.max !== undefined && f.min > f.max) {
        ctx.addIssue({ code: 'custom', path: ['min'], message: `"min" (${f.min}) lebih besar dari "max" (${f.max}).` });
      }
      if (f.default !== undefined) {
        if (!Array.isArray(f.default)) {
          ctx.addIssue({ code: 'custom', path: ['default'], message: 'Nilai bawaan kelompok harus daftar, mis. [{ isi: "Arsip" }].' });
        } else {
          const names = new Set((f.fields ?? []).map((s) => s.name));
          f.default.forEach((item, i) => {
            for (const key of Object.keys(item)) {
              if (!names.has(key)) ctx.addIssue({ code: 'custom', path: ['default', i, key], message: `"${key}" bukan isian kelompok ini.` });
            }
          });
          if (f.max !== undefined && f.default.length > f.max) {
            ctx.addIssue({ code: 'custom', path: ['default'], message: `Lebih banyak butir dari "max" (${f.max}).` });
          }
        }
      }
      if (f.fields) {
        const seen = new Set<string>();
        f.fields.forEach((s, i) => {
          if (seen.has(s.name)) ctx.addIssue({ code: 'custom', path: ['fields', i, 'name'], message: `Nama "${s.name}" dipakai dua kali dalam kelompok ini.` });
          seen.add(s.name);
        });
      }
      for (const key of ['options', 'dari_instansi', 'dari_sop', 'baris', 'maks', 'lebar', 'tidak_sebelum'] as const) {
        if (f[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" tidak berlaku untuk kelompok berulang.` });
      }
      return;
    }
    for (const key of ['fields', 'min', 'max', 'label_item'] as const) {
      if (f[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" hanya untuk type: group.` });
    }
    if (Array.isArray(f.default)) {
      ctx.addIssue({ code: 'custom', path: ['default'], message: 'Daftar hanya boleh untuk type: group.' });
      return;
    }
    checkScalarField(f as z.infer<typeof subFieldSchema>, ctx);
  });

type ScalarDraft = {
  type: FieldType;
  default?: string;
  options?: string[];
  baris?: number;
  dari_instansi?: AgencySource;
  tidak_sebelum?: string;
};

function checkScalarField(f: ScalarDraft, ctx: z.RefinementCtx): void {
  if (f.type === 'select') {
    if (!f.options || f.options.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Isian bertipe select (pilihan) belum punya options, daftar pilihan yang ditawarkan formulir; tanpa itu petugas tidak dapat memilih apa pun.' });
    } else {
      if (new Set(f.options).size !== f.options.length) ctx.addIssue({ code: 'custom', path: ['options'], message: 'Ada pilihan yang sama dua kali.' });
      if (f.default !== undefined && !f.options.includes(f.default)) {
        ctx.addIssue({ code: 'custom', path: ['default'], message: `Nilai bawaan "${f.default}" tidak ada di options.` });
      }
    }
  } else if (f.options !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['options'], message: '"options" hanya untuk type: select.' });
  }
  if (f.tidak_sebelum !== undefined && f.type !== 'date') {
    ctx.addIssue({ code: 'custom', path: ['tidak_sebelum'], message: '"tidak_sebelum" hanya untuk type: date.' });
  }
  if (f.baris !== undefined && f.type !== 'textarea') {
    ctx.addIssue({ code: 'custom', path: ['baris'], message: '"baris" hanya untuk type: textarea.' });
  }
  if (f.type === 'date' && f.default !== undefined && f.default !== TODAY && !/^\d{4}-\d{2}-\d{2}$/.test(f.default)) {
    ctx.addIssue({ code: 'custom', path: ['default'], message: `Tanggal bawaan harus "${TODAY}" atau TTTT-BB-HH.` });
  }
  if ((f.type === 'number' || f.type === 'rupiah') && f.default !== undefined && !/^\d+$/.test(f.default)) {
    ctx.addIssue({ code: 'custom', path: ['default'], message: 'Nilai bawaan harus bilangan bulat.' });
  }
}

export const letterHeaderSchema = z
  .object({
    judul: z.string().trim().min(3, 'Judul terlalu pendek (minimal 3 huruf).'),
    jenis: z.enum(LETTER_KINDS),
    /** One sentence for the list of letters: when to use it. */
    ringkasan: z.string().trim().min(10, 'Ringkasan terlalu pendek (minimal 10 huruf).'),
    /** Paper for this letter whatever the agency uses; omitted = the agency's paper. */
    kertas: paperSchema.optional(),
    /** Defaults for the standard fields of the kind, e.g. { hal: "Rekomendasi ...", lampiran: 1 }. */
    bawaan: z.record(z.string(), scalarDefault).optional(),
    fields: z.array(fieldSchema),
  })
  .strict();

export type LetterHeader = z.output<typeof letterHeaderSchema>;
export type FieldDeclaration = z.output<typeof fieldSchema>;
