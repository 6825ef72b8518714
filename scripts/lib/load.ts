/**
 * The bench's load run: the shipped nginx config (scripts/nginx-serve.ts: one worker process) on a
 * loopback port, hit by autocannon for a bounded time per URL — a guide page and a hashed
 * stylesheet, gzip requested as browsers do — and the headers a CDN or a browser caches by:
 * Content-Encoding gzip, HTML max-age=300, hashed /_astro/ files a year and immutable. autocannon
 * runs on the same machine as nginx, so the figures are a floor for a server of its own.
 */
import { get } from 'node:http';
import autocannon from 'autocannon';

export interface LoadFigures {
  path: string;
  /** Requests per second, mean over the run. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses that were not 2xx, and connection errors or timeouts. */
  non2xx: number;
  errors: number;
  seconds: number;
  connections: number;
  /** The response headers checked, as sent. */
  contentEncoding: string;
  cacheControl: string;
  /** Whether they are what production needs. */
  gzip: boolean;
  cacheRight: boolean;
}

/** What Cache-Control a path must carry: hashed build files a year and immutable, pages five minutes. */
export function expectedCacheControl(path: string): RegExp {
  return path.startsWith('/_astro/') ? /max-age=31536000\b.*immutable/ : /max-age=300\b/;
}

/** The response headers of one gzip-accepting GET. */
function headersOf(url: string): Promise<Record<string, string | string[] | undefined>> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.headers));
    }).on('error', reject);
  });
}

/** Loads each of `paths` under `base` for `seconds` with `connections` connections, one after another. */
export async function loadRun(
  base: string,
  paths: readonly string[],
  options: { seconds?: number; connections?: number } = {},
): Promise<LoadFigures[]> {
  const seconds = options.seconds ?? 10;
  const connections = options.connections ?? 10;
  const out: LoadFigures[] = [];
  for (const path of paths) {
    const headers = await headersOf(`${base}${path}`);
    const result = await autocannon({
      url: `${base}${path}`,
      duration: seconds,
      connections,
      headers: { 'accept-encoding': 'gzip' },
    });
    const contentEncoding = String(headers['content-encoding'] ?? '');
    const cacheControl = String(headers['cache-control'] ?? '');
    out.push({
      path,
      rps: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
      seconds: result.duration,
      connections,
      contentEncoding,
      cacheControl,
      gzip: contentEncoding === 'gzip',
      cacheRight: expectedCacheControl(path).test(cacheControl),
    });
  }
  return out;
}
