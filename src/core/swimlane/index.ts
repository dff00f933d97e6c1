/**
 * The SOP AP swimlane flowchart, pure core:
 *   layoutSwimlane(flow)            flow (actors + steps) -> geometry model (one table)
 *   splitIntoPages(layout, starts)  -> one model per printed page, off-page connectors at breaks
 *   resolveLayout / verifyLayout    -> absolute px for given sizes, and the drawing rules checked
 * Rendering (HTML string shared by the page and the PDF, Astro component, CSS):
 * src/components/swimlane/.
 */
export { assertValidFlow, FlowError } from './flow';
export type { BranchTarget, FlowActor, FlowBranch, FlowColumns, FlowDecision, FlowInput, FlowLetter, FlowStep } from './flow';
export type { ConnectorLink, FlowEdge, FlowSymbol, LayoutRow, SwimlaneLayout } from './geometry';
export { layoutSwimlane } from './layout';
export { connectorLetter, splitIntoPages } from './pages';
export { branchParts, branchText } from './branch-text';
export { minimalSizes, resolveLayout } from './resolve';
export { countCrossings, verifyLayout } from './verify';
