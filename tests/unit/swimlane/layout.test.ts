import { describe, expect, it } from 'vitest';
import { FlowError, type FlowInput } from '../../../src/core/swimlane/flow';
import type { FlowEdge, SwimlaneLayout } from '../../../src/core/swimlane/geometry';
import { layoutSwimlane } from '../../../src/core/swimlane/layout';
import { resolveLayout } from '../../../src/core/swimlane/resolve';
import { countCrossings, verifyLayout } from '../../../src/core/swimlane/verify';
import {
  ALL_FLOWS,
  SAMPLE_FLOWS,
  bothChannel,
  endInFirstLane,
  endsProcess,
  large,
  loopBack,
  provinsiPemulangan,
  sameActor,
  skipForward,
  tanjungpinangKtk,
  twoDecisions,
} from '../../../testkit/swimlane-fixtures';
import { sampleSizes } from './sizes';

const symbolOf = (layout: SwimlaneLayout, id: string) => layout.symbols.find((s) => s.id === id)!;
const exits = (layout: SwimlaneLayout, no: number) => layout.edges.filter((e) => e.from === `s${no}`);
const edge = (layout: SwimlaneLayout, id: string) => layout.edges.find((e) => e.id === id)!;

/** Where the flow says each step goes: [target step or 'end', label?] per exit. */
function expectedExits(flow: FlowInput): Map<number, { to: number | 'end'; label?: string; branch?: 'yes' | 'no' }[]> {
  const map = new Map<number, { to: number | 'end'; label?: string; branch?: 'yes' | 'no' }[]>();
  for (const s of flow.steps) {
    if (s.decision) {
      map.set(s.no, [
        { to: s.decision.yes.to, label: s.decision.yes.label, branch: 'yes' },
        { to: s.decision.no.to, label: s.decision.no.label, branch: 'no' },
      ]);
    } else map.set(s.no, s.no < flow.steps.length ? [{ to: s.no + 1 }] : []);
  }
  return map;
}

describe.each(Object.entries(ALL_FLOWS))('layout of %s', (_name, flow) => {
  const layout = layoutSwimlane(flow);

  it('keeps every drawing rule at any row height and lane width', () => {
    for (const sizes of sampleSizes(layout, 12, flow.steps.length)) {
      const resolved = resolveLayout(layout, sizes);
      expect(verifyLayout(layout, resolved)).toEqual([]);
    }
  });

  it('puts lanes in the declared order and each step on its own row in its actor lane', () => {
    expect(layout.actors.map((a) => a.id)).toEqual(flow.actors.map((a) => a.id));
    expect(layout.rows.map((r) => (r.kind === 'step' ? r.step.no : -1))).toEqual(flow.steps.map((s) => s.no));
    for (const [i, step] of flow.steps.entries()) {
      const s = symbolOf(layout, `s${step.no}`);
      expect(s.row).toBe(i);
      expect(s.col).toBe(flow.actors.findIndex((a) => a.id === step.actor));
      // Nothing else in a step's row but its own symbol and the end of one of its branches.
      const others = layout.symbols.filter((o) => o.row === i && o.id !== s.id);
      expect(others.every((o) => o.kind === 'end' && exits(layout, step.no).some((e) => e.to === o.id))).toBe(true);
    }
  });

  it('uses the SOP AP symbols: terminators first and last, diamonds for decisions, rectangles between', () => {
    const n = flow.steps.length;
    for (const [i, step] of flow.steps.entries()) {
      const kind = symbolOf(layout, `s${step.no}`).kind;
      if (step.decision) expect(kind).toBe('decision');
      else if (i === 0 || i === n - 1) expect(kind).toBe('terminator');
      else expect(kind).toBe('process');
    }
  });

  it('joins every arrow to the source and target the flow names', () => {
    const expected = expectedExits(flow);
    for (const step of flow.steps) {
      const drawn = exits(layout, step.no);
      const want = expected.get(step.no)!;
      expect(drawn).toHaveLength(want.length);
      for (const w of want) {
        const e = drawn.find((d) => (w.branch ? d.branch === w.branch : true))!;
        expect(e).toBeDefined();
        if (w.to === 'end') {
          const end = symbolOf(layout, e.to);
          expect(end.kind).toBe('end');
          expect(end.row).toBe(symbolOf(layout, `s${step.no}`).row);
        } else expect(e.to).toBe(`s${w.to}`);
        if (w.label) expect(e.label?.text).toBe(w.label);
      }
    }
  });

  it('gives each decision exactly two labelled exits and says in text where they go', () => {
    for (const step of flow.steps.filter((s) => s.decision)) {
      const drawn = exits(layout, step.no);
      expect(drawn.map((e) => e.branch).sort()).toEqual(['no', 'yes']);
      expect(drawn.every((e) => (e.label?.text.trim().length ?? 0) > 0)).toBe(true);
      const row = layout.rows[symbolOf(layout, `s${step.no}`).row]!;
      expect(row.kind === 'step' && row.branchText).toContain(`${step.decision!.yes.label}: `);
      expect(row.kind === 'step' && row.branchText).toContain(`${step.decision!.no.label}: `);
    }
  });
});

