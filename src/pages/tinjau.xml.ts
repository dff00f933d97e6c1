/** /tinjau.xml: the SOPs due for review as an Atom feed (src/core/review/atom-feed.ts). */
import type { APIRoute } from 'astro';
import { reviewFeed } from '../core/review/atom-feed';
import { sopUrl } from '../core/site/urls';
import { siteReviews } from '../site/reviews';

export const GET: APIRoute = async () => {
  const r = await siteReviews();
  const body = reviewFeed(r.due, { today: r.today, agencyNames: r.agencyNames, siteUrl: r.siteUrl, sopPath: sopUrl });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
