/**
 * Changes to an SOP's narrative (the MDX body), section by section: a section runs from its
 * heading to the next heading; the text before the first heading is a section with the heading
 * "". MDX comments are left out (nobody reads them on the page). Sections are paired by heading,
 * or by their text when the heading was reworded.
 */
import { alignLists } from './align';
import type { SopChange } from './changes';
import { sameText, textSimilarity, wordDiff } from './words';

interface Section {
  heading: string;
  text: string;
}

const HEADING = /^#{1,6}\s+(.*?)\s*#*\s*$/;
const FENCE = /^\s*(```|~~~)/;
const MDX_COMMENT = /\{\/\*[\s\S]*?\*\/\}/g;

export function narrativeSections(body: string): Section[] {
  const sections: Section[] = [];
  let current: Section = { heading: '', text: '' };
  const lines: string[] = [];
  const close = () => {
    current.text = lines.join('\n').trim();
    if (current.heading !== '' || current.text !== '') sections.push(current);
    lines.length = 0;
  };
  let fenced = false;
  for (const line of body.replace(MDX_COMMENT, '').split(/\r?\n/)) {
    if (FENCE.test(line)) fenced = !fenced;
    const h = fenced ? null : HEADING.exec(line);
    if (h) {
      close();
      current = { heading: h[1]!, text: '' };
    } else lines.push(line);
  }
  close();
  return sections;
}

/** Likeness of two sections: 1 for the same heading, else how alike their texts are (at most 0.8). */
function sectionLikeness(b: Section, a: Section): number {
  return sameText(b.heading, a.heading) ? 1 : 0.8 * textSimilarity(b.text, a.text);
}

export function narrativeChanges(before: string, after: string): SopChange[] {
  const b = narrativeSections(before);
  const a = narrativeSections(after);
  return alignLists(b, a, sectionLikeness, 0.5).flatMap((o): SopChange[] => {
    if (o.op === 'added') {
      const s = a[o.after]!;
      return [{ kind: 'narrative', change: 'added', heading: s.heading, words: s.text ? [{ op: 'added', text: s.text }] : [] }];
    }
    if (o.op === 'removed') {
      const s = b[o.before]!;
      return [{ kind: 'narrative', change: 'removed', heading: s.heading, words: s.text ? [{ op: 'removed', text: s.text }] : [] }];
    }
    const sb = b[o.before]!;
    const sa = a[o.after]!;
    const renamed = !sameText(sb.heading, sa.heading);
    if (!renamed && sameText(sb.text, sa.text)) return [];
    return [{ kind: 'narrative', change: 'changed', heading: sa.heading, ...(renamed ? { headingBefore: sb.heading } : {}), words: wordDiff(sb.text, sa.text) }];
  });
}