describe('sample SOPs', () => {
  it('draws the Tanjungpinang flow (6 lanes, 4 steps) with straight steps down and no loops', () => {
    const layout = layoutSwimlane(tanjungpinangKtk);
    expect(layout.actors).toHaveLength(6);
    expect(layout.channel.tracks).toBe(0);
    expect(layout.edges.every((e) => e.route === 'direct')).toBe(true);
    // The long step 4 does not change the geometry: rows grow in the browser, not here.
    expect(layout.rows[3]!.minHeight).toBeLessThan(80);
  });

  it('draws seed 001: decision at 5, Layak to 6, Tidak layak ends the process beside it', () => {
    const layout = layoutSwimlane(provinsiPemulangan);
    expect(layout.rows).toHaveLength(14);
    const row = layout.rows[4]!;
    expect(row.kind === 'step' && row.branchText).toBe('Layak: ke langkah 6; Tidak layak: selesai');
    const layak = edge(layout, 'e5y');
    expect(layak.to).toBe('s6');
    expect(layak.route).toBe('direct');
    const tidak = edge(layout, 'e5n');
    const end = symbolOf(layout, tidak.to);
    expect(end.kind).toBe('end');
    expect(end.row).toBe(4);
    expect(Math.abs(end.col - symbolOf(layout, 's5').col)).toBe(1);
    expect(countCrossings(resolveLayout(layout, sampleSizes(layout, 0)[0]!))).toBe(0);
  });
});

