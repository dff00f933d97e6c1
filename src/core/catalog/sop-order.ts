/**
 * The one order of SOPs, wherever they are listed together: the site's lists and sops.json
 * (src/site/catalog.ts) and an agency's book of SOPs with its contents (src/node/pdf/schedule-books.ts).
 */

const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });

/** Natural order for SOP numbers and titles: "462/9/..." before "462/10/...". */
export function compareNatural(a: string, b: string): number {
  return collator.compare(a, b);
}

/** What the order reads of an SOP (an SopSource or a site SOP). */
export interface OrderedSop {
  id: string;
  data: { instansi: string; bidang?: string; nomor: string; judul: string };
}

/**
 * Agency, then bidang (SOPs without one first), then nomor, then judul; the id settles the rest,
 * so the order never depends on the order the files were read in.
 */
export function compareSops(a: OrderedSop, b: OrderedSop): number {
  return (
    compareNatural(a.data.instansi, b.data.instansi) ||
    compareNatural(a.data.bidang ?? '', b.data.bidang ?? '') ||
    compareNatural(a.data.nomor, b.data.nomor) ||
    compareNatural(a.data.judul, b.data.judul) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
