/**
 * Rules across files: agencies, regulations, related SOPs, letter templates and logos exist,
 * and nomor (error) and judul (warning) are unique within an agency. A reference to an agency
 * regulation or SOP whose own entry is broken is not reported again (no cascades).
 */
import { isBrokenSop, type AgencySource, type Catalog, type SopSource } from '../catalog/catalog';
import { citationId } from '../model/regulation';
import { agencyFileBase, agencyNamedBy } from '../model/agency-names';
import { ID, idOf, idProblem } from '../model/id';
import { SOP_FIELD_HELP } from './field-help';
import { isPlaceholder } from '../model/placeholder';
import { issue, type CheckIssue } from './issue';
import { MESSAGES } from './messages';
import { bareSopId, closest, closestSop, sopNamedBy } from './suggest';
import { computerFileName } from './computer-path';
import { publicAddress } from './public-address';
import { looseText } from '../model/loose-text';

export function checkReferences(sop: SopSource, catalog: Catalog): CheckIssue[] {
  const { file, data } = sop;
  const issues: CheckIssue[] = [];
  const agencyIds = [...catalog.agencies.keys()];
  if (!ID.test(data.instansi)) {
    // Not an id: the agency's name or short name, an id in capitals, or an agency not there.
    const written = data.instansi;
    const named = agencyNamedBy(written, [...catalog.agencies].map(([id, a]) => [id, a.data] as const));
    const meant = idOf(agencyFileBase(written) ?? written);
    if (named) issues.push(issue(MESSAGES.agencyNotId, file, 'instansi', { written, id: named.id, by: named.by, ids: agencyIds, slug: null }));
    else if (meant && (catalog.agencies.has(meant) || catalog.broken?.agencies.has(meant))) issues.push(issue(MESSAGES.badFormat, file, 'instansi', { detail: idProblem(written, 'instansi', 'dinsos-tanjungpinang')! }, SOP_FIELD_HELP.instansi));
    else issues.push(issue(MESSAGES.agencyNotId, file, 'instansi', { written, id: null, by: null, ids: agencyIds, slug: meant }));
  } else if (!catalog.agencies.has(data.instansi) && !catalog.broken?.agencies.has(data.instansi)) {
    issues.push(issue(MESSAGES.unknownAgency, file, 'instansi', { id: data.instansi, guess: closest(data.instansi, agencyIds), ids: agencyIds }));
  }
  const regulationIds = [...catalog.regulations.keys()];
  if (!catalog.broken?.regulationsFile) data.dasar_hukum.forEach((c, i) => {
    const id = citationId(c);
    if (catalog.regulations.has(id) || catalog.broken?.regulations.has(id)) return;
    const path = typeof c === 'string' ? `dasar_hukum[${i}]` : `dasar_hukum[${i}].id`;
    issues.push(issue(MESSAGES.unknownRegulation, file, path, { id, file: catalog.regulationsFile, guess: closest(id, regulationIds) }));
  });
  const sopIds = catalog.sops.map((s) => s.id);
  const others = catalog.sops.filter((s) => s.id !== sop.id);
  data.keterkaitan.forEach((rel, i) => {
    if (typeof rel === 'string') {
      const named = sopNamedBy(rel, others);
      // An SOP's id written as plain text: printed as the id, not as the SOP's title with a link.
      const id = bareSopId(rel);
      if (id !== sop.id && (sopIds.includes(id) || isBrokenSop(catalog, id))) issues.push(issue(MESSAGES.relatedAsText, file, `keterkaitan[${i}]`, { id }));
      // Another SOP's title or nomor, as the document's Keterkaitan cell names it.
      else if (named) issues.push(issue(MESSAGES.relatedAsText, file, `keterkaitan[${i}]`, { id: named.id, by: named.by, written: rel }));
      return;
    }
    if (rel.sop === sop.id) issues.push(issue(MESSAGES.relatedSelf, file, `keterkaitan[${i}].sop`, {}));
    else if (!sopIds.includes(rel.sop) && !isBrokenSop(catalog, rel.sop)) {
      const named = sopNamedBy(rel.sop, others);
      issues.push(issue(MESSAGES.unknownRelated, file, `keterkaitan[${i}].sop`, { id: rel.sop, guess: named?.id ?? closestSop(rel.sop, sopIds), by: named?.by ?? null }));
    }
  });
  const letters = catalog.letterTemplates;
  if (letters) {
    const known = [...letters];
    data.langkah.forEach((step, i) => {
      step.surat.forEach((id, j) => {
        if (!letters.has(id)) issues.push(issue(MESSAGES.unknownLetter, file, `langkah[${i}].surat[${j}]`, { id, guess: closest(id, known), ids: known }));
      });
    });
  }
  return issues;
}

