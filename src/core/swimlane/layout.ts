/**
 * layoutSwimlane: flow (steps + actors) -> geometry model. Pure: no DOM, no text measuring.
 */
import { branchText } from './branch-text';
import { assertValidFlow, type FlowInput } from './flow';
import type { LayoutRow, SwimlaneLayout } from './geometry';
import { stepEdges, stepSymbols } from './graph';
import { route } from './router';

export function layoutSwimlane(flow: FlowInput): SwimlaneLayout {
  assertValidFlow(flow);
  const symbols = stepSymbols(flow);
  const edges = stepEdges(flow);
  const routed = route({
    rowCount: flow.steps.length,
    laneCount: flow.actors.length,
    connectorRows: new Map(),
    symbols,
    edges,
  });
  const actorLabel = new Map(flow.actors.map((a) => [a.id, a.label]));
  const rows: LayoutRow[] = flow.steps.map((step, i) => {
    const row: LayoutRow = {
      kind: 'step',
      step,
      actorLabel: [step.actor, ...(step.with ?? [])].map((id) => actorLabel.get(id) ?? id).join(', '),
      minHeight: routed.rowMinHeights[i]!,
    };
    if (step.decision) row.branchText = branchText(step.no, step.decision);
    return row;
  });
  return {
    actors: flow.actors.map((a) => ({ id: a.id, label: a.label })),
    columns: { ...flow.columns },
    rows,
    symbols: routed.symbols,
    edges: routed.edges,
    channel: routed.channel,
    laneMinWidth: routed.laneMinWidth,
    graph: { symbols, edges },
  };
}
