/**
 * Forms opened for SOPs: `?sop=<id>` names one SOP, `?instansi=<id>&bidang=<unit>` every SOP in
 * force of one unit (the monitoring form of a whole bidang). Fields declared with `dari_sop`
 * start from those SOPs: a scalar field from the first, a repeating group with one item per SOP.
 * Pure; the page script applies it once, when the form opens.
 */
import { isGroupField, type LetterTemplateMeta, type SopSource } from './field-types';
import type { GroupItem, LetterValues } from './form-values';

/** What a letter page knows of each SOP (page config). */
export interface SopFacts {
  instansi: string;
  /** "SOP <judul> Nomor <nomor>": how a letter cites it. */
  rujukan: string;
  judul: string;
  nomor: string;
  bidang?: string;
  /** In force (status berlaku). */
  berlaku: boolean;
}

/** The SOPs a URL names, in the order of `sops` (the site's order). */
export function sopsFromQuery(sops: Record<string, SopFacts>, query: { sop?: string | null; instansi?: string | null; bidang?: string | null }): SopFacts[] {
  if (query.sop) return Object.hasOwn(sops, query.sop) ? [sops[query.sop]!] : [];
  const bidang = query.bidang?.trim();
  if (!bidang || !query.instansi) return [];
  return Object.values(sops).filter((s) => s.berlaku && s.instansi === query.instansi && s.bidang?.trim() === bidang);
}

function sopValue(sop: SopFacts, source: SopSource): string {
  return source === 'bidang' ? sop.bidang ?? '' : sop[source];
}

/** Whether the template has any field filled from SOPs. */
export function usesSops(meta: LetterTemplateMeta): boolean {
  return meta.fields.some((f) => (isGroupField(f) ? f.fields.some((s) => s.dari_sop) : f.dari_sop));
}

/**
 * The values with every `dari_sop` field filled from `sops`. A scalar field already typed in
 * keeps its value; a group whose items hold anything typed is kept as it is.
 */
export function prefillFromSops(meta: LetterTemplateMeta, values: LetterValues, sops: readonly SopFacts[]): LetterValues {
  if (sops.length === 0) return values;
  const next: LetterValues = { ...values };
  for (const field of meta.fields) {
    if (isGroupField(field)) {
      const sourced = field.fields.filter((s) => s.dari_sop);
      if (sourced.length === 0) continue;
      const items = (Array.isArray(values[field.name]) ? values[field.name] : []) as GroupItem[];
      const typed = items.some((item) => field.fields.some((s) => (item[s.name] ?? '').trim() !== '' && (item[s.name] ?? '') !== (s.default ?? '')));
      if (typed) continue;
      next[field.name] = sops.slice(0, field.max).map((sop) =>
        Object.fromEntries(field.fields.map((s) => [s.name, s.dari_sop ? sopValue(sop, s.dari_sop) : s.default ?? ''])),
      );
    } else if (field.dari_sop) {
      const current = values[field.name];
      if (typeof current === 'string' && current.trim() !== '' && current !== (field.default ?? '')) continue;
      next[field.name] = sopValue(sops[0]!, field.dari_sop);
    }
  }
  return next;
}
