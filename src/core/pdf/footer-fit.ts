/**
 * The PDF footer holds the SOP's nomor on the left and "Halaman x dari y" on the right. A long
 * nomor must never run into the page count: it is set smaller (down to a legible minimum) and,
 * if still too long, shortened with "..." at the end.
 */
export const FOOTER_SIZE = 8;
export const FOOTER_MIN_SIZE = 5.5;
/** Space kept between the nomor and the page count, in points. */
export const FOOTER_GAP = 12;

export interface FooterFit {
  text: string;
  size: number;
}

/** `width(text, size)`: the text's width in points at that size. */
export function fitFooterLeft(text: string, available: number, width: (text: string, size: number) => number): FooterFit {
  if (width(text, FOOTER_SIZE) <= available) return { text, size: FOOTER_SIZE };
  const size = Math.max(FOOTER_MIN_SIZE, Math.floor(((FOOTER_SIZE * available) / width(text, FOOTER_SIZE)) * 10) / 10);
  if (width(text, size) <= available) return { text, size };
  let cut = text.length;
  while (cut > 1 && width(`${text.slice(0, cut).trimEnd()}...`, size) > available) cut--;
  return { text: `${text.slice(0, cut).trimEnd()}...`, size };
}
