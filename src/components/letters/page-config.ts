/** What the letter page hands its script, as JSON in the form's data-surat attribute. */
import type { Agency } from '../../core/model/agency';

export interface LetterPageConfig {
  /** Template id of the page. */
  template: string;
  /** Every agency profile by id (kop, signatory, number pattern, paper). */
  agencies: Record<string, Agency>;
  /** Agency selected when the URL names none. */
  defaultAgency: string;
  /** SOPs by id: their agency, and how a letter cites them ("SOP ... Nomor ..."). */
  sops: Record<string, { instansi: string; rujukan: string }>;
}

export function readPageConfig(form: HTMLElement): LetterPageConfig {
  return JSON.parse(form.dataset.surat ?? '{}') as LetterPageConfig;
}
