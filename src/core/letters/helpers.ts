/**
 * Handlebars helpers of the letter templates. Pure functions: registered on the Handlebars
 * runtime in the browser and in Node by `registerLetterHelpers`.
 *
 * A helper returns a plain string (Handlebars escapes it) or an HtmlFragment built from escaped
 * parts. Markers for empty fields pass through unchanged, so "[Tanggal surat]" stays visible.
 */
import { formatNip, isValidNip, nipDigits } from '../model/nip';
import { escapeHtml } from '../html/escape';
import { HtmlFragment, isHtmlFragment } from './html';
import {
  formatHariTanggal,
  formatTanggal,
  formatTanggalAngka,
  formatTanggalDalamKata,
  namaHari,
  parseIsoDate,
  type CalendarDate,
} from './indonesian-date';
import { formatNik, isValidNik, nikDigits } from './nik';
import { formatAngka, formatRupiah, jumlahSatuan, parseAngka, rupiahTerbilang, terbilang } from './terbilang';

type Value = unknown;

function text(value: Value): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

function filled(v: Value): boolean {
  if (isHtmlFragment(v)) return true;
  if (typeof v === 'number') return v !== 0;
  if (Array.isArray(v)) return v.length > 0;
  return typeof v !== 'boolean' ? text(v) !== '' : v;
}

/** Applies `format` to a real value; markers and empty values pass through; bad input is shown as typed. */
function withDate(value: Value, format: (d: CalendarDate) => string): Value {
  if (isHtmlFragment(value)) return value;
  const date = parseIsoDate(text(value));
  return date ? format(date) : text(value);
}

function withNumber(value: Value, format: (n: number) => string): Value {
  if (isHtmlFragment(value)) return value;
  const n = parseAngka(text(value));
  return n === null ? text(value) : format(n);
}

/** Text with line breaks kept: each line escaped, joined by <br>. */
function lines(value: Value): Value {
  if (isHtmlFragment(value)) return value;
  const t = text(value);
  if (!t) return '';
  return new HtmlFragment(t.split(/\n/).map((l) => escapeHtml(l.trim())).join('<br>'));
}

