/**
 * An SOP's steps as the swimlane flowchart's input (src/core/swimlane/flow.ts): lanes from
 * `pelaksana`, the SOP's own column labels, decisions and the letters each step produces.
 */
import type { SopFrontmatter } from '../model/sop';
import type { BranchTarget as SopTarget } from '../model/step';
import type { BranchTarget, FlowInput, FlowLetter } from '../swimlane/flow';

function target(ke: SopTarget): BranchTarget {
  return ke === 'selesai' ? 'end' : ke;
}

/**
 * Whether the flowchart has a Keterangan column: when the SOP asks for it (`mutu_baku.keterangan`)
 * or any step has a keterangan. The one rule for the page, the PDF and the view model.
 */
export function showsKeterangan(data: Pick<SopFrontmatter, 'mutu_baku' | 'langkah'>): boolean {
  return data.mutu_baku.keterangan || data.langkah.some((s) => s.keterangan);
}

/** `letters(no)` gives the letter links of step `no` (1-based). */
export function sopFlowInput(data: SopFrontmatter, letters: (no: number) => FlowLetter[]): FlowInput {
  const keterangan = showsKeterangan(data);
  return {
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
      actor: step.pelaksana,
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
