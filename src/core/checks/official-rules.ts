/**
 * An official who signs (an agency's kepala, an SOP's disahkan_oleh) with an optional text
 * written "-": the signature block would print "-" where the name, rank or principal goes,
 * while leaving the field out prints nothing there.
 */
import type { Official } from '../model/agency';
import { isDashOnly } from './dash';
import { issue, type CheckIssue } from './issue';
import { MESSAGES } from './messages';

/** The optional texts of an official, and what each is in the signature block. */
const OPTIONAL_TEXTS = [
  { name: 'nama', what: 'nama penandatangan' },
  { name: 'pangkat', what: 'pangkat penandatangan' },
  { name: 'atas_nama', what: 'jabatan atas nama (a.n.)' },
] as const;

/** `at` is the official's field ("kepala", "disahkan_oleh"). */
export function checkOfficialDash(file: string, at: string, official: Official): CheckIssue[] {
  return OPTIONAL_TEXTS.filter(({ name }) => isDashOnly(official[name])).map(({ name, what }) =>
    issue(MESSAGES.optionalDash, file, `${at}.${name}`, { field: `${at}.${name}`, key: name, what }),
  );
}
