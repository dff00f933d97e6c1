/** What the letter page hands its script, as JSON in the form's data-surat attribute. */
import type { Agency } from '../../core/model/agency';
import type { SopFacts } from '../../core/letters/sop-prefill';

export interface LetterPageConfig {
  /** Template id of the page. */
  template: string;
  /** Every agency profile by id (kop, signatory, number pattern, paper). */
  agencies: Record<string, Agency>;
  /** Agency selected when the URL names none. */
  defaultAgency: string;
  /** SOPs by id, in the site's order: their agency, how a letter cites them ("SOP ... Nomor ..."), title, number, unit. */
  sops: Record<string, SopFacts>;
}

export function readPageConfig(form: HTMLElement): LetterPageConfig {
  return JSON.parse(form.dataset.surat ?? '{}') as LetterPageConfig;
}
