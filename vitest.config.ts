import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Two files at a time even on two cores (the default there is one): most test time is spent
    // waiting on child builds and the browser. Measured on the 2-core CI machine: 990 s against
    // about 1,100 s for the suite.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // The JSON report lets .ci/run print one plain "N passed, N failed" line at the end.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
