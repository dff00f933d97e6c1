/**
 * The cost of a service from its SOP's narrative, where the narrative states it as one short
 * statement under a "Biaya" heading ("## E. Biaya" / "Tidak ada pembiayaan"). A section with
 * a list, a table or several paragraphs is not read (the service file states the cost then).
 */
import { narrativeSection } from './narrative-section';

export interface Biaya {
  /** As shown to the public: "Gratis", or the statement as written. */
  teks: string;
  gratis: boolean;
  /** The statement as the narrative writes it. */
  tertulis: string;
}

/** Statements of "no charge" as SOPs write them. */
const FREE = /^(?:gratis|tidak ada (?:pem)?biaya(?:an)?|tidak dipungut biaya|tanpa biaya|tidak berbayar|bebas biaya|nihil|rp\.?\s*0(?:,-|,00)?)(?:\s*\(gratis\))?\.?$/i;

export function biayaFromNarrative(body: string): Biaya | null {
  const section = narrativeSection(body, /^biaya\b/i);
  if (!section || section.includes('\n') || /^(?:[-*+|]|\d+\.)\s/.test(section)) return null;
  const tertulis = section.trim();
  const gratis = FREE.test(tertulis);
  return { teks: gratis ? 'Gratis' : tertulis, gratis, tertulis };
}

/** "Gratis" / "Tidak dipungut biaya" written in a service file. */
export function isFree(text: string): boolean {
  return FREE.test(text.trim());
}
