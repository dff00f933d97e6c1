/**
 * Recorded monitoring and evaluation of the built site (sops/_data/evaluasi/, as the checker read
 * them into the catalog), and where each SOP stands as of the build date (SOP_TODAY when set).
 * The checker, run before every build, has reported broken records; they are left out here.
 */
import { monevStatus, overdueMonevByAgency, type AgencyMonevOverdue, type MonevStatus } from '../core/review/monitoring-evaluation';
import { todayIso } from '../node/today';
import { siteCatalog, type SiteCatalog, type SiteSop } from './catalog';

/** The SOP's last monitoring and evaluation, the next due dates, a pending recommendation. */
export function sopMonev(sop: SiteSop, catalog: Pick<SiteCatalog, 'evaluations'>): MonevStatus {
  return monevStatus(sop, catalog.evaluations, sop.agency.data.siklus_tinjau_bulan, todayIso());
}

/** Per agency, the SOPs whose monitoring or evaluation is past due (/tinjau/). */
export async function overdueMonev(): Promise<AgencyMonevOverdue[]> {
  const catalog = await siteCatalog();
  return overdueMonevByAgency(catalog.sops, catalog.agencies, catalog.evaluations, todayIso());
}
