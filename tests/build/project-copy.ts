/**
 * Builds a throw-away copy of the project with extra content files, to prove how the
 * build treats bad input without touching the real content/ or dist/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const COPY = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Copies the project, adds `files` (path in the copy → fixture path), runs `astro build`. */
export function buildWith(files: Readonly<Record<string, string>>): BuildResult {
  const dir = mkdtempSync(join(tmpdir(), 'bingcheng-broken-'));
  try {
    for (const item of COPY) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    for (const [target, fixture] of Object.entries(files)) cpSync(join(ROOT, fixture), join(dir, target));
    const run = spawnSync(
      join(ROOT, 'node_modules/.bin/node'),
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      },
    );
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
