/**
 * Servers that only some tests need, started on demand by the tests that use them (as
 * Starlight's e2e `testFactory` does), not by Playwright's `webServer` for every run:
 * - the site built with a test song (scripts/song-fixture.ts), for the song player;
 * - dist/ behind the shipped nginx config (scripts/nginx-serve.ts), for the production headers.
 * Each worker that needs one starts its own on its own port; the song fixture is built once per
 * run (scripts/lib/song-fixture.ts: by `npm test` ahead of the browser tests, else by whichever
 * worker asks first).
 */
import { join, resolve } from 'node:path';
import { test as base } from '@playwright/test';
import { start } from '../../scripts/lib/serve';
import { songFixtureBuilt } from '../../scripts/lib/song-fixture';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
/** Set once per `playwright test` run in playwright.config.ts; workers inherit it. */
const RUN = process.env['BINGCHENG_TEST_RUN'] ?? 'manual';

export interface Server {
  url: string;
  stop: () => Promise<void>;
}

/** Starts `command` (scripts/lib/serve.ts, as the bench does) and resolves once `url` answers. */
async function startServer(
  command: string,
  args: readonly string[],
  url: string,
  cwd = ROOT,
): Promise<Server> {
  const { stop } = await start(command, args, url, cwd);
  return { url, stop };
}

/** Tests against the site built with the test song (tests/fixtures/song/). */
export const songTest = base.extend<object, { songSite: Server }>({
  songSite: [
    async ({}, use, worker) => {
      const dir = await songFixtureBuilt(RUN);
      const port = 4340 + worker.parallelIndex;
      const server = await startServer(
        NODE,
        [
          join(ROOT, 'node_modules/astro/bin/astro.mjs'),
          'preview',
          '--ignore-lock',
          '--host',
          '127.0.0.1',
          '--port',
          String(port),
        ],
        `http://127.0.0.1:${port}/song/`,
        dir,
      );
      await use({ ...server, url: `http://127.0.0.1:${port}` });
      await server.stop();
    },
    { scope: 'worker', timeout: 360_000 },
  ],
  baseURL: async ({ songSite }, use) => use(songSite.url),
});

/** Tests against dist/ served by nginx with the shipped production config and headers. */
export const productionTest = base.extend<object, { productionSite: Server }>({
  productionSite: [
    async ({}, use, worker) => {
      const port = 4350 + worker.parallelIndex;
      const server = await startServer(
        NODE,
        [join(ROOT, 'scripts/nginx-serve.ts'), String(port)],
        `http://127.0.0.1:${port}/`,
      );
      await use({ ...server, url: `http://127.0.0.1:${port}` });
      await server.stop();
    },
    { scope: 'worker', timeout: 300_000 },
  ],
  baseURL: async ({ productionSite }, use) => use(productionSite.url),
});
