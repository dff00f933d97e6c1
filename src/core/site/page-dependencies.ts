/**
 * What a built page depends on, as keys, for incremental republishing: the site catalog records
 * the keys of what it hands a page while the page renders (src/site/catalog.ts), the publisher
 * rebuilds only the pages that depend on a key an edit changed (src/node/publish/incremental.ts).
 *
 * An SOP changes its own key, and the keys of the catalog's queries whose answer may gain or lose
 * it: the SOPs of its agency, the SOPs citing a regulation, the SOPs a successor replaces. Those
 * are taken from its data before and after the edit, so that both the old and the new list are
 * rebuilt.
 */
import { citationId } from '../model/regulation';
import type { SopFrontmatter } from '../model/sop';

/** A page shows this SOP (any of its data, or its place in a list). */
export const sopKey = (id: string) => `sop:${id}`;
/** A page renders this SOP's MDX body. */
export const bodyKey = (id: string) => `isi:${id}`;
/** A page lists the SOPs of an agency (catalog.sopsOfAgency). */
export const agencyKey = (id: string) => `instansi:${id}`;
/** A page lists the SOPs citing a regulation (catalog.sopsCiting). */
export const regulationKey = (id: string) => `dasar-hukum:${id}`;
/** A page lists the SOPs replaced by an SOP (catalog.predecessorsOf). */
export const replacesKey = (id: string) => `menggantikan:${id}`;
/** A page shows something computed from the build date (review reminders). */
export const DATE_KEY = 'tanggal';

/** The keys an SOP's data puts it under: itself and the query answers that may hold it. */
export function sopKeys(id: string, data: Pick<SopFrontmatter, 'instansi' | 'dasar_hukum' | 'digantikan_oleh'>): string[] {
  const keys = [sopKey(id), agencyKey(data.instansi), ...data.dasar_hukum.map((c) => regulationKey(citationId(c)))];
  const successor = data.digantikan_oleh?.trim();
  if (successor) keys.push(replacesKey(successor));
  return [...new Set(keys)];
}
