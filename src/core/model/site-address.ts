/**
 * The site's public address as written in situs.yaml (`alamat`) or given to the build: what is
 * wrong with it, in the words a clerk can act on. The QR codes on printed posters point there,
 * so an address with a typo in it prints a code that leads nowhere.
 */

/** https://host[:port][/path], the host of letters, digits, dots and hyphens; a trailing "/" is dropped when used. */
export const SITE_ADDRESS = /^https?:\/\/[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d+)?(?:\/[^\s?#]*)?$/i;

/** A page at the end of the address ("/index.html"). */
const PAGE = /\/[^/]*\.(?:html?|php|aspx?)$/i;

/** What is wrong with an address, or null when it can be used. */
export function siteAddressProblem(written: string): string | null {
  const u = written.trim();
  if (/\s/.test(u)) return `Alamat situs "${u}" memuat spasi; tulis tanpa spasi, misalnya https://sop.dinsos.contoh.go.id.`;
  // "https:\\sop...": the slashes typed as Windows' backslashes.
  const scheme = /^([a-z]+):[/\\]*/i.exec(u);
  if (!scheme) {
    return /^[\w-]+(?:\.[\w-]+)+(?:\/|$)/.test(u)
      ? `Alamat situs "${u}" belum diawali https://; tulis alamat: https://${u}.`
      : `Tulis alamat lengkap situs yang diawali https://, misalnya https://sop.dinsos.contoh.go.id.`;
  }
  if (!/^https?:\/\/(?!\/)/i.test(u)) {
    const rest = u.slice(scheme[0].length);
    return `Awal alamat situs "${scheme[0]}" salah ketik; tulis https:// lalu nama situsnya: https://${rest}.`;
  }
  const host = /^https?:\/\/([^/]*)/i.exec(u)![1]!;
  const bad = /[^a-z0-9.:-]/i.exec(host);
  if (bad) return `Nama situs "${host}" memuat "${bad[0]}", yang tidak ada di alamat situs (salah ketik?); nama situs hanya berisi huruf, angka, titik dan tanda hubung.`;
  if (/[?#]/.test(u) || PAGE.test(u)) {
    const base = u.replace(/[?#].*$/, '').replace(PAGE, '');
    return `Alamat situs "${u}" menunjuk satu halaman; tulis alamat situsnya saja: ${base}.`;
  }
  return SITE_ADDRESS.test(u) ? null : `Tulis alamat lengkap situs yang diawali https://, misalnya https://sop.dinsos.contoh.go.id.`;
}