/** Paragraphs: blank lines separate paragraphs, single line breaks are kept. */
function paragraphs(value: Value): Value {
  if (isHtmlFragment(value)) return new HtmlFragment(`<p>${value.html}</p>`);
  const t = text(value);
  if (!t) return '';
  const html = t
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.split('\n').map((l) => escapeHtml(l.trim())).join('<br>')}</p>`)
    .join('');
  return new HtmlFragment(html);
}

export const letterHelpers = {
  /** "4 Maret 2024" */
  tanggal: (v: Value) => withDate(v, formatTanggal),
  /** "Senin, 4 Maret 2024" */
  hariTanggal: (v: Value) => withDate(v, formatHariTanggal),
  /** "Senin" */
  hari: (v: Value) => withDate(v, namaHari),
  /** "Senin tanggal empat bulan Maret tahun dua ribu dua puluh empat" (after "Pada hari ini") */
  tanggalKata: (v: Value) => withDate(v, formatTanggalDalamKata),
  /** "04-03-2024" */
  tanggalAngka: (v: Value) => withDate(v, formatTanggalAngka),
  /** "dua juta lima ratus ribu lima belas" */
  terbilang: (v: Value) => withNumber(v, terbilang),
  /** "1.500.000" */
  angka: (v: Value) => withNumber(v, formatAngka),
  /** "Rp1.500.000,00" */
  rupiahAngka: (v: Value) => withNumber(v, formatRupiah),
  /** "Rp1.500.000,00 (satu juta lima ratus ribu rupiah)" */
  rupiah: (v: Value) => withNumber(v, rupiahTerbilang),
  /** {{jumlah f.lampiran "berkas"}} -> "1 (satu) berkas"; empty or 0 -> "-" (nothing attached) */
  jumlah: (v: Value, unit: Value) => {
    if (isHtmlFragment(v)) return v;
    if (!text(v) || parseAngka(text(v)) === 0) return '-';
    return withNumber(v, (n) => jumlahSatuan(n, typeof unit === 'string' ? unit : ''));
  },
  /** "19670720 199303 2 008" */
  formatNip: (v: Value) => (isHtmlFragment(v) ? v : formatNip(text(v))),
  /** 16 digits without separators */
  formatNik: (v: Value) => (isHtmlFragment(v) ? v : formatNik(text(v))),
  /** NIP grouped or NIK, whichever was typed */
  formatNipNik: (v: Value) => {
    if (isHtmlFragment(v)) return v;
    const t = text(v);
    return isValidNip(t) ? formatNip(t) : formatNik(t);
  },
  /** "NIP" or "NIK" for a nip_nik value (by its length) */
  labelNipNik: (v: Value) => {
    if (isHtmlFragment(v)) return 'NIP/NIK';
    const digits = nipDigits(nikDigits(text(v)));
    if (digits.length === 18) return 'NIP';
    if (digits.length === 16 || isValidNik(digits)) return 'NIK';
    return 'NIP/NIK';
  },
  /**
   * Position above a signature as Tata Naskah Dinas writes it: the last line ends with one comma,
   * and so does a line of delegation: "a.n. Kepala Dinas Sosial ...," / "u.b. ...,"
   * ("an.", "a/n", "A.N." are written "a.n.").
   */
  jabatanTtd: (v: Value) => {
    if (isHtmlFragment(v)) return new HtmlFragment(`${v.html},`);
    const rows = text(v)
      .split('\n')
      .map((l) => l.trim().replace(/[\s,]+$/, ''))
      .filter(Boolean);
    if (!rows.length) return '';
    const fixed = rows.map((row, i) => {
      const m = /^(a\s*\.?\s*n\s*\.?|a\/n|u\s*\.?\s*b\s*\.?|u\/b)\s+(.*)$/i.exec(row);
      const line = m ? `${/^a/i.test(m[1]!) ? 'a.n.' : 'u.b.'} ${m[2]}` : row;
      return m || i === rows.length - 1 ? `${line},` : line;
    });
    return lines(fixed.join('\n'));
  },
  /** Keeps line breaks of a textarea. */
  baris: lines,
  /** Textarea as paragraphs (blank line = new paragraph). */
  paragraf: paragraphs,
  /** 1-based position in an {{#each}}: {{urutan @index}} */
  urutan: (index: Value) => (typeof index === 'number' ? index + 1 : ''),
  /** Equality for {{#if (sama f.sifat "Rahasia")}} */
  sama: (a: Value, b: Value) => text(a) === text(b),
  /** {{#if (ada f.a f.b)}}: true when any value is filled in (0, "" and [] count as empty) */
  ada: (...args: Value[]) => args.some(filled),
} as const;

export type LetterHelperName = keyof typeof letterHelpers;

/**
 * The field types each helper reads its first value as: a date helper prints anything that is
 * not a date (an ISO date string) unchanged, a number helper anything that is not a number.
 */
export const HELPER_ARGUMENT_TYPES: Partial<Record<LetterHelperName, { types: readonly string[]; what: string }>> = Object.fromEntries([
  ...(['tanggal', 'hariTanggal', 'hari', 'tanggalKata', 'tanggalAngka'] as const).map((h) => [h, { types: ['date'], what: 'isian tanggal (type: date)' }]),
  ...(['terbilang', 'angka', 'rupiahAngka', 'rupiah', 'jumlah'] as const).map((h) => [h, { types: ['number', 'rupiah'], what: 'isian angka (type: number atau rupiah)' }]),
]);
export const LETTER_HELPER_NAMES = Object.keys(letterHelpers) as LetterHelperName[];

/** Minimal shape of a Handlebars environment (full or runtime-only). */
export interface HelperHost {
  registerHelper(name: string, fn: (...args: never[]) => unknown): void;
}

/**
 * Registers the helpers. Handlebars passes an `options` object as the last argument of every
 * helper call; the wrappers drop it so helpers see only the template's arguments.
 */
export function registerLetterHelpers(host: HelperHost): void {
  for (const name of LETTER_HELPER_NAMES) {
    const fn = letterHelpers[name] as (...args: unknown[]) => unknown;
    host.registerHelper(name, ((...args: unknown[]) => fn(...args.slice(0, -1))) as never);
  }
}
