/**
 * Rules on an SOP's status links: the SOP named in digantikan_oleh exists, is another SOP, is
 * itself in force (berlaku or draf) and the chain of replacements does not loop; fields that
 * belong to another status are warned about (they are not shown).
 */
import { isBrokenSop, type Catalog, type SopSource } from '../catalog/catalog';
import { isEnded } from '../model/sop';
import { issue, type CheckIssue } from './issue';
import { MESSAGES } from './messages';
import { closestSop } from './suggest';

export function checkStatus(sop: SopSource, catalog: Pick<Catalog, 'sops' | 'broken'>): CheckIssue[] {
  const { file, data } = sop;
  const issues: CheckIssue[] = [];
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
    return [...issues, issue(MESSAGES.unknownSuccessor, file, 'digantikan_oleh', { id: successorId, guess: closestSop(successorId, ids) })];
  }
  if (!isEnded(successor.data.status)) return issues;
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
