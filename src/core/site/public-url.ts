/**
 * The site's public address, printed on the service posters and encoded in their QR codes: the
 * `alamat` of the site settings (sops/_data/situs.yaml) when set, else the address the build was
 * given (SOP_SITE_URL); undefined when neither is set (posters then print a marked placeholder,
 * and the checker warns). Pure: the caller passes the environment's value in.
 */
import { siteAddressProblem } from '../model/site-address';

export function publicSiteUrl(alamat: string | undefined, envUrl: string | undefined): string | undefined {
  const chosen = [alamat, envUrl].map((u) => u?.trim()).find((u): u is string => !!u && siteAddressProblem(u) === null);
  return chosen?.replace(/\/+$/, '');
}

/** The absolute address of a site path ("/layanan/x/") under the public address. */
export function publicPageUrl(base: string, path: string): string {
  return base + (path.startsWith('/') ? path : `/${path}`);
}
