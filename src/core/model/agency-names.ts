/**
 * Names of an agency as printed: the letterhead's lines and the short name. Free of zod so
 * the letter page's browser bundle can use it.
 */
import { looseText as loose } from './loose-text';

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


/**
 * The agency whose full name or short name an author wrote where its id belongs
 * ("Kelurahan Sei Putih Timur I", "dinsos kota tanjungpinang"), and which of the two; case and
 * spaces aside.
 */
export function agencyNamedBy(written: string, agencies: Iterable<readonly [string, AgencyNames]>): { id: string; by: 'nama' | 'singkatan' } | null {
  const w = loose(written);
  if (!w) return null;
  for (const [id, a] of agencies) {
    if (loose(a.nama) === w) return { id, by: 'nama' };
    if (a.singkatan && loose(a.singkatan) === w) return { id, by: 'singkatan' };
  }
  return null;
}
