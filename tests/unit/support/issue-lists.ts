/**
 * What the checker tests compare: issues as short rows, and one SOP text read as
 * sops/medan/sktm.mdx by the checker's reader.
 */
import type { CheckIssue } from '../../../src/core/checks/issue';
import { readSopText } from '../../../src/core/source/read-sources';
import { parseWaktu } from '../../../src/core/waktu/parse';

export const brief = (issues: readonly CheckIssue[]) => issues.map((i) => [i.code, i.path, i.line, i.message]);
export const briefFix = (issues: readonly CheckIssue[]) => issues.map((i) => [i.code, i.path, i.line, i.message, i.fix]);
export const readSktm = (text: string) => readSopText('medan/sktm', 'sops/medan/sktm.mdx', text);

/** A time as [least, most] minutes, null when "-", 'tak terbaca' when it cannot be read. */
export function minutesOf(s: string): [number, number] | null | 'tak terbaca' {
  const r = parseWaktu(s);
  return r.ok && r.waktu ? [r.waktu.min, r.waktu.max] : r.ok ? null : 'tak terbaca';
}
