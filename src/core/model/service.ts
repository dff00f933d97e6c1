/**
 * A service for the public (layanan) and its Standar Pelayanan (UU 25/2009; Permenpan RB
 * 15/2014; docs/formats.md §5): one YAML file per service under `sops/_layanan/<id>.yaml`,
 * linked to the SOP(s) that carry it out. What the SOPs already hold (time, legal basis,
 * competence, product, cost) is derived from them (src/core/service/); this file holds what
 * they do not: what the applicant brings, the steps in plain words, the words people search
 * with, and the management components of the standard.
 */
import { z } from 'zod';
import { textSchema } from './text';
import { isPlaceholder } from './placeholder';

/** A list's one text saying there is nothing: "-", "–", "Tidak ada", "Nihil". */
const NONE = /^(?:[-\u2013\u2014]+|tidak\s+ada|nihil)\.?$/i;

/**
 * A list of texts; one written as a single text ("persyaratan: KTP, KK, Surat Pengantar RT",
 * "kata_kunci: sktm, surat miskin") is named with the list to write. `min`: the message when the
 * list may not be empty (null: it may); `numbered`: whether the list is printed numbered.
 */
const textList = (min: string | null, numbered = true) =>
  z.preprocess((v, ctx) => {
    if (typeof v === 'string' && NONE.test(v.trim())) {
      // "persyaratan: -", "sarana: Tidak ada": a list with nothing in it, as the decree's table writes it.
      ctx.addIssue({ code: 'custom', fatal: true, message: v.trim(), params: { key: 'listAsNone', values: { required: min !== null } } });
      return z.NEVER;
    }
    if (typeof v === 'string' && v.trim() && !isPlaceholder(v)) {
      // "-KTP" with no space after its dash makes YAML read the items below it as that text going on: "-KTP - KK".
      const dashed = /^-\S/.test(v.trim()) ? v.trim().slice(1).split(/\s+-\s+/) : null;
      const items = (dashed ?? v.split(/\s*[;,]\s*|\s+\d+[.)]\s+|^\s*\d+[.)]\s+/)).map((i) => i.trim()).filter(Boolean);
      ctx.addIssue({ code: 'custom', fatal: true, message: v.trim(), params: { key: 'listAsText', values: { items, numbered } } });
      return z.NEVER;
    }
    return typeof v === 'string' ? [v] : Array.isArray(v) ? v.map((item, i) => itemWithColon(item, i, ctx)) : v;
  }, min === null ? z.array(textSchema) : z.array(textSchema).min(1, min));

/**
 * An item with ": " inside it, as a decree writes "Fotokopi KTP: 1 lembar" or "Fotokopi KTP:"
 * with its sub-items below: YAML reads it as a block of one field, not as text. Named with the
 * item as the text it was meant to be (kept as that text, so nothing else is said of it).
 */
function itemWithColon(item: unknown, i: number, ctx: z.RefinementCtx): unknown {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
  const entries = Object.entries(item);
  if (entries.length !== 1) return item;
  const [key, value] = entries[0]!;
  const scalar = (x: unknown) => typeof x === 'string' || typeof x === 'number';
  const sub = Array.isArray(value) && value.length > 0 && value.every(scalar) ? value.map((x) => String(x).trim()) : null;
  if (!sub && value !== null && !scalar(value)) return item;
  const text = sub ? `${key.trim()}: ${sub.join(', ')}` : value === null ? `${key.trim()}:` : `${key.trim()}: ${String(value).trim()}`;
  ctx.addIssue({ code: 'custom', path: [i], message: text, params: { key: 'listItemWithColon', values: { no: i + 1, name: key.trim(), sub } } });
  return text;
}

/** Stated values written plainly ("biaya: Gratis", "produk: [Surat rujukan]"): the value itself, with no alasan. */
export function statedValue(v: unknown, asList: boolean): unknown {
  if (typeof v === 'string' || typeof v === 'number') return { teks: asList ? [v] : v };
  if (asList && Array.isArray(v)) return { teks: v };
  // One product written as text in its block ("produk: { teks: Surat keterangan, alasan: ... }"), as it may be without one.
  if (asList && typeof v === 'object' && v !== null && typeof (v as { teks?: unknown }).teks === 'string') return { ...v, teks: [(v as { teks: string }).teks] };
  return v;
}

/** The service fields that hold a stated value, and whether the value is a list. */
export const STATED_FIELDS = { jangka_waktu: false, biaya: false, produk: true } as const;

/**
 * A value stated in the service file instead of the one derived from the SOPs: only with the
 * reason (alasan), printed nowhere for the public but kept for reviewers and the checker.
 */
const statedSchema = <T extends z.ZodTypeAny>(value: T, asList = false) =>
  z.preprocess(
    (v) => statedValue(v, asList),
    z
      .object({
        teks: value,
        /** Why the service states it differently from its SOP(s). */
        alasan: textSchema.optional(),
      })
      .strict(),
  );

