/**
 * Where a letter's form lives on the site. The letters themselves are the files of
 * letter-templates/ (read by src/node/letter-template-files.ts); pure, for Node, Astro and the browser.
 */

/**
 * Site path of a letter's form, with the agency and SOP preselected when given; `bidang` (with
 * `instansi`) fills a form's SOP rows with every SOP in force of that unit.
 */
export function letterFormPath(id: string, params: { instansi?: string; sop?: string; bidang?: string } = {}): string {
  const query = new URLSearchParams();
  if (params.instansi) query.set('instansi', params.instansi);
  if (params.sop) query.set('sop', params.sop);
  if (params.bidang) query.set('bidang', params.bidang);
  const qs = query.toString();
  return `/surat/${encodeURIComponent(id)}/${qs ? `?${qs}` : ''}`;
}
