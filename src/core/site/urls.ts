/**
 * Addresses of the site's pages. All paths are site-relative and end with "/" (the site is
 * built with trailingSlash: 'always' and directory output).
 */
export function sopUrl(sopId: string): string {
  return `/sop/${sopId}/`;
}

export function agencyUrl(agencyId: string): string {
  return `/instansi/${agencyId}/`;
}

export function regulationUrl(regulationId: string): string {
  return `/dasar-hukum/${regulationId}/`;
}

/** The SOP's PDF, rendered by the publish pipeline (src/node/pdf). */
export function pdfUrl(sopId: string): string {
  return `/pdf/${sopId}.pdf`;
}


/** A service's page for the public (Standar Pelayanan). */
export function serviceUrl(serviceId: string): string {
  return `/layanan/${serviceId}/`;
}

/** The SOP's history: every revision with what it changed (/sop/<id>/riwayat/). */
export function sopHistoryUrl(sopId: string): string {
  return `/sop/${sopId}/riwayat/`;
}

/** An old effective version of the SOP (/sop/<id>/v/<n>/). */
export function sopVersionUrl(sopId: string, n: number): string {
  return `/sop/${sopId}/v/${n}/`;
}

/** The PDF id of an old version: its PDF is /pdf/<id>/v<n>.pdf (pdfUrl of this id). */
export function versionPdfId(sopId: string, n: number): string {
  return `${sopId}/v${n}`;
}

/** Where the site publishes the files beside the SOPs (pictures a narrative shows): /gambar-sop/<path under sops/>. */
export const SOP_FILES_URL = '/gambar-sop/';

/**
 * The published address of a picture a narrative names relative to its SOP file ("./alur.png",
 * "gambar/alur.png" in sops/dinsos/a.mdx: /gambar-sop/dinsos/alur.png, /gambar-sop/dinsos/gambar/alur.png);
 * undefined for an address that is not relative, or leaves sops/.
 */
export function sopFileUrl(sopFile: string, src: string): string | undefined {
  if (!src || src.startsWith('/') || src.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(src)) return undefined;
  const parts = sopFile.split('/').slice(0, -1);
  if (parts[0] !== 'sops') return undefined;
  for (const part of src.split(/[?#]/)[0]!.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length <= 1) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return SOP_FILES_URL + parts.slice(1).join('/');
}
