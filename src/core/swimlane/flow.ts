/**
 * The input of the swimlane layout: the steps and actors of one SOP AP flowchart.
 *
 * The SOP model is adapted to this shape (see src/core/site/flow-input.ts); the layout never reads the SOP
 * model directly, so tests and benchmarks can build flows by hand.
 */

export interface FlowActor {
  id: string;
  /** Lane header as printed, e.g. "Kepala Dinas". */
  label: string;
}

/** Column labels of one SOP (agencies word them differently). */
export interface FlowColumns {
  /** Heading of the activity column; default "Kegiatan" ("Uraian Prosedur", "Aktivitas" ...). */
  kegiatan?: string;
  kelengkapan: string;
  waktu: string;
  output: string;
  /** Present => the Keterangan column is shown, with this label. */
  keterangan?: string;
}

/** Where a decision branch leads: a step number (1-based) or the end of the process. */
export type BranchTarget = number | 'end';

export interface FlowBranch {
  /** Label drawn on the branch and used in the text, e.g. "Ya", "Tidak layak". */
  label: string;
  to: BranchTarget;
}

export interface FlowDecision {
  /** Optional question shown under the activity, e.g. "Apakah berkas lengkap?". */
  question?: string;
  yes: FlowBranch;
  no: FlowBranch;
}

export interface FlowLetter {
  id: string;
  title: string;
  href: string;
}

export interface FlowStep {
  /** 1-based step number; steps are numbered 1..n in order. */
  no: number;
  /** Activity text; may hold several lines ("a. ... b. ..."). */
  kegiatan: string;
  /** Id of the actor (lane) who performs the step. */
  actor: string;
  kelengkapan?: string;
  waktu?: string;
  output?: string;
  keterangan?: string;
  decision?: FlowDecision;
  /** Letters this step's output is; rendered as links in the Output cell. */
  letters?: FlowLetter[];
}

export interface FlowInput {
  /** Lanes, in declared order. */
  actors: FlowActor[];
  columns: FlowColumns;
  steps: FlowStep[];
}

/** A flow that cannot be drawn; the message is for SOP authors (Bahasa Indonesia). */
export class FlowError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FlowError';
  }
}

/**
 * Checks what the layout relies on and throws a FlowError listing every problem.
 * (The SOP schema checks the same things for authors; this guards hand-made inputs.)
 */
export function assertValidFlow(flow: FlowInput): void {
  const problems: string[] = [];
  if (flow.actors.length === 0) problems.push('Diagram alir membutuhkan sedikitnya satu pelaksana.');
  if (flow.steps.length === 0) problems.push('Diagram alir membutuhkan sedikitnya satu langkah.');

  const actorIds = new Set<string>();
  for (const actor of flow.actors) {
    if (actorIds.has(actor.id)) problems.push(`Pelaksana "${actor.id}" dideklarasikan lebih dari sekali.`);
    actorIds.add(actor.id);
  }

  const count = flow.steps.length;
  flow.steps.forEach((step, index) => {
    if (step.no !== index + 1) {
      problems.push(`Langkah ke-${index + 1} bernomor ${step.no}; langkah harus bernomor urut mulai 1.`);
    }
    if (!actorIds.has(step.actor)) {
      problems.push(`Langkah ${step.no}: pelaksana "${step.actor}" tidak ada dalam daftar pelaksana.`);
    }
    const decision = step.decision;
    if (!decision) return;
    if (decision.yes.to === 'end' && decision.no.to === 'end') {
      problems.push(`Langkah ${step.no}: kedua cabang keputusan menuju "selesai"; salah satunya harus menuju sebuah langkah.`);
    }
    for (const [name, branch] of [['ya', decision.yes], ['tidak', decision.no]] as const) {
      if (branch.label.trim() === '') problems.push(`Langkah ${step.no}: cabang "${name}" tidak berlabel.`);
      if (branch.to === 'end') continue;
      if (!Number.isInteger(branch.to) || branch.to < 1 || branch.to > count) {
        problems.push(
          `Langkah ${step.no}: cabang "${branch.label}" menuju langkah ${branch.to}, padahal langkah hanya 1 sampai ${count}.`,
        );
      }
    }
  });

  if (problems.length > 0) throw new FlowError(problems.join('\n'));
}
