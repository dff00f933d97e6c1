/**
 * Dasar hukum: the regulations SOPs cite, kept once in `sops/_data/dasar-hukum.yaml`
 * (id -> regulation) so that the same regulation cited by several SOPs is one thing with one page.
 * Some have no number (Undang-Undang Dasar 1945); an SOP may cite one article of a regulation.
 */
import { z } from 'zod';
import { textSchema } from './text';
import { ID } from './id';
import { isPlaceholder } from './placeholder';

/**
 * The block a regulation's title written as one text means ("Undang-Undang Nomor 11 Tahun 2009
 * tentang Kesejahteraan Sosial"), or null when the title cannot be read.
 */
function regulationBlockOf(title: string): string | null {
  const m = /^(.+?)\s+(?:Nomor|No\.?)\s*([^\s]+)\s+Tahun\s+(\d{4})(?:\s+tentang\s+(.+?))?\.?$/i.exec(title.trim().replace(/\s+/g, ' '));
  if (!m) return null;
  return `{ jenis: ${m[1]}, nomor: "${m[2]}", tahun: ${m[3]}${m[4] ? `, tentang: ${/[:#,{}[\]]/.test(m[4]) ? `"${m[4]}"` : m[4]}` : ''} }`;
}

const regulationBlockSchema = z
  .object({
    /** "Undang-Undang", "Peraturan Menteri Sosial", "Undang-Undang Dasar Negara Republik Indonesia" ... */
    jenis: textSchema,
    /** As written: "11", "08"; absent for a regulation without a number (UUD 1945). */
    nomor: textSchema.optional(),
    /** A number; "2009" in quotes is read as the same year. */
    tahun: z.preprocess(
      (v, ctx) => {
        // "Tahun 2009", as the title reads: the title prints "Tahun" itself.
        const labelled = typeof v === 'string' ? /^\s*(tahun|thn\.?|th\.?)\s*:?\s*(\d{4})\s*$/i.exec(v) : null;
        if (labelled) {
          ctx.addIssue({ code: 'custom', message: `Tahun ditulis "${String(v).trim()}", padahal judul peraturan sudah mencetak kata "Tahun" sebelum angkanya; tulis angkanya saja: tahun: ${labelled[2]}.` });
          return Number(labelled[2]);
        }
        return typeof v === 'string' && /^\s*\d{4}\s*$/.test(v) ? Number(v) : v;
      },
      z.number({ invalid_type_error: 'Tahun ditulis sebagai angka empat digit, misalnya tahun: 2009.' }).int('Tahun ditulis sebagai angka empat digit, misalnya tahun: 2009.').min(1945, 'Tahun minimal 1945.').max(2100, 'Tahun maksimal 2100.'),
    ),
    /** Subject; absent where the title has none (UUD 1945). */
    tentang: textSchema.optional(),
    /** Optional short label for lists: "UU 11/2009". */
    singkatan: textSchema.optional(),
    /** Optional link to the official text (JDIH); only a real address, never a guess. */
    tautan: z
      .string()
      .superRefine((v, ctx) => {
        if (/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v.trim())) return;
        // "peraturan.bpk.go.id/Details/38806", "www.jdih...": an address copied without its https://.
        const bare = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?$/i.test(v.trim());
        ctx.addIssue({ code: 'custom', message: bare ? `Tautan "${v.trim()}" tidak diawali https://, sehingga tidak terbuka dari halaman SOP; tulis tautan: https://${v.trim()}.` : 'Tautan harus alamat lengkap, misalnya https://peraturan.bpk.go.id/...' });
      })
      .optional(),
  })
  .strict();

/** A regulation; one written as its title in one text gets the block to write. */
export const regulationSchema = z.preprocess((v, ctx) => {
  if (typeof v === 'string' && v.trim() && !isPlaceholder(v)) {
    ctx.addIssue({ code: 'custom', fatal: true, message: v.trim(), params: { key: 'regulationAsTitle', values: { block: regulationBlockOf(v) } } });
    return z.NEVER;
  }
  return v;
}, regulationBlockSchema);
export type Regulation = z.infer<typeof regulationBlockSchema>;

export const REGULATION_ID = ID;
export const REGULATION_ID_HINT = 'Id dasar hukum hanya huruf kecil, angka dan tanda hubung, misalnya "uu-11-2009".';

/**
 * A cited id. A title copied from the document ("Undang-Undang Nomor 11 Tahun 2009 tentang ...")
 * is told apart from a misspelt id: the author is sent to the regulations file and its number and year.
 */
const citedIdSchema = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    if (REGULATION_ID.test(v)) return;
    const title = /\bno(?:mor|\.)?\s*([0-9]+)\s+tahun\s+([0-9]{4})\b/i.exec(v);
    // An article written after the id, as a sentence cites it ("uu-11-2009 pasal 5"), or before it ("Pasal 5 uu-11-2009").
    const after = /^([a-z0-9]+(?:-[a-z0-9]+)*)[\s,]+(pasal\b.*)$/i.exec(v);
    const before = /^(pasal\s+\S.*?)[\s,]+([a-z0-9]+(?:-[a-z0-9]+)+)$/i.exec(v);
    // "uu-11-2009#pasal-5": the article as a link to a part of a page writes it.
    const anchor = /^([a-z0-9]+(?:-[a-z0-9]+)*)#(pasal\b.*)$/i.exec(v);
    const article = after
      ? { id: after[1]!, pasal: after[2]! }
      : anchor
      ? { id: anchor[1]!, pasal: anchor[2]!.replace(/[-_]+/g, ' ').trim() }
      : before && /\d/.test(before[2]!) ? { id: before[2]!, pasal: before[1]! } : null;
    const message = article
      ? `Pasal ditulis di dalam id dasar hukum "${v}". Tulis id dan pasalnya terpisah: - { id: ${article.id.toLowerCase()}, pasal: "${article.pasal.charAt(0).toUpperCase()}${article.pasal.slice(1)}" }.`
      : title
      ? `"${v}" adalah judul peraturan, bukan id-nya. Tulis id peraturan itu dari sops/_data/dasar-hukum.yaml, yang biasanya diakhiri -${Number(title[1])}-${title[2]} (misalnya uu-11-2009); bila belum ada, tambahkan peraturannya di berkas itu.`
      : REGULATION_ID_HINT;
    ctx.addIssue({ code: 'custom', message });
  });

