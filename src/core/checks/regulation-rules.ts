/**
 * Rules on one valid regulation of sops/_data/dasar-hukum.yaml beyond its schema: an id ending
 * in a year other than the entry's tahun or holding a number other than its nomor, a tahun after the current year, and a subject written
 * with its own "Tentang" (the title already prints "tentang" before it). The checker runs them
 * on the file, the editor on its regulations form; `at` is where the entry's fields are. One
 * regulation written twice under two ids is named on the later one.
 */
import type { Catalog } from '../catalog/catalog';
import { regulationTitle, type Regulation } from '../model/regulation';
import { formatPath, issue, type CheckIssue, type PathPart } from './issue';
import { MESSAGES } from './messages';
import { checkPlaceholders } from './placeholder-rules';
import { isPlaceholder } from '../model/placeholder';
import { looseText } from '../model/loose-text';

/**
 * Kinds of regulation written by their short names, and the names their titles print; a
 * regional one is followed by its region ("Peraturan Daerah Kota Medan").
 */
const SHORT_KINDS: Record<string, { full: string; regional?: boolean }> = {
  uu: { full: 'Undang-Undang' },
  uud: { full: 'Undang-Undang Dasar Negara Republik Indonesia' },
  perpu: { full: 'Peraturan Pemerintah Pengganti Undang-Undang' },
  perppu: { full: 'Peraturan Pemerintah Pengganti Undang-Undang' },
  pp: { full: 'Peraturan Pemerintah' },
  perpres: { full: 'Peraturan Presiden' },
  keppres: { full: 'Keputusan Presiden' },
  inpres: { full: 'Instruksi Presiden' },
  permensos: { full: 'Peraturan Menteri Sosial' },
  kepmensos: { full: 'Keputusan Menteri Sosial' },
  permendagri: { full: 'Peraturan Menteri Dalam Negeri' },
  permenpan: { full: 'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi' },
  'permenpan rb': { full: 'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi' },
  permenpanrb: { full: 'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi' },
  permenkes: { full: 'Peraturan Menteri Kesehatan' },
  perda: { full: 'Peraturan Daerah', regional: true },
  pergub: { full: 'Peraturan Gubernur', regional: true },
  perbup: { full: 'Peraturan Bupati', regional: true },
  perwako: { full: 'Peraturan Wali Kota', regional: true },
  perwal: { full: 'Peraturan Wali Kota', regional: true },
  perwali: { full: 'Peraturan Wali Kota', regional: true },
};

/** `today` as "YYYY-MM-DD". */
export function checkRegulation(file: string, id: string, r: Regulation, at: readonly PathPart[], today: string): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const field = (name: string) => formatPath([...at, name]);
  const idYear = /-((?:19|20)\d\d)$/.exec(id)?.[1];
  if (idYear && Number(idYear) !== r.tahun) {
    issues.push(issue(MESSAGES.regulationIdYear, file, field('tahun'), { id, idYear: Number(idYear), tahun: r.tahun, renamed: `${id.slice(0, -4)}${r.tahun}` }));
  }
  // "pp-39-2012" with nomor: "93": the number in the id (as the file's ids are made, jenis-nomor-tahun) and the nomor disagree.
  const idNomor = /-(\d+)-(?:19|20)\d\d$/.exec(id)?.[1];
  const nomor = r.nomor?.trim();
  const bare = (n: string) => n.replace(/^0+(?=\d)/, '');
  if (idNomor && nomor && /^\d+$/.test(nomor) && bare(nomor) !== bare(idNomor)) {
    issues.push(issue(MESSAGES.regulationIdNomor, file, field('nomor'), { id, idNomor: bare(idNomor), nomor, renamed: id.replace(/-\d+-((?:19|20)\d\d)$/, `-${bare(nomor)}-$1`) }));
  }
  const year = Number(today.slice(0, 4));
  if (r.tahun > year) issues.push(issue(MESSAGES.regulationFutureYear, file, field('tahun'), { tahun: r.tahun, year }));
  // "No. 11", "Nomor 11" or "11 Tahun 2009": the title prints "Nomor" and the year around the number itself.
  const labelled = r.nomor ? /^(?:(?:nomor|no\.?)\s*:?\s*)?(.+?)(?:\s+tahun\s+\d{4})?$/i.exec(r.nomor.trim()) : null;
  if (r.nomor && labelled && labelled[1] !== r.nomor.trim()) {
    issues.push(issue(MESSAGES.regulationNomorLabel, file, field('nomor'), { nomor: r.nomor, printed: regulationTitle(r), meant: labelled[1]! }));
  }
  // "UU", "Permensos", "Perda Kota Medan": the title prints the kind as written.
  const short = /^([a-z]+(?: rb)?)\.?(\s.*)?$/i.exec(r.jenis.trim());
  const kind = short ? SHORT_KINDS[short[1]!.toLowerCase()] : undefined;
  if (short && kind) {
    issues.push(issue(MESSAGES.regulationJenisShort, file, field('jenis'), { jenis: r.jenis, full: `${kind.full}${short[2] ?? ''}`, regional: !!kind.regional && !short[2], printed: regulationTitle(r) }));
  }
  const repeated = r.tentang ? /^(tentang)\b[\s:]*/i.exec(r.tentang) : null;
  if (repeated && r.tentang!.length > repeated[0].length) {
    issues.push(issue(MESSAGES.regulationTentangRepeated, file, field('tentang'), { word: repeated[1]!, rest: r.tentang!.slice(repeated[0].length) }));
  }
  return issues;
}

/** What makes a regulation the same one: its kind in loose text, its number without leading zeros, its year. */
const regulationKey = (r: Regulation) => `${looseText(r.jenis)}\u0000${(r.nomor ?? '').trim().replace(/^0+(?=\d)/, '').toLowerCase()}\u0000${r.tahun}`;

/** One regulation written twice under two ids: a warning on the later entry, naming the first. */
export function checkRegulationsTwice(file: string, regulations: ReadonlyMap<string, Regulation>): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const seen = new Map<string, [string, Regulation]>();
  for (const [id, r] of regulations) {
    if (isPlaceholder(r.jenis) || (r.nomor !== undefined && isPlaceholder(r.nomor))) continue;
    const key = regulationKey(r);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, [id, r]);
    else issues.push(issue(MESSAGES.regulationTwiceUnderIds, file, formatPath([id]), { id, first: first[0], title: regulationTitle({ ...first[1], tentang: undefined }) }));
  }
  return issues;
}

export function checkRegulations(catalog: Pick<Catalog, 'regulations' | 'regulationsFile'>, today: string): CheckIssue[] {
  // Placeholders: one warning each, at the field, as in agency and SOP files.
  return [
    ...[...catalog.regulations].flatMap(([id, r]) => [...checkRegulation(catalog.regulationsFile, id, r, [id], today), ...checkPlaceholders(catalog.regulationsFile, { [id]: r })]),
    ...checkRegulationsTwice(catalog.regulationsFile, catalog.regulations),
  ];
}
