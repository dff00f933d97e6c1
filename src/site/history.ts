/**
 * The SOPs' histories for the pages /sop/<id>/riwayat/, /sop/<id>/v/<n>/ and their print pages:
 * read from git at build time by src/node/history (every SOP at once, once per build), derived by
 * src/core/history. Also the regulations an old version cites, looked up in today's list.
 */
import type { SopVersion } from '../core/diff/sop-diff';
import type { EffectiveVersion } from '../core/history/sop-history';
import { citationArticle, citationId } from '../core/model/regulation';
import type { SopFrontmatter } from '../core/model/sop';
import { currentSopVersion, readSopHistories, type SopHistoryRead } from '../node/history/read-sop-history';
import { siteCatalog, type SiteCatalog, type SiteRegulation, type SiteSop } from './catalog';
import { bodyKey, sopKey } from '../core/site/page-dependencies';
import { dependsOn, untracked } from '../node/publish/page-deps';
import { projectRoot } from './project-root';
import { perBuild } from './per-build';

export type { SopHistoryRead };

const fileOf = (sop: SiteSop) => sop.source.file;

/** The SOP on disk, its body as the checker's reader splits it (as for the committed versions). */
export function currentVersionOf(sop: SiteSop): SopVersion {
  return currentSopVersion(projectRoot(), sop.id, fileOf(sop), { data: sop.data, body: sop.body });
}

async function load(): Promise<Map<string, SopHistoryRead>> {
  const catalog = await siteCatalog();
  return readSopHistories(projectRoot(), catalog.sops.map((sop) => ({ id: sop.id, file: fileOf(sop), current: () => currentVersionOf(sop) })));
}

/**
 * Every SOP's history by id (read again on every call in `astro dev`). Read outside the record
 * of the page that asks first: that page depends on the histories it shows (historyOf), not on
 * every SOP; otherwise every republish would rebuild it.
 */
export const siteHistories: () => Promise<Map<string, SopHistoryRead>> = perBuild(() => untracked(load));

/** One SOP's history, for its history page (/sop/<id>/riwayat/), which depends on the SOP and its body. */
export async function historyOf(sop: SiteSop): Promise<SopHistoryRead> {
  dependsOn(sopKey(sop.id), bodyKey(sop.id));
  return (await siteHistories()).get(sop.id)!;
}

/** Every old effective version of every SOP this build publishes (a shard's own): one page and one print page each. */
export async function oldVersionsOf(catalog: SiteCatalog): Promise<{ sop: SiteSop; version: EffectiveVersion }[]> {
  const histories = await siteHistories();
  return catalog.shard.sops.flatMap((sop) => {
    const read = histories.get(sop.id);
    return read?.available ? read.history.oldVersions.map((version) => ({ sop, version })) : [];
  });
}

/** The regulations an old version cites that today's list still holds, with the article cited. */
export function versionRegulations(data: SopFrontmatter, catalog: SiteCatalog): (SiteRegulation & { pasal?: string })[] {
  return data.dasar_hukum.flatMap((c) => {
    const r = catalog.regulations.find((x) => x.id === citationId(c));
    return r ? [{ ...r, pasal: citationArticle(c) }] : [];
  });
}

/** Why the history could not be read, in a sentence for readers. */
export const HISTORY_UNAVAILABLE: Record<Exclude<SopHistoryRead, { available: true }>['reason'], string> = {
  'no-git': 'Riwayat git tidak tersedia: git tidak terpasang pada mesin yang menerbitkan situs ini.',
  'not-repository': 'Riwayat git tidak tersedia: situs ini diterbitkan dari salinan tanpa riwayat git (misalnya arsip unduhan).',
  shallow: 'Riwayat git tidak lengkap: situs ini diterbitkan dari salinan dangkal (shallow clone), sehingga riwayatnya terpotong.',
};
