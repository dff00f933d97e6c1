/**
 * The difference between two versions of an SOP: one pure function from two SOP values (the
 * validated frontmatter and the MDX body) to the list of changes a reviewer reads (changes.ts).
 * Used by the editor to show a reviewer what changed against the published version.
 */
import type { SopFrontmatter } from '../model/sop';
import { totalWaktuOfSop, type WaktuTotal } from '../flow/total-time';
import { actorChanges } from './actor-diff';
import type { SopChange } from './changes';
import { identityChanges } from './identity-diff';
import { narrativeChanges } from './narrative-diff';
import { stepChanges } from './step-diff';

export interface SopVersion {
  data: SopFrontmatter;
  /** The MDX body (the narrative). */
  body: string;
}

/** The total as the SOP page writes it, or why there is none. */
function totalText(t: WaktuTotal): string {
  return t.path.some((n) => !t.unstated.includes(n)) ? t.text : 'tidak dapat dihitung';
}

function totalChange(before: SopFrontmatter, after: SopFrontmatter): SopChange[] {
  const b = totalWaktuOfSop(before);
  const a = totalWaktuOfSop(after);
  const bt = totalText(b);
  const at = totalText(a);
  return bt === at ? [] : [{ kind: 'total', before: bt, after: at }];
}

/** Every change from `before` to `after`, in reading order; empty when nothing changed. */
export function diffSops(before: SopVersion, after: SopVersion): SopChange[] {
  const actors = actorChanges(before.data.pelaksana, after.data.pelaksana);
  return [
    ...identityChanges(before.data, after.data),
    ...actors.changes,
    ...stepChanges({ steps: before.data.langkah, actors: before.data.pelaksana }, { steps: after.data.langkah, actors: after.data.pelaksana }, actors.toNew),
    ...totalChange(before.data, after.data),
    ...narrativeChanges(before.body, after.body),
  ];
}
