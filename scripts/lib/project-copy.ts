/**
 * The one way to build a copy of the project: the content-error tests (a copy with a broken
 * entry), the song player's fixture (a copy with a test song) and `npm run try-build` (an
 * editor's check that leaves dist/ and .astro/ alone) all use it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** What a build reads; node_modules is linked, not copied. */
const COPY = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Copies the project into `dir` (a new temporary folder when omitted) and returns the folder. */
export function copyProject(dir = mkdtempSync(join(tmpdir(), 'bingcheng-copy-'))): string {
  rmSync(dir, { recursive: true, force: true });
  for (const item of COPY) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/**
 * Runs `astro build` in a copy, with the project's own Node (24) whatever Node runs this; `env`
 * adds settings for this build only (e.g. BUILD_DATE, or the bench's scale run naming its synthetic pages).
 */
export function buildProject(
  dir: string,
  args: readonly string[] = [],
  env: Readonly<Record<string, string>> = {},
): BuildResult {
  const run = spawnSync(
    join(ROOT, 'node_modules/.bin/node'),
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...args],
    {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        ...env,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** Copies the project, adds `files` (path in the copy → path in the project), builds, deletes the copy. */
export function buildWith(files: Readonly<Record<string, string>>): BuildResult {
  const dir = copyProject();
  try {
    for (const [target, source] of Object.entries(files))
      cpSync(join(ROOT, source), join(dir, target));
    return buildProject(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
