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
