/**
 * Rules on one SOP's flow: actors declared once (by id and by label), headed by their position, and used, decision branches valid
 * (and not swapped, the ya branch labelled as a no), every step
 * reachable from the first and the end reachable from every step.
 */
import type { SopSource } from '../catalog/catalog';
import { canReachEnd, reachableFrom, END_NODE } from '../flow/graph';
import { stepActors } from '../model/step';
import { issue, type CheckIssue } from './issue';
import { MESSAGES } from './messages';
import { closest } from './suggest';
import { looseText } from '../model/loose-text';
import { withoutHonorific } from '../model/honorific';

/** A branch label that answers no: "Tidak Lengkap", "Belum", "Bukan", "Ditolak", "Tolak". */
const NEGATIVE_LABEL = /^(?:tidak|belum|bukan|tolak|ditolak)\b/i;
/** A question asked the other way round ("Apakah berkas tidak lengkap?"): its ya may well answer no. */
const NEGATIVE_WORD = /(?:^|[^\p{L}])(?:tidak|belum|bukan)(?![\p{L}])/iu;

export function checkFlow(sop: SopSource): CheckIssue[] {
  const { file, data } = sop;
  const issues: CheckIssue[] = [];
  const actorIds = data.pelaksana.map((a) => a.id);
  const count = data.langkah.length;

  const seen = new Map<string, number>();
  data.pelaksana.forEach((a, i) => {
    const first = seen.get(a.id);
    if (first !== undefined) issues.push(issue(MESSAGES.duplicateActor, file, `pelaksana[${i}].id`, { id: a.id, first }));
    else seen.set(a.id, i);
  });
  // The same lane twice under two ids ("Staf ADM" and "staf  adm"): the steps are split between two columns.
  const labels = new Map<string, { id: string; label: string }>();
  data.pelaksana.forEach((a, i) => {
    const key = looseText(a.label);
    const first = labels.get(key);
    if (!first) labels.set(key, a);
    else if (first.id !== a.id) issues.push(issue(MESSAGES.duplicateActorLabel, file, `pelaksana[${i}].label`, { id: a.id, label: a.label, firstId: first.id, firstLabel: first.label }));
  });

  // "Bapak Lurah": the column is headed by the position, as the document prints it, without a form of address.
  data.pelaksana.forEach((a, i) => {
    const addressed = withoutHonorific(a.label);
    if (addressed) issues.push(issue(MESSAGES.actorLabelWithHonorific, file, `pelaksana[${i}].label`, { label: a.label.trim(), ...addressed }));
  });

  data.langkah.forEach((step, i) => {
    const no = i + 1;
    const actors = stepActors(step);
    const multi = typeof step.pelaksana !== 'string';
    actors.forEach((id, j) => {
      const path = multi ? `langkah[${i}].pelaksana[${j}]` : `langkah[${i}].pelaksana`;
      if (!actorIds.includes(id)) {
        issues.push(issue(MESSAGES.unknownActor, file, path, { id, no, guess: closest(id, actorIds), ids: actorIds }));
      } else if (actors.indexOf(id) !== j) {
        issues.push(issue(MESSAGES.repeatedStepActor, file, path, { id, no }));
      }
    });
    const d = step.keputusan;
    if (!d) return;
    if (actors.length > 1) issues.push(issue(MESSAGES.decisionMultiActor, file, `langkah[${i}].pelaksana`, { no }));
    if (no === 1 || (no === count && !data.tidak_lengkap)) {
      issues.push(issue(MESSAGES.terminatorDecision, file, `langkah[${i}].keputusan`, { no, which: no === 1 ? 'pertama' : 'terakhir' }));
    }
    for (const branch of ['ya', 'tidak'] as const) {
      const target = d[branch].ke;
      const path = `langkah[${i}].keputusan.${branch}.ke`;
      if (target === 'selesai') continue;
      if (target < 1 || target > count) {
        issues.push(issue(MESSAGES.branchOutOfRange, file, path, { label: d[branch].label, no, target, count }));
      } else if (target === no) {
        issues.push(issue(MESSAGES.branchToSelf, file, path, { label: d[branch].label, no }));
      }
    }
    if (d.ya.ke === d.tidak.ke) issues.push(issue(MESSAGES.branchesSameTarget, file, `langkah[${i}].keputusan`, { no, target: String(d.ya.ke) }));
    if (d.ya.label.trim().toLowerCase() === d.tidak.label.trim().toLowerCase()) {
      issues.push(issue(MESSAGES.branchesSameLabel, file, `langkah[${i}].keputusan`, { no, label: d.ya.label }));
    }
    // "ya: { label: Tidak Lengkap }": the main path (and the total time) follows the ya branch.
    // Not when the question or the activity is asked the other way round.
    else if (NEGATIVE_LABEL.test(d.ya.label.trim()) && !NEGATIVE_LABEL.test(d.tidak.label.trim()) && !NEGATIVE_WORD.test(`${d.pertanyaan ?? ''} ${step.kegiatan}`)) {
      issues.push(issue(MESSAGES.branchLabelsSwapped, file, `langkah[${i}].keputusan.ya.label`, { no, yaLabel: d.ya.label.trim(), yaKe: String(d.ya.ke), tidakLabel: d.tidak.label.trim(), tidakKe: String(d.tidak.ke) }));
    }
  });

  // Reachability only makes sense once every branch points inside the SOP.
  if (issues.some((x) => x.severity === 'error' && /\.ke$/.test(x.path))) return issues;
  const reachable = reachableFrom(data.langkah);
  const toEnd = canReachEnd(data.langkah);
  data.langkah.forEach((_, i) => {
    const no = i + 1;
    if (!reachable.has(no)) issues.push(issue(MESSAGES.unreachableStep, file, `langkah[${i}]`, { no }));
    if (!toEnd.has(no)) issues.push(issue(MESSAGES.trappedStep, file, `langkah[${i}]`, { no }));
  });
  if (!reachable.has(END_NODE)) issues.push(issue(MESSAGES.endUnreachable, file, 'langkah', {}));

  const used = new Set(data.langkah.flatMap(stepActors));
  if (used.size === 1 && data.pelaksana.length > 1) {
    issues.push(issue(MESSAGES.oneActorOnly, file, 'pelaksana', {}));
  } else {
    data.pelaksana.forEach((a, i) => {
      if (!used.has(a.id) && seen.get(a.id) === i) issues.push(issue(MESSAGES.unusedActor, file, `pelaksana[${i}]`, { id: a.id }));
    });
  }
  return issues;
}
