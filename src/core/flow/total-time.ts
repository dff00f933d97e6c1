/**
 * The SOP's total time: the Waktu of every step on the main path (see flow/graph.ts) added up
 * as a range, written back in Indonesian. Steps whose time is not stated ("-") add nothing and
 * are listed so pages can say so.
 */
import { mainPath } from './graph';
import type { Step } from '../model/step';
import { formatRange, styleForUnit, type DurationStyle } from '../waktu/format';
import { columnUnit, parseWaktu } from '../waktu/parse';
import { UNIT_RANK, type Unit } from '../waktu/units';

export interface WaktuTotal {
  min: number;
  max: number;
  /** How the total is written ("jam" or "hari" style, see format.ts). */
  style: DurationStyle;
  /** "76 jam 15 menit" or "3 hari 1 jam 20 menit – 7 hari 1 jam 50 menit". */
  text: string;
  /** Step numbers on the main path. */
  path: number[];
  /** Step numbers on the main path whose time is not stated. */
  unstated: number[];
  /** Step numbers on the main path whose time cannot be summed ("Tentatif", "sesuai kebutuhan"). */
  unsummable: number[];
}

/**
 * The total of an SOP: its steps, read in the unit its Waktu column label names (if any).
 * The one derivation of the total used by every page, PDF, list and check.
 */
export function totalWaktuOfSop(sop: {
  langkah: readonly Pick<Step, 'waktu' | 'keputusan'>[];
  mutu_baku: { waktu: string };
}): WaktuTotal {
  return totalWaktu(sop.langkah, columnUnit(sop.mutu_baku.waktu));
}

export function totalWaktu(steps: readonly Pick<Step, 'waktu' | 'keputusan'>[], columnUnitOfWaktu?: Unit): WaktuTotal {
  const path = mainPath(steps);
  let min = 0;
  let max = 0;
  let unit: Unit = 'menit';
  const unstated: number[] = [];
  const unsummable: number[] = [];
  for (const no of path) {
    const r = parseWaktu(steps[no - 1]!.waktu, columnUnitOfWaktu);
    if (!r.ok || r.waktu === null) {
      (r.ok && r.unsummable ? unsummable : unstated).push(no);
      continue;
    }
    min += r.waktu.min;
    max += r.waktu.max;
    if (UNIT_RANK[r.waktu.unit] > UNIT_RANK[unit]) unit = r.waktu.unit;
  }
  const style = styleForUnit(unit);
  return { min, max, style, text: formatRange(min, max, style), path, unstated, unsummable };
}
