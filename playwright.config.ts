/**
 * End-to-end tests against the built site (`npm run build` first), served by `astro preview`,
 * in a real Chromium: Debian's by default, or $CHROMIUM_PATH (see src/lib/chromium.ts).
 */
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, planChromium } from './src/lib/chromium.ts';
import { machineProbe } from './src/lib/chromium-probe.ts';

const plan = planChromium(machineProbe());
const executablePath = plan.kind === 'found' ? plan.path : undefined;
const PORT = 4329;
/** The site built with a test song (scripts/song-fixture.ts), for the song player's tests. */
const SONG_PORT = 4330;
/** dist/ behind the shipped nginx config (scripts/nginx-serve.ts), for the production-headers tests. */
const NGINX_PORT = 4331;

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
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: [...CHROMIUM_ARGS] },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: /song-player|production/ },
    {
      name: 'song-fixture',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${SONG_PORT}` },
      testMatch: /song-player/,
    },
    {
      // The site in a real old engine (Chromium 83 from the npm package chrome-aws-lambda),
      // launched by the tests themselves over DevTools: see tests/old-engine/.
      name: 'old-engine',
      testDir: 'tests/old-engine',
    },
    {
      name: 'production',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${NGINX_PORT}` },
      testMatch: /production/,
    },
  ],
  webServer: [
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    {
      command: `node scripts/song-fixture.ts && cd .song-fixture && astro preview --ignore-lock --host 127.0.0.1 --port ${SONG_PORT}`,
      url: `http://127.0.0.1:${SONG_PORT}/song/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 180_000,
    },
    {
      command: `node scripts/nginx-serve.ts ${NGINX_PORT}`,
      url: `http://127.0.0.1:${NGINX_PORT}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 180_000,
    },
  ],
});
