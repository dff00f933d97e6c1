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
    if (c.kind === 'step-added') marks.set(c.after, { kind: 'added', label: LABELS.added });
    else if (c.kind === 'step-moved') marks.set(c.after, { kind: 'moved', label: LABELS.moved });
    else if (c.kind === 'step-changed') marks.set(c.after, { kind: 'changed', label: LABELS.changed });
  }
  return marks;
}
