/**
 * The site's view of the project's sources: every SOP with its agency, the regulations it cites
 * and its computed total time; agencies and regulations with the SOPs that belong to or cite them.
 * Made from the checker's catalog (src/node/load-sources.ts), so the site shows exactly what the
 * checker accepted (e.g. `nomor: 08` stays "08", `telepon: 0771...` keeps its 0): the one the
 * publisher's check has just read (src/node/publish/checked-sources.ts), or read now (`astro dev`,
 * a plain `astro build`). Loaded once per build.
 */
import type { Catalog, EvaluationSource } from '../core/catalog/catalog';
import type { Agency } from '../core/model/agency';
import { citationArticle, citationId, type Regulation } from '../core/model/regulation';
import { projectRoot } from './project-root';
import { perBuild } from './per-build';
import type { SopFrontmatter } from '../core/model/sop';
import { serviceStandard, type ServiceStandard } from '../core/service/standard';
import { totalWaktuOfSop, type WaktuTotal } from '../core/flow/total-time';
import { compareNatural, compareSops } from '../core/catalog/sop-order';
import { predecessorsOf } from '../core/site/status-links';
import { agencyUrl, regulationUrl, serviceUrl, sopUrl } from '../core/site/urls';
import { agencyKey, bodyKey, regulationKey, replacesKey, sopKey } from '../core/site/page-dependencies';
import { dependsOn, tracked } from '../node/publish/page-deps';
import { checkedCatalog } from '../node/publish/checked-sources';
import { loadSources } from '../node/load-sources';
import { shardAgencyIds } from '../node/shard-env';

export interface SiteAgency {
  id: string;
  url: string;
  data: Agency;
}

export interface SiteRegulation {
  id: string;
  url: string;
  data: Regulation;
}

export interface SiteSop {
  id: string;
  url: string;
  /** Where its narrative comes from, for render-narrative.ts (pictures, lines of mermaid's messages). */
  source: { file: string; bodyLine: number };
  /** The MDX narrative, trimmed. */
  body: string;
  data: SopFrontmatter;
  agency: SiteAgency;
  /** Cited regulations, in the SOP's order, with the article cited if any. */
  regulations: (SiteRegulation & { pasal?: string })[];
  total: WaktuTotal;
}

/** A service for the public with its Standar Pelayanan (src/core/service/standard.ts). */
export interface SiteService {
  id: string;
  url: string;
  standard: ServiceStandard;
  agency: SiteAgency;
  /** The SOPs that carry it out, in the service's order. */
  sops: SiteSop[];
  /** Regulations of the derived dasar hukum, with the article cited if any. */
  regulations: (SiteRegulation & { pasal?: string })[];
}

export interface SiteCatalog {
  /** In the one order of SOPs (core/catalog/sop-order.ts). */
  sops: SiteSop[];
  /** Ordered by agency, then name. */
  services: SiteService[];
  /** Ordered by id. */
  agencies: SiteAgency[];
  /** Ordered by year, then kind, then number. */
  regulations: SiteRegulation[];
  /** The monitoring and evaluation records the checker read (sops/_data/evaluasi/). */
  evaluations: readonly EvaluationSource[];
  sop(id: string): SiteSop | undefined;
  /** The SOPs replaced by `id` (status digantikan, digantikan_oleh: id), in catalog order. */
  predecessorsOf(id: string): SiteSop[];
  sopsOfAgency(agencyId: string): SiteSop[];
  sopsCiting(regulationId: string): SiteSop[];
  servicesOfAgency(agencyId: string): SiteService[];
  /**
   * What this build renders a page of its own for: every SOP, service and agency, or only those
   * of a shard's agencies (`npm run build -- --instansi`, src/core/catalog/shard.ts). Lists and
   * other global pages use the whole catalog in every build.
   */
  shard: { sops: SiteSop[]; services: SiteService[]; agencies: SiteAgency[] };
}

/**
 * The services under sops/_layanan/ as the checker read them. The checker (run before every
 * build) has reported unreadable files and unknown SOPs; such a service is left out.
 */
function loadServices(sources: Catalog, sopById: Map<string, SiteSop>, regulationById: Map<string, SiteRegulation>): SiteService[] {
  const collator = new Intl.Collator('id', { numeric: true });
  return [...(sources.services ?? [])]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .flatMap((service): SiteService[] => {
      const sops = service.data.sop.map((id) => sopById.get(id));
      if (sops.length === 0 || sops.some((s) => s === undefined)) return [];
      const found = sops as SiteSop[];
      const standard = serviceStandard(service.id, service.data, found.map((s) => ({ id: s.id, data: s.data, body: s.body })), found[0]!.agency.data);
      const regulations = standard.dasar_hukum.flatMap((c) => {
        const r = regulationById.get(citationId(c));
        return r ? [{ ...r, pasal: citationArticle(c) }] : [];
      });
      return [{ id: service.id, url: serviceUrl(service.id), standard, agency: found[0]!.agency, sops: found, regulations }];
    })
    .sort((a, b) => compareNatural(a.agency.id, b.agency.id) || collator.compare(a.standard.nama, b.standard.nama));
}