/**
 * A citation in an SOP's dasar_hukum: a regulation id, or `{ id, pasal }` for one article. An
 * article written after the id and a colon ("- uu-11-2009: Pasal 5"), which YAML reads as a field
 * named after the id, is named with the citation to write.
 */
export const citationSchema = z.preprocess((v, ctx) => {
  const entries = typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.entries(v) : [];
  const [id, pasal] = entries.length === 1 ? entries[0]! : [];
  if (id !== undefined && id !== 'id' && id !== 'pasal' && REGULATION_ID.test(id.trim()) && (typeof pasal === 'string' || typeof pasal === 'number')) {
    const article = String(pasal).trim();
    ctx.addIssue({
      code: 'custom',
      fatal: true,
      message: `Butir ini ditulis "${id}: ${article}", sehingga YAML membacanya sebagai kolom bernama "${id}". Tulis id dan pasalnya sebagai - { id: ${id.trim()}, pasal: "${/^\d/.test(article) ? `Pasal ${article}` : article}" }.`,
    });
    return z.NEVER;
  }
  return v;
}, z.union([
  citedIdSchema,
  z
    .object({
      id: citedIdSchema,
      /** The article cited, as written: "Pasal 34 ayat (1)". */
      pasal: textSchema,
    })
    .strict(),
]));
export type Citation = z.infer<typeof citationSchema>;

export function citationId(c: Citation): string {
  return typeof c === 'string' ? c : c.id;
}

export function citationArticle(c: Citation): string | undefined {
  return typeof c === 'string' ? undefined : c.pasal;
}

/**
 * "Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial";
 * "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945" (no number, no subject).
 */
export function regulationTitle(r: Regulation): string {
  return [r.jenis, r.nomor ? `Nomor ${r.nomor}` : '', `Tahun ${r.tahun}`, r.tentang ? `tentang ${r.tentang}` : '']
    .filter(Boolean)
    .join(' ');
}

/** "Pasal 34 ayat (1) Undang-Undang Dasar ... Tahun 1945" for a cited article, else the title. */
export function citationTitle(r: Regulation, c: Citation): string {
  const article = citationArticle(c);
  return article ? `${article} ${regulationTitle(r)}` : regulationTitle(r);
}

/** "UU 11/2009" or, without a short label, "Undang-Undang 11/2009" ("UUD 1945" style without a number). */
export function regulationShortTitle(r: Regulation): string {
  return r.singkatan ?? (r.nomor ? `${r.jenis} ${r.nomor}/${r.tahun}` : `${r.jenis} ${r.tahun}`);
}
