/**
 * The review reminders of the built site (/tinjau/, /tinjau.ics, /tinjau.xml), as of the build
 * date (SOP_TODAY when set): the core's derivation over the site's catalog.
 */
import { datedReviews, isDue, reviewsByAgency, type AgencyReviews, type DatedReview } from '../core/review/review-date';
import { publicSiteUrl } from '../core/site/public-url';
import { todayIso } from '../node/today';
import { siteCatalog } from './catalog';
import { siteSettings } from './site-info';
import { DATE_KEY } from '../core/site/page-dependencies';
import { dependsOn } from '../node/publish/page-deps';

export interface SiteReviews {
  today: string;
  /** Per agency: overdue, due soon, without a date. */
  groups: AgencyReviews[];
  /** Every SOP in force with a review date (the calendar). */
  dated: DatedReview[];
  /** Overdue or due soon (the feed). */
  due: DatedReview[];
  agencyNames: Map<string, string>;
  /** The site's public address, or null. */
  siteUrl: string | null;
}

export async function siteReviews(): Promise<SiteReviews> {
  const catalog = await siteCatalog();
  const today = todayIso();
  dependsOn(DATE_KEY);
  const dated = datedReviews(catalog.sops, catalog.agencies, today);
  return {
    today,
    groups: reviewsByAgency(catalog.sops, catalog.agencies, today),
    dated,
    due: dated.filter(isDue),
    agencyNames: new Map(catalog.agencies.map((a) => [a.id, a.data.nama])),
    siteUrl: publicSiteUrl(siteSettings().alamat, process.env.SOP_SITE_URL) ?? null,
  };
}
