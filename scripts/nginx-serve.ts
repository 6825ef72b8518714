/**
 * Serves dist/ with the shipped deploy/nginx.conf and deploy/security-headers.conf, unchanged
 * except for the port, the root and the snippet path, so tests/e2e/production.spec.ts checks the
 * site under the real production headers (strict CSP and all), and `npm run bench` measures it.
 * Usage: node scripts/nginx-serve.ts <port> [dist folder, default dist/]
 * Without nginx: installs Debian's package when run as root with apt (as CI does), else says how.
 */
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const port = Number(process.argv[2] ?? 4331);
const dist = resolve(process.argv[3] ?? join(ROOT, 'dist'));
const NGINX = [
  '/usr/sbin/nginx',
  '/usr/local/sbin/nginx',
  '/opt/homebrew/bin/nginx',
  '/usr/local/bin/nginx',
];

function findNginx(): string | undefined {
  return NGINX.find((p) => existsSync(p));
}

let nginx = findNginx();
if (!nginx && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('nginx not found: installing it with apt-get (for the production-headers tests)');
  execSync('apt-get update -qq && apt-get install -y -qq --no-install-recommends nginx', {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  nginx = findNginx();
}
if (!nginx) {
  console.error(
    'The production-headers tests need nginx. Install it (Debian/Ubuntu: sudo apt-get install nginx; ' +
      'macOS: brew install nginx) and run the tests again.',
  );
  process.exit(1);
}

/** Replaces `from` in the shipped config, failing loudly if the config no longer has it. */
function swap(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  if (out === text)
    throw new Error(`deploy/nginx.conf no longer contains ${from}: update scripts/nginx-serve.ts`);
  return out;
}

let server = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');
server = swap(server, /listen 80;/, `listen 127.0.0.1:${port};`);
server = swap(server, /\s*listen \[::\]:80;/, '');
server = swap(server, /root [^;]+;/, `root ${dist};`);
server = swap(
  server,
  /include snippets\/bingcheng-security-headers\.conf;/g,
  `include ${join(ROOT, 'deploy/security-headers.conf')};`,
);

const dir = mkdtempSync(join(tmpdir(), 'bingcheng-nginx-'));
for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
const mime = [
  '/etc/nginx/mime.types',
  '/opt/homebrew/etc/nginx/mime.types',
  '/usr/local/etc/nginx/mime.types',
].find(existsSync);
writeFileSync(
  join(dir, 'nginx.conf'),
  `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log stderr warn;
events {}
http {
  ${mime ? `include ${mime};` : ''}
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${server}
}
`,
);

const child = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => child.kill('SIGQUIT'));
child.on('exit', (code) => process.exit(code ?? 0));
