/**
 * Phase 7, joins: a step done by several actors is drawn as the same symbol in each of their
 * lanes (SOP AP practice for a joint activity). The flow enters and leaves through the symbol in
 * the rightmost of those lanes (the "primary", see graph.ts); each other symbol (a "companion",
 * always to its left) is joined to its right-hand neighbour among them by a plain horizontal line
 * at symbol height, without an arrowhead. Nothing else runs at that height in those lanes: arrivals from the channel come
 * from the right, turns run below the symbols, and incoming lines end at the primary's top.
 */
import type { FlowEdge, FlowSymbol } from '../geometry';
import { leftPoint, rightPoint, type RouteOutput } from './context';

export function joinCompanions(out: RouteOutput): RouteOutput {
  const groups = new Map<string, FlowSymbol[]>();
  for (const c of out.symbols) {
    if (c.joinedTo) groups.set(c.joinedTo, [...(groups.get(c.joinedTo) ?? []), c]);
  }
  const byId = new Map(out.symbols.map((s) => [s.id, s]));
  const joins: FlowEdge[] = [];
  for (const [primaryId, companions] of groups) {
    const primary = byId.get(primaryId);
    if (!primary) continue;
    const chain = [...companions.sort((a, b) => a.col - b.col), primary];
    for (let i = 0; i + 1 < chain.length; i++) {
      const [left, right] = [chain[i]!, chain[i + 1]!];
      joins.push({
        id: `j-${left.id}`,
        from: left.id,
        to: right.id,
        route: 'local',
        points: [rightPoint(left, 0), leftPoint(right, 0)],
        arrow: 'right',
        plain: true,
      });
    }
  }
  return joins.length ? { ...out, edges: [...out.edges, ...joins] } : out;
}
