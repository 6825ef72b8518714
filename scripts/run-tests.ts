/**
 * `npm test`: the build (with the address the tests serve), then three suites side by side — the
 * type and dead-code check, the unit and build tests (Vitest), the browser tests (Playwright) —
 * and the time each took. The browser tests spend much of their time waiting on pages, so the
 * other two fit beside them even on 2 cores. The build's output is kept for the test that the
 * build prints no warning. Run one part alone with `npm run check`, `npm run test:unit` or
 * `npm run test:e2e` (the last two after a build).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BUILD_LOG = join(tmpdir(), `bingcheng-build-${process.pid}.log`);

interface Step {
  name: string;
  script: string;
  env?: Record<string, string>;
  /** Show the output as it comes (one step at a time), or keep it until the step ends. */
  live: boolean;
}

const build: Step = {
  name: 'build',
  script: 'build',
  env: { SITE_URL: 'http://127.0.0.1:4329' },
  live: true,
};
const suites: Step[] = [
  { name: 'browser tests (Playwright)', script: 'test:e2e', live: true },
  {
    name: 'unit and build tests (Vitest)',
    script: 'test:unit',
    env: { BINGCHENG_BUILD_LOG: BUILD_LOG },
    live: false,
  },
  { name: 'type and dead-code check', script: 'check', live: false },
];

const started = Date.now();
const minutes = (ms: number) =>
  `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
const times: string[] = [];

/** Runs an npm script; resolves with its exit code and output, and records its time. */
function run(step: Step): Promise<{ status: number; output: string }> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', step.script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...step.env },
    });
    let output = '';
    const take = (out: NodeJS.WriteStream) => (chunk: Buffer) => {
      if (step.live) out.write(chunk);
      output += chunk.toString();
    };
    child.stdout.on('data', take(process.stdout));
    child.stderr.on('data', take(process.stderr));
    child.on('close', (code) => {
      times.push(`  ${step.name}: ${minutes(Date.now() - t0)}${code === 0 ? '' : ' — FAILED'}`);
      if (!step.live)
        console.log(
          `\n── ${step.name} (${code === 0 ? 'passed' : 'FAILED'}) ──\n${output.trimEnd()}\n`,
        );
      resolve({ status: code ?? 1, output });
    });
  });
}

function finish(ok: boolean): never {
  const total = minutes(Date.now() - started);
  console.log(
    `\nnpm test: ${ok ? `all passed in ${total}` : `FAILED after ${total}`}\n${times.join('\n')}`,
  );
  process.exit(ok ? 0 : 1);
}

const built = await run(build);
writeFileSync(BUILD_LOG, built.output);
if (built.status !== 0) finish(false);
const results = await Promise.all(suites.map(run));
finish(results.every((r) => r.status === 0));
