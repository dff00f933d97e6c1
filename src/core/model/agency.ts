/**
 * Agency profile (instansi): one YAML file per office under `sops/_data/instansi/<id>.yaml`.
 * Used by the SOP pages and PDFs (kop, signatory) and by the letters (kop, number pattern, paper).
 * Every field may hold a placeholder `[ISI: ...]` except the identifiers.
 */
import { z } from 'zod';
import { nipSchema } from './nip';
import { isDashOnly } from './dash-text';
import { isPlaceholder } from './placeholder';
import { textSchema } from './text';
import { complaintChannelProblem } from './complaint-channel';
import { EMAIL } from './email';
import { phoneNumber, phoneNumberProblem } from './phone-number';
import { periodOf } from './period';
import { unknownNumberTokens } from './letter-number-pattern';

/**
 * The office's e-mail as printed on the kop: one address with a domain ("dinsos@tanjungpinangkota.go.id"),
 * or a placeholder. A mistyped address would be printed on every letter.
 */
const emailSchema = textSchema.superRefine((v, ctx) => {
  // "-" is named by the agency's dash rule (checks/agency-dash-rules.ts), as for telepon and situs.
  if (isPlaceholder(v) || isDashOnly(v) || EMAIL.test(v)) return;
  const phone = phoneNumber(v);
  if (phone) {
    ctx.addIssue({ code: 'custom', message: v.trim(), params: { key: 'contactInWrongField', values: { found: phone, rest: '' } } });
    return;
  }
  // "dinsos(at)medan.go.id", "dinsos [at] medan [dot] go [dot] id", "dinsos @ medan.go.id": the address meant is clear.
  const meant = v.trim()
    .replace(/\s*[[(]\s*(?:at|et)\s*[\])]\s*|\s+at\s+|\s*@\s*/gi, '@')
    .replace(/\s*[[(]\s*(?:dot|titik)\s*[\])]\s*|\s+dot\s+/gi, '.');
  if (meant !== v.trim() && EMAIL.test(meant)) {
    const written = /[[(]\s*(?:at|et|dot|titik)\s*[\])]|\sat\s|\sdot\s/i.test(v) ? 'dengan kata pengganti "@" atau "." (seperti "(at)" dan "[dot]")' : 'dengan spasi di dalamnya';
    ctx.addIssue({ code: 'custom', message: `Alamat e-mail "${v.trim()}" ditulis ${written}; kop mencetaknya apa adanya, sehingga alamat itu tidak dapat dipakai untuk mengirim e-mail. Tulis alamatnya utuh: email: ${meant}.` });
    return;
  }
  ctx.addIssue({ code: 'custom', message: `Alamat e-mail "${v}" tidak dapat dicetak di kop: tulis satu alamat lengkap seperti nama@domain.go.id, tanpa spasi dan tanpa "mailto:".` });
});

/** An e-mail address inside a text: "dinsos@medan.go.id", or in "(061) 451 / dinsos@medan.go.id". */
const EMAIL_IN_TEXT = /[^\s@:,;/()<>]+@[^\s@:,;/()<>]+\.[a-z]{2,}/i;

/**
 * The office's telephone as printed on the kop ("Telp. ..."): an e-mail address there is named
 * with the field it belongs in; letters inside the number, or no number at all, are named too.
 */
const phoneSchema = textSchema.superRefine((v, ctx) => {
  const found = EMAIL_IN_TEXT.exec(v)?.[0];
  if (!found) {
    const problem = phoneNumberProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
    return;
  }
  if (isPlaceholder(v)) return;
  // What stays a phone number once the address and its label are taken out ("(061) 451").
  const rest = v.replace(found, '').replace(/\b(?:e-?mail|surel|pos-el)\s*:?/gi, '').replace(/^[\s,;/|\u2013-]+|[\s,;/|\u2013-]+$/g, '').replace(/\s{2,}/g, ' ');
  ctx.addIssue({ code: 'custom', message: v.trim(), params: { key: 'contactInWrongField', values: { found, rest: /\d/.test(rest) ? rest : '' } } });
});

