/**
 * /sops.json: every published SOP as one entry (format in docs/sops-json.md), ordered like the
 * home page.
 */
import type { APIRoute } from 'astro';
import { sopsJsonEntry } from '../core/site/sops-json';
import { siteCatalog } from '../site/catalog';

export const GET: APIRoute = async () => {
  const catalog = await siteCatalog();
  const body = catalog.sops.map((sop) => sopsJsonEntry(sop.id, sop.data, sop.total, catalog.predecessorsOf(sop.id).map((p) => p.id)));
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
