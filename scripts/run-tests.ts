/**
 * `npm test`: the type and dead-code check, the build (with the address the tests serve), the unit
 * and build tests (Vitest), then the browser tests (Playwright), one after another — the browser
 * tests keep both cores of a small machine busy, so running the others beside them gains nothing —
 * stopping at the first that fails, with the time each took. The song player's test site builds
 * beside the type check (scripts/lib/song-fixture.ts). The build's output is kept for the
 * test that the build prints no warning. Run one part alone with `npm run check`,
 * `npm run test:unit` or `npm run test:e2e` (the last two after a build).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { songFixtureBuilt } from './lib/song-fixture.ts';

const BUILD_LOG = join(tmpdir(), `bingcheng-build-${process.pid}.log`);

interface Step {
  name: string;
  script: string;
  env?: Record<string, string>;
}

const steps: Step[] = [
  { name: 'type and dead-code check', script: 'check' },
  { name: 'build', script: 'build', env: { SITE_URL: 'http://127.0.0.1:4329' } },
  {
    name: 'unit and build tests (Vitest)',
    script: 'test:unit',
    env: { BINGCHENG_BUILD_LOG: BUILD_LOG },
  },
  { name: 'browser tests (Playwright)', script: 'test:e2e' },
];

// One id per run, for the song fixture's marker (scripts/lib/song-fixture.ts; Playwright's config
// keeps it). The fixture builds beside the type check, which leaves one core idle, so the browser
// tests find it ready.
process.env['BINGCHENG_TEST_RUN'] ??= String(Date.now());
const stopSong = new AbortController();
const songFixture = songFixtureBuilt(process.env['BINGCHENG_TEST_RUN'], stopSong.signal).catch(
  () => undefined, // its failure is reported by the player's tests, which read the marker
);

const started = Date.now();
const minutes = (ms: number) =>
  `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
const times: string[] = [];

/** Runs an npm script, showing its output as it comes; resolves with its exit code and output. */
function run(step: Step): Promise<{ status: number; output: string }> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', step.script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...step.env },
    });
    let output = '';
    const take = (out: NodeJS.WriteStream) => (chunk: Buffer) => {
      out.write(chunk);
      output += chunk.toString();
    };
    child.stdout.on('data', take(process.stdout));
    child.stderr.on('data', take(process.stderr));
    child.on('close', (code) => {
      times.push(`  ${step.name}: ${minutes(Date.now() - t0)}${code === 0 ? '' : ' — FAILED'}`);
      resolve({ status: code ?? 1, output });
    });
  });
}

function finish(ok: boolean): never {
  stopSong.abort();
  const total = minutes(Date.now() - started);
  console.log(
    `\nnpm test: ${ok ? `all passed in ${total}` : `FAILED after ${total}`}\n${times.join('\n')}`,
  );
  process.exit(ok ? 0 : 1);
}

for (const step of steps) {
  if (step.script === 'test:e2e') await songFixture;
  const { status, output } = await run(step);
  if (step.script === 'build') writeFileSync(BUILD_LOG, output);
  if (status !== 0) finish(false);
}
finish(true);
