import { describe, expect, it } from 'vitest';
import { identitySearch, narrowScale, nextScale, pageScale, SCALE_STEPS } from '../../../src/core/pdf/fit-scale';

describe('pageScale', () => {
  it('is 1 for a part that fits, exactly fitting included', () => {
    expect(pageScale(900, 1000)).toBe(1);
    expect(pageScale(1000, 1000)).toBe(1);
  });

  it('shrinks a taller part to the page, rounded down to thousandths', () => {
    expect(pageScale(1600, 1000)).toBe(0.625);
    expect(pageScale(3000, 1000)).toBe(0.333);
    expect(pageScale(3000, 1000) * 3000).toBeLessThanOrEqual(1000);
  });
});

describe('identitySearch', () => {
  it('needs no zoom for a block that fits its first page', () => {
    expect(identitySearch(700, 1000)).toBeUndefined();
    expect(identitySearch(1000, 1000)).toBeUndefined();
  });

  it('starts from the proportional factor for a block a little taller than the page', () => {
    expect(identitySearch(1100, 1000)).toEqual({ lo: 0.909, hi: 1, verify: false });
    expect(identitySearch(1250, 1000)).toEqual({ lo: 0.8, hi: 1, verify: false });
  });

  it('has the minimum tried first for a longer block, which may fit there by reflowing', () => {
    expect(identitySearch(1300, 1000)).toEqual({ lo: 0.8, hi: 1, verify: true });
    expect(identitySearch(2500, 1000)).toEqual({ lo: 0.8, hi: 1, verify: true });
  });
});

describe('the zoom search for a part whose text reflows', () => {
  it('starts from the proportional factor and converges on the largest zoom that fits', () => {
    // A part 2000 high at zoom 1 whose height at zoom z is 2000 * z * z (reflow), on a page of 1000:
    // the largest fitting zoom is sqrt(0.5) = 0.7071.
    const height = (z: number) => 2000 * z * z;
    let s = { lo: pageScale(2000, 1000), hi: 1 };
    expect(s).toEqual({ lo: 0.5, hi: 1 });
    for (let k = 0; k < SCALE_STEPS; k++) {
      const z = nextScale(s);
      s = narrowScale(s, z, height(z) <= 1000);
    }
    expect(s.lo).toBeLessThanOrEqual(0.7071);
    expect(s.lo).toBeGreaterThan(0.7071 - 0.5 / 2 ** SCALE_STEPS);
    expect(height(s.lo)).toBeLessThanOrEqual(1000);
  });

  it('narrows the range by each try, halfway between its bounds', () => {
    expect(narrowScale({ lo: 0.6, hi: 0.8 }, 0.7, true)).toEqual({ lo: 0.7, hi: 0.8 });
    expect(narrowScale({ lo: 0.6, hi: 0.8 }, 0.7, false)).toEqual({ lo: 0.6, hi: 0.7 });
    expect(nextScale({ lo: 0.6, hi: 0.7 })).toBe(0.65);
  });
});
