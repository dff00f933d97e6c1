/**
 * Rules on the texts the SOP's identity page prints beside their own label (Nomor SOP, Nama SOP,
 * Sasaran) and a step's activity: "-", the document's empty cell, where the text is required; and the label copied
 * with the text from the document ("Nomor : 474/12/2017"), which would print twice.
 */
import type { SopSource } from '../catalog/catalog';
import { isDashOnly } from '../model/dash-text';
import { issue, type CheckIssue } from './issue';
import { MESSAGES } from './messages';

/** Each field, the words the document labels it with, and what a placeholder for it says. */
const IDENTITY_FIELDS = [
  { field: 'nomor', labels: /^(?:nomor(?:\s+sop)?|no\.?(?:\s+sop)?)\s*[:.]\s*/i, what: 'nomor SOP' },
  { field: 'judul', labels: /^(?:nama\s+sop|judul(?:\s+sop)?)\s*[:.]\s*/i, what: 'nama SOP' },
  { field: 'sasaran', labels: /^sasaran(?:\s+objek)?\s*[:.]\s*/i, what: 'sasaran' },
] as const;

export function checkIdentityText(sop: SopSource): CheckIssue[] {
  const issues: CheckIssue[] = [];
  for (const { field, labels, what } of IDENTITY_FIELDS) {
    const value = sop.data[field].trim();
    if (isDashOnly(value)) {
      issues.push(issue(MESSAGES.requiredDash, sop.file, field, { field, key: field, what, where: 'halaman identitas SOP', draft: true }));
      continue;
    }
    const label = labels.exec(value);
    if (label && value.length > label[0].length) {
      issues.push(issue(MESSAGES.labelInValue, sop.file, field, { field, label: label[0].trim(), rest: value.slice(label[0].length) }));
    }
  }
  const KEGIATAN = 'kegiatan';
  // A step's activity "-", as a table row without its text: the flowchart would draw an empty step.
  sop.data.langkah.forEach((step, i) => {
    if (!isDashOnly(step.kegiatan)) return;
    const field = `langkah[${i}].kegiatan`;
    issues.push(issue(MESSAGES.requiredDash, sop.file, field, { field, key: KEGIATAN, what: `kegiatan langkah ${i + 1}`, where: 'diagram alir sebagai isi kotak langkah ini', draft: true }));
  });
  return issues;
}