/**
 * The office's website as printed on the kop ("Laman: www.medan.go.id"), with or without its
 * https://. An e-mail address there, or an address broken by spaces, is named.
 */
const websiteSchema = textSchema.superRefine((v, ctx) => {
  if (isPlaceholder(v)) return;
  const email = EMAIL_IN_TEXT.exec(v)?.[0];
  if (email) {
    ctx.addIssue({ code: 'custom', message: `Situs "${v.trim()}" berisi alamat e-mail, padahal kolom ini dicetak di kop sebagai alamat situs web: "Laman: ${v.trim()}". Pindahkan alamat itu ke email: ${email}, lalu tulis alamat situs web kantor di situs:, misalnya situs: www.pemkomedan.go.id, atau hapus baris situs bila kantor tidak punya situs.` });
    return;
  }
  const joined = v.trim().replace(/\s+/g, '');
  // Spaces beside a dot or a slash only ("www. medan.go.id"): two words with a space between them are no one address.
  if (/\s/.test(v.trim()) && !/[^./:\s]\s+[^./:\s]/.test(v.trim()) && /^(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?$/i.test(joined)) {
    ctx.addIssue({ code: 'custom', message: `Alamat situs "${v.trim()}" memuat spasi, sehingga tercetak terpotong di kop dan tidak dapat dibuka; tulis situs: ${joined}.` });
  }
});

export const PAPER_SIZES = ['A4', 'F4'] as const;
/** Read case-insensitively ("a4" is A4). */
export const paperSchema = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
  z.enum(PAPER_SIZES, {
    // Folio is F4 (215 x 330 mm) under its other name.
    errorMap: (issue) => ({ message: issue.code === 'invalid_enum_value' && /^FOLIO$/.test(String(issue.received)) ? 'Kertas "Folio" adalah ukuran F4 (215 x 330 mm); di sini ditulis kertas: F4.' : 'Ukuran kertas harus "A4" atau "F4".' }),
  }),
);
export type Paper = z.infer<typeof paperSchema>;

export const ORIENTATIONS = ['potret', 'lanskap'] as const;
export const orientationSchema = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  z.enum(ORIENTATIONS, { errorMap: () => ({ message: 'Orientasi harus "potret" atau "lanskap".' }) }),
);
export type Orientation = z.infer<typeof orientationSchema>;

/**
 * An official who signs: head of office, or the signatory of an SOP. While the name and NIP
 * are unknown the title alone is enough (the signature block then prints the title only).
 */
const officialBlockSchema = z
  .object({
    /** Position as printed above the signature, e.g. "Kepala Dinas Sosial Kota Tanjungpinang". */
    jabatan: textSchema,
    /** Full name with academic titles; optional while unknown. */
    nama: textSchema.optional(),
    /** Rank and grade, e.g. "Pembina Utama Muda (IV/c)"; optional. */
    pangkat: textSchema.optional(),
    /** 18-digit NIP, spaces allowed ("19670720 199303 2 008"), or a placeholder; optional. */
    nip: nipSchema.optional(),
    /**
     * Signing on behalf of someone ("atas nama"): the principal's position, e.g.
     * "Kepala Dinas Sosial Kota Medan"; printed "a.n. Kepala Dinas Sosial Kota Medan" above
     * the signer's own jabatan (Tata Naskah Dinas).
     */
    atas_nama: textSchema.optional(),
  })
  .strict();

/**
 * The parts of an official written as one text, as a signature block reads on one line: the NIP
 * after "NIP", and the name after a comma ("Kepala Dinas Sosial, Diah Endang Susilawati"); the
 * rest is the jabatan. Null parts were not written.
 */
export function officialPartsOf(text: string): { jabatan: string; nama: string | null; nip: string | null } {
  const nip = /[,\s]*\bNIP\b\.?\s*:?\s*(\d[\d ]{16,}\d)\s*$/i.exec(text);
  const rest = nip ? text.slice(0, nip.index) : text;
  const comma = rest.indexOf(',');
  const nama = comma > 0 ? rest.slice(comma + 1).trim() : '';
  return { jabatan: (nama ? rest.slice(0, comma) : rest).replace(/\s+/g, ' ').trim(), nama: nama || null, nip: nip ? nip[1]!.trim() : null };
}

