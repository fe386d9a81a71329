// The H5 build served from memory (local/static-files.ts): what a browser gets for a hashed script, for a route of
// the SPA and for a path that leaves the build, and that a rebuild is seen at once (a new index.html with a new
// inline script gets a CSP naming the new script's hash; a rewritten file is read again).
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalServer, type LocalServer } from '../../local/server';

let dir: string;
let staticDir: string;
let server: LocalServer;

const page = (inline: string) =>
  `<!doctype html><html><head><script>${inline}</script><script defer src="/js/app.0123abcd.js"></script></head></html>`;
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sdjz-static-'));
  staticDir = join(dir, 'h5');
  mkdirSync(join(staticDir, 'js'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), page('var a=1;'));
  writeFileSync(join(staticDir, 'js', 'app.0123abcd.js'), 'console.log("app")');
  writeFileSync(join(staticDir, 'favicon.ico'), 'icon 1');
  server = await startLocalServer({
    port: 0,
    dataDir: join(dir, 'data'),
    staticDir,
    log: () => undefined,
    dispatchIntervalMs: 0,
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

it('answers a hashed script with its length, its type and a year of caching, the same bytes twice', async () => {
  for (let i = 0; i < 2; i++) {
    const res = await fetch(`${server.url}js/app.0123abcd.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-length')).toBe(String('console.log("app")'.length));
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe('console.log("app")');
  }
});

it('answers a route of the app (or an unknown file) with index.html, never cached, and HEAD without a body', async () => {
  for (const path of ['', 'pages/intake/index', 'js/missing.js']) {
    const res = await fetch(`${server.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('<!doctype html>');
  }
  const head = await fetch(server.url, { method: 'HEAD' });
  expect(head.status).toBe(200);
  expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
  expect(await head.text()).toBe('');
});

it('refuses a path that leaves the build', async () => {
  for (const path of ['..%2f..%2fetc%2fpasswd', '..%2fdata%2fsession.key', 'js%2f..%2f..%2f..%2fetc%2fpasswd']) {
    expect((await fetch(`${server.url}${path}`)).status).toBe(403);
  }
});

it('sees a rebuild at once: a new index.html gets the CSP of its own inline script, a rewritten file its new bytes', async () => {
  const before = await fetch(server.url);
  expect(before.headers.get('content-security-policy')).toContain(sha('var a=1;'));
  await before.text();
  expect(await (await fetch(`${server.url}favicon.ico`)).text()).toBe('icon 1');

  writeFileSync(join(staticDir, 'index.html'), page('var b=2;'));
  writeFileSync(join(staticDir, 'favicon.ico'), 'icon 2, longer');
  // a rebuild within the same clock tick of the file system still changes the mtime the server compares
  const later = new Date(Date.now() + 5_000);
  utimesSync(join(staticDir, 'index.html'), later, later);
  utimesSync(join(staticDir, 'favicon.ico'), later, later);

  const after = await fetch(server.url);
  const csp = after.headers.get('content-security-policy')!;
  expect(csp).toContain(sha('var b=2;'));
  expect(csp).not.toContain(sha('var a=1;'));
  expect(await after.text()).toContain('var b=2;');
  const icon = await fetch(`${server.url}favicon.ico`);
  expect(icon.headers.get('content-length')).toBe(String('icon 2, longer'.length));
  expect(await icon.text()).toBe('icon 2, longer');
});

it('answers 503 with a Chinese hint while there is no build', async () => {
  rmSync(join(staticDir, 'index.html'));
  const res = await fetch(server.url);
  expect(res.status).toBe(503);
  expect(await res.text()).toContain('npm run build:h5');
});
