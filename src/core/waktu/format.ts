/**
 * Writing durations back in Indonesian: "76 jam 15 menit", "3 hari 1 jam 20 menit",
 * "1 jam 20 menit – 7 hari 1 jam 50 menit".
 *
 * Rule: a total is written in days (hari/jam/menit) only when some step was written in days,
 * weeks or months; otherwise in hours and minutes, as the signed documents do ("3 x 24 Jam" ->
 * "76 Jam 15 Menit").
 */
import { UNIT_RANK, type Unit } from './units';

export type DurationStyle = 'jam' | 'hari';

export function styleForUnit(unit: Unit): DurationStyle {
  return UNIT_RANK[unit] >= UNIT_RANK.hari ? 'hari' : 'jam';
}

export function formatMinutes(total: number, style: DurationStyle = 'jam'): string {
  if (total <= 0) return '0 menit';
  const parts: string[] = [];
  let rest = Math.round(total);
  if (style === 'hari') {
    const days = Math.floor(rest / (24 * 60));
    if (days) parts.push(`${days} hari`);
    rest -= days * 24 * 60;
  }
  const hours = Math.floor(rest / 60);
  if (hours) parts.push(`${hours} jam`);
  const minutes = rest - hours * 60;
  if (minutes) parts.push(`${minutes} menit`);
  return parts.join(' ');
}

/** A range, or a single value when min === max. Uses an en dash between the ends. */
export function formatRange(min: number, max: number, style: DurationStyle = 'jam'): string {
  if (min === max) return formatMinutes(min, style);
  return `${formatMinutes(min, style)} – ${formatMinutes(max, style)}`;
}
