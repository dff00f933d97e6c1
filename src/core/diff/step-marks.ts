/**
 * Which rows of the new version's flowchart a list of changes touches, by step number, with the
 * word the row shows (the mark is text, colour only repeats it): a step added is "Baru", a step
 * moved "Dipindah", a step changed "Diubah". Removed steps have no row in the new version.
 */
import type { SopChange } from './changes';

export type StepMarkKind = 'added' | 'moved' | 'changed';

export interface StepMark {
  kind: StepMarkKind;
  label: string;
}

const LABELS: Record<StepMarkKind, string> = { added: 'Baru', moved: 'Dipindah', changed: 'Diubah' };

export function stepMarks(changes: readonly SopChange[]): Map<number, StepMark> {
  const marks = new Map<number, StepMark>();
  for (const c of changes) {
    const kind: StepMarkKind | undefined =
      c.kind === 'step-added' ? 'added' : c.kind === 'step-moved' ? 'moved' : c.kind === 'step-changed' ? 'changed' : undefined;
    if (kind) marks.set(c.after, { kind, label: LABELS[kind] });
  }
  return marks;
}
