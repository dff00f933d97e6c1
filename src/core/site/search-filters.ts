/**
 * The search filters of the SOP pages (Pagefind `data-pagefind-filter`) and of the search form:
 * one definition so the values a page is indexed with are exactly the options the form offers.
 */
import type { Agency } from '../model/agency';
import { regulationShortTitle, type Regulation } from '../model/regulation';
import type { SopFrontmatter } from '../model/sop';

export const SEARCH_FILTERS = [
  { key: 'instansi', label: 'Instansi' },
  { key: 'bidang', label: 'Bidang' },
  { key: 'sasaran', label: 'Sasaran' },
  { key: 'pelaksana', label: 'Pelaksana' },
  { key: 'dasar_hukum', label: 'Dasar hukum' },
] as const;

export type SearchFilterKey = (typeof SEARCH_FILTERS)[number]['key'];

export interface FilterableSop {
  data: SopFrontmatter;
  agency: { data: Agency };
  regulations: readonly { data: Regulation }[];
}

/** The filter values of one SOP. */
export function sopFilterValues(sop: FilterableSop): Record<SearchFilterKey, string[]> {
  return {
    instansi: [sop.agency.data.nama],
    bidang: sop.data.bidang ? [sop.data.bidang] : [],
    sasaran: [sop.data.sasaran],
    pelaksana: [...new Set(sop.data.pelaksana.map((p) => p.label))],
    dasar_hukum: sop.regulations.map((r) => regulationShortTitle(r.data)),
  };
}

/** Every value of every filter over a set of SOPs, sorted, for the search form. */
export function filterOptions(sops: readonly FilterableSop[]): Record<SearchFilterKey, string[]> {
  const out = Object.fromEntries(SEARCH_FILTERS.map((f) => [f.key, new Set<string>()])) as Record<
    SearchFilterKey,
    Set<string>
  >;
  for (const sop of sops) {
    const values = sopFilterValues(sop);
    for (const f of SEARCH_FILTERS) for (const v of values[f.key]) out[f.key].add(v);
  }
  const collator = new Intl.Collator('id', { numeric: true });
  return Object.fromEntries(
    SEARCH_FILTERS.map((f) => [f.key, [...out[f.key]].sort(collator.compare)]),
  ) as Record<SearchFilterKey, string[]>;
}
