/**
 * Parsing the Waktu column as authors write it ("15 menit", "30 – 60 menit", "3-7 hari",
 * "3 x 24 Jam", "1Jam", "2 minggu", "6 bulan", "1 jam 30 menit") into a range of minutes.
 */
import { clockTime, notADuration } from './not-a-duration';
import { formatRange } from './format';
import { MINUTES_PER, UNIT_ALIASES, UNIT_RANK, type Unit } from './units';
import { numberWordsAsDigits } from './number-words';

export interface Waktu {
  /** Minimum and maximum duration in minutes (equal for a single value). */
  min: number;
  max: number;
  /** The largest unit the author used: decides how totals are written back. */
  unit: Unit;
  /** The text as written. */
  text: string;
}

export type WaktuResult =
  | { ok: true; waktu: Waktu }
  | { ok: true; waktu: null; unsummable?: false } // "-" or empty: not stated
  | { ok: true; waktu: null; unsummable: true } // "Tentatif", "sesuai kebutuhan": printed as written, not summed
  | { ok: false; message: string };

/**
 * Words real SOPs write for a time that depends on the case. Such a cell is accepted (with a
 * warning), printed as written, and left out of the total.
 */
const UNSUMMABLE = /^(?:tentatif|sesuai\b.*|menyesuaikan\b.*|tergantung\b.*|bervariasi|kondisional|situasional|fleksibel|insidentil|insidental)$/;
/**
 * Words for "at once" with no length: "segera", "sesegera mungkin", "secepatnya", "saat itu
 * juga", "langsung". Like the words above, accepted with a warning (one that asks for the longest
 * time the step may take), printed as written and left out of the total.
 */
const SOON = /^(?:segera|sesegera mungkin|secepatnya|secepat mungkin|saat itu juga|pada saat itu juga|seketika|langsung|langsung dikerjakan|hari itu juga|pada hari itu juga|pada hari yang sama)$/;

/** Whether a Waktu cell says "at once" without saying how long ("segera", "sesegera mungkin"). */
export function isSoonWaktu(text: string): boolean {
  return SOON.test(plainWaktu(normaliseWaktuText(text)));
}

/**
 * The unit a Mutu Baku column label names, as in "Waktu (Menit)" or "WAKTU (JAM)": bare
 * numbers in that column are read in that unit.
 */
export function columnUnit(label: string | undefined): Unit | undefined {
  const m = /\(\s*([a-z ]+?)\s*\)/.exec((label ?? '').toLowerCase());
  return m ? UNIT_ALIASES[m[1]!.replace(/\s+/g, ' ')] : undefined;
}

const UNIT_PATTERN = Object.keys(UNIT_ALIASES)
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(' ', '\\s+'))
  .join('|');

const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
/** "30 - 60", "30 s.d. 60", "30 s/d 60", "30 sampai (dengan) 60", "30 hingga 60". */
const RANGE_WORD = String.raw`-|s\.?\s?d\.?|s\/d|sampai(?:\s+dengan)?|hingga`;
/** A range whose ends both carry a unit: "15 menit - 30 menit", "1 jam s.d. 2 jam". */
const FULL_RANGE = new RegExp(String.raw`^(.+?)\s*(?:${RANGE_WORD})\s*(.+)$`);
// One term: "3 x 24 jam", "30 - 60 menit", "1jam", "1,5 jam".
const TERM = new RegExp(
  String.raw`^(${NUMBER})\s*(?:(x)\s*(${NUMBER})|(${RANGE_WORD})\s*(${NUMBER}))?\s*(${UNIT_PATTERN})\b`,
);

function num(s: string): number {
  return Number(s.replace(',', '.'));
}

export function normaliseWaktuText(text: string): string {
  return text
    .toLowerCase()
    // "1½ jam", "2 ¼ jam": a whole number and a fraction, one time (not "10,5").
    .replace(/(\d+)\s*([½¼¾])/g, (_, whole: string, part: string) => `${whole},${({ '½': '5', '¼': '25', '¾': '75' } as Record<string, string>)[part]}`)
    .replace(/½/g, '0,5')
    .replace(/¼/g, '0,25')
    .replace(/¾/g, '0,75')
    .replace(/[\u2012\u2013\u2014\u2212]/g, '-') // figure/en/em dash, minus
    .replace(/×/g, 'x')
    .replace(/\s+/g, ' ')
    .trim();
}

const HELP =
  'Tulis waktu seperti "15 menit", "30 - 60 menit", "3-7 hari", "3 x 24 jam", "1 jam 30 menit", "2 minggu" atau "6 bulan"; tulis "-" bila tidak ditentukan.';

