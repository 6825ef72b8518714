/**
 * dist/, or a copy of it, on a little server of the test's own (for the offline tests): a test can
 * publish a "new version" by changing the copy, hold requests (a slow line) or cut them (a lost
 * signal), and see which files were fetched, and whether the 保存全站 button fetched them.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { PACK_HEADER } from '../../src/lib/offline-pack';

const DIST = resolve(import.meta.dirname, '../../dist');

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

export interface SiteServer {
  /** http://127.0.0.1:<port> */
  base: string;
  /** The folder served: dist/ itself, or a copy the test may change. */
  dir: string;
  /** Every request so far: its path, whether the 保存全站 button made it, whether it was cut. */
  log: { path: string; pack: boolean; dropped: boolean }[];
  /** Requests whose path this matches wait until `release()`. */
  hold: ((path: string) => boolean) | undefined;
  /** How many requests are waiting. */
  held: () => number;
  release: () => void;
  /** Requests whose path this matches get no answer: the connection is cut. */
  drop: ((path: string) => boolean) | undefined;
  close: () => Promise<void>;
}

export async function serveSite({ copy = false } = {}): Promise<SiteServer> {
  const dir = copy ? mkdtempSync(join(tmpdir(), 'bingcheng-offline-')) : DIST;
  if (copy) cpSync(DIST, dir, { recursive: true });
  let waiting: (() => void)[] = [];
  const send = (path: string, response: ServerResponse) => {
    let file = join(dir, path);
    if (file.endsWith('/')) file = join(file, 'index.html');
    if (!existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  };
  const site: SiteServer = {
    base: '',
    dir,
    log: [],
    hold: undefined,
    held: () => waiting.length,
    release: () => {
      const go = waiting;
      waiting = [];
      go.forEach((f) => f());
    },
    drop: undefined,
    close: async () => {
      site.release();
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      if (copy) rmSync(dir, { recursive: true, force: true });
    },
  };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const dropped = site.drop?.(path) ?? false;
    site.log.push({ path, pack: request.headers[PACK_HEADER] !== undefined, dropped });
    if (dropped) request.socket.destroy();
    else if (site.hold?.(path)) waiting.push(() => send(path, response));
    else send(path, response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  site.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return site;
}
