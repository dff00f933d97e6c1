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


/** "sops/_data/instansi/dinsos-medan.yaml" or "dinsos-medan.yml" -> "dinsos-medan"; null for a text that is no file name. */
export function agencyFileBase(written: string): string | null {
  return /(?:^|[\\/])([^\\/]+)\.ya?ml$/i.exec(written.trim())?.[1] ?? null;
}

/**
 * The agency whose file name, full name or short name an author wrote where its id belongs
 * ("Kelurahan Sei Putih Timur I", "dinsos kota tanjungpinang", "dinsos-medan.yaml"), and which of
 * them; case and spaces aside.
 */
export function agencyNamedBy(written: string, agencies: Iterable<readonly [string, AgencyNames]>): { id: string; by: 'nama' | 'singkatan' | 'berkas' } | null {
  const w = loose(written);
  if (!w) return null;
  // Its file's name or path, as the file explorer shows it ("dinsos-medan.yaml", "sops/_data/instansi/dinsos-medan.yaml").
  const fileName = agencyFileBase(written);
  for (const [id, a] of agencies) {
    if (fileName === id) return { id, by: 'berkas' };
    if (loose(a.nama) === w) return { id, by: 'nama' };
    if (a.singkatan && loose(a.singkatan) === w) return { id, by: 'singkatan' };
  }
  return null;
}
