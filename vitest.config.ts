import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Every Node process the tests start (the ingest, export and other scripts, Astro builds, the
// workers themselves) keeps its compiled modules here and reuses them while the files are
// unchanged, as `npm run` scripts do through scripts/compile-cache.mjs. The tests start a few
// hundred such processes; without the cache each strips and compiles the same modules again
// (tests/ingest/cli, refusals and run: 78 → 51 s).
process.env.NODE_COMPILE_CACHE ??= path.resolve('.archive-tmp/node-compile-cache');

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // One test file per core. Vitest's default leaves one core free (a single worker on the
    // two-core CI machine); the suite is mostly browsers, builds and child processes, and Astro
    // builds of different trees already take turns (tests/helpers/astro-build.ts). Whole suite
    // with the compile cache above, on two cores: one worker 911 s, two 797 s.
    maxWorkers: '100%',
    globalSetup: ['tests/helpers/global-setup.ts'],
    // The JSON report lets .ci/run print one plain "N passed, N failed" line at the end.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
