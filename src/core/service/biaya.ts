/**
 * The cost of a service from its SOP's narrative, where the narrative states it as one short
 * statement under a "Biaya" heading ("## E. Biaya" / "Tidak ada pembiayaan"). A section with
 * a list, a table or several paragraphs is not read (the service file states the cost then).
 */
import { narrativeSection } from './narrative-section';
import { looseValue } from '../model/loose-text';

export interface Biaya {
  /** As shown to the public: "Gratis", or the statement as written. */
  teks: string;
  gratis: boolean;
  /** The statement as the narrative writes it. */
  tertulis: string;
}

/** Statements of "no charge" as SOPs write them ("Rp. 0,- (nol rupiah)", "Rp. -", "Rp -,-" too). */
const FREE = /^(?:gratis|tidak ada (?:pem)?biaya(?:an)?|tidak (?:dipungut|dikenakan) biaya|tanpa biaya|tidak berbayar|bebas biaya|nihil|rp\.?\s*0(?:,-|,00)?|rp\.?\s*-(?:\s*,\s*-)?)(?:\s*\((?:gratis|nol rupiah)\))?\.?$/i;

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

/** A tariff's amount in rupiah as written ("Rp 10.000", "Rp. 10.000,-", "Rp10.000,00"); null when it is not only an amount. */
function rupiah(text: string): number | null {
  const m = /^rp\.?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,-|,00)?\.?$/i.exec(text.trim());
  return m ? Number(m[1]!.replace(/\./g, '')) : null;
}

/**
 * Whether two statements of a cost say the same: both free ("Gratis", "Rp 0", "Tidak dipungut
 * biaya"), the same amount ("Rp 10.000" and "Rp. 10.000,-"), or the same words.
 */
export function sameBiaya(a: string, b: string): boolean {
  if (isFree(a) || isFree(b)) return isFree(a) && isFree(b);
  const amount = rupiah(a);
  if (amount !== null && amount === rupiah(b)) return true;
  return looseValue(a) === looseValue(b);
}
