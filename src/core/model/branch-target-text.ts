/**
 * A decision's branch target written in words that name a step without its number: the kegiatan
 * of the step it goes to ("ya: Verifikasi berkas permohonan"), "lanjut" or "lanjut ke langkah
 * berikutnya" for the step after the decision, "kembali ke langkah sebelumnya" for the one before.
 * Each names one step, but only the SOP's list of steps can tell which, so it is read here, over
 * the whole list, and named with the number to write (a target is written as a number: the
 * editor's form offers numbers, and a kegiatan reworded later would leave the arrow pointing
 * nowhere). Targets with a number in them ("kembali ke langkah 1") are read by branchTargetOf.
 */
import { z } from 'zod';
import { branchTargetOf, END, targetWordKind } from './step';
import { looseValue } from './loose-text';

/** What a target written in words means, given the decision's step number and the list of steps. */
export type TargetByText =
  | { how: 'kegiatan'; targets: number[] }
  | { how: 'next' | 'previous'; targets: [number | typeof END] };

/** "lanjut", "lanjut ke langkah berikutnya", "diteruskan", "langkah selanjutnya": the step after the decision. */
const NEXT = /^(?:(?:di)?lanjut(?:kan)?|(?:di)?teruskan|berikut(?:nya)?|selanjutnya|(?:(?:(?:di)?lanjut(?:kan)?|(?:di)?teruskan)\s+)?(?:ke\s+)?(?:langkah|proses|tahap|kegiatan)\s+(?:berikut(?:nya)?|selanjutnya)|(?:(?:di)?lanjut(?:kan)?|(?:di)?teruskan)\s+ke\s+(?:berikut(?:nya)?|selanjutnya))$/;
/** "kembali ke langkah sebelumnya", "langkah sebelumnya": the step before the decision. */
const PREVIOUS = /^(?:(?:(?:kembali|(?:di)?kembalikan)\s+)?(?:ke\s+)?(?:langkah|proses|tahap|kegiatan)\s+sebelumnya)$/;
/** What a sentence puts before the step it names: "kembali ke", "lanjut ke langkah". */
const LEADING = /^(?:(?:kembali|lanjut|dilanjutkan|dikembalikan|kembalikan|menuju)\s+)?(?:ke\s+)?(?:langkah\s+)?/;

export function targetByText(written: string, no: number, kegiatan: readonly (string | undefined)[]): TargetByText | null {
  const w = looseValue(written);
  if (NEXT.test(w)) return { how: 'next', targets: [no + 1 > kegiatan.length ? END : no + 1] };
  if (PREVIOUS.test(w) && no > 1) return { how: 'previous', targets: [no - 1] };
  for (const text of new Set([w, w.replace(LEADING, '')])) {
    const targets = kegiatan.flatMap((k, i) => (k !== undefined && looseValue(k) === text ? [i + 1] : []));
    if (targets.length) return { how: 'kegiatan', targets };
  }
  return null;
}

const isBlock = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The steps as written, each branch target written in words that name a step replaced by that
 * step's number (the first, when its kegiatan is written twice) so that the rest of the SOP is
 * still checked; each such target is reported where it is written.
 */
export function stepsWithTargetsByText(steps: unknown, ctx: z.RefinementCtx): unknown {
  if (!Array.isArray(steps)) return steps;
  const kegiatan = steps.map((s) => (isBlock(s) && typeof s.kegiatan === 'string' ? s.kegiatan : undefined));
  return steps.map((step, i) => {
    if (!isBlock(step) || !isBlock(step.keputusan)) return step;
    const decision: Record<string, unknown> = { ...step.keputusan };
    let changed = false;
    for (const which of ['ya', 'tidak'] as const) {
      const branch = decision[which];
      const short = typeof branch === 'string';
      const written = short ? branch : isBlock(branch) && typeof branch.ke === 'string' ? branch.ke : null;
      if (written === null || typeof branchTargetOf(written) === 'number' || branchTargetOf(written) === END || targetWordKind(written)) continue;
      const meant = targetByText(written, i + 1, kegiatan);
      if (!meant) continue;
      const label = isBlock(branch) && typeof branch.label === 'string' && branch.label.trim() ? branch.label.trim() : which === 'ya' ? 'Ya' : 'Tidak';
      const values = { which, label, no: i + 1, written: written.trim(), how: meant.how, targets: meant.targets };
      ctx.addIssue({ code: 'custom', path: short ? [i, 'keputusan', which] : [i, 'keputusan', which, 'ke'], message: written.trim(), params: { key: 'branchTargetByText', values } });
      decision[which] = isBlock(branch) ? { ...branch, ke: meant.targets[0] } : meant.targets[0];
      changed = true;
    }
    return changed ? { ...step, keputusan: decision } : step;
  });
}
