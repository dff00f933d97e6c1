/** /tinjau.ics: the SOP review dates as an iCalendar feed (src/core/review/calendar-feed.ts). */
import type { APIRoute } from 'astro';
import { reviewCalendar } from '../core/review/calendar-feed';
import { sopUrl } from '../core/site/urls';
import { siteReviews } from '../site/reviews';

export const GET: APIRoute = async () => {
  const r = await siteReviews();
  const body = reviewCalendar(r.dated, { today: r.today, agencyNames: r.agencyNames, pageUrl: (id) => (r.siteUrl ? r.siteUrl + sopUrl(id) : null) });
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
