/**
 * Runs every rule beyond the schemas: over one SOP (the editor checks one entry against a
 * catalog snapshot) or over a whole loaded catalog (`npm run check`, the build, the dev server).
 * Schema errors are reported by the source readers (src/core/source).
 */
import { checkAgencyCity, checkAgencyDash, checkKopLines } from './agency-dash-rules';
import { checkComplaintChannels } from './complaint-rules';
import type { AgencySource, Catalog, SopSource } from '../catalog/catalog';
import { checkDocument } from './document-rules';
import { checkFlow } from './flow-rules';
import { checkIdentityText } from './identity-rules';
import { checkOfficialDash, checkOfficialText } from './official-rules';
import { checkOfficialRank } from './rank-rules';
import type { CheckIssue } from './issue';
import { checkPlaceholders } from './placeholder-rules';
import { checkRegulations } from './regulation-rules';
import { checkAgencyFiles, checkReferences, checkUniqueWithinAgency } from './reference-rules';
import { checkEvaluations } from './evaluation-rules';
import { checkServices } from './service-rules';
import { checkStatus } from './status-rules';
import { checkWaktu } from './waktu-rules';

/** The rules on one valid SOP alone. `today` as "YYYY-MM-DD" (passed in so checks are reproducible). */
function checkOneSop(sop: SopSource, catalog: Catalog, today: string): CheckIssue[] {
  return [
    ...checkFlow(sop),
    ...checkWaktu(sop),
    ...checkReferences(sop, catalog),
    ...checkStatus(sop, catalog, today),
    ...checkDocument(sop, catalog, today),
    ...checkIdentityText(sop),
    ...(sop.data.disahkan_oleh ? [...checkOfficialDash(sop.file, 'disahkan_oleh', sop.data.disahkan_oleh), ...checkOfficialText(sop.file, 'disahkan_oleh', sop.data.disahkan_oleh), ...checkOfficialRank(sop.file, 'disahkan_oleh', sop.data.disahkan_oleh)] : []),
    ...checkPlaceholders(sop.file, sop.data, sop.bodyLine ? { text: sop.body, line: sop.bodyLine } : undefined),
  ];
}

/**
 * Every rule on one SOP being edited, against the rest of the catalog (which need not contain
 * it): what the editor shows at the entry's fields.
 */
export function checkSop(sop: SopSource, catalog: Catalog, today: string): CheckIssue[] {
  const others = catalog.sops.filter((o) => o.file !== sop.file && o.data.instansi === sop.data.instansi);
  const withSop = { ...catalog, sops: [...catalog.sops.filter((o) => o.file !== sop.file), sop] };
  return [
    ...checkOneSop(sop, withSop, today),
    ...checkUniqueWithinAgency([...others, sop]).filter((i) => i.file === sop.file),
  ];
}

export function checkCatalog(catalog: Catalog, today: string): CheckIssue[] {
  const byFile = [...catalog.sops].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return [
    ...catalog.sops.flatMap((sop) => checkOneSop(sop, catalog, today)),
    ...checkUniqueWithinAgency(byFile),
    ...[...catalog.agencies.values()].flatMap((agency) => checkAgency(agency, catalog)),
    ...checkRegulations(catalog, today),
    ...checkServices(catalog),
    ...checkEvaluations(catalog, today),
  ];
}

/** The rules on one valid agency beyond its schema (the editor checks one agency with it too). */
export function checkAgency(agency: AgencySource, catalog: Pick<Catalog, 'publicFileExists'>): CheckIssue[] {
  return [...checkAgencyFiles(agency, catalog), ...checkAgencyDash(agency), ...checkKopLines(agency), ...checkAgencyCity(agency), ...checkComplaintChannels(agency), ...checkOfficialDash(agency.file, 'kepala', agency.data.kepala), ...checkOfficialText(agency.file, 'kepala', agency.data.kepala), ...checkOfficialRank(agency.file, 'kepala', agency.data.kepala), ...checkPlaceholders(agency.file, agency.data)];
}
