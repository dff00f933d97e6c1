/**
 * Rules on services (sops/_layanan/<id>.yaml) beyond their schema: the SOPs they name exist,
 * are named once and belong to one agency; a value the SOPs already hold (jangka waktu, biaya,
 * produk) is stated differently only with an alasan (the same value in other words, "Rp 0" for
 * "Gratis", is no difference); the cost is known somewhere; placeholders are
 * listed; an agency with services names its complaint channels; no two services of one agency
 * share a name.
 */
import { isEnded } from '../model/sop';
import { isBrokenSop, type Catalog, type ServiceSource, type SopSource } from '../catalog/catalog';
import { derivedBiaya, derivedJangkaWaktu, derivedProduk, sameJangkaWaktu, sameProduk } from '../service/standard';
import { sameBiaya } from '../service/biaya';
import { issue, type CheckIssue } from './issue';
import { MESSAGES } from './messages';
import { numberedItems, ownBullet, ownNumber } from '../model/item-numbering';
import { checkPlaceholders } from './placeholder-rules';
import { closestSop, sopNamedBy } from './suggest';
import { SITE_FILE } from '../model/source-files';
import { looseValue } from '../model/loose-text';

/** The service's SOPs that exist, in its order (unknown ones are reported by checkService). */
export function servicesSops(service: ServiceSource, catalog: Pick<Catalog, 'sops'>): SopSource[] {
  const byId = new Map(catalog.sops.map((s) => [s.id, s]));
  return [...new Set(service.data.sop)].flatMap((id) => byId.get(id) ?? []);
}

/**
 * `derived: false` leaves out the rules that compare with what the SOPs hold (time, cost, product):
 * the editor's snapshot knows the SOPs by id, agency and status only; `npm run check` and the
 * build apply them.
 */
export function checkService(service: ServiceSource, catalog: Catalog, options: { derived?: boolean } = {}): CheckIssue[] {
  const { file, data } = service;
  const issues: CheckIssue[] = [];
  const ids = catalog.sops.map((s) => s.id);
  const byId = new Map(catalog.sops.map((s) => [s.id, s]));
  const seen = new Map<string, number>();
  let firstAgency: string | undefined;
  let allFound = true;
  data.sop.forEach((id, i) => {
    const sop = byId.get(id);
    if (!sop) {
      allFound = false;
      if (!isBrokenSop(catalog, id)) {
        const named = sopNamedBy(id, catalog.sops);
        issues.push(issue(MESSAGES.serviceUnknownSop, file, `sop[${i}]`, { id, guess: named?.id ?? closestSop(id, ids), ids, by: named?.by ?? null }));
      }
      return;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push(issue(MESSAGES.serviceDuplicateSop, file, `sop[${i}]`, { id, first }));
      return;
    }
    seen.set(id, i);
    if (firstAgency === undefined) firstAgency = sop.data.instansi;
    else if (sop.data.instansi !== firstAgency) {
      issues.push(issue(MESSAGES.serviceMixedAgencies, file, `sop[${i}]`, { id, instansi: sop.data.instansi, first: firstAgency }));
    }
    if (isEnded(sop.data.status)) {
      const successor = sop.data.status === 'digantikan' ? sop.data.digantikan_oleh?.trim() ?? null : null;
      issues.push(issue(MESSAGES.serviceRevokedSop, file, `sop[${i}]`, { id, status: sop.data.status, successor }));
    }
  });

  if (allFound && options.derived !== false) {
    const sops = servicesSops(service, catalog);
    // A value that says what the SOPs say ("Rp 0" for "Gratis", "35 menit" for their total) is no difference to explain.
    if (data.jangka_waktu && !data.jangka_waktu.alasan && !sameJangkaWaktu(data.jangka_waktu.teks, sops)) {
      issues.push(issue(MESSAGES.serviceStatedWithoutReason, file, 'jangka_waktu', { field: 'Jangka waktu', derived: derivedJangkaWaktu(sops).teks }));
    }
    const produk = derivedProduk(sops);
    if (data.produk && !data.produk.alasan && produk.items.length && !sameProduk(data.produk.teks, produk.items)) {
      issues.push(issue(MESSAGES.serviceStatedWithoutReason, file, 'produk', { field: 'Produk', derived: produk.items.join('; ') }));
    }
    const biaya = derivedBiaya(sops);
    if (data.biaya && !data.biaya.alasan && biaya && !sameBiaya(data.biaya.teks, biaya.teks)) {
      issues.push(issue(MESSAGES.serviceStatedWithoutReason, file, 'biaya', { field: 'Biaya', derived: biaya.teks }));
    }
    if (!data.biaya && !biaya) issues.push(issue(MESSAGES.serviceNoBiaya, file, '', { sops: sops.map((s) => s.id).join(', ') }));
  }
  for (const field of ['persyaratan', 'prosedur'] as const) {
    data[field].forEach((item, i) => {
      const numbered = ownNumber(item);
      if (numbered) issues.push(issue(MESSAGES.serviceItemNumbered, file, `${field}[${i}]`, { field, n: i + 1, ...numbered, items: numberedItems(item) ?? [numbered.rest] }));
    });
  }
  // A Word bullet pasted with the item prints beside the list's own mark ("☐ • KTP", "1. • Datang").
  for (const field of ['persyaratan', 'prosedur', 'sarana', 'pengawasan_internal'] as const) {
    data[field].forEach((item, i) => {
      const bullet = ownBullet(item);
      if (bullet) issues.push(issue(MESSAGES.serviceItemBulleted, file, `${field}[${i}]`, { field, ...bullet }));
    });
  }
  // The decree's annex numbers its services ("1. Surat Keterangan Tidak Mampu"); the name is the page's title.
  const nameNumber = ownNumber(data.nama);
  if (nameNumber) issues.push(issue(MESSAGES.serviceNameNumbered, file, 'nama', nameNumber));
  return [...issues, ...checkPlaceholders(file, data)];
}

/** Every service, and each agency that has services but no complaint channel. */
export function checkServices(catalog: Catalog): CheckIssue[] {
  const services = catalog.services ?? [];
  const issues = services.flatMap((s) => checkService(s, catalog));
  const count = new Map<string, number>();
  for (const s of services) {
    const agency = servicesSops(s, catalog)[0]?.data.instansi;
    if (agency) count.set(agency, (count.get(agency) ?? 0) + 1);
  }
  for (const [id, n] of count) {
    const agency = catalog.agencies.get(id);
    if (agency && agency.data.pengaduan.length === 0) issues.push(issue(MESSAGES.agencyNoComplaints, agency.file, 'pengaduan', { count: n }));
  }
  // A copy of another service's file whose name was not changed: two entries of one name in the agency's list.
  const named = new Map<string, string>();
  for (const s of [...services].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const key = `${servicesSops(s, catalog)[0]?.data.instansi ?? ''}\u0000${looseValue(s.data.nama)}`;
    const first = named.get(key);
    if (first === undefined) named.set(key, s.file);
    else issues.push(issue(MESSAGES.serviceDuplicateName, s.file, 'nama', { nama: s.data.nama.trim(), first }));
  }
  // Printed posters would point nowhere (null: neither situs.yaml nor the build names the address).
  if (services.length && catalog.siteUrl === null) issues.push(issue(MESSAGES.siteUrlMissing, SITE_FILE, 'alamat', { count: services.length }));
  return issues;
}
