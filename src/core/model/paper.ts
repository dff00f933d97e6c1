/**
 * Sheet sizes of the papers agencies use (A4, and F4/folio 215 x 330 mm), in millimetres.
 * Shared by the SOP PDFs and the letter preview; free of zod so the browser bundle stays small.
 */
import type { Paper } from './agency';

export const PAPER_MM: Record<Paper, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  F4: { width: 215, height: 330 },
};

/** CSS pixels per millimetre (96 per inch). */
export const PX_PER_MM = 96 / 25.4;
