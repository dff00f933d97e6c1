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
