/**
 * Mutation testing (`npm run mutate`, StrykerJS with its Vitest runner): Stryker changes the pure
 * logic in src/lib/ one small bug at a time (a flipped condition, an emptied string, a removed
 * call) and runs the unit tests that reach that line; a change no test notices "survives" and
 * points at a test that is missing. Not part of `npm test`: a full run takes several minutes.
 * See tests/README.md (Mutation testing) for when to run it and how to read the report.
 */
import type { Stryker } from '@stryker-mutator/core';

// Stryker's option type, as its entry point takes it (the type lives in @stryker-mutator/api,
// which is not a dependency of ours).
type StrykerOptions = ConstructorParameters<typeof Stryker>[0];

export default {
  // The data layer (src/data/) reads content through astro:content and is tested against the real
  // content/ in slow Astro-container tests; mutating it would take far longer for little gain.
  mutate: ['src/lib/**/*.ts'],
  testRunner: 'vitest',
  vitest: {
    // The unit tests only, each file isolated (see there).
    configFile: 'vitest.mutate.config.ts',
    // Of those, only the files that import the mutated module.
    related: true,
  },
  // Two cores, shared with the rest of the machine.
  concurrency: 1,
  // A busy machine makes a slow test look like an endless loop; give it room.
  timeoutMS: 10_000,
  // A re-run tests only the mutants whose code or tests changed since the last run.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  clearTextReporter: { allowColor: true, logTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 85, break: null },
  // Files the sandbox copy does not need (the tests never read them).
  ignorePatterns: [
    'dist',
    'reports',
    'test-results',
    'playwright-report',
    'bench-results',
    'bench.json',
  ],
  tempDirName: '.stryker-tmp',
} satisfies StrykerOptions;
