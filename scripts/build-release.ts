/**
 * The build to publish (`npm run build:release`). The site's address is printed on every leaflet,
 * letter and QR code, so a release must not carry a placeholder: this refuses to start without a
 * real https SITE_URL, builds, then fails if any file in dist/ still names an example.* or local
 * address (e.g. one pasted into content).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { placeholderAddresses, releaseUrlProblem } from '../src/settings.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** Every text file in `dir` that names a placeholder address, with the addresses. */
export function filesWithPlaceholders(dir: string): { file: string; addresses: string[] }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(html|xml|txt|json|js|css|webmanifest)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .map((file) => ({ file: relative(dir, file), addresses: placeholderAddresses(readFileSync(file, 'utf8')) }))
    .filter((f) => f.addresses.length > 0);
}

if (import.meta.main) {
  const problem = releaseUrlProblem(process.env['SITE_URL']);
  if (problem) {
    console.error(`build:release: ${problem} (发布版本必须设置真实的网站地址)`);
    process.exit(1);
  }
  const build = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const bad = filesWithPlaceholders(join(ROOT, 'dist'));
  if (bad.length > 0) {
    console.error('build:release: placeholder addresses in the output (输出中含有示例或本机地址):');
    for (const { file, addresses } of bad) console.error(`  dist/${file}: ${addresses.join(', ')}`);
    process.exit(1);
  }
  console.log(`build:release: dist/ is ready for ${process.env['SITE_URL']}`);
}
