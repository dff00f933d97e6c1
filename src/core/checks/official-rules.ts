/**
 * An official who signs (an agency's kepala, an SOP's disahkan_oleh) as the signature block
 * prints it: an optional text written "-" prints "-" where the name, rank or principal goes,
 * while leaving the field out prints nothing there; a name holding the NIP prints it on the
 * name's line, a jabatan ending in a comma gets a second one, an atas_nama starting with "a.n."
 * gets a second one too.
 */
import type { Official } from '../model/agency';
import { isPlaceholder } from '../model/placeholder';
import { optionalDashIssues, type OptionalText } from './dash';
import { issue, type CheckIssue } from './issue';
import { MESSAGES } from './messages';

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

/** A NIP at the end of a name ("Budi, NIP. 19670720 199303 2 008", "Budi 196707201993032008"). */
const NIP_AFTER_NAME = /[,\s]*(?:\bNIP\b\.?\s*:?\s*)?(\d[\d .-]{16,}\d)\s*$/i;
/** "a.n.", "a.n", "an.", "a/n", "atas nama" before the principal's position. */
const ON_BEHALF = /^(a\s?\.\s?n\.?|an\.|a\/n|atas\s+nama)\s+/i;

/** The name, jabatan and atas_nama as the signature block prints them; `at` as above. */
export function checkOfficialText(file: string, at: string, official: Official): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const nama = official.nama?.trim();
  const nip = nama && !isPlaceholder(nama) ? NIP_AFTER_NAME.exec(nama) : null;
  if (nama && nip && nip[1]!.replace(/\D/g, '').length === 18 && nip.index > 0) {
    issues.push(issue(MESSAGES.officialNameWithNip, file, `${at}.nama`, { field: `${at}.nama`, nama, name: nama.slice(0, nip.index).trim(), nip: nip[1]!.trim(), hasNip: official.nip !== undefined }));
  }
  const jabatan = official.jabatan.trim();
  if (/,$/.test(jabatan) && !isPlaceholder(jabatan)) {
    issues.push(issue(MESSAGES.officialTitleComma, file, `${at}.jabatan`, { field: 'jabatan', jabatan, meant: jabatan.replace(/[\s,]+$/, '') }));
  }
  const atasNama = official.atas_nama?.trim();
  const prefix = atasNama ? ON_BEHALF.exec(atasNama) : null;
  if (atasNama && prefix && atasNama.length > prefix[0].length) {
    issues.push(issue(MESSAGES.atasNamaWithPrefix, file, `${at}.atas_nama`, { atasNama, prefix: prefix[1]!, meant: atasNama.slice(prefix[0].length) }));
  }
  return issues;
}
