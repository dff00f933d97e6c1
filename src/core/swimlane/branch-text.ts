/**
 * The sentence a decision row carries so that a reader (or a screen reader) knows where each
 * branch goes without seeing the arrows: "Ya: ke langkah 6; Tidak: selesai".
 */
import type { BranchTarget, FlowDecision } from './flow';

export interface BranchPart {
  label: string;
  to: BranchTarget;
  /** "ke langkah 6", "kembali ke langkah 3" or "selesai". */
  destination: string;
}

/** Where a branch of step `from` leads, as a reader says it. The one wording for page, PDF and flowchart. */
export function branchDestination(from: number, to: BranchTarget): string {
  if (to === 'end') return 'selesai';
  if (to <= from) return `kembali ke langkah ${to}`;
  return `ke langkah ${to}`;
}

/** The two branches, "ya" first. */
export function branchParts(stepNo: number, decision: FlowDecision): BranchPart[] {
  return [decision.yes, decision.no].map((b) => ({ label: b.label, to: b.to, destination: branchDestination(stepNo, b.to) }));
}

export function branchText(stepNo: number, decision: FlowDecision): string {
  return branchParts(stepNo, decision)
    .map((p) => `${p.label}: ${p.destination}`)
    .join('; ');
}