/**
 * Parses one Waktu cell. "-" or an empty cell means "not stated" (waktu: null); `unit` is the
 * column's unit (see columnUnit) for cells holding a bare number or range ("15", "30-60").
 */
export function parseWaktu(text: string | number | undefined | null, unit?: Unit): WaktuResult {
  const raw = String(text ?? '').trim();
  let s = plainWaktu(normaliseWaktuText(raw));
  if (s === '' || s === '-') return { ok: true, waktu: null };
  if (UNSUMMABLE.test(s) || SOON.test(s)) return { ok: true, waktu: null, unsummable: true };
  // "08.00 - 12.00", "pukul 08.00 WIB": a time of day, not a duration (and not bare numbers).
  const clock = clockTime(raw, s);
  if (clock) return { ok: false, message: clock };
  // "1.30 jam": hours and minutes as a clock writes them, or a decimal with a point? Either way a guess.
  const dotted = /(?:^|\s)(\d+)\.([0-5]\d)\s*jam\b/.exec(s);
  if (dotted) {
    const h = dotted[1]!;
    const m = dotted[2]!;
    return {
      ok: false,
      message:
        `Waktu "${raw}" dapat dibaca ${h} jam ${Number(m)} menit (titik sebagai pemisah jam dan menit) atau ${h},${m.replace(/0$/, '')} jam (${Math.round(Number(`${h}.${m}`) * 60)} menit), dan total waktu SOP bergantung pada bacaan itu. ` +
        `Tulis waktu: "${h} jam ${Number(m)} menit" bila maksudnya ${h} jam ${Number(m)} menit, atau pakai koma untuk pecahan jam, misalnya "1,5 jam".`,
    };
  }
  if (/^\d+(?:[.,]\d+)?(?:\s*-\s*\d+(?:[.,]\d+)?)?$/.test(s)) {
    if (!unit) {
      return {
        ok: false,
        message: `Waktu "${raw}" tidak bersatuan. Tulis satuannya, misalnya "${raw} menit", atau tulis satuan di judul kolom: mutu_baku: { waktu: "Waktu (Menit)" }.`,
      };
    }
    s = `${s} ${unit}`;
  }
  const result = readTime(raw, s);
  if (!result.ok) {
    const message = notADuration(raw, s, (text) => readTime(raw, text).ok) ?? negativeOrSeconds(raw, s);
    if (message) return { ok: false, message };
  }
  if (result.ok && result.waktu && result.waktu.max === 0) {
    return { ok: false, message: `Waktu "${raw}" bernilai nol. Tulis lama langkah ini, atau "-" bila waktunya tidak ditentukan.` };
  }
  return result;
}

/**
 * What formal writing adds around a time, dropped before reading it: "± 15 menit", "kurang lebih
 * 2 jam", "3 (tiga) hari", "1/2 jam", a final period; numbers in words ("dua jam") as digits.
 * The cell is still printed as written.
 */
