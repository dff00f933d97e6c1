/**
 * Pangkat and golongan of a civil servant (PNS), as a signature block prints them under the name:
 * "Pembina Utama Muda (IV/c)". Each golongan has one pangkat (PP 99/2000 and its amendments), so
 * a golongan written alone, or with another pangkat's name, can be named with what to write.
 */

/** Golongan/ruang -> pangkat. */
export const RANKS: Readonly<Record<string, string>> = {
  'I/a': 'Juru Muda', 'I/b': 'Juru Muda Tingkat I', 'I/c': 'Juru', 'I/d': 'Juru Tingkat I',
  'II/a': 'Pengatur Muda', 'II/b': 'Pengatur Muda Tingkat I', 'II/c': 'Pengatur', 'II/d': 'Pengatur Tingkat I',
  'III/a': 'Penata Muda', 'III/b': 'Penata Muda Tingkat I', 'III/c': 'Penata', 'III/d': 'Penata Tingkat I',
  'IV/a': 'Pembina', 'IV/b': 'Pembina Tingkat I', 'IV/c': 'Pembina Utama Muda', 'IV/d': 'Pembina Utama Madya', 'IV/e': 'Pembina Utama',
};

/** "III/a", "III-a", "III.a", "iii/A", or "III a" at the end: the golongan and its ruang. */
const GRADE = /\b(IV|III|II|I)\s*[/.-]\s*([a-e])\b|\b(IV|III|II|I)\s+([a-e])\s*\)?\s*$/i;

/** A pangkat's name compared loosely: "Tk. I", "Tk.I" and "Tingkat I" alike, lower case, one space. */
const looseRank = (t: string) => t.toLowerCase().replace(/\btk\b\.?\s*/g, 'tingkat ').replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim();

const GRADE_OF_RANK = new Map(Object.entries(RANKS).map(([grade, rank]) => [looseRank(rank), grade]));

export type RankProblem =
  /** Only the golongan is written ("III/a"). */
  | { kind: 'grade-only'; grade: string; rank: string }
  /** A pangkat whose golongan is another ("Penata (III/a)"). */
  | { kind: 'mismatch'; grade: string; rank: string; written: string; gradeOfWritten: string };

/** What is wrong with a pangkat as written, or null (right, not a PNS rank, or not read). */
export function rankProblem(written: string): RankProblem | null {
  const m = GRADE.exec(written);
  if (!m) return null;
  const grade = `${(m[1] ?? m[3])!.toUpperCase()}/${(m[2] ?? m[4])!.toLowerCase()}`;
  const rank = RANKS[grade];
  if (!rank) return null;
  const words = looseRank(written.slice(0, m.index) + ' ' + written.slice(m.index + m[0].length)).replace(/\b(?:golongan|gol|ruang)\b/g, '').replace(/\s+/g, ' ').trim();
  if (!words) return { kind: 'grade-only', grade, rank };
  const gradeOfWritten = GRADE_OF_RANK.get(words);
  if (!gradeOfWritten || gradeOfWritten === grade) return null;
  return { kind: 'mismatch', grade, rank, written: RANKS[gradeOfWritten]!, gradeOfWritten };
}
