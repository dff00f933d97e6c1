/**
 * An agency file with "-" written for a text: the head's jabatan, which every signature block
 * prints and which is required, and the optional contact and short-name texts, which the kop,
 * the SOP page and the lists would print as "-" while leaving them out prints nothing (or the
 * full name, for singkatan). Also the kop's lines holding the address, and the city (written
 * before the date of every letter) written as the name of the government's region.
 */
import type { AgencySource } from '../catalog/catalog';
import { isDashOnly } from '../model/dash-text';
import { kopLines } from '../model/agency-names';
import { looseText } from '../model/loose-text';
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

/** "Kota Medan", "Kabupaten Bintan", "Kab. Bintan", "Provinsi Kepulauan Riau": the region and its name. */
const REGION = /^(kota|kabupaten|kab\.|provinsi|prov\.)\s+(\S.*)$/i;

/**
 * The city is the place written before a letter's date ("Medan, 4 Maret 2024"), not the region
 * the government is named after. "Kota X" is named only where the agency's names say it is its
 * region ("Pemerintah Kota Medan"): some towns are called so ("Kota Agung").
 */
export function checkAgencyCity(agency: AgencySource): CheckIssue[] {
  const kota = agency.data.kota.trim();
  const m = REGION.exec(kota);
  if (!m) return [];
  const word = m[1]!.toLowerCase();
  const region = word === 'kota' ? 'kota' : word.startsWith('prov') ? 'provinsi' : 'kabupaten';
  const names = [...kopLines(agency.data), agency.data.nama].map(looseText);
  if (region === 'kota' && !names.some((n) => n.includes(looseText(kota)))) return [];
  return [issue(MESSAGES.cityAsRegion, agency.file, 'kota', { kota, region, name: m[2]!.trim() })];
}
