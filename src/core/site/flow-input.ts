/**
 * An SOP's steps as the swimlane flowchart's input (src/core/swimlane/flow.ts): lanes from
 * `pelaksana`, the SOP's own column labels, decisions and the letters each step produces.
 */
import { showsKeterangan, type SopFrontmatter } from '../model/sop';
import { stepActors } from '../model/step';
import type { BranchTarget as SopTarget } from '../model/step';
import type { BranchTarget, FlowInput, FlowLetter } from '../swimlane/flow';

function target(ke: SopTarget): BranchTarget {
  return ke === 'selesai' ? 'end' : ke;
}

/** `letters(no)` gives the letter links of step `no` (1-based). */
export function sopFlowInput(data: SopFrontmatter, letters: (no: number) => FlowLetter[]): FlowInput {
  const keterangan = showsKeterangan(data);
  return {
    incomplete: data.tidak_lengkap !== undefined,
    actors: data.pelaksana.map((p) => ({ id: p.id, label: p.label })),
    columns: {
      kegiatan: data.label_kegiatan,
      kelengkapan: data.mutu_baku.kelengkapan,
      waktu: data.mutu_baku.waktu,
      output: data.mutu_baku.output,
      keterangan: keterangan ? 'Keterangan' : undefined,
    },
    steps: data.langkah.map((step, i) => ({
      no: i + 1,
      kegiatan: step.kegiatan,
      actor: stepActors(step)[0]!,
      with: stepActors(step).slice(1),
      kelengkapan: step.kelengkapan,
      waktu: step.waktu,
      output: step.output,
      keterangan: step.keterangan,
      decision: step.keputusan && {
        question: step.keputusan.pertanyaan,
        yes: { label: step.keputusan.ya.label, to: target(step.keputusan.ya.ke) },
        no: { label: step.keputusan.tidak.label, to: target(step.keputusan.tidak.ke) },
      },
      letters: letters(i + 1),
    })),
  };
}
