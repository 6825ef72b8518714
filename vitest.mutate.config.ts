/// <reference types="vitest/config" />
// The unit tests as mutation testing runs them (stryker.config.ts): without tests/build/, which
// need a built dist/, and each test file in a fresh module graph (isolate), so that a mutant in a
// module's top-level code (a constant, a table) is in place when a test imports the module.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: { include: ['tests/unit/**/*.test.ts'], testTimeout: 10_000, isolate: true },
});