async function load(): Promise<SiteCatalog> {
  const sources = checkedCatalog(projectRoot()) ?? loadSources(projectRoot()).catalog;
  const agencies = [...sources.agencies.values()]
    .map((a): SiteAgency => ({ id: a.id, url: agencyUrl(a.id), data: a.data }))
    .sort((a, b) => compareNatural(a.id, b.id));
  const regulations = [...sources.regulations]
    .map(([id, data]): SiteRegulation => ({ id, url: regulationUrl(id), data }))
    .sort(
      (a, b) =>
        a.data.tahun - b.data.tahun ||
        compareNatural(a.data.jenis, b.data.jenis) ||
        compareNatural(a.data.nomor ?? '', b.data.nomor ?? ''),
    );
  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  const regulationById = new Map(regulations.map((r) => [r.id, r]));

  const sops = sources.sops
    .map((entry): SiteSop => {
      const agency = agencyById.get(entry.data.instansi);
      // The checker (run before every build) reports unknown agencies and regulations first.
      if (!agency) throw new Error(`SOP ${entry.id}: instansi "${entry.data.instansi}" tidak ditemukan.`);
      const cited = entry.data.dasar_hukum.map((c) => {
        const r = regulationById.get(citationId(c));
        if (!r) throw new Error(`SOP ${entry.id}: dasar hukum "${citationId(c)}" tidak ditemukan.`);
        return { ...r, pasal: citationArticle(c) };
      });
      // Trimmed as Astro's content layer trimmed it; the lines trimmed off the top are counted.
      const leading = /^\s*/.exec(entry.body)![0].split('\n').length - 1;
      return {
        id: entry.id,
        url: sopUrl(entry.id),
        source: { file: entry.file, bodyLine: (entry.bodyLine ?? 1) + leading },
        body: entry.body.trim(),
        data: entry.data,
        agency,
        regulations: cited,
        total: totalWaktuOfSop(entry.data),
      };
    })
    .sort(compareSops);
  const byId = new Map(sops.map((s) => [s.id, s]));
  const services = loadServices(sources, byId, regulationById);
  // What the catalog hands a page is recorded as that page's dependencies (the SOPs it reads,
  // the bodies it renders, the lists it asks for), for incremental republishing
  // (core/site/page-dependencies.ts). The queries below filter the untracked objects.
  const sopView = new Map(sops.map((s) => [s, tracked(s, [sopKey(s.id)], (prop) => (prop === 'body' || prop === 'source' ? [bodyKey(s.id)] : []))]));
  const serviceView = new Map(services.map((s) => [s, tracked(s, s.sops.map((sop) => sopKey(sop.id)))]));
  const viewOf = (s: SiteSop) => sopView.get(s)!;
  const viewOfService = (s: SiteService) => serviceView.get(s)!;
  const shardIds = shardAgencyIds();
  const inShard = (agencyId: string) => !shardIds || shardIds.has(agencyId);
  return {
    sops: sops.map(viewOf),
    services: services.map(viewOfService),
    servicesOfAgency: (agencyId) => services.filter((s) => s.agency.id === agencyId).map(viewOfService),
    agencies,
    regulations,
    evaluations: sources.evaluations ?? [],
    sop: (id) => {
      const found = byId.get(id);
      if (!found) dependsOn(sopKey(id));
      return found && viewOf(found);
    },
    predecessorsOf: (id) => {
      dependsOn(replacesKey(id));
      return (predecessorsOf(id, sops) as SiteSop[]).map(viewOf);
    },
    sopsOfAgency: (agencyId) => {
      dependsOn(agencyKey(agencyId));
      return sops.filter((s) => s.agency.id === agencyId).map(viewOf);
    },
    sopsCiting: (regulationId) => {
      dependsOn(regulationKey(regulationId));
      return sops.filter((s) => s.data.dasar_hukum.some((c) => citationId(c) === regulationId)).map(viewOf);
    },
    shard: {
      sops: sops.filter((s) => inShard(s.agency.id)).map(viewOf),
      services: services.filter((s) => inShard(s.agency.id)).map(viewOfService),
      agencies: agencies.filter((a) => inShard(a.id)),
    },
  };
}

/** The catalog, loaded once per build (reloaded on every call in `astro dev`). */
export const siteCatalog: () => Promise<SiteCatalog> = perBuild(load);
