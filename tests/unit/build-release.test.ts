/** `npm run build:release` refuses a placeholder address before building and after. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesWithPlaceholders } from '../../scripts/build-release';

const ROOT = resolve(import.meta.dirname, '../..');
const run = (env: Record<string, string | undefined>) =>
  spawnSync(join(ROOT, 'node_modules/.bin/node'), ['scripts/build-release.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: undefined, ...env },
  });

describe('build:release', () => {
  it('refuses to start without SITE_URL, saying what to set', () => {
    const result = run({});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('SITE_URL is not set');
  });
  it('refuses a placeholder or local address before building', () => {
    for (const url of ['https://fanzha.example.cn', 'http://localhost:4321', 'http://fanzha.hrb.gov.cn']) {
      const result = run({ SITE_URL: url });
      expect(result.status, url).toBe(1);
      expect(result.stderr).toContain(`SITE_URL="${url}"`);
    }
  });
  it('after building, names every file that still carries an example.* or local address', () => {
    const dir = mkdtempSync(join(tmpdir(), 'release-'));
    try {
      mkdirSync(join(dir, 'help'));
      writeFileSync(join(dir, 'help/index.html'), '<a href="https://fanzha.hrb.gov.cn/help/">ok</a>');
      writeFileSync(join(dir, 'sitemap-0.xml'), '<loc>https://fanzha.example.cn/</loc>');
      writeFileSync(join(dir, 'letter.html'), '请访问 http://localhost:4321/for/teachers/');
      expect(filesWithPlaceholders(dir).sort((a, b) => a.file.localeCompare(b.file))).toEqual([
        { file: 'letter.html', addresses: ['http://localhost:4321'] },
        { file: 'sitemap-0.xml', addresses: ['https://fanzha.example.cn'] },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