/**
 * A stated time or cost written as a bare YAML number: "jangka_waktu: 3" has no unit, and
 * "biaya: 50.000" is read by YAML as the number 50.
 */
const notBareNumber = (message: (n: number) => string) =>
  z.preprocess((v, ctx) => {
    if (typeof v === 'number') ctx.addIssue({ code: 'custom', message: message(v) });
    return v;
  }, textSchema);

const BARE_TIME = (n: number) => `Jangka waktu ditulis sebagai angka saja (${n}), tanpa satuan; tulis satuannya, misalnya "${n} hari kerja".`;
const BARE_COST = (n: number) =>
  n === 0
    ? 'Biaya ditulis 0 saja; tulis biaya: Gratis (atau "Rp0").'
    : `Biaya ditulis sebagai angka saja (${n}), tanpa "Rp" dan tanpa tanda kutip; YAML membaca angka bertitik seperti 50.000 sebagai 50. Tulis tarifnya dengan Rp di antara tanda kutip, misalnya biaya: "Rp50.000".`;

/**
 * Fields the standard takes from elsewhere (src/core/service/standard.ts), written in a service
 * file: where each comes from, so that the author writes it there. `in`: the agency file of the
 * service's SOPs, or the SOPs themselves; `field`: the field there.
 */
const FROM_ELSEWHERE: Record<string, { what: string; in: 'instansi' | 'sop'; field: string }> = {
  pengaduan: { what: 'Saluran pengaduan', in: 'instansi', field: 'pengaduan' },
  saluran_pengaduan: { what: 'Saluran pengaduan', in: 'instansi', field: 'pengaduan' },
  penanganan_pengaduan: { what: 'Saluran pengaduan', in: 'instansi', field: 'pengaduan' },
  jam_pelayanan: { what: 'Jam pelayanan', in: 'instansi', field: 'jam_pelayanan' },
  alamat: { what: 'Alamat kantor', in: 'instansi', field: 'alamat' },
  telepon: { what: 'Telepon kantor', in: 'instansi', field: 'telepon' },
  email: { what: 'E-mail kantor', in: 'instansi', field: 'email' },
  dasar_hukum: { what: 'Dasar hukum', in: 'sop', field: 'dasar_hukum' },
  kompetensi_pelaksana: { what: 'Kompetensi pelaksana', in: 'sop', field: 'kualifikasi_pelaksana' },
  kualifikasi_pelaksana: { what: 'Kompetensi pelaksana', in: 'sop', field: 'kualifikasi_pelaksana' },
  instansi: { what: 'Instansi penyelenggara', in: 'sop', field: 'instansi' },
  // The Maklumat's and the decree's own words for the office's hours, competence and pledge.
  jadwal_pelayanan: { what: 'Jam pelayanan', in: 'instansi', field: 'jam_pelayanan' },
  hari_pelayanan: { what: 'Jam pelayanan', in: 'instansi', field: 'jam_pelayanan' },
  hari_dan_jam_pelayanan: { what: 'Jam pelayanan', in: 'instansi', field: 'jam_pelayanan' },
  jam_layanan: { what: 'Jam pelayanan', in: 'instansi', field: 'jam_pelayanan' },
  jam_kerja: { what: 'Jam pelayanan', in: 'instansi', field: 'jam_pelayanan' },
  kompetensi: { what: 'Kompetensi pelaksana', in: 'sop', field: 'kualifikasi_pelaksana' },
  maklumat: { what: 'Maklumat pelayanan', in: 'instansi', field: 'maklumat' },
  maklumat_pelayanan: { what: 'Maklumat pelayanan', in: 'instansi', field: 'maklumat' },
};

/** The decree's two kinds of requirement written as two lists ("persyaratan_teknis:", "persyaratan_administrasi:"). */
const SPLIT_REQUIREMENTS = /^persyaratan_(?:administrasi|administratif|teknis|umum|khusus|tambahan)$/;

/** The fields a stated value's alasan belongs in. */
const STATED_NAMES = Object.keys(STATED_FIELDS) as (keyof typeof STATED_FIELDS)[];

/**
 * Two parts the Standar Pelayanan prints as one, written apart: requirements split into lists of
 * their kind (named, and joined into persyaratan when it is not written, so that it is not also
 * missing), and an alasan beside the stated value it explains instead of in its block (named
 * with the block to write).
 */
function withPartsJoined(v: unknown, ctx: z.RefinementCtx): unknown {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
  const data = { ...(v as Record<string, unknown>) };
  const split = Object.keys(data).filter((k) => SPLIT_REQUIREMENTS.test(k));
  if (split.length) {
    const items = split.flatMap((k) => (Array.isArray(data[k]) ? (data[k] as unknown[]) : [data[k]])).filter((i) => typeof i === 'string' || typeof i === 'number');
    const lists = split.every((k) => Array.isArray(data[k]));
    for (const key of split) {
      ctx.addIssue({ code: 'custom', path: [key], message: key, params: { key: 'serviceRequirementsSplit', values: { keys: split, items: lists && data.persyaratan === undefined ? items.map(String) : [] } } });
    }
    if (data.persyaratan === undefined) data.persyaratan = items;
    for (const key of split) delete data[key];
  }
  if (Object.hasOwn(data, 'alasan')) {
    const stated = STATED_NAMES.filter((k) => typeof data[k] === 'string' || typeof data[k] === 'number');
    const field = stated.length === 1 ? stated[0]! : null;
    const reason = typeof data.alasan === 'string' || typeof data.alasan === 'number' ? String(data.alasan).trim() : '';
    ctx.addIssue({ code: 'custom', path: ['alasan'], message: reason, params: { key: 'serviceReasonOutsideBlock', values: { field, value: field ? String(data[field]).trim() : '' } } });
    delete data.alasan;
  }
  return data;
}

