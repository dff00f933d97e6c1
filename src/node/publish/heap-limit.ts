/**
 * The V8 heap a publish of N SOPs needs, measured with `npm run bench -- scale` (docs/benchmarks.md,
 * "Memory at scale" and the sections after it). When this limit was set, the Astro build's live
 * heap grew by about 0.3 MB per SOP on top of about 250 MB, its peak the bundler's work on every
 * SOP's compiled MDX module. The narrative is no longer compiled (src/node/narrative/), and the
 * publishing process's peak is now in the PDF phase: 1.0 GB at 1,000 SOPs, 1.85 GB at 5,000 and
 * 3.04 GB at 10,000 (resident memory, 2026-12-03), about 0.25 MB per SOP. Node's default limit
 * (about 4 GB on a 24 GB machine) holds up to about 5,000 SOPs with room to spare; above that the
 * publish script (scripts/publish.ts) starts itself again with this limit, so that V8 does not
 * spend the build in back-to-back full collections near the limit or stop with "heap out of memory".
 */

/** Heap per SOP allowed for, MB: twice the measured growth of the live heap (0.29 MB). */
export const HEAP_MB_PER_SOP = 0.6;
/** Heap allowed for what every publish needs whatever N (bundler, compiler, Vite), MB. */
export const HEAP_BASE_MB = 1024;

/**
 * The --max-old-space-size for `sopCount` SOPs, MB, or undefined when Node's default
 * (`defaultLimitMb`) is enough. Never more than three quarters of the machine's memory.
 */
export function heapLimitMb(sopCount: number, defaultLimitMb: number, totalMemoryMb: number): number | undefined {
  const wanted = Math.ceil(HEAP_BASE_MB + HEAP_MB_PER_SOP * sopCount);
  if (wanted <= defaultLimitMb) return undefined;
  return Math.min(wanted, Math.floor(totalMemoryMb * 0.75));
}
