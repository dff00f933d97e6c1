/** How an SOP's status is shown: label and a short explanation for readers. */
import type { SopFrontmatter } from '../model/sop';

export type SopStatus = SopFrontmatter['status'];

export const STATUS_LABELS: Record<SopStatus, string> = {
  draf: 'Draf',
  berlaku: 'Berlaku',
  digantikan: 'Digantikan',
  dicabut: 'Dicabut',
};

export const STATUS_DESCRIPTIONS: Record<SopStatus, string> = {
  draf: 'SOP ini masih draf dan belum disahkan.',
  berlaku: 'SOP ini telah disahkan dan berlaku.',
  digantikan: 'SOP ini telah digantikan oleh SOP lain dan tidak berlaku lagi.',
  dicabut: 'SOP ini telah dicabut dan tidak berlaku lagi.',
};

/** The lead of a status's list page (/status/<status>/). */
export const STATUS_LIST_LEADS: Record<SopStatus, string> = {
  draf: 'SOP yang masih draf dan belum disahkan.',
  berlaku: 'SOP yang telah disahkan dan berlaku.',
  digantikan: 'SOP yang telah digantikan oleh SOP lain dan tidak berlaku lagi; halamannya menautkan SOP penggantinya.',
  dicabut: 'SOP yang telah dicabut dan tidak berlaku lagi; halamannya menyebut tanggal dan alasan pencabutan.',
};

/** The status badge's markup (src/components/StatusBadge.astro; written out here for long lists). */
export function statusBadgeHtml(status: SopStatus): string {
  return `<span class="status status--${status}" data-status="${status}"><span class="visually-hidden">Status: </span>${STATUS_LABELS[status]}</span>`;
}
