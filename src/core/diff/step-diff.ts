/**
 * Changes to an SOP's steps. Old and new steps are paired by alignLists on how alike they are
 * (mostly the kegiatan's words, then the Mutu Baku cells and the actor), so a step inserted in
 * the middle is one addition. Within a pair every cell is compared word by word; actors are
 * compared through the actor pairing (a renamed lane is not a change of every step) and branch
 * targets through the step pairing (a renumbering is not a change of every decision).
 */
import type { Actor } from '../model/sop';
import { END, stepActors, type Step } from '../model/step';
import { fieldLabel } from '../editor/fields';
import { alignLists } from './align';
import type { SopChange, StepCell, StepCellChange, WordPart } from './changes';
import { sameText, textSimilarity, wordDiff } from './words';

/** Likeness at which two steps count as the same step (see stepLikeness). */
const SAME_STEP = 0.5;
const MUTU_BAKU = ['kelengkapan', 'waktu', 'output'] as const;

interface Side {
  steps: readonly Step[];
  actors: readonly Actor[];
}

const label = (field: string) => fieldLabel(`langkah[].${field}`);

/** 0..1: 0.7 from the kegiatan's words, 0.3 from the actor and Mutu Baku cells being equal. */
function stepLikeness(b: Step, a: Step, toNew: ReadonlyMap<string, string>): number {
  const sameActors = actorIds(b, toNew).join() === stepActors(a).join() ? 1 : 0;
  const sameCells = MUTU_BAKU.filter((f) => sameText(b[f], a[f])).length;
  return 0.7 * textSimilarity(b.kegiatan, a.kegiatan) + 0.3 * ((sameActors + sameCells) / 4);
}

/** A step's actor ids in the new version's ids (an actor removed keeps its old id). */
function actorIds(step: Step, toNew: ReadonlyMap<string, string>): string[] {
  return stepActors(step).map((id) => toNew.get(id) ?? id);
}

function actorsText(ids: readonly string[], actors: readonly Actor[], fallback: readonly Actor[] = []): string {
  return ids.map((id) => actors.find((a) => a.id === id)?.label ?? fallback.find((a) => a.id === id)?.label ?? id).join(', ');
}

/** A branch as read: "Lengkap → langkah 5 (Memeriksa berkas)" or "Tidak → selesai". */
function branchText(branchLabel: string, target: string): string {
  return `${branchLabel} → ${target}`;
}

function decisionText(step: Step, target: (ke: number | typeof END) => string): string {
  const d = step.keputusan;
  if (!d) return '';
  return [d.pertanyaan ?? '', branchText(d.ya.label, target(d.ya.ke)), branchText(d.tidak.label, target(d.tidak.ke))].filter(Boolean).join('; ');
}

function cellChange(field: string, before: string, after: string, cellLabel = label(field)): StepCellChange[] {
  return sameText(before, after) ? [] : [{ field, label: cellLabel, before, after, words: wordDiff(before, after) }];
}

/** A step shown whole (added or removed): its non-empty cells. */
function wholeStep(step: Step, actors: readonly Actor[], target: (ke: number | typeof END) => string): StepCell[] {
  const cells: StepCell[] = [
    { field: 'pelaksana', label: label('pelaksana'), text: actorsText(stepActors(step), actors) },
    ...MUTU_BAKU.map((f) => ({ field: f, label: label(f), text: step[f] })),
    { field: 'keterangan', label: label('keterangan'), text: step.keterangan ?? '' },
    { field: 'surat', label: label('surat'), text: step.surat.join(', ') },
    { field: 'keputusan', label: label('keputusan'), text: decisionText(step, target) },
  ];
  return cells.filter((c) => c.text.trim() !== '');
}

