/**
 * Servers that only some tests need, started on demand by the tests that use them (as
 * Starlight's e2e `testFactory` does), not by Playwright's `webServer` for every run:
 * - the site built with a test song (scripts/song-fixture.ts), for the song player;
 * - dist/ behind the shipped nginx config (scripts/nginx-serve.ts), for the production headers.
 * Each worker that needs one starts its own on its own port; the song fixture is built once per
 * run, by whichever worker asks first (the others wait for it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { test as base } from '@playwright/test';
import { start } from '../../scripts/lib/serve';

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

/** Builds the song fixture once per run: the first worker builds, the others wait for its marker. */
async function songFixtureBuilt(): Promise<string> {
  const dir = join(tmpdir(), 'bingcheng-song-fixture'); // rebuilt by each run
  const done = join(tmpdir(), `bingcheng-song-fixture-${RUN}.done`);
  const lock = join(tmpdir(), `bingcheng-song-fixture-${RUN}.lock`);
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (existsSync(done)) {
      const status = readFileSync(done, 'utf8');
      if (status !== 'ok') throw new Error(`the song fixture did not build:\n${status}`);
      return dir;
    }
    try {
      mkdirSync(lock);
    } catch {
      await delay(500); // another worker is building it
      continue;
    }
    const build = spawnSync(NODE, [join(ROOT, 'scripts/song-fixture.ts'), dir], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    writeFileSync(done, build.status === 0 ? 'ok' : `${build.stdout}\n${build.stderr}`);
    rmSync(lock, { recursive: true, force: true });
  }
  throw new Error('timed out waiting for another worker to build the song fixture');
}

/** Tests against the site built with the test song (tests/fixtures/song/). */
export const songTest = base.extend<object, { songSite: Server }>({
  songSite: [
    async ({}, use, worker) => {
      const dir = await songFixtureBuilt();
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
