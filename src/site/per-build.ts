/**
 * Data the pages load once per build (the catalog, the histories, the monitoring records), loaded
 * again for the next build. A build is what the publisher names one (src/node/publish/build-generation.ts):
 * an Astro build, or a republish rendered with the renderer kept from an earlier build in the same
 * process, whose modules (and so their caches) live on. In `astro dev`, loaded on every call.
 */
import { currentBuildGeneration } from '../node/publish/build-generation';

export function perBuild<T>(load: () => T): () => T {
  let cached: { generation: unknown; value: T } | undefined;
  return () => {
    if (import.meta.env.DEV) return load();
    const generation = currentBuildGeneration();
    if (!cached || cached.generation !== generation) cached = { generation, value: load() };
    return cached.value;
  };
}