export function stepChanges(before: Side, after: Side, actorToNew: ReadonlyMap<string, string>): SopChange[] {
  const aligned = alignLists(before.steps, after.steps, (b, a) => stepLikeness(b, a, actorToNew), SAME_STEP);
  /** Old step number -> new step number, for steps both versions have. */
  const toNew = new Map<number, number>();
  for (const o of aligned) if (o.op === 'kept' || o.op === 'moved') toNew.set(o.before + 1, o.after + 1);

  const newTarget = (ke: number | typeof END) =>
    ke === END ? 'selesai' : `langkah ${ke}${after.steps[ke - 1] ? ` (${after.steps[ke - 1]!.kegiatan})` : ''}`;
  /** An old target in the new numbering when the step is kept, else by its old number. */
  const oldTarget = (ke: number | typeof END) => {
    if (ke === END) return 'selesai';
    const now = toNew.get(ke);
    const kegiatan = before.steps[ke - 1]?.kegiatan;
    if (now !== undefined) return newTarget(now);
    return `langkah ${ke} lama${kegiatan ? ` (${kegiatan})` : ''}, kini dihapus`;
  };
  const sameTarget = (b: number | typeof END, a: number | typeof END) => (b === END ? a === END : a !== END && toNew.get(b) === a);

  const compare = (b: Step, a: Step): StepCellChange[] => {
    const cells: StepCellChange[] = [
      ...cellChange('kegiatan', b.kegiatan, a.kegiatan),
      ...cellChange('pelaksana', actorsText(actorIds(b, actorToNew), after.actors, before.actors), actorsText(stepActors(a), after.actors)),
      ...MUTU_BAKU.flatMap((f) => cellChange(f, b[f], a[f])),
      ...cellChange('keterangan', b.keterangan ?? '', a.keterangan ?? ''),
      ...cellChange('surat', b.surat.join(', '), a.surat.join(', ')),
    ];
    const db = b.keputusan;
    const da = a.keputusan;
    if (!db || !da) return [...cells, ...cellChange('keputusan', decisionText(b, oldTarget), decisionText(a, newTarget))];
    cells.push(...cellChange('keputusan.pertanyaan', db.pertanyaan ?? '', da.pertanyaan ?? '', fieldLabel('langkah[].keputusan.pertanyaan')));
    for (const side of ['ya', 'tidak'] as const) {
      const bb = db[side];
      const ab = da[side];
      if (sameText(bb.label, ab.label) && sameTarget(bb.ke, ab.ke)) continue;
      const bt = branchText(bb.label, oldTarget(bb.ke));
      const at = branchText(ab.label, newTarget(ab.ke));
      // A changed target is read whole (its number and kegiatan), not word by word.
      const words: WordPart[] = sameTarget(bb.ke, ab.ke)
        ? wordDiff(bt, at)
        : sameText(bb.label, ab.label)
          ? [{ op: 'same', text: branchText(ab.label, '') }, { op: 'removed', text: oldTarget(bb.ke) }, { op: 'added', text: newTarget(ab.ke) }]
          : [{ op: 'removed', text: bt }, { op: 'added', text: at }];
      cells.push({ field: `keputusan.${side}`, label: fieldLabel(`langkah[].keputusan.${side}`), before: bt, after: at, words });
    }
    return cells;
  };

  return aligned.flatMap((o): SopChange[] => {
    if (o.op === 'added') {
      const s = after.steps[o.after]!;
      return [{ kind: 'step-added', after: o.after + 1, kegiatan: s.kegiatan, cells: wholeStep(s, after.actors, newTarget) }];
    }
    if (o.op === 'removed') {
      const s = before.steps[o.before]!;
      return [{ kind: 'step-removed', before: o.before + 1, kegiatan: s.kegiatan, cells: wholeStep(s, before.actors, oldTarget) }];
    }
    const b = before.steps[o.before]!;
    const a = after.steps[o.after]!;
    const cells = compare(b, a);
    if (o.op === 'moved') return [{ kind: 'step-moved', before: o.before + 1, after: o.after + 1, follows: o.after, kegiatan: a.kegiatan, cells }];
    return cells.length ? [{ kind: 'step-changed', before: o.before + 1, after: o.after + 1, kegiatan: a.kegiatan, cells }] : [];
  });
}