/** An official written as one text ("kepala: Lurah Sei Putih Timur I") gets the block to write. */
export const officialSchema = z.preprocess((v, ctx) => {
  if (typeof v === 'string' && v.trim() && !isPlaceholder(v)) {
    ctx.addIssue({ code: 'custom', fatal: true, message: v.trim(), params: { key: 'officialAsText', values: officialPartsOf(v.trim()) } });
    return z.NEVER;
  }
  return v;
}, officialBlockSchema);
export type Official = z.infer<typeof officialBlockSchema>;

/**
 * An `id:` written in the file: the agency's id is its file name, so the field is named with that
 * (and, when it differs, with the file name the SOPs would need), then left out.
 */
function withoutIdField(v: unknown, ctx: z.RefinementCtx): unknown {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || !Object.hasOwn(v, 'id')) return v;
  const { id, ...rest } = v as Record<string, unknown>;
  const written = typeof id === 'string' || typeof id === 'number' ? String(id).trim() : '';
  ctx.addIssue({ code: 'custom', path: ['id'], message: 'id', params: { key: 'agencyIdField', values: { written } } });
  return rest;
}

const agencyFields = z.object({
  /**
   * The letterhead's name lines, top to bottom, 1 to 4 (the last is the office itself):
   * [Pemerintah Kota Medan, Kecamatan Medan Petisah, Kelurahan Sei Putih Timur I].
   * Default: [pemerintah, nama].
   */
  kop: z.array(textSchema).min(1, 'Kop berisi 1 sampai 4 baris.').max(4, 'Kop berisi paling banyak 4 baris.').optional(),
  /** Government the office belongs to: "Pemerintah Kota Tanjungpinang". Optional when `kop` is written. */
  pemerintah: textSchema.optional(),
  /** Full office name: "Dinas Sosial Kota Tanjungpinang", "Kelurahan Sei Putih Timur I". */
  nama: textSchema,
  /** Short name for lists and breadcrumbs: "Dinsos Tanjungpinang". Default: the name. */
  singkatan: textSchema.optional(),
  /** City written before letter dates: "Tanjungpinang, 4 Maret 2024". */
  kota: textSchema,
  /** One line under the kop's name lines: "Jl. Basuki Rahmat No. 1, Medan 20111". */
  alamat: z.preprocess((v, ctx) => {
    // The address as the letterhead's lines are laid out, one item each: the kop prints it as one line.
    if (Array.isArray(v) && v.length > 1 && v.every((l) => typeof l === 'string' || typeof l === 'number')) {
      const line = v.map((l) => String(l).trim().replace(/,$/, '')).filter(Boolean).join(', ');
      ctx.addIssue({ code: 'custom', fatal: true, message: `Alamat ditulis sebagai daftar ${v.length} baris, padahal kop mencetak alamat sebagai satu baris di bawah nama instansi; tulis alamat: "${line}".` });
      return z.NEVER;
    }
    return v;
  }, textSchema),
  telepon: phoneSchema.optional(),
  email: emailSchema.optional(),
  situs: websiteSchema.optional(),
  /** Logo path under `public/` (e.g. "/logo/tanjungpinang.svg") or a placeholder; optional. */
  logo: textSchema.optional(),
  kepala: officialSchema,
  /** Service hours for the public, as written: "Senin–Jumat 08.00–16.00 WIB". Optional. */
  jam_pelayanan: textSchema.optional(),
  /**
   * Where the public complains or gives suggestions (Standar Pelayanan, penanganan pengaduan),
   * one channel each: "Kotak saran di ruang pelayanan", "WhatsApp 08xx ...". Shown on every
   * service page of the agency.
   */
  // One channel may be written without brackets: pengaduan: Kotak saran di ruang pelayanan.
  pengaduan: z.preprocess((v) => (typeof v === 'string' ? [v] : v), z
    .array(
      textSchema.superRefine((v, ctx) => {
        const problem = complaintChannelProblem(v);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    ))
    .default([]),
  /**
   * The Maklumat Pelayanan's pledge as the office words it. Default: the guideline's example
   * (src/core/service/maklumat.ts).
   */
  maklumat: textSchema.optional(),
  /**
   * Letter number pattern. Tokens: {klasifikasi} (classification code, Permendagri 83/2022),
   * {nomor} (running number typed by staff), {tahun}. Example: "{klasifikasi}/{nomor}/5.6.04/{tahun}".
   */
  pola_nomor_surat: z
    .string()
    .min(1)
    .superRefine((p, ctx) => {
      const unknown = unknownNumberTokens(p);
      if (unknown.length) {
        ctx.addIssue({ code: 'custom', message: `Pola nomor surat memuat ${unknown.map((t) => `{${t}}`).join(', ')}, yang tidak dikenal dan akan tercetak apa adanya di surat; yang dikenal hanya {klasifikasi}, {nomor} dan {tahun}. Tulis bagian yang tetap (kode unit, bulan dalam angka Romawi) sebagai teks biasa.` });
      } else if (!p.includes('{nomor}')) {
        // A number copied from a letter: its blank ("___", "...") is where the running number goes, its year {tahun}.
        const meant = p.replace(/_{2,}|\.{3,}|…|\bxx+\b|\bnomor\b|\bno\b/i, '{nomor}').replace(/\b(?:19|20)\d\d$/, '{tahun}');
        ctx.addIssue({ code: 'custom', message: meant.includes('{nomor}') ? `Pola nomor surat harus memuat {nomor} di tempat nomor urut; maksud Anda "${meant}"?` : 'Pola nomor surat harus memuat {nomor}.' });
      }
    }),
  /** Paper for letters and SOP PDFs unless a template or SOP overrides it. Default A4. */
  kertas: paperSchema.default('A4'),
  /** Orientation of SOP PDFs unless an SOP overrides it. Default potret. */
  orientasi_sop: orientationSchema.default('potret'),
  /**
   * Default review cycle in months: an SOP that writes no `tinjau_ulang` is due for review this
   * many months after its `tanggal.efektif` (src/core/review/review-date.ts). Optional: without
   * it such SOPs are listed as having no review date.
   */
  siklus_tinjau_bulan: z.preprocess(
    // The editor's text field hands "12" over as a string; "1 tahun" is named with the months to write.
    (v, ctx) => {
      const period = typeof v === 'string' ? periodOf(v) : null;
      if (period) {
        const written = String(v).trim();
        const message = `Siklus tinjau ulang ditulis "${written}", padahal kolom ini berisi jumlah bulannya saja: siklus_tinjau_bulan: ${period.months}.`;
        ctx.addIssue({ code: 'custom', fatal: true, message, params: { key: 'reviewAsPeriod', values: { written, field: 'siklus_tinjau_bulan', months: period.months, words: period.words, date: null, efektif: null } } });
        return z.NEVER;
      }
      return typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v;
    },
    z
      .number({ invalid_type_error: 'Siklus tinjau ulang ditulis sebagai jumlah bulan, misalnya 12.' })
      .int('Siklus tinjau ulang ditulis sebagai bilangan bulat, misalnya 12.')
      .min(1, 'Siklus tinjau ulang paling sedikit 1 bulan.')
      .max(120, 'Siklus tinjau ulang paling lama 120 bulan.'),
  ).optional(),
  /**
   * Show the git author of each change on the SOP history pages (/sop/<id>/riwayat/). Off by
   * default: a name is personal data the office chooses to publish.
   */
  riwayat_tampilkan_penulis: z.boolean({ invalid_type_error: 'Tulis true atau false.' }).optional(),
}).strict();
export const agencySchema = z.preprocess(withoutIdField, agencyFields);
export type Agency = z.infer<typeof agencyFields>;