describe('synthetic flows', () => {
  const goesThroughChannel = (layout: SwimlaneLayout, e: FlowEdge) =>
    e.route === 'channel' && e.points.some((p) => p.x.col === layout.actors.length);

  it('draws a loop back up the channel beside the lanes into the earlier step', () => {
    const layout = layoutSwimlane(loopBack);
    const loop = edge(layout, 'e4n');
    expect(loop.to).toBe('s2');
    expect(goesThroughChannel(layout, loop)).toBe(true);
    const rows = loop.points.map((p) => p.y.row);
    expect(Math.max(...rows)).toBe(3);
    expect(Math.min(...rows)).toBe(1);
    expect(loop.arrow).toBe('left');
    const row = layout.rows[3]!;
    expect(row.kind === 'step' && row.branchText).toBe('Lengkap: ke langkah 5; Tidak lengkap: kembali ke langkah 2');
  });

  it('draws a decision skipping forward through the channel', () => {
    const layout = layoutSwimlane(skipForward);
    const skip = edge(layout, 'e2y');
    expect(skip.to).toBe('s5');
    expect(goesThroughChannel(layout, skip)).toBe(true);
    expect(edge(layout, 'e2n').route).toBe('direct');
  });

  it('ends the process in a small terminator in the decision row', () => {
    const layout = layoutSwimlane(endsProcess);
    const end = edge(layout, 'e3n');
    expect(end.route).toBe('local');
    expect(symbolOf(layout, end.to)).toMatchObject({ kind: 'end', row: 2, text: 'Selesai', decorative: true });
    // The next step is to the right: the end goes to the other side, away from the line to it.
    expect(symbolOf(layout, end.to).col).toBe(0);
  });

  it('draws two decisions in a row, the second looping back to the first', () => {
    const layout = layoutSwimlane(twoDecisions);
    expect(edge(layout, 'e2y').route).toBe('direct');
    expect(edge(layout, 'e3n').to).toBe('s2');
    expect(goesThroughChannel(layout, edge(layout, 'e3n'))).toBe(true);
  });

  it('draws steps of the same actor as one straight line down', () => {
    const layout = layoutSwimlane(sameActor);
    for (const id of ['e1', 'e2', 'e4', 'e6']) expect(edge(layout, id).points).toHaveLength(2);
    expect(edge(layout, 'e3').points).toHaveLength(4);
  });

  it('ends the process below a first-lane decision whose right side is taken', () => {
    const layout = layoutSwimlane(endInFirstLane);
    const end = symbolOf(layout, edge(layout, 'e2n').to);
    expect(end.col).toBe(0);
    expect(end.cy).toBeGreaterThan(symbolOf(layout, 's2').cy);
  });

  it('sends both branches through the channel when neither goes to the next step', () => {
    const layout = layoutSwimlane(bothChannel);
    expect(goesThroughChannel(layout, edge(layout, 'e3y'))).toBe(true);
    expect(goesThroughChannel(layout, edge(layout, 'e3n'))).toBe(true);
  });

  it('lays out 8 actors and 30 steps with every channel edge on a track of its own where they overlap', () => {
    const layout = layoutSwimlane(large);
    expect(layout.actors).toHaveLength(8);
    expect(layout.rows).toHaveLength(30);
    const channel = layout.edges.filter((e) => e.route === 'channel');
    expect(channel.length).toBeGreaterThanOrEqual(5);
    const trackOf = (e: FlowEdge) => e.points.find((p) => p.x.col === 8)!.x.dx;
    const span = (e: FlowEdge) => [Math.min(...e.points.map((p) => p.y.row)), Math.max(...e.points.map((p) => p.y.row))];
    for (const a of channel) {
      for (const b of channel) {
        if (a === b || trackOf(a) !== trackOf(b)) continue;
        const [a0, a1] = span(a);
        const [b0, b1] = span(b);
        expect(a1! < b0! || b1! < a0!).toBe(true);
      }
    }
  });

  it('rejects flows it cannot draw, naming the step', () => {
    expect(() => layoutSwimlane({ ...endsProcess, steps: endsProcess.steps.map((s) => (s.no === 2 ? { ...s, actor: 'x' } : s)) })).toThrow(
      /Langkah 2: pelaksana "x"/,
    );
    const toNowhere = { ...skipForward, steps: skipForward.steps.map((s) => (s.decision ? { ...s, decision: { ...s.decision, yes: { label: 'Ya', to: 9 } } } : s)) };
    expect(() => layoutSwimlane(toNowhere)).toThrow(FlowError);
    const bothEnd = { ...skipForward, steps: skipForward.steps.map((s) => (s.decision ? { ...s, decision: { yes: { label: 'Ya', to: 'end' as const }, no: { label: 'Tidak', to: 'end' as const } } } : s)) };
    expect(() => layoutSwimlane(bothEnd)).toThrow(/kedua cabang/);
  });

  it('lays out the samples the same way every time (pure)', () => {
    for (const flow of Object.values(SAMPLE_FLOWS)) expect(layoutSwimlane(flow)).toEqual(layoutSwimlane(flow));
  });
});
