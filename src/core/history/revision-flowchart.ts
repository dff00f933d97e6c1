/**
 * The flowchart of a revision with the rows it changed marked ("Baru", "Diubah", "Dipindah"
 * written in the row, core/diff/step-marks.ts), for the difference view of the SOP history.
 * Undefined when the revision changed no step, or when its flow cannot be drawn.
 */
import type { SopChange } from '../diff/changes';
import { stepMarks } from '../diff/step-marks';
import type { SopFrontmatter } from '../model/sop';
import { sopFlowInput } from '../site/flow-input';
import { layoutSwimlane } from '../swimlane/layout';
import { renderSwimlaneHtml } from '../swimlane/render/render-html';

export function revisionFlowchartHtml(data: SopFrontmatter, changes: readonly SopChange[], options: { idPrefix: string; caption: string }): string | undefined {
  const marks = stepMarks(changes);
  if (marks.size === 0) return undefined;
  try {
    return renderSwimlaneHtml(layoutSwimlane(sopFlowInput(data, () => [])), { caption: options.caption, idPrefix: options.idPrefix, rowMarks: marks });
  } catch {
    return undefined;
  }
}
