/**
 * End-to-end tests against the built site (`npm run build` first), served by `astro preview`,
 * in a real Chromium: Debian's by default, or $CHROMIUM_PATH (see scripts/lib/chromium.ts).
 * The song player's and the production headers' servers start only when their tests run
 * (tests/e2e/servers.ts); the old engine's tests launch their own browser (tests/old-engine/).
 */
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, planChromium } from './scripts/lib/chromium.ts';
import { machineProbe } from './scripts/lib/chromium-probe.ts';

const plan = planChromium(machineProbe());
const executablePath = plan.kind === 'found' ? plan.path : undefined;
// $E2E_PORT lets a second checkout (a git worktree) run its tests beside this one.
const PORT = Number(process.env['E2E_PORT'] ?? 4329);
// One id per run, inherited by the workers: the song fixture is built once per run (tests/e2e/servers.ts).
process.env['BINGCHENG_TEST_RUN'] ??= String(Date.now());

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  // Generous: CI machines are small (2 cores) and Pagefind loads its WebAssembly on first search.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    // Each new context would otherwise install the offline worker and download the whole site
    // (~150 files) in the background. Only the tests of offline behaviour let it run (test.use).
    serviceWorkers: 'block',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: [...CHROMIUM_ARGS] },
  },
  projects: [
    {
      // First, in one worker (the file runs its tests in order): that worker builds the song
      // fixture (tests/e2e/servers.ts) while the other runs the desktop tests, instead of both
      // waiting for it at the end.
      name: 'song',
      testMatch: 'song-player.spec.ts',
      use: { ...devices['Desktop Chrome'] },
    },
    {
      name: 'desktop',
      testIgnore: 'song-player.spec.ts',
      use: { ...devices['Desktop Chrome'] },
    },
    {
      // The site in a real old engine (Chromium 83 from the npm package chrome-aws-lambda),
      // launched by the tests themselves over DevTools: see tests/old-engine/.
      name: 'old-engine',
      testDir: 'tests/old-engine',
    },
  ],
  webServer: {
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
