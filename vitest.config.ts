import { defineConfig } from 'vitest/config';

// Two projects:
//  - unit: the pure core (src/core) and scripts' logic; fast: no browser, no Vite build, no child process.
//  - site: reads the built site and runs builds and scripts (tests/build), drives a real Chromium (tests/e2e).
//    Its global setup publishes the sample SOPs once into tests/.out/dist (see tests/setup/build-site.ts).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/build-site.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          maxWorkers: 2,
          // Runs after the unit project: the build is only worth waiting for when the core is sound.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
