/// <reference types="vitest/config" />
// Astro's Vite config, so tests can render .astro components with the Container API.
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';
import { SlowFirstSequencer } from './tests/support/sequencer';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 10_000,
    // Files share workers (no fresh module graph per file): the suite starts about 8 s sooner.
    isolate: false,
    // Vitest's default is one worker fewer than the cores: one on a 2-core CI machine. The build
    // tests mostly wait for a build in a child process, so three workers there take 65 s, not 100.
    maxWorkers: Math.max(3, availableParallelism() - 1),
    sequence: { sequencer: SlowFirstSequencer },
  },
});
