/**
 * Rules on the texts the SOP's identity page prints beside their own label (Nomor SOP, Nama SOP,
 * Sasaran) and a step's activity: "-", the document's empty cell, where the text is required; and the label copied
 * with the text from the document ("Nomor : 474/12/2017"), which would print twice; a page number
 * copied at the end of the title or sasaran with the PDF's running header ("... Halaman 1 dari 3").
 */
import type { SopSource } from '../catalog/catalog';
import { isDashOnly } from '../model/dash-text';
import { issue, type CheckIssue } from './issue';
import { numberedItems, ownNumber } from '../model/item-numbering';
import { MESSAGES } from './messages';

/** Each field, the words the document labels it with, and what a placeholder for it says. */
const IDENTITY_FIELDS = [
  // "Nomor : 474/...", and the label copied twice or without its colon: "Nomor: Nomor 474/...", "Nomor 474/...".
  { field: 'nomor', labels: /^(?:(?:nomor|no\.?)(?:\s+sop)?(?:\s*:\s*|\.\s*|\s+(?=\d)|\s+(?=no)))+/i, what: 'nomor SOP' },
  { field: 'judul', labels: /^(?:nama\s+sop|judul(?:\s+sop)?)\s*[:.]\s*/i, what: 'nama SOP' },
  { field: 'sasaran', labels: /^sasaran(?:\s+objek)?\s*[:.]\s*/i, what: 'sasaran' },
] as const;

/** The numbered lists of the identity grid, and the label the document prints each cell under ("Peralatan/Perlengkapan:"). */
const IDENTITY_LISTS = {
  kualifikasi_pelaksana: /^kualifikasi(?:\s+pelaksana)?\s*:\s*/i,
  keterkaitan: /^keterkaitan\s*:\s*/i,
  peralatan: /^(?:peralatan|perlengkapan)(?:\s*\/\s*perlengkapan)?\s*:\s*/i,
  peringatan: /^peringatan\s*:\s*/i,
  pencatatan: /^pencatatan(?:\s+dan\s+pendataan)?\s*:\s*/i,
} as const;

/** A page number at the end of a text copied with a PDF's running header: "... Halaman 1 dari 3", "... - Hal. 2". */
const TRAILING_PAGE = /\s*[-\u2013\u2014,|]?\s*\b((?:halaman|hal\.?|page)\s*\d+(?:\s*(?:dari|of|\/)\s*\d+)?)\s*$/i;

export function checkIdentityText(sop: SopSource): CheckIssue[] {
  const issues: CheckIssue[] = [];
  for (const { field, labels, what } of IDENTITY_FIELDS) {
    const value = sop.data[field].trim();
    if (isDashOnly(value)) {
      issues.push(issue(MESSAGES.requiredDash, sop.file, field, { field, key: field, what, where: 'halaman identitas SOP', draft: true }));
      continue;
    }
    const page = field === 'nomor' ? null : TRAILING_PAGE.exec(value);
    if (page && page.index > 0) issues.push(issue(MESSAGES.pageNumberInField, sop.file, field, { field, value, page: page[1]!, rest: value.slice(0, page.index) }));
    const label = labels.exec(value);
    if (label && value.length > label[0].length) {
      issues.push(issue(MESSAGES.labelInValue, sop.file, field, { field, label: label[0].trim(), rest: value.slice(label[0].length) }));
    }
  }
  // A part of the nomor copied twice ("462/10/5.6.04/5.6.04/2024"): an agency's code, not a running number.
  const parts = sop.data.nomor.split('/').map((p) => p.trim());
  const twice = parts.findIndex((p, i) => i > 0 && p === parts[i - 1] && /[^\d]/.test(p));
  if (twice > 0) {
    issues.push(issue(MESSAGES.nomorPartTwice, sop.file, 'nomor', { nomor: sop.data.nomor, part: parts[twice]!, once: [...parts.slice(0, twice), ...parts.slice(twice + 1)].join('/') }));
  }
  // "1. Buku kerja", or the whole numbered list in one item, as the document's cell reads: the list is numbered when printed.
  for (const [field, labels] of Object.entries(IDENTITY_LISTS) as [keyof typeof IDENTITY_LISTS, RegExp][]) {
    sop.data[field].forEach((item, i) => {
      if (typeof item !== 'string') return;
      // "Peringatan: Bila pelaksana ...", the cell copied with its label.
      const label = labels.exec(item);
      if (label && item.length > label[0].length) issues.push(issue(MESSAGES.labelInValue, sop.file, `${field}[${i}]`, { field, n: i + 1, label: label[0].trim(), rest: item.slice(label[0].length) }));
      const own = ownNumber(item);
      if (own) issues.push(issue(MESSAGES.identityItemNumbered, sop.file, `${field}[${i}]`, { field, n: i + 1, ...own, items: numberedItems(item) ?? [own.rest] }));
    });
  }
  const KEGIATAN = 'kegiatan';
  // A step's activity "-", as a table row without its text: the flowchart would draw an empty step.
  sop.data.langkah.forEach((step, i) => {
    // "3. Menandatangani surat", as the document's table row reads: the No column already prints the number.
    const own = ownNumber(step.kegiatan);
    if (own) issues.push(issue(MESSAGES.kegiatanNumbered, sop.file, `langkah[${i}].kegiatan`, { no: i + 1, marker: own.marker, rest: own.rest }));
    if (!isDashOnly(step.kegiatan)) return;
    const field = `langkah[${i}].kegiatan`;
    issues.push(issue(MESSAGES.requiredDash, sop.file, field, { field, key: KEGIATAN, what: `kegiatan langkah ${i + 1}`, where: 'diagram alir sebagai isi kotak langkah ini', draft: true }));
  });
  return issues;
}
