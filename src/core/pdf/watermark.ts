/**
 * The word stamped across every page of an SOP's PDF, by status: a draft is "DRAF"; an SOP
 * replaced or withdrawn is "TIDAK BERLAKU"; an SOP in force has none.
 */
import type { SopStatusValue } from '../model/sop';

export function pdfWatermark(status: SopStatusValue): string | undefined {
  switch (status) {
    case 'draf':
      return 'DRAF';
    case 'digantikan':
    case 'dicabut':
      return 'TIDAK BERLAKU';
    case 'berlaku':
      return undefined;
  }
}

/** The word stamped across every page of an old version's PDF (/pdf/<id>/v<n>.pdf). */
export const OLD_VERSION_WATERMARK = 'TIDAK BERLAKU';
