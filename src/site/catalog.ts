/**
 * The site's view of the content collections: every SOP with its agency, the regulations it
 * cites and its computed total time; agencies and regulations with the SOPs that belong to or
 * cite them. Loaded once per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Agency } from '../core/model/agency';
import { citationArticle, citationId, type Regulation } from '../core/model/regulation';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './project-root';
import type { SopFrontmatter } from '../core/model/sop';
import { readAgencyText, readRegulationsText, readServiceText, readSopText } from '../core/source/read-sources';
import { AGENCIES_DIR, classifyServicePath, REGULATIONS_FILE, SERVICES_DIR } from '../core/source/source-paths';
import { serviceStandard, type ServiceStandard } from '../core/service/standard';
import { totalWaktuOfSop, type WaktuTotal } from '../core/flow/total-time';
import { compareNatural, compareSops } from '../core/catalog/sop-order';
import { predecessorsOf } from '../core/site/status-links';
import { agencyUrl, regulationUrl, serviceUrl, sopUrl } from '../core/site/urls';
import { agencyKey, bodyKey, regulationKey, replacesKey, sopKey } from '../core/site/page-dependencies';
import { dependsOn, tracked } from '../node/publish/page-deps';
import { checkedSop } from '../node/publish/checked-sources';
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
  entry: CollectionEntry<'sops'>;
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
 * The services under sops/_layanan/, read by the checker's own reader. The checker (run before
 * every build) has reported unreadable files and unknown SOPs; such a service is left out.
 */
function loadServices(sopById: Map<string, SiteSop>, regulationById: Map<string, SiteRegulation>): SiteService[] {
  const dir = join(projectRoot(), SERVICES_DIR);
  if (!existsSync(dir)) return [];
  const collator = new Intl.Collator('id', { numeric: true });
  return readdirSync(dir)
    .sort()
    .flatMap((name): SiteService[] => {
      const kind = classifyServicePath(name);
      if (kind.kind !== 'service') return [];
      const file = `${SERVICES_DIR}/${name}`;
      const read = readServiceText(kind.id, file, readFileSync(join(projectRoot(), file), 'utf8'));
      if (!read.value) return [];
      const sops = read.value.data.sop.map((id) => sopById.get(id));
      if (sops.length === 0 || sops.some((s) => s === undefined)) return [];
      const found = sops as SiteSop[];
      const standard = serviceStandard(kind.id, read.value.data, found.map((s) => ({ id: s.id, data: s.data, body: s.entry.body ?? '' })), found[0]!.agency.data);
      const regulations = standard.dasar_hukum.flatMap((c) => {
        const r = regulationById.get(citationId(c));
        return r ? [{ ...r, pasal: citationArticle(c) }] : [];
      });
      return [{ id: kind.id, url: serviceUrl(kind.id), standard, agency: found[0]!.agency, sops: found, regulations }];
    })
    .sort((a, b) => compareNatural(a.agency.id, b.agency.id) || collator.compare(a.standard.nama, b.standard.nama));
}

async function load(): Promise<SiteCatalog> {
  const [sopEntries, agencyEntries, regulationEntries] = await Promise.all([
    getCollection('sops'),
    getCollection('instansi'),
    getCollection('dasarHukum'),
  ]);
  // Agencies and regulations are read by the checker's own readers, as SOPs are below: Astro's
  // YAML parser would turn telepon: 0771... into 771... and nomor: 08 into 8, and round an
  // unquoted 18-digit NIP, where the checker keeps each as written.
  const agencies = agencyEntries
    .flatMap((e): SiteAgency[] => {
      const file = e.filePath ?? `${AGENCIES_DIR}/${e.id}.yaml`;
      const read = readAgencyText(e.id, file, readFileSync(join(projectRoot(), file), 'utf8'));
      return read.value ? [{ id: e.id, url: agencyUrl(e.id), data: read.value.data }] : [];
    })
    .sort((a, b) => compareNatural(a.id, b.id));
  const regulationsRead = readRegulationsText(REGULATIONS_FILE, readFileSync(join(projectRoot(), REGULATIONS_FILE), 'utf8'));
  const regulations = regulationEntries
    .flatMap((e): SiteRegulation[] => {
      const data = regulationsRead.regulations.get(e.id);
      return data ? [{ id: e.id, url: regulationUrl(e.id), data }] : [];
    })
    .sort(
      (a, b) =>
        a.data.tahun - b.data.tahun ||
        compareNatural(a.data.jenis, b.data.jenis) ||
        compareNatural(a.data.nomor ?? '', b.data.nomor ?? ''),
    );
  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  const regulationById = new Map(regulations.map((r) => [r.id, r]));

  const sops = sopEntries
    .flatMap((entry) => {
      // Invalid entries were reported by the checker, which stops the build; in `astro dev` the
      // checker's error page is shown instead of the page (src/node/astro-sop-check.ts).
      // Read by the checker's own reader, so the site shows exactly what the checker accepted
      // (e.g. `nomor: 08` stays "08", which Astro's frontmatter parser would make 8).
      // The publisher's check has usually just read it (src/node/publish/checked-sources.ts).
      const file = entry.filePath ?? `sops/${entry.id}.mdx`;
      const checked = checkedSop(projectRoot(), entry.id);
      const read = checked ?? readSopText(entry.id, file, readFileSync(join(projectRoot(), file), 'utf8')).value;
      // The collection store keeps neither frontmatter nor body (src/integrations/sop-glob-loader.ts);
      // trimmed as Astro trims it.
      return read ? [{ ...entry, data: read.data, body: read.body.trim() }] : [];
    })
    .map((entry): SiteSop => {
      const agency = agencyById.get(entry.data.instansi);
      // The checker (run before every build) reports unknown agencies and regulations first.
      if (!agency) throw new Error(`SOP ${entry.id}: instansi "${entry.data.instansi}" tidak ditemukan.`);
      const cited = entry.data.dasar_hukum.map((c) => {
        const r = regulationById.get(citationId(c));
        if (!r) throw new Error(`SOP ${entry.id}: dasar hukum "${citationId(c)}" tidak ditemukan.`);
        return { ...r, pasal: citationArticle(c) };
      });
      return {
        id: entry.id,
        url: sopUrl(entry.id),
        entry,
        data: entry.data,
        agency,
        regulations: cited,
        total: totalWaktuOfSop(entry.data),
      };
    })
    .sort(compareSops);
  const byId = new Map(sops.map((s) => [s.id, s]));
  const services = loadServices(byId, regulationById);
  // What the catalog hands a page is recorded as that page's dependencies (the SOPs it reads,
  // the bodies it renders, the lists it asks for), for incremental republishing
  // (core/site/page-dependencies.ts). The queries below filter the untracked objects.
  const sopView = new Map(sops.map((s) => [s, tracked(s, [sopKey(s.id)], (prop) => (prop === 'entry' ? [bodyKey(s.id)] : []))]));
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

let cached: Promise<SiteCatalog> | undefined;

/** The catalog, loaded once per build (reloaded on every call in `astro dev`). */
export function siteCatalog(): Promise<SiteCatalog> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
