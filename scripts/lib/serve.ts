/**
 * The bench's servers: dist/ (or a copy's dist/) behind the shipped nginx config, as production
 * serves it (scripts/nginx-serve.ts: gzip, cache and security headers, one worker process), and
 * `astro preview` for the search-ranking run. Each starts in its own process group and is stopped
 * by its id.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { ROOT } from './project-copy.ts';

export interface Server {
  base: string;
  stop: () => Promise<void>;
}

const NODE = join(ROOT, 'node_modules/.bin/node');

/**
 * Starts `command` (in `cwd`) and resolves once `base` answers, or fails with what the command
 * printed. The browser tests' servers start the same way (tests/e2e/servers.ts).
 */
export async function start(
  command: string,
  args: readonly string[],
  base: string,
  cwd = ROOT,
): Promise<Server> {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid!, 'SIGTERM');
    await Promise.race([exited, delay(5_000)]);
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${command} ${args.join(' ')} exited (${child.exitCode}):\n${output}`);
    const up = await fetch(base).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { base, stop };
    await delay(200);
  }
  await stop();
  throw new Error(`${base} did not answer within 60 s:\n${output}`);
}

/** `dist` (default: the project's dist/) behind the shipped nginx config on 127.0.0.1:`port`. */
export function serveNginx(port: number, dist = join(ROOT, 'dist')): Promise<Server> {
  return start(
    NODE,
    [join(ROOT, 'scripts/nginx-serve.ts'), String(port), dist],
    `http://127.0.0.1:${port}`,
  );
}

/** The project's dist/ with `astro preview` on 127.0.0.1:`port`. */
export function servePreview(port: number): Promise<Server> {
  return start(
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
    `http://127.0.0.1:${port}`,
  );
}
