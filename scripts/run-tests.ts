/**
 * `npm test`: type check, build (with the address the tests serve), unit and build tests, then
 * the browser tests — stopping at the first step that fails — and the time each step took.
 * Run one part alone with `npm run check`, `npm run test:unit` or `npm run test:e2e` (after a build).
 */
import { spawnSync } from 'node:child_process';

const steps: [name: string, script: string, env?: Record<string, string>][] = [
  ['type check', 'check'],
  ['build', 'build', { SITE_URL: 'http://127.0.0.1:4329' }],
  ['unit and build tests (Vitest)', 'test:unit'],
  ['browser tests (Playwright)', 'test:e2e'],
];

const times: string[] = [];
const started = Date.now();
const minutes = (ms: number) => `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
for (const [name, script, env] of steps) {
  const t0 = Date.now();
  const run = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit', env: { ...process.env, ...env } });
  times.push(`  ${name}: ${minutes(Date.now() - t0)}`);
  if (run.status !== 0) {
    console.error(`\nnpm test: "${name}" failed after ${minutes(Date.now() - started)}\n${times.join('\n')}`);
    process.exit(run.status ?? 1);
  }
}
console.log(`\nnpm test: all passed in ${minutes(Date.now() - started)}\n${times.join('\n')}`);