/**
 * "Waktu pelayanan" is, on a Maklumat, the office's days and hours ("Senin - Jumat, 08.00 - 16.00")
 * and, in a decree's annex, the time the service takes: the days or a clock time say which.
 */
const OPENING_HOURS = /\b(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\b|\b\d{1,2}[.:]\d{2}\b/i;
function fromElsewhere(key: string, value: unknown): (typeof FROM_ELSEWHERE)[string] | undefined {
  if (Object.hasOwn(FROM_ELSEWHERE, key)) return FROM_ELSEWHERE[key];
  if (/^waktu_(?:pelayanan|layanan)$/.test(key) && typeof value === 'string' && OPENING_HOURS.test(value)) return FROM_ELSEWHERE.jam_pelayanan;
  return undefined;
}

/** Each field of FROM_ELSEWHERE written in the file is named with where its value comes from, then left out. */
function withoutFieldsFromElsewhere(v: unknown, ctx: z.RefinementCtx): unknown {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
  const data = v as Record<string, unknown>;
  const written = Object.keys(data).filter((k) => fromElsewhere(k, data[k]));
  if (!written.length) return v;
  const sop = typeof data.sop === 'string' ? [data.sop] : Array.isArray(data.sop) ? data.sop.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : [];
  const sops = sop.map((s) => s.trim());
  for (const key of written) {
    ctx.addIssue({ code: 'custom', path: [key], message: key, params: { key: 'serviceFieldFromElsewhere', values: { ...fromElsewhere(key, data[key])!, sops } } });
  }
  return Object.fromEntries(Object.entries(data).filter(([k]) => !written.includes(k)));
}

const serviceFields = z
  .object({
    /** The service's name as the public knows it: "Pemulangan Orang Terlantar ke Daerah Asal". */
    nama: textSchema,
    /** One plain sentence: who the service is for and what it does. */
    ringkasan: textSchema,
    /** Ids of the SOP(s) that carry the service out, in the order they are carried out. */
    // Any text: an SOP named by its title, nomor or file path is found and named by checkService.
    // One SOP may be written without brackets: sop: medan/sktm.
    sop: z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(textSchema).min(1, 'Tulis minimal satu SOP yang melaksanakan layanan ini.')),
    /** Words people type when they look for the service: "pulang kampung", "korban kekerasan". */
    kata_kunci: textList(null, false).default([]),
    /** 1. Persyaratan: what the applicant brings or fulfils, one item each. */
    persyaratan: textList('Tulis minimal satu persyaratan (atau "[ISI: persyaratan]" sampai diketahui).'),
    /** 2. Prosedur: the steps as the applicant experiences them, in plain words. */
    prosedur: textList('Tulis minimal satu langkah prosedur bagi pemohon.'),
    /** 3. Jangka waktu: default the SOP(s)' total time; stated here only with an alasan. */
    jangka_waktu: statedSchema(notBareNumber(BARE_TIME)).optional(),
    /** 4. Biaya: default the SOP narrative's Biaya section; stated here when it has none (alasan when it has). */
    biaya: statedSchema(notBareNumber(BARE_COST)).optional(),
    /** 5. Produk: default the outputs and letters of the SOP(s)' last step; stated here only with an alasan. */
    produk: statedSchema(z.array(textSchema).min(1, 'Tulis minimal satu produk layanan.'), true).optional(),
    /** Sarana, prasarana dan/atau fasilitas (including for vulnerable groups). */
    sarana: textList(null, false).default([]),
    /** Pengawasan internal. */
    pengawasan_internal: textList(null, false).default([]),
    /** Jumlah pelaksana, as written ("3 orang"). */
    jumlah_pelaksana: textSchema.optional(),
    /** Jaminan pelayanan. */
    jaminan_pelayanan: textSchema.optional(),
    /** Jaminan keamanan dan keselamatan pelayanan. */
    jaminan_keamanan: textSchema.optional(),
    /** Evaluasi kinerja pelaksana. */
    evaluasi_kinerja: textSchema.optional(),
  })
  .strict();
export const serviceSchema = z.preprocess((v, ctx) => withPartsJoined(withoutFieldsFromElsewhere(v, ctx), ctx), serviceFields);
export type Service = z.infer<typeof serviceSchema>;
export type ServiceInput = z.input<typeof serviceFields>;
