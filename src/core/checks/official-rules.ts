/**
 * An official who signs (an agency's kepala, an SOP's disahkan_oleh) with an optional text
 * written "-": the signature block would print "-" where the name, rank or principal goes,
 * while leaving the field out prints nothing there.
 */
import type { Official } from '../model/agency';
import { optionalDashIssues, type OptionalText } from './dash';
import type { CheckIssue } from './issue';

/** The optional texts of an official, and what each is in the signature block. */
const SIGNATURE = { where: 'blok tanda tangan', without: 'blok tanda tangan dicetak tanpanya' };
const OPTIONAL_TEXTS: readonly OptionalText[] = [
  { name: 'nama', what: 'nama penandatangan', ...SIGNATURE },
  { name: 'pangkat', what: 'pangkat penandatangan', ...SIGNATURE },
  { name: 'atas_nama', what: 'jabatan atas nama (a.n.)', ...SIGNATURE },
];

/** `at` is the official's field ("kepala", "disahkan_oleh"). */
export function checkOfficialDash(file: string, at: string, official: Official): CheckIssue[] {
  return optionalDashIssues(file, at, official, OPTIONAL_TEXTS);
}
