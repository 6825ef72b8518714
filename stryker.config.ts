/**
 * Mutation testing (`npm run mutate`, StrykerJS with its Vitest runner): Stryker plants one small
 * bug at a time in src/lib/ and src/data/ (a flipped condition, an emptied string, a removed call)
 * and runs the unit tests that reach that line; a bug no test notices "survives" and points at a
 * test that is missing. Not part of `npm test`: a full run takes about half an hour.
 * See tests/README.md (Mutation testing) for when to run it and how to read the report.
 */
import type { Stryker } from '@stryker-mutator/core';

// Stryker's option type, as its entry point takes it (the type lives in @stryker-mutator/api,
// which is not a dependency of ours).
type StrykerOptions = ConstructorParameters<typeof Stryker>[0];

export default {
  // src/lib/ is the logic the unit tests are for: its score is the one to hold at 85 % or more.
  // src/data/ (content access) is mostly tested by tests/build/ over the built site, which a
  // mutant cannot reach without a build of its own; its score shows what the unit tests add.
  mutate: ['src/lib/**/*.ts', 'src/data/**/*.ts'],
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
  // A re-run tests only the mutants whose code or tests changed since the last run. Stryker keeps
  // the result of a survivor in top-level code (a constant, a table) until that code changes, even
  // when a new test would kill it: `npm run mutate -- --force` retests everything.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  // The score table only: each survivor, with its diff and the tests that ran, is in the HTML report.
  clearTextReporter: { reportMutants: false, reportTests: false, reportScoreTable: true },
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
