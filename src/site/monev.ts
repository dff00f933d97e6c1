/**
 * Recorded monitoring and evaluation of the built site (sops/_data/evaluasi/), read by the
 * checker's own reader, and where each SOP stands as of the build date (SOP_TODAY when set).
 * The checker, run before every build, has reported broken records; they are left out here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { EvaluationSource } from '../core/catalog/catalog';
import { monevStatus, overdueMonevByAgency, type AgencyMonevOverdue, type MonevStatus } from '../core/review/monitoring-evaluation';
import { readEvaluationText } from '../core/source/read-sources';
import { classifyEvaluationPath, EVALUATIONS_DIR } from '../core/source/source-paths';
import { todayIso } from '../node/today';
import { siteCatalog, type SiteSop } from './catalog';
import { projectRoot } from './project-root';
import { perBuild } from './per-build';

function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const rel = prefix ? `${prefix}/${name}` : name;
      return statSync(join(dir, name)).isDirectory() ? listFiles(join(dir, name), rel) : [rel];
    });
}

function loadRecords(): EvaluationSource[] {
  const root = projectRoot();
  return listFiles(join(root, EVALUATIONS_DIR)).flatMap((rel) => {
    const kind = classifyEvaluationPath(rel);
    if (kind.kind !== 'record') return [];
    const file = `${EVALUATIONS_DIR}/${rel}`;
    const read = readEvaluationText(kind.sopId, kind.date, file, readFileSync(join(root, file), 'utf8'));
    return read.value ? [read.value] : [];
  });
}

const records: () => EvaluationSource[] = perBuild(loadRecords);

/** The SOP's last monitoring and evaluation, the next due dates, a pending recommendation. */
export function sopMonev(sop: SiteSop): MonevStatus {
  return monevStatus(sop, records(), sop.agency.data.siklus_tinjau_bulan, todayIso());
}

/** Per agency, the SOPs whose monitoring or evaluation is past due (/tinjau/). */
export async function overdueMonev(): Promise<AgencyMonevOverdue[]> {
  const catalog = await siteCatalog();
  return overdueMonevByAgency(catalog.sops, catalog.agencies, records(), todayIso());
}
