/**
 * Paper and page geometry of the SOP PDFs: A4 or F4 (folio, 215 x 330 mm), portrait or landscape,
 * from the agency's settings unless the SOP overrides them (`cetak`). Millimetres in, CSS pixels
 * (96 per inch) and PDF points (72 per inch) out.
 */
import type { Orientation, Paper } from '../model/agency';
import { PAPER_MM, PX_PER_MM } from '../model/paper';

/** Page margins in mm. The bottom margin holds the footer stamped on every page. */
export const MARGIN_MM = { top: 12, right: 12, bottom: 16, left: 12 } as const;

export const PT_PER_MM = 72 / 25.4;

export interface PageSetup {
  kertas: Paper;
  orientasi: Orientation;
  /** Sheet size in mm, orientation applied. */
  widthMm: number;
  heightMm: number;
  /** Content box (sheet minus margins) in CSS px. */
  contentWidthPx: number;
  contentHeightPx: number;
  /** Key grouping SOPs that can share one print call: "A4-potret". */
  key: string;
}

export function pageSetup(kertas: Paper, orientasi: Orientation): PageSetup {
  const p = PAPER_MM[kertas];
  const [widthMm, heightMm] = orientasi === 'lanskap' ? [p.height, p.width] : [p.width, p.height];
  return {
    kertas,
    orientasi,
    widthMm,
    heightMm,
    contentWidthPx: (widthMm - MARGIN_MM.left - MARGIN_MM.right) * PX_PER_MM,
    contentHeightPx: (heightMm - MARGIN_MM.top - MARGIN_MM.bottom) * PX_PER_MM,
    key: `${kertas}-${orientasi}`,
  };
}

/** The SOP's own `cetak` setting wins over the agency's defaults. */
export function resolvePageSetup(
  sop: { cetak?: { kertas?: Paper; orientasi?: Orientation } },
  agency: { kertas: Paper; orientasi_sop: Orientation } | undefined,
): PageSetup {
  return pageSetup(sop.cetak?.kertas ?? agency?.kertas ?? 'A4', sop.cetak?.orientasi ?? agency?.orientasi_sop ?? 'potret');
}

/** CSS `@page` rule for a setup (used in the batch documents). */
export function pageCss(setup: PageSetup): string {
  const m = MARGIN_MM;
  return `@page { size: ${setup.widthMm}mm ${setup.heightMm}mm; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }`;
}
