/**
 * Changes to an SOP's actors (the flowchart's lanes). An old actor is the same as a new one when
 * it keeps its id, else when it keeps its heading, else when it keeps its place among the lanes
 * left over (a lane renamed, id and heading both rewritten). The pairing also lets the steps
 * compare their actors without reporting a rename on every step.
 */
import type { Actor } from '../model/sop';
import type { SopChange } from './changes';
import { sameText, wordDiff } from './words';

export interface ActorMatch {
  changes: SopChange[];
  /** Old actor id -> the new actor id it became (absent: the actor was removed). */
  toNew: Map<string, string>;
}

export function actorChanges(before: readonly Actor[], after: readonly Actor[]): ActorMatch {
  const toNew = new Map<string, string>();
  const taken = new Set<string>();
  const pair = (b: Actor, a: Actor) => {
    toNew.set(b.id, a.id);
    taken.add(a.id);
  };
  for (const b of before) {
    const a = after.find((x) => x.id === b.id);
    if (a) pair(b, a);
  }
  for (const b of before) {
    if (toNew.has(b.id)) continue;
    const a = after.find((x) => !taken.has(x.id) && sameText(x.label, b.label));
    if (a) pair(b, a);
  }
  const leftBefore = before.filter((b) => !toNew.has(b.id));
  const leftAfter = after.filter((a) => !taken.has(a.id));
  before.forEach((b) => {
    if (toNew.has(b.id)) return;
    const lane = before.indexOf(b);
    const a = after[lane];
    if (a && !taken.has(a.id) && leftBefore.length === leftAfter.length) pair(b, a);
  });

  const changes: SopChange[] = [];
  const labelOf = new Map(after.map((a) => [a.id, a.label]));
  for (const b of before) {
    const id = toNew.get(b.id);
    if (id === undefined) changes.push({ kind: 'actor-removed', id: b.id, label: b.label });
    else if (!sameText(b.label, labelOf.get(id)!)) {
      changes.push({ kind: 'actor-renamed', id, before: b.label, after: labelOf.get(id)!, words: wordDiff(b.label, labelOf.get(id)!) });
    }
  }
  for (const a of after) if (!taken.has(a.id)) changes.push({ kind: 'actor-added', id: a.id, label: a.label });

  // The order of the lanes both versions have.
  const keptBefore = before.filter((b) => toNew.has(b.id)).map((b) => toNew.get(b.id)!);
  const keptAfter = after.filter((a) => taken.has(a.id)).map((a) => a.id);
  if (keptBefore.some((id, i) => id !== keptAfter[i])) {
    changes.push({ kind: 'actor-order', before: before.map((b) => b.label), after: after.map((a) => a.label) });
  }
  return { changes, toNew };
}
