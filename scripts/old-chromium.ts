/**
 * Unpacks the old Chromium the compatibility tests run in (tests/old-engine/), from the npm
 * package chrome-aws-lambda (a devDependency): it ships a headless Chromium as bin/chromium.br
 * and the libraries it needs as bin/aws.tar.br, both brotli-compressed. No download.
 *
 * Version 3.1.1 gives Chromium 83, the oldest engine Playwright can drive here: 3.0.4
 * (Chromium 81) and 2.1.1 (Chromium 80) start, but lack the DevTools command
 * Browser.setDownloadBehavior that Playwright's connectOverCDP sends first. Chromium 83 is three
 * releases above the floor (80) and has no CSS or JS feature the site relies on that 80 lacks
 * (the static check in tests/build/browser-floor.test.ts covers the floor itself).
 *
 * Usage: node scripts/old-chromium.ts → prints the executable's path, or a line starting with
 * "skip:" and the reason where the package cannot run (not Linux x64, package missing).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');

export interface OldChromium {
  /** The executable, or undefined with `skip` saying why. */
  path?: string;
  /** Directory with the libraries it needs (LD_LIBRARY_PATH). */
  libs?: string;
  version?: string;
  skip?: string;
}

/** Unpacks once into node_modules/.cache/old-chromium/<version>/ and returns where it is. */
export function oldChromium(): OldChromium {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return { skip: `the old Chromium from chrome-aws-lambda runs only on Linux x64 (this is ${process.platform} ${process.arch})` };
  }
  let pkgDir: string;
  try {
    pkgDir = dirname(createRequire(join(ROOT, 'package.json')).resolve('chrome-aws-lambda/package.json'));
  } catch {
    return { skip: 'the devDependency chrome-aws-lambda is not installed (run npm install)' };
  }
  const version = (JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
  const out = join(ROOT, 'node_modules/.cache/old-chromium', version);
  const path = join(out, 'chromium');
  const libs = join(out, 'lib');
  if (!existsSync(path) || !existsSync(libs)) {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'aws.tar'), brotliDecompressSync(readFileSync(join(pkgDir, 'bin/aws.tar.br'))));
    execFileSync('tar', ['-xf', 'aws.tar'], { cwd: out });
    writeFileSync(`${path}.part`, brotliDecompressSync(readFileSync(join(pkgDir, 'bin/chromium.br'))));
    chmodSync(`${path}.part`, 0o755);
    execFileSync('mv', [`${path}.part`, path]);
  }
  return { path, libs, version };
}

if (import.meta.main) {
  const found = oldChromium();
  console.log(found.path ?? `skip: ${found.skip}`);
}
