/**
 * Text fields as authors write them in YAML: a number written where text is expected
 * (nomor: 08, nomor: 462) stays the text as written; nothing missing ever becomes "undefined".
 */
import { z } from 'zod';

/**
 * An HTML tag in a data field ("<b>Penanganan</b>", "<br>"): fields are printed as written, so
 * the tag would show as text on the site and in the PDF. "usia < 18 tahun" is not a tag.
 */
const HTML_TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/;
function noHtml(v: string, ctx: z.RefinementCtx): void {
  const tag = HTML_TAG.exec(v);
  if (tag) {
    ctx.addIssue({
      code: 'custom',
      message: `Teks memuat tag HTML ${tag[0]}; kolom ini dicetak apa adanya, sehingga tag itu tampil sebagai teks di situs dan PDF. Hapus tagnya dan tulis teksnya saja.`,
    });
  }
}

/** Required text; a YAML number is accepted and kept as its digits. Missing stays missing. */
export const textSchema = z.preprocess(
  (v) => (typeof v === 'number' || typeof v === 'bigint' ? String(v) : typeof v === 'string' ? v.trim() : v),
  z.string().min(1).superRefine(noHtml),
);

/**
 * A Mutu Baku cell: text or a number as written; empty or missing prints "-". A list of texts
 * ("kelengkapan: [KTP, KK]", the document's cell as lines) is named with the one text to write.
 */
export const cellSchema = z.preprocess(
  (v, ctx) => {
    if (Array.isArray(v) && v.length > 0 && v.every((i) => typeof i === 'string' || typeof i === 'number')) {
      ctx.addIssue({ code: 'custom', fatal: true, message: v.map((i) => String(i).trim()).join(', '), params: { key: 'cellAsList', values: { count: v.length } } });
      return z.NEVER;
    }
    return v === undefined || v === null ? '-' : typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() || '-' : v;
  },
  z.string().superRefine(noHtml),
);
