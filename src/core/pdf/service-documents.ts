/**
 * The printed documents of the services (Standar Pelayanan), published as PDFs next to the SOP
 * PDFs: per service the counter poster (A4, A3) and its decree annex; per agency with services
 * the Maklumat Pelayanan and the book of its service standards (the decree annex for all its
 * services). Where each is printed from, where its PDF lives, and what the PDF says about
 * itself (metadata with dates taken from the services' SOPs, never the clock). Pure.
 */
import type { Agency } from '../model/agency';
import { agencyShortName } from '../model/agency-names';
import type { Service } from '../model/service';
import type { SopFrontmatter } from '../model/sop';
import { FALLBACK_DATE, sopDates, type PdfMetadata } from './metadata';

export type ServiceDocumentKind = 'poster-a4' | 'poster-a3' | 'standar-pelayanan';
export type AgencyDocumentKind = 'maklumat-pelayanan' | 'buku-standar-pelayanan';

/** The PDF of a service's document (site path). */
export function servicePdfUrl(serviceId: string, kind: ServiceDocumentKind): string {
  return `/pdf/layanan/${serviceId}-${kind}.pdf`;
}

/** The PDF of an agency's service document (site path). */
export function agencyServicePdfUrl(agencyId: string, kind: AgencyDocumentKind): string {
  return `/pdf/${agencyId}-${kind}.pdf`;
}

/** The print page of a service's document. */
export function servicePrintUrl(serviceId: string, kind: ServiceDocumentKind): string {
  return kind === 'standar-pelayanan' ? `/cetak/layanan/${serviceId}/lampiran/` : `/cetak/layanan/${serviceId}/${kind.slice('poster-'.length)}/`;
}

/** The print page of an agency's service document. */
export function agencyServicePrintUrl(agencyId: string, kind: AgencyDocumentKind): string {
  return kind === 'maklumat-pelayanan' ? `/cetak/maklumat/${agencyId}/` : `/cetak/standar-pelayanan/${agencyId}/`;
}

export interface ServiceDocument {
  /** Unique key in the PDF manifest, e.g. "layanan/<id>-poster-a4". */
  key: string;
  /** Print page (site path) the PDF is printed from. */
  page: string;
  /** The PDF (site path). */
  pdf: string;
  meta: PdfMetadata;
  /** Left part of the footer stamped on every page of a multi-page document; none on one-sheet documents. */
  footer?: string;
}

export interface ServiceDocumentInput {
  services: readonly { id: string; data: Service }[];
  sops: readonly { id: string; data: SopFrontmatter }[];
  agencies: ReadonlyMap<string, { data: Agency }>;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Earliest creation and latest modification among the SOPs (fixed fallback when none has a date). */
function datesOf(sops: readonly SopFrontmatter[]): { creationDate: Date; modificationDate: Date } {
  const d = sops.map(sopDates);
  const created = d.map((x) => x.created).filter((x) => x !== FALLBACK_DATE).sort()[0] ?? FALLBACK_DATE;
  const modified = d.map((x) => x.modified).filter((x) => x !== FALLBACK_DATE).sort().at(-1) ?? created;
  return { creationDate: utc(created), modificationDate: utc(modified < created ? created : modified) };
}

/**
 * Every service document, services in id order, then the agencies with services in id order.
 * A service whose SOPs or agency are missing is left out (the checker reports it).
 */
export function serviceDocuments(input: ServiceDocumentInput): ServiceDocument[] {
  const sopById = new Map(input.sops.map((s) => [s.id, s.data]));
  const byAgency = new Map<string, { nama: string; sops: SopFrontmatter[] }[]>();
  const docs: ServiceDocument[] = [];
  for (const s of [...input.services].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const sops = s.data.sop.map((id) => sopById.get(id));
    if (!sops.length || sops.some((x) => !x)) continue;
    const found = sops as SopFrontmatter[];
    const agency = input.agencies.get(found[0]!.instansi)?.data;
    if (!agency) continue;
    byAgency.set(found[0]!.instansi, [...(byAgency.get(found[0]!.instansi) ?? []), { nama: s.data.nama, sops: found }]);
    const base = {
      author: agency.nama,
      keywords: ['Standar Pelayanan', 'Layanan', agencyShortName(agency), ...s.data.kata_kunci],
      language: 'id-ID',
      ...datesOf(found),
    };
    for (const kertas of ['a4', 'a3'] as const) {
      const kind = `poster-${kertas}` as const;
      docs.push({
        key: `layanan/${s.id}-${kind}`,
        page: servicePrintUrl(s.id, kind),
        pdf: servicePdfUrl(s.id, kind),
        meta: { ...base, title: `Poster Layanan ${s.data.nama}`, subject: `Standar Pelayanan ${s.data.nama}: enam komponen untuk masyarakat (${kertas.toUpperCase()})` },
      });
    }
    docs.push({
      key: `layanan/${s.id}-standar-pelayanan`,
      page: servicePrintUrl(s.id, 'standar-pelayanan'),
      pdf: servicePdfUrl(s.id, 'standar-pelayanan'),
      meta: { ...base, title: `Standar Pelayanan ${s.data.nama}`, subject: `Lampiran keputusan tentang Standar Pelayanan: 14 komponen ${s.data.nama}` },
      footer: `Standar Pelayanan ${s.data.nama}`,
    });
  }
  for (const agencyId of [...byAgency.keys()].sort()) {
    const agency = input.agencies.get(agencyId)!.data;
    const services = byAgency.get(agencyId)!;
    const base = {
      author: agency.nama,
      keywords: ['Standar Pelayanan', 'Maklumat Pelayanan', agencyShortName(agency)],
      language: 'id-ID',
      ...datesOf(services.flatMap((s) => s.sops)),
    };
    docs.push({
      key: `${agencyId}-maklumat-pelayanan`,
      page: agencyServicePrintUrl(agencyId, 'maklumat-pelayanan'),
      pdf: agencyServicePdfUrl(agencyId, 'maklumat-pelayanan'),
      meta: { ...base, title: `Maklumat Pelayanan ${agency.nama}`, subject: `Maklumat Pelayanan (${services.length} layanan)` },
    });
    docs.push({
      key: `${agencyId}-buku-standar-pelayanan`,
      page: agencyServicePrintUrl(agencyId, 'buku-standar-pelayanan'),
      pdf: agencyServicePdfUrl(agencyId, 'buku-standar-pelayanan'),
      meta: { ...base, title: `Buku Standar Pelayanan ${agency.nama}`, subject: `Lampiran keputusan tentang Standar Pelayanan (${services.length} layanan, 14 komponen)` },
      footer: `Standar Pelayanan ${agency.singkatan}`,
    });
  }
  return docs;
}
