/**
 * Rules on the Waktu column: steps without a stated time, times that cannot be summed, and a
 * signed total that differs from the computed one. Unreadable times are schema errors.
 */
import type { SopSource } from '../catalog/catalog';
import { columnUnit, isSoonWaktu, parseWaktu } from '../waktu/parse';
import { totalWaktuOfSop } from '../flow/total-time';
import { issue, type CheckIssue } from './issue';
import { MESSAGES } from './messages';

export function checkWaktu(sop: SopSource): CheckIssue[] {
  const { file, data } = sop;
  const unit = columnUnit(data.mutu_baku.waktu);
  const issues: CheckIssue[] = [];
  data.langkah.forEach((step, i) => {
    const r = parseWaktu(step.waktu, unit);
    if (!r.ok || r.waktu !== null) return;
    const path = `langkah[${i}].waktu`;
    if (r.unsummable) issues.push(issue(MESSAGES.waktuUnsummable, file, path, { no: i + 1, text: step.waktu, soon: isSoonWaktu(step.waktu) }));
    else issues.push(issue(MESSAGES.waktuUnstated, file, path, { no: i + 1 }));
  });
  if (data.waktu_total_dokumen) {
    const total = totalWaktuOfSop(data);
    const written = parseWaktu(data.waktu_total_dokumen, unit);
    if (written.ok && written.waktu && (written.waktu.min !== total.min || written.waktu.max !== total.max)) {
      issues.push(issue(MESSAGES.totalDiffers, file, 'waktu_total_dokumen', { written: data.waktu_total_dokumen, computed: total.text }));
    }
  }
  return issues;
}
