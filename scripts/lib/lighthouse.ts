/**
 * Lighthouse for `npm run bench`: the `lighthouse` npm package with its defaults (mobile, lab
 * figures with simulated throttling) in the system's full Chromium (--headless=new), against the
 * site served as production serves it (gzip, scripts/nginx-serve.ts). Each page is run three times
 * (round-robin, so a burst of load on a shared machine does not land on one page's runs) and the
 * median run is kept with Lighthouse's own computeMedianRun (closest to the median FCP and TTI).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import lighthouse, { type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS } from './chromium.ts';

/** The page types measured; a page missing from dist/ is skipped and said so. */
export const LIGHTHOUSE_PAGES = [
  '/',
  '/guides/shuadan-fanli/',
  '/for/elderly/',
  '/help/',
  '/search/',
  '/check/',
  '/quiz/',
  '/present/guides/shuadan-fanli/',
  '/alerts/',
  '/cases/96110-lanxia-zhengxin/',
  '/quiz/rehearsal/shuadan-fanli/',
  '/toolkit/',
  '/campaign/',
  '/song/',
  '/app/',
] as const;

/** PRODUCT.md's bars: every category 100, LCP ≤ 1.1 s. */
export const LIGHTHOUSE_TARGETS = { score: 100, lcpMs: 1100 } as const;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseFigures {
  path: string;
  /** 0–100 per category. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  /** Bytes transferred for the page load (Lighthouse's total-byte-weight). */
  bytes: number;
  /** Audits under 100 in the median run (what to look at), by id. */
  below: string[];
  /** Lighthouse's CPU benchmark of this machine during the median run (higher is faster). */
  benchmarkIndex: number;
}

/** The figures of one Lighthouse result. */
function figuresOf(path: string, lhr: Result): LighthouseFigures {
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const below = CATEGORIES.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1)
      .map((audit) => `${audit!.id} ${Math.round(audit!.score! * 100)}`),
  );
  return {
    path,
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    lcpMs: value('largest-contentful-paint'),
    fcpMs: value('first-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    bytes: value('total-byte-weight'),
    below,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

/** Starts `chromium` with a DevTools port for Lighthouse to drive; returns how to stop it. */
async function launch(chromium: string, port: number): Promise<() => Promise<void>> {
  const profile = mkdtempSync(join(tmpdir(), 'bingcheng-lighthouse-'));
  const child = spawn(
    chromium,
    [
      '--headless=new',
      ...CHROMIUM_ARGS,
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, delay(5_000)]);
    }
    rmSync(profile, { recursive: true, force: true });
  };
  for (let tries = 0; ; tries++) {
    const up = await fetch(`http://127.0.0.1:${port}/json/version`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return stop;
    if (tries > 100 || child.exitCode !== null) {
      await stop();
      throw new Error(`${chromium} did not open its DevTools port ${port}`);
    }
    await delay(200);
  }
}

/** Runs Lighthouse `runs` times on each of `paths` under `base`; the median run of each. */
export async function lighthouseRun(
  base: string,
  paths: readonly string[],
  options: { chromium: string; port: number; runs?: number; log: (line: string) => void },
): Promise<LighthouseFigures[]> {
  const runs = options.runs ?? 3;
  const stop = await launch(options.chromium, options.port);
  const results = new Map<string, Result[]>(paths.map((p) => [p, []]));
  try {
    for (let run = 1; run <= runs; run++) {
      options.log(`  Lighthouse run ${run} of ${runs} (${paths.length} pages) …`);
      for (const path of paths) {
        const result = await lighthouse(`${base}${path}`, {
          port: options.port,
          logLevel: 'error',
          output: 'json',
          onlyCategories: [...CATEGORIES],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        if (result.lhr.runtimeError)
          throw new Error(`Lighthouse failed on ${path}: ${result.lhr.runtimeError.message}`);
        results.get(path)!.push(result.lhr);
      }
    }
  } finally {
    await stop();
  }
  return paths.map((path) => figuresOf(path, computeMedianRun(results.get(path)!)));
}
