/** Runs every cross-file rule over a loaded catalog. Schema errors are reported by the loader. */
import type { Catalog } from '../catalog/catalog';
import { checkFlow } from './flow-rules';
import { checkAgencyFreshness, checkSopFreshness } from './freshness-rules';
import type { CheckIssue } from './issue';
import { checkReferences, checkUniqueNomor } from './reference-rules';

/** `today` as "YYYY-MM-DD" (passed in so that checks are reproducible). */
export function checkCatalog(catalog: Catalog, today: string): CheckIssue[] {
  return [
    ...catalog.sops.flatMap((sop) => [
      ...checkFlow(sop),
      ...checkReferences(sop, catalog),
      ...checkSopFreshness(sop, today),
    ]),
    ...checkUniqueNomor(catalog),
    ...[...catalog.agencies.values()].flatMap(checkAgencyFreshness),
  ];
}
