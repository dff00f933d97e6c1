/**
 * An agency file with "-" written for a text: the head's jabatan, which every signature block
 * prints and which is required, and the optional contact and short-name texts, which the kop,
 * the SOP page and the lists would print as "-" while leaving them out prints nothing (or the
 * full name, for singkatan).
 */
import type { AgencySource } from '../catalog/catalog';
import { isDashOnly } from '../model/dash-text';
import { optionalDashIssues, type OptionalText } from './dash';
import { issue, type CheckIssue } from './issue';
import { MESSAGES } from './messages';

/** In the order the agency schema lists them. */
const OPTIONAL_TEXTS: readonly OptionalText[] = [
  { name: 'singkatan', what: 'singkatan instansi', where: 'daftar SOP, kaki halaman PDF dan surat', without: 'nama lengkap instansi dipakai sebagai gantinya' },
  { name: 'telepon', what: 'nomor telepon', where: 'kop surat dan halaman SOP', without: 'kop dicetak tanpa nomor telepon' },
  { name: 'email', what: 'alamat e-mail', where: 'kop surat dan halaman SOP', without: 'kop dicetak tanpa alamat e-mail' },
  { name: 'situs', what: 'alamat situs', where: 'kop surat', without: 'kop dicetak tanpa alamat situs' },
];

/** The head's jabatan: required, printed in the signature block of every SOP of the agency. */
const HEAD_TITLE = { field: 'kepala.jabatan', name: 'jabatan', what: 'jabatan kepala', where: 'blok tanda tangan setiap SOP instansi ini' };

/** A kop line that is the office's address or contacts ("Jl. ...", "Telp. ...", a postcode, an e-mail). */
const CONTACT_LINE = /^(?:jl|jln|jalan)\b\.?|\b(?:telp|telepon|tlp|fax|faks|faksimile|kode pos|e-?mail|laman|website)\b|@|\b\d{5}\b/i;

/**
 * The kop's lines are the names of the government and the office; the address and contacts are
 * printed under them from alamat, telepon and email. One copied into the kop prints twice.
 */
export function checkKopLines(agency: AgencySource): CheckIssue[] {
  return (agency.data.kop ?? []).flatMap((line, i) => (CONTACT_LINE.test(line) ? [issue(MESSAGES.kopContactLine, agency.file, `kop[${i}]`, { line, no: i + 1 })] : []));
}

export function checkAgencyDash(agency: AgencySource): CheckIssue[] {
  const { file, data } = agency;
  const required = isDashOnly(data.kepala.jabatan)
    ? [issue(MESSAGES.requiredDash, file, HEAD_TITLE.field, { ...HEAD_TITLE, key: HEAD_TITLE.name, draft: false })]
    : [];
  return [...required, ...optionalDashIssues(file, '', data, OPTIONAL_TEXTS)];
}
