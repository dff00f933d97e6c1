/**
 * Names of an agency as printed: the letterhead's lines and the short name. Free of zod so
 * the letter page's browser bundle can use it.
 */
interface AgencyNames {
  kop?: string[];
  pemerintah?: string;
  nama: string;
  singkatan?: string;
}

/** The letterhead's name lines, top to bottom. */
export function kopLines(agency: AgencyNames): string[] {
  return agency.kop ?? [agency.pemerintah, agency.nama].filter((l): l is string => !!l);
}

/** The short name for lists: `singkatan`, else the full name. */
export function agencyShortName(agency: AgencyNames): string {
  return agency.singkatan ?? agency.nama;
}
