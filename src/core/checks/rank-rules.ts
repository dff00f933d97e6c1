/**
 * The pangkat of an official who signs (an agency's kepala, an SOP's disahkan_oleh): a golongan
 * written alone ("III/a") prints a grade where the signature block prints the rank, and a rank
 * with another rank's golongan ("Penata (III/a)") is a slip in one of them.
 */
import type { Official } from '../model/agency';
import { isPlaceholder } from '../model/placeholder';
import { rankProblem } from '../model/rank';
import { issue, type CheckIssue } from './issue';
import { MESSAGES } from './messages';

/** `at` is the official's field ("kepala", "disahkan_oleh"). */
export function checkOfficialRank(file: string, at: string, official: Official): CheckIssue[] {
  const pangkat = official.pangkat?.trim();
  if (!pangkat || isPlaceholder(pangkat)) return [];
  const problem = rankProblem(pangkat);
  if (!problem) return [];
  return [problem.kind === 'grade-only'
    ? issue(MESSAGES.rankGradeOnly, file, `${at}.pangkat`, { pangkat, grade: problem.grade, rank: problem.rank })
    : issue(MESSAGES.rankMismatch, file, `${at}.pangkat`, { pangkat, grade: problem.grade, rank: problem.rank, written: problem.written, gradeOfWritten: problem.gradeOfWritten })];
}
