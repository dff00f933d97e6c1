/**
 * Rules on one valid regulation of sops/_data/dasar-hukum.yaml beyond its schema: an id ending
 * in a year other than the entry's tahun, a tahun after the current year, and a subject written
 * with its own "Tentang" (the title already prints "tentang" before it). The checker runs them
 * on the file, the editor on its regulations form; `at` is where the entry's fields are.
 */
import type { Catalog } from '../catalog/catalog';
import { regulationTitle, type Regulation } from '../model/regulation';
import { formatPath, issue, type CheckIssue, type PathPart } from './issue';
import { MESSAGES } from './messages';

/** `today` as "YYYY-MM-DD". */
export function checkRegulation(file: string, id: string, r: Regulation, at: readonly PathPart[], today: string): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const field = (name: string) => formatPath([...at, name]);
  const idYear = /-((?:19|20)\d\d)$/.exec(id)?.[1];
  if (idYear && Number(idYear) !== r.tahun) {
    issues.push(issue(MESSAGES.regulationIdYear, file, field('tahun'), { id, idYear: Number(idYear), tahun: r.tahun, renamed: `${id.slice(0, -4)}${r.tahun}` }));
  }
  const year = Number(today.slice(0, 4));
  if (r.tahun > year) issues.push(issue(MESSAGES.regulationFutureYear, file, field('tahun'), { tahun: r.tahun, year }));
  // "No. 11", "Nomor 11" or "11 Tahun 2009": the title prints "Nomor" and the year around the number itself.
  const labelled = r.nomor ? /^(?:(?:nomor|no\.?)\s*:?\s*)?(.+?)(?:\s+tahun\s+\d{4})?$/i.exec(r.nomor.trim()) : null;
  if (r.nomor && labelled && labelled[1] !== r.nomor.trim()) {
    issues.push(issue(MESSAGES.regulationNomorLabel, file, field('nomor'), { nomor: r.nomor, printed: regulationTitle(r), meant: labelled[1]! }));
  }
  const repeated = r.tentang ? /^(tentang)\b[\s:]*/i.exec(r.tentang) : null;
  if (repeated && r.tentang!.length > repeated[0].length) {
    issues.push(issue(MESSAGES.regulationTentangRepeated, file, field('tentang'), { word: repeated[1]!, rest: r.tentang!.slice(repeated[0].length) }));
  }
  return issues;
}

export function checkRegulations(catalog: Pick<Catalog, 'regulations' | 'regulationsFile'>, today: string): CheckIssue[] {
  return [...catalog.regulations].flatMap(([id, r]) => checkRegulation(catalog.regulationsFile, id, r, [id], today));
}
