/**
 * One real build of a copy of the site with content the real site does not have, shared by the
 * tests that need it (tests/build/fixture-site.test.ts), so `npm test` builds such a copy once:
 * - the test alerts of tests/fixtures/alerts/ beside the seed ones, built on a fixed day
 *   (BUILD_DATE, FIXTURE_DAY): one that ended in December, one that began five days before, one
 *   that begins in March;
 * - SYNTHETIC synthetic case pages beside the real ones (made as the bench's scale run makes them,
 *   scripts/lib/synthetic-cases.ts: titled 合成测试页面 N, never in content/), enough for /cases/ to
 *   run past ten pages; they get no link-preview images (src/data/share-images.ts), for speed.
 * Neither part changes what the other's tests read: alerts do not list cases, and a case's place
 * in the library does not depend on the build's day.
 */
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProject, copyProject } from '../../scripts/lib/project-copy';
import { loadSyntheticPool } from '../../scripts/lib/scale';
import { SYNTHETIC_PREFIX, seededRandom, syntheticCase } from '../../scripts/lib/synthetic-cases';

export const FIXTURE_DAY = '2027-01-20';
export const ALERT_FIXTURES = join(import.meta.dirname, '../fixtures/alerts');
/** Synthetic cases added: with the real ones, /cases/ runs to more than ten pages. */
export const SYNTHETIC = 180;

export interface FixtureSite {
  /** The copy's folder; its build is in dist/. */
  dir: string;
  status: number | null;
  output: string;
  /** Every case of the copy, real and synthetic, by id. */
  caseIds: string[];
}

export const site: FixtureSite = { dir: '', status: null, output: '', caseIds: [] };

export function buildFixtureSite(): void {
  site.dir = copyProject();
  for (const f of readdirSync(ALERT_FIXTURES))
    cpSync(join(ALERT_FIXTURES, f), join(site.dir, 'content/alerts', f));
  const pool = loadSyntheticPool();
  const random = seededRandom(SYNTHETIC);
  for (let n = 1; n <= SYNTHETIC; n++) {
    const { file, text } = syntheticCase(n, pool, random);
    writeFileSync(join(site.dir, 'content/cases', file), text);
  }
  site.caseIds = readdirSync(join(site.dir, 'content/cases'))
    .filter((f) => /^[^_].*\.mdx$/.test(f))
    .map((f) => f.replace(/\.mdx$/, ''));
  ({ status: site.status, output: site.output } = buildProject(site.dir, [], {
    BUILD_DATE: FIXTURE_DAY,
    BENCH_SYNTHETIC_CASES: SYNTHETIC_PREFIX,
  }));
}

export function removeFixtureSite(): void {
  if (site.dir) rmSync(site.dir, { recursive: true, force: true });
}
