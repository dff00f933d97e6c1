/**
 * The cost of a service from its SOP's narrative, where the narrative states it as one short
 * statement under a "Biaya" heading ("## E. Biaya" / "Tidak ada pembiayaan"). A section with
 * a list, a table or several paragraphs is not read (the service file states the cost then).
 */
import { narrativeSection } from './narrative-section';
import { looseValue } from '../model/loose-text';
import { numberOfWords } from '../waktu/number-words';

export interface Biaya {
  /** As shown to the public: "Gratis", or the statement as written. */
  teks: string;
  gratis: boolean;
  /** The statement as the narrative writes it. */
  tertulis: string;
}

/** Statements of "no charge" as SOPs write them ("Rp. 0,- (nol rupiah)", "Rp. -", "Rp -,-" too). */
const FREE = /^(?:gratis|tidak ada (?:pem)?biaya(?:an)?|tidak (?:dipungut|dikenakan) biaya|tanpa biaya|tidak berbayar|bebas biaya|nihil|nol rupiah|(?:rp\.?\s*)?0(?:,-|,00)?|rp\.?\s*-(?:\s*,\s*-)?)(?:\s*\((?:gratis|nol rupiah)\))?\.?$/i;

/** "Gratis / Tidak dipungut biaya", "Gratis atau Rp0": each part says no charge. */
const freeStatement = (text: string) => text.trim().split(/\s*\/\s*|\s+atau\s+/i).every((part) => FREE.test(part));

export function biayaFromNarrative(body: string): Biaya | null {
  const section = narrativeSection(body, /^biaya\b/i);
  if (!section || section.includes('\n') || /^(?:[-*+|]|\d+\.)\s/.test(section)) return null;
  const tertulis = section.trim();
  const gratis = freeStatement(tertulis);
  return { teks: gratis ? 'Gratis' : tertulis, gratis, tertulis };
}

/** "Gratis" / "Tidak dipungut biaya" written in a service file. */
export function isFree(text: string): boolean {
  return freeStatement(text);
}

/**
 * An amount of rupiah in words ("sepuluh ribu rupiah", "satu juta lima ratus ribu rupiah"), as a
 * letter spells it out; null when the words are not one amount.
 */
function rupiahOfWords(text: string): number | null {
  const words = text.trim().toLowerCase().replace(/[.,]+$/, '').replace(/\s+rupiah$/, '').replace(/\bseribu\b/g, 'satu ribu').replace(/\bsejuta\b/g, 'satu juta');
  if (!words || /\d/.test(words)) return null;
  let total = 0;
  let rest = words;
  for (const [word, times] of [['miliar', 1e9], ['juta', 1e6], ['ribu', 1e3]] as const) {
    const at = rest.split(new RegExp(`\\s*\\b${word}\\b\\s*`));
    if (at.length > 2) return null;
    if (at.length === 2) {
      const n = numberOfWords(at[0]!);
      if (n === null || !at[0]!.trim()) return null;
      total += n * times;
      rest = at[1]!;
    }
  }
  if (rest.trim()) {
    const n = numberOfWords(rest);
    if (n === null) return null;
    total += n;
  }
  return total > 0 && Number.isInteger(total) ? total : null;
}

/**
 * A tariff's amount in rupiah as written ("Rp 10.000", "Rp. 10.000,-", "Rp10.000,00", with its
 * amount in words after it as letters write it, "Rp10.000,00 (sepuluh ribu rupiah)", or in words
 * alone, "sepuluh ribu rupiah"); null when it is not only an amount, or its words say another.
 */
function rupiah(text: string): number | null {
  const m = /^rp\.?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,-|,00)?(?:\s*\(([^)]*)\))?\.?$/i.exec(text.trim());
  if (!m) return /\brupiah\.?$/i.test(text.trim()) ? rupiahOfWords(text) : null;
  const amount = Number(m[1]!.replace(/\./g, ''));
  return m[2] === undefined || rupiahOfWords(m[2]) === amount ? amount : null;
}

/**
 * Whether two statements of a cost say the same: both free ("Gratis", "Rp 0", "Tidak dipungut
 * biaya"), the same amount ("Rp 10.000", "Rp. 10.000,-" and "sepuluh ribu rupiah"), or the same words.
 */
export function sameBiaya(a: string, b: string): boolean {
  if (isFree(a) || isFree(b)) return isFree(a) && isFree(b);
  const amount = rupiah(a);
  if (amount !== null && amount === rupiah(b)) return true;
  return looseValue(a) === looseValue(b);
}
