/**
 * The checks the layout tests rely on must be able to fail: each test breaks a good layout in one
 * way and expects verifyLayout to say so.
 */
import { describe, expect, it } from 'vitest';
import type { SwimlaneLayout } from '../../../src/core/swimlane/geometry';
import { layoutSwimlane } from '../../../src/core/swimlane/layout';
import { minimalSizes, resolveLayout } from '../../../src/core/swimlane/resolve';
import { distanceToOutline, isInside, rightOutlineX, topOutlineY } from '../../../src/core/swimlane/symbols';
import { verifyLayout } from '../../../src/core/swimlane/verify';
import { loopBack, provinsiPemulangan } from '../../../testkit/swimlane-fixtures';

const check = (layout: SwimlaneLayout) => verifyLayout(layout, resolveLayout(layout, minimalSizes(layout)));
const fresh = () => structuredClone(layoutSwimlane(provinsiPemulangan));

describe('verifyLayout catches', () => {
  it('nothing in a good layout', () => {
    expect(check(fresh())).toEqual([]);
  });

  it('an arrow that stops short of its target', () => {
    const layout = fresh();
    const e = layout.edges.find((x) => x.id === 'e1')!;
    e.points[e.points.length - 1]!.y.dy -= 3;
    expect(check(layout)).toContainEqual(expect.stringMatching(/^edge e1 ends .* off s2$/));
  });

  it('an arrow that does not start on its source', () => {
    const layout = fresh();
    const e = layout.edges.find((x) => x.id === 'e7')!;
    e.points[0]!.y.dy += 2;
    expect(check(layout)).toContainEqual(expect.stringMatching(/^edge e7 starts .* off s7$/));
  });

  it('a line through a symbol', () => {
    const layout = fresh();
    // Put step 3's symbol into the lane and height where step 2's line turns toward it.
    const s2 = layout.symbols.find((s) => s.id === 's2')!;
    const e2 = layout.edges.find((x) => x.id === 'e2')!;
    const jog = e2.points[1]!;
    const intruder = { ...s2, id: 'x', row: jog.y.row, cy: jog.y.dy, col: e2.points[2]!.x.col, dx: -30 };
    layout.symbols.push(intruder);
    expect(check(layout)).toContainEqual('edge e2 passes through symbol x');
  });

  it('two edges on top of one another', () => {
    const layout = fresh();
    const copy = structuredClone(layout.edges.find((x) => x.id === 'e9')!);
    copy.id = 'copy';
    layout.edges.push(copy);
    expect(check(layout)).toContainEqual('edges e9 and copy run on top of one another');
  });

  it('a slanted segment', () => {
    const layout = fresh();
    const e = layout.edges.find((x) => x.id === 'e3')!;
    const p = e.points[1]!;
    e.points[1] = { ...p, x: { ...p.x, dx: p.x.dx + 5 } };
    expect(check(layout).some((p) => p.startsWith('edge e3 segment') && p.endsWith('is not orthogonal'))).toBe(true);
  });

  it('a decision with an unlabelled or missing exit', () => {
    const unlabelled = fresh();
    delete unlabelled.edges.find((x) => x.id === 'e5n')!.label;
    expect(check(unlabelled)).toContain('decision s5 exit e5n has no label');
    const missing = fresh();
    missing.edges = missing.edges.filter((x) => x.id !== 'e5y');
    expect(check(missing)).toContain('decision s5 does not have exactly a yes and a no exit');
  });

  it('symbols too close or outside their cells', () => {
    const layout = structuredClone(layoutSwimlane(loopBack));
    const s = layout.symbols.find((x) => x.id === 's3')!;
    s.dx = 60;
    expect(check(layout)).toContain('symbol s3 sticks out of lane 2');
  });

  it('rows or lanes below their least size are refused', () => {
    const layout = fresh();
    const sizes = minimalSizes(layout);
    sizes.rowHeights[4] = 20;
    expect(verifyLayout(layout, resolveLayout(layout, sizes)).length).toBeGreaterThan(0);
  });
});

describe('symbol outlines', () => {
  const shapes = [
    { kind: 'process' as const, width: 56, height: 30 },
    { kind: 'terminator' as const, width: 64, height: 26 },
    { kind: 'decision' as const, width: 48, height: 36 },
    { kind: 'connector' as const, width: 24, height: 24 },
    { kind: 'end' as const, width: 46, height: 20 },
  ];
  it.each(shapes)('puts side and top points of a $kind on its outline', (shape) => {
    for (const dy of [-8, -4, 0, 4, 8]) {
      if (Math.abs(dy) >= shape.height / 2) continue;
      expect(distanceToOutline(shape, rightOutlineX(shape, dy), dy)).toBeLessThan(0.05);
      expect(distanceToOutline(shape, -rightOutlineX(shape, dy), dy)).toBeLessThan(0.05);
    }
    for (const dx of [-10, 0, 10]) expect(distanceToOutline(shape, dx, topOutlineY(shape, dx))).toBeLessThan(0.05);
    expect(isInside(shape, 0, 0, 1)).toBe(true);
    expect(isInside(shape, shape.width, 0)).toBe(false);
    expect(isInside(shape, rightOutlineX(shape, 0), 0, 0.5)).toBe(false);
  });
});
