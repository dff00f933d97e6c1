import { describe, expect, it } from 'vitest';
import { heapLimitMb } from '../../../src/node/publish/heap-limit';

describe('heapLimitMb', () => {
  it("keeps Node's default while it holds the SOPs", () => {
    expect(heapLimitMb(1000, 4144, 24000)).toBeUndefined();
    expect(heapLimitMb(5000, 4144, 24000)).toBeUndefined();
  });

  it('allows 1,024 MB plus 0.6 MB per SOP above it', () => {
    expect(heapLimitMb(10000, 4144, 24000)).toBe(7024);
    expect(heapLimitMb(6000, 4144, 24000)).toBe(4624);
  });

  it('never asks for more than three quarters of the machine', () => {
    expect(heapLimitMb(30000, 4144, 16000)).toBe(12000);
  });
});
