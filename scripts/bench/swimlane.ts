/**
 * Swimlane layout vs mermaid, measured in one run on this machine: the time to lay out a 30-step,
 * 8-actor SOP flowchart (pure function, many iterations, median), beside mermaid rendering the same
 * flow as a flowchart (one lane subgraph per actor) in a warm browser (the build's shared Chromium,
 * median of several renders), and their ratio.
 */
import { renderSwimlaneHtml } from '../../src/core/swimlane/render/render-html';
import type { FlowInput } from '../../src/core/swimlane/flow';
import { layoutSwimlane } from '../../src/core/swimlane/layout';
import { splitIntoPages } from '../../src/core/swimlane/pages';
import { closeMermaidBrowser } from '../../src/node/mermaid/browser';
import { renderMermaid } from '../../src/node/mermaid/render';
import { large } from '../../testkit/swimlane-fixtures';

export const name = 'swimlane';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function timeEach(iterations: number, fn: () => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

/** The same flow as a mermaid flowchart: a subgraph per actor, SOP AP shapes, labelled branches. */
export function flowToMermaid(flow: FlowInput): string {
  const lines = ['flowchart TD', '  accTitle: Diagram alir pembanding'];
  const last = flow.steps.length;
  const shape = (no: number, text: string, decision: boolean) => {
    const t = text.replace(/"/g, "'");
    if (decision) return `s${no}{"${t}"}`;
    if (no === 1 || no === last) return `s${no}(["${t}"])`;
    return `s${no}["${t}"]`;
  };
  flow.actors.forEach((a) => {
    lines.push(`  subgraph ${a.id}["${a.label}"]`);
    for (const s of flow.steps.filter((x) => x.actor === a.id)) lines.push(`    ${shape(s.no, `${s.no}. ${s.kegiatan}`, !!s.decision)}`);
    lines.push('  end');
  });
  lines.push('  selesai(["Selesai"])');
  for (const s of flow.steps) {
    if (s.decision) {
      for (const b of [s.decision.yes, s.decision.no]) lines.push(`  s${s.no} -- "${b.label}" --> ${b.to === 'end' ? 'selesai' : `s${b.to}`}`);
    } else if (s.no < last) lines.push(`  s${s.no} --> s${s.no + 1}`);
  }
  return lines.join('\n');
}

export async function run(): Promise<void> {
  const flow = large;
  console.log(`Alur: ${flow.steps.length} langkah, ${flow.actors.length} pelaksana, ${flow.steps.filter((s) => s.decision).length} keputusan.`);

  // Warm up the JIT, then time many runs.
  timeEach(300, () => layoutSwimlane(flow));
  const layoutTimes = timeEach(3000, () => layoutSwimlane(flow));
  const layout = layoutSwimlane(flow);
  const htmlTimes = timeEach(1000, () => renderSwimlaneHtml(layout));
  const splitTimes = timeEach(1000, () => splitIntoPages(layout, [10, 20]));

  // Mermaid in a warm browser: the first render starts Chromium and loads mermaid (not timed).
  const code = flowToMermaid(flow);
  let n = 0;
  await renderMermaid(code, { id: `bench-${n++}`, fallbackTitle: 'Bench' });
  await renderMermaid(code, { id: `bench-${n++}`, fallbackTitle: 'Bench' });
  const mermaidTimes: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    await renderMermaid(code, { id: `bench-${n++}`, fallbackTitle: 'Bench' });
    mermaidTimes.push(performance.now() - t);
  }
  await closeMermaidBrowser();

  const layoutMs = median(layoutTimes);
  const mermaidMs = median(mermaidTimes);
  const row = (label: string, ms: number, runs: number) => console.log(`  ${label.padEnd(44)} ${ms.toFixed(3).padStart(10)} ms  (median, ${runs} runs)`);
  row('swimlane layout (layoutSwimlane)', layoutMs, layoutTimes.length);
  row('swimlane HTML (renderSwimlaneHtml)', median(htmlTimes), htmlTimes.length);
  row('swimlane split into 3 pages (splitIntoPages)', median(splitTimes), splitTimes.length);
  row('mermaid flowchart, warm browser (renderMermaid)', mermaidMs, mermaidTimes.length);
  console.log(`  rasio mermaid / tata letak swimlane: ${(mermaidMs / layoutMs).toFixed(0)}x`);
}
