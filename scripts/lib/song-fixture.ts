/**
 * The site built with the test song (scripts/song-fixture.ts), once per test run: the song
 * player's browser tests serve it (tests/e2e/servers.ts), and `npm test` builds it ahead, beside
 * the type check, which leaves one core idle (scripts/run-tests.ts). Whoever asks first builds it;
 * the others wait for its marker. A run is named by $BINGCHENG_TEST_RUN (playwright.config.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { ROOT } from './project-copy.ts';

const NODE = join(ROOT, 'node_modules/.bin/node');

/** Where it is built (rebuilt by each run). */
const SONG_FIXTURE_DIR = join(tmpdir(), 'bingcheng-song-fixture');

/** Runs the build; resolves with 'ok' or with what it printed. */
function build(signal?: AbortSignal): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(NODE, [join(ROOT, 'scripts/song-fixture.ts'), SONG_FIXTURE_DIR], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(signal ? { signal } : {}),
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', (e) => (output += `\n${e.message}`));
    child.on('close', (code) => resolve(code === 0 ? 'ok' : output || `exit ${code}`));
  });
}

/** The fixture's folder once this run's build is done; throws with the build's output if it failed. */
export async function songFixtureBuilt(run: string, signal?: AbortSignal): Promise<string> {
  const done = join(tmpdir(), `bingcheng-song-fixture-${run}.done`);
  const lock = join(tmpdir(), `bingcheng-song-fixture-${run}.lock`);
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (existsSync(done)) {
      const status = readFileSync(done, 'utf8');
      if (status !== 'ok') throw new Error(`the song fixture did not build:\n${status}`);
      return SONG_FIXTURE_DIR;
    }
    try {
      mkdirSync(lock);
    } catch {
      await delay(500); // another process is building it
      continue;
    }
    const status = await build(signal);
    // Stopped (npm test failing early): no marker, so a later run builds it afresh.
    if (!signal?.aborted) writeFileSync(done, status);
    rmSync(lock, { recursive: true, force: true });
    if (signal?.aborted) throw new Error('the song fixture build was stopped');
  }
  throw new Error('timed out waiting for another process to build the song fixture');
}
