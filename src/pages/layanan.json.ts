/**
 * /layanan.json: every service for the public with its Standar Pelayanan (format in
 * docs/layanan-json.md), ordered like the service list.
 */
import type { APIRoute } from 'astro';
import { layananJsonEntry } from '../core/site/layanan-json';
import { siteCatalog } from '../site/catalog';

export const GET: APIRoute = async () => {
  const catalog = await siteCatalog();
  const body = catalog.services.map((s) => layananJsonEntry(s.standard));
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
