/**
 * The flowchart of an SOP as its page shows it: the flow input with each step's letter links,
 * and its text cells drawn from the view model's rich text (acronyms, placeholders), so the
 * SOP page and the editor's preview draw the same thing.
 */
import { escapeHtml } from '../html/escape';
import type { SopFrontmatter } from '../model/sop';
import type { FlowInput } from '../swimlane/flow';
import { sopFlowInput } from './flow-input';
import { richToHtml } from './rich-html';
import type { SopView } from './sop-view';

export type FormatCellText = (value: string, field: string, step: { no: number }) => string;

export function viewFlowchart(data: SopFrontmatter, view: SopView): { flow: FlowInput; formatText: FormatCellText } {
  const flow = sopFlowInput(data, (no) => view.steps[no - 1]!.letters.map((l) => ({ id: l.id, title: l.title, href: l.url })));
  const formatText: FormatCellText = (value, field, step) => {
    const s = view.steps[step.no - 1];
    const rich = field === 'question' ? s?.decision?.question : s?.[field as 'kegiatan' | 'kelengkapan' | 'waktu' | 'output' | 'keterangan'];
    return rich ? richToHtml(rich) : escapeHtml(value);
  };
  return { flow, formatText };
}