function plainWaktu(s: string): string {
  return numberWordsAsDigits(s
    // "3 (tiga) hari": the number in words after its digits (before the words are read as digits).
    .replace(/(\d)\s*\(\s*[a-z ]+\s*\)/g, '$1'))
    // "Satu (1) hari": the digits after the number in words.
    .replace(/(\d+(?:,\d+)?)\s*\(\s*\1\s*\)/g, '$1')
    .replace(/^(?:±|\+\/-|\+-|kurang lebih|lebih kurang|kira-kira|sekitar|kurang-lebih|selama)\s*/, '')
    // An upper bound, as service standards write it: "maks. 15 menit", "paling lama 3 hari", "s.d. 5 hari", "15 menit (maksimal)".
    .replace(/^(?:maks(?:imal|imum)?\.?|max\.?|paling lama|paling lambat|selambat-lambatnya|s\.?\s?d\.?|s\/d|sampai(?:\s+dengan)?|hingga)\s*(?=\d)/, '')
    .replace(/\s*\(\s*(?:maks(?:imal|imum)?\.?|paling lama)\s*\)$/, '')
    // "1 1/2 jam": a whole number and a fraction written with "/".
    .replace(/(\d+)\s+(\d+)\s*\/\s*([1-9]\d*)(?=\s*[a-z])/g, (_, whole: string, a: string, b: string) => String(Number(whole) + Number(a) / Number(b)).replace('.', ','))
    .replace(/(\d+)\s*\/\s*(\d+)/g, (_, a: string, b: string) => (Number(b) ? String(Number(a) / Number(b)).replace('.', ',') : `${a}/${b}`))
    .replace(/[.;]+$/, '')
    // Minutes written with a prime, as tables do: "15'", "15’", "15′".
    .replace(/(\d)\s*['’′]/g, '$1 menit')
    .trim();
}

/** Seconds as authors write them: "30 detik", "30 dtk", "30-45 detik". */
const SECONDS = new RegExp(String.raw`(${NUMBER})(?:\s*(?:${RANGE_WORD})\s*(${NUMBER}))?\s*(?:detik|dtk|det|seconds?|secs?)\b\.?`, 'g');

/**
 * The message for a time written with a minus sign ("-15 menit") or in seconds ("30 detik",
 * "1 menit 30 detik"), the smallest unit being the minute; else null. Seconds are offered in
 * whole minutes, rounded up so that no step is shorter than written.
 */
function negativeOrSeconds(raw: string, s: string): string | null {
  const minus = /^-\s*(\d.*)$/.exec(s);
  if (minus && readTime(raw, minus[1]!).ok) {
    const time = raw.trim().replace(/^[-\u2012-\u2015\u2212]\s*/, '');
    return `Waktu "${raw}" diawali tanda minus, padahal lama langkah tidak dapat kurang dari nol. Tulis waktu: "${time}" bila itu lamanya, atau "-" saja bila waktunya tidak ditentukan.`;
  }
  let rounded = false;
  const toMinutes = (n: string) => {
    const seconds = num(n);
    if (seconds % 60 !== 0) rounded = true;
    return Math.max(1, Math.ceil(seconds / 60));
  };
  const inMinutes = s.replace(SECONDS, (_, a: string, b: string | undefined) => {
    const lo = toMinutes(a);
    const hi = b === undefined ? lo : toMinutes(b);
    return lo === hi ? `${lo} menit` : `${lo} - ${hi} menit`;
  });
  if (inMinutes === s) return null;
  const read = readTime(raw, inMinutes);
  if (!read.ok || !read.waktu) return null;
  const time = formatRange(read.waktu.min, read.waktu.max);
  return (
    `Waktu "${raw}" ditulis dengan detik, padahal kolom Waktu dibaca dalam menit, jam, hari, minggu atau bulan (satuan terkecilnya menit). ` +
    `Tulis waktu: "${time}"${rounded ? ' (dibulatkan ke atas ke menit penuh)' : ''}, dan tulis lamanya dalam detik di keterangan bila perlu, misalnya keterangan: "${raw.trim()}".`
  );
}

const readTime = (raw: string, s: string): WaktuResult => parseRange(raw, s) ?? parseTerms(raw, s);

/** "15 menit - 30 menit": both ends read on their own; null when the text is not such a range. */
function parseRange(raw: string, s: string): WaktuResult | null {
  const m = FULL_RANGE.exec(s);
  if (!m) return null;
  const lo = parseTerms(raw, m[1]!);
  const hi = parseTerms(raw, m[2]!);
  if (!lo.ok || !hi.ok || !lo.waktu || !hi.waktu) return null;
  if (hi.waktu.max < lo.waktu.min) return { ok: false, message: `Rentang waktu "${raw}" terbalik: angka pertama harus lebih kecil. ${HELP}` };
  const unit = UNIT_RANK[hi.waktu.unit] > UNIT_RANK[lo.waktu.unit] ? hi.waktu.unit : lo.waktu.unit;
  return { ok: true, waktu: { min: lo.waktu.min, max: hi.waktu.max, unit, text: raw } };
}

function parseTerms(raw: string, s: string): WaktuResult {
  let rest = s;
  let min = 0;
  let max = 0;
  let unit: Unit | null = null;
  let terms = 0;
  while (rest.length > 0) {
    const m = TERM.exec(rest);
    if (!m) {
      return { ok: false, message: `Waktu "${raw}" tidak dapat dibaca. ${HELP}` };
    }
    const a = num(m[1]!);
    const u = UNIT_ALIASES[m[6]!.replace(/\s+/g, ' ')]!;
    let lo: number;
    let hi: number;
    if (m[2]) {
      lo = hi = a * num(m[3]!);
    } else if (m[4]) {
      lo = a;
      hi = num(m[5]!);
      if (hi < lo) {
        return { ok: false, message: `Rentang waktu "${raw}" terbalik: angka pertama harus lebih kecil. ${HELP}` };
      }
    } else {
      lo = hi = a;
    }
    min += lo * MINUTES_PER[u];
    max += hi * MINUTES_PER[u];
    if (unit === null || UNIT_RANK[u] > UNIT_RANK[unit]) unit = u;
    terms += 1;
    rest = rest.slice(m[0].length).replace(/^(?:,|dan|\+)?\s*/, '');
  }
  if (terms === 0 || unit === null) return { ok: false, message: `Waktu "${raw}" tidak dapat dibaca. ${HELP}` };
  return { ok: true, waktu: { min: Math.round(min), max: Math.round(max), unit, text: raw } };
}