/** A logo on another site: "https://...", "http://...", "//host/..." or "www.host/...". */
const REMOTE_LOGO = /^(?:https?:)?\/\/|^www\./i;
/** A file name the letters print as a logo (letter-context.ts). */
const LOGO_NAME = /^[A-Za-z0-9._-]+\.(?:svg|png|jpg|jpeg|webp)$/i;

/** Documents a logo is kept in at the office, which no kop can print, and how the message names each. */
const DOCUMENT_KINDS: Record<string, string> = {
  pdf: 'PDF', doc: 'Word', docx: 'Word', odt: 'dokumen', xls: 'Excel', xlsx: 'Excel', ppt: 'PowerPoint', pptx: 'PowerPoint',
  cdr: 'CorelDRAW', ai: 'Illustrator', psd: 'Photoshop', eps: 'EPS',
};

/** An agency's logo must be a file under public/ (or a placeholder). */
export function checkAgencyFiles(agency: AgencySource, catalog: Pick<Catalog, 'publicFileExists'>): CheckIssue[] {
  const logo = agency.data.logo;
  if (!logo || isPlaceholder(logo)) return [];
  if (REMOTE_LOGO.test(logo.trim())) {
    // The PDFs load nothing but the site's own files, and the letters' pages likewise: saved under public/ it prints everywhere.
    const last = logo.trim().replace(/[?#].*$/, '').split('/').pop() ?? '';
    const address = `/logo/${LOGO_NAME.test(last) ? last : `${agency.id}.png`}`;
    return [issue(MESSAGES.logoRemote, agency.file, 'logo', { logo: logo.trim(), address, exists: catalog.publicFileExists?.(address) ?? false })];
  }
  // "/logo/pemko.pdf": the logo as the office keeps it, in a document; the kop prints images only.
  const extension = /\.([a-z]+)$/i.exec(logo.trim());
  const kind = extension ? DOCUMENT_KINDS[extension[1]!.toLowerCase()] : undefined;
  if (kind) {
    const slashed = logo.trim().replace(/\\/g, '/');
    const name = slashed.split('/').pop()!.replace(/\.[a-z]+$/i, '.png').replace(/\s+/g, '-');
    return [issue(MESSAGES.logoNotImage, agency.file, 'logo', { logo: logo.trim(), kind, address: `/logo/${name}` })];
  }
  if (!catalog.publicFileExists) return [];
  const onComputer = computerFileName(logo);
  if (onComputer) return [issue(MESSAGES.fileOnComputer, agency.file, 'logo', { path: logo, name: onComputer, folder: 'logo' })];
  // "logo\medan.png", as Windows' folders write it: the site's addresses take "/".
  if (logo.includes('\\')) {
    const slashed = logo.trim().replace(/\\/g, '/');
    const address = publicAddress(slashed) ?? `/${slashed.replace(/^\.?\/+/, '')}`;
    return [issue(MESSAGES.logoMissing, agency.file, 'logo', { logo, address, exists: catalog.publicFileExists(address), backslash: true })];
  }
  // "logo/medan.png" without its "/" is found under public/ too, but the pages would look for it beside themselves.
  if (logo.startsWith('/') && catalog.publicFileExists(logo)) return [];
  // The address of a file under public/, as the site serves it: "/logo/medan.png" for "public/logo/medan.png" or "logo/medan.png".
  const address = publicAddress(logo) ?? `/${logo.replace(/^\.?\//, '')}`;
  return [issue(MESSAGES.logoMissing, agency.file, 'logo', { logo, address, exists: address !== logo && catalog.publicFileExists(address) })];
}

/**
 * The same nomor twice in one agency is an error, the same judul a warning, on each SOP that
 * comes after the first in `sops`' order (file order for a project; the editor puts the entry
 * being edited last).
 */
export function checkUniqueWithinAgency(sops: readonly SopSource[]): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const nomors = new Map<string, SopSource>();
  const juduls = new Map<string, SopSource>();
  for (const sop of sops) {
    const { instansi, nomor, judul } = sop.data;
    if (!isPlaceholder(nomor)) {
      const key = `${instansi}\u0000${nomor.replace(/\s+/g, '')}`;
      const first = nomors.get(key);
      if (first) issues.push(issue(MESSAGES.duplicateNomor, sop.file, 'nomor', { nomor, first: first.file }));
      else nomors.set(key, sop);
    }
    if (!isPlaceholder(judul)) {
      const key = `${instansi}\u0000${looseText(judul)}`;
      const first = juduls.get(key);
      if (first) issues.push(issue(MESSAGES.duplicateJudul, sop.file, 'judul', { judul, first: first.file }));
      else juduls.set(key, sop);
    }
  }
  return issues;
}
