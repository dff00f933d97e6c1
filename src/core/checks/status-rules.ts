/**
 * Rules on an SOP's status links: the SOP named in digantikan_oleh exists, is another SOP, is
 * itself in force (berlaku or draf), came into force after this one and the chain of replacements
 * does not loop; a withdrawal is dated between the effective date and today, with a reason;
 * fields that belong to another status are warned about (they are not shown).
 */
import { isBrokenSop, type Catalog, type SopSource } from '../catalog/catalog';
import { dateBounds } from '../model/date';
import { isDashOnly } from '../model/dash-text';
import { isEnded } from '../model/sop';
import { issue, type CheckIssue } from './issue';
import { MESSAGES } from './messages';
import { closestSop, sopNamedBy } from './suggest';

/** The withdrawal: dated after the SOP came into force and not after today, with a reason other than "-". */
function checkRevocation(sop: SopSource, today: string): CheckIssue[] {
  const { file, data } = sop;
  if (data.status !== 'dicabut' || !data.dicabut) return [];
  const { tanggal, alasan } = data.dicabut;
  const issues: CheckIssue[] = [];
  const effective = dateBounds(data.tanggal.efektif);
  if (tanggal > today) issues.push(issue(MESSAGES.revokedInFuture, file, 'dicabut.tanggal', { tanggal, today }));
  else if (effective && tanggal < effective.first) issues.push(issue(MESSAGES.revokedBeforeEffective, file, 'dicabut.tanggal', { tanggal, efektif: data.tanggal.efektif }));
  if (isDashOnly(alasan)) {
    const where = 'halaman SOP sebagai alasan pencabutan ("Dicabut pada ... karena -.")';
    const key = 'alasan';
    issues.push(issue(MESSAGES.requiredDash, file, 'dicabut.alasan', { field: 'dicabut.alasan', key, what: 'alasan pencabutan', where, draft: false }));
  }
  return issues;
}

export function checkStatus(sop: SopSource, catalog: Pick<Catalog, 'sops' | 'broken'>, today: string): CheckIssue[] {
  const { file, data } = sop;
  const issues: CheckIssue[] = checkRevocation(sop, today);
  if (data.digantikan_oleh !== undefined && data.status !== 'digantikan') {
    issues.push(issue(MESSAGES.successorWithoutStatus, file, 'digantikan_oleh', { status: data.status }));
  }
  if (data.dicabut !== undefined && data.status !== 'dicabut') {
    issues.push(issue(MESSAGES.revokedDetailsWithoutStatus, file, 'dicabut', { status: data.status }));
  }
  const successorId = data.status === 'digantikan' ? data.digantikan_oleh?.trim() : undefined;
  if (!successorId) return issues;
  if (successorId === sop.id) return [...issues, issue(MESSAGES.successorSelf, file, 'digantikan_oleh', {})];
  const byId = new Map(catalog.sops.map((s) => [s.id, s]));
  const successor = byId.get(successorId);
  if (!successor) {
    if (isBrokenSop(catalog, successorId)) return issues;
    const ids = [...byId.keys()].filter((id) => id !== sop.id);
    // Written as the successor's nomor or judul, as the decree replacing it names it.
    const named = sopNamedBy(successorId, catalog.sops.filter((s) => s.id !== sop.id));
    return [...issues, issue(MESSAGES.unknownSuccessor, file, 'digantikan_oleh', { id: successorId, guess: named?.id ?? closestSop(successorId, ids), by: named?.by ?? null })];
  }
  if (!isEnded(successor.data.status)) {
    // Only when certainly earlier: "2017" against "Agustus 2017" may be the same month.
    const own = dateBounds(data.tanggal.efektif);
    const theirs = dateBounds(successor.data.tanggal?.efektif ?? '');
    if (own && theirs && theirs.last < own.first) {
      issues.push(issue(MESSAGES.successorOlder, file, 'digantikan_oleh', { id: successor.id, efektif: successor.data.tanggal.efektif, own: data.tanggal.efektif, self: sop.id }));
    }
    return issues;
  }
  // Follow the chain: back to this SOP is a loop; otherwise name the SOP now in force, if any.
  const chain = [sop.id, successor.id];
  let at: SopSource | undefined = successor;
  while (at && at.data.status === 'digantikan' && at.data.digantikan_oleh) {
    const nextId = at.data.digantikan_oleh.trim();
    if (chain.includes(nextId)) {
      if (nextId === sop.id) return [...issues, issue(MESSAGES.successorCycle, file, 'digantikan_oleh', { chain: [...chain, nextId].join(' → ') })];
      break; // a loop further on is reported on the SOPs in it
    }
    chain.push(nextId);
    at = byId.get(nextId);
  }
  const next = at && at !== successor && !isEnded(at.data.status) ? at.id : null;
  issues.push(issue(MESSAGES.successorNotInForce, file, 'digantikan_oleh', { id: successor.id, status: successor.data.status, next }));
  return issues;
}
