// Nothing a client sends may crash, stall or reset the local server: malformed paths, methods, headers and bodies
// are sent as raw bytes to the real server (port 0); every one is answered (400/4xx at worst) and the server keeps
// answering /healthz. Also: oversized bodies on keep-alive connections get 413 and the connection stays usable;
// the web hardening headers; Host (DNS rebinding), Origin and content-type checks.
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { startLocalServer, type LocalServer } from '../../local/server';

let dir: string;
let server: LocalServer;
let port: number;
let host: string;
const logs: string[] = [];
const INLINE = '!function(){document.documentElement.style.fontSize="20px"}();';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sdjz-fuzz-'));
  const staticDir = join(dir, 'h5');
  mkdirSync(join(staticDir, 'js'), { recursive: true });
  writeFileSync(
    join(staticDir, 'index.html'),
    `<!doctype html><html><head><script>${INLINE}</script><script defer src="/js/app.js"></script></head><body></body></html>`,
  );
  writeFileSync(join(staticDir, 'js', 'app.js'), 'console.log(1)');
  server = await startLocalServer({
    port: 0,
    dataDir: join(dir, 'data'),
    staticDir,
    log: (line) => logs.push(line),
    dispatchIntervalMs: 0,
  });
  port = Number(new URL(server.url).port);
  host = `127.0.0.1:${port}`;
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Reads HTTP/1.1 responses off a socket, one at a time (content-length or close-delimited bodies). */
class RawClient {
  private buffer = Buffer.alloc(0);
  private ended = false;
  private error: Error | null = null;
  private waiters: Array<() => void> = [];
  readonly socket: Socket;
  constructor() {
    this.socket = connect(port, '127.0.0.1');
    this.socket.on('data', (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.wake();
    });
    this.socket.on('end', () => {
      this.ended = true;
      this.wake();
    });
    this.socket.on('error', (error) => {
      this.error = error;
      this.wake();
    });
  }
  private wake() {
    for (const w of this.waiters.splice(0)) w();
  }
  private wait(ms: number) {
    return new Promise<void>((ok, fail) => {
      const t = setTimeout(() => fail(new Error('no answer in time')), ms);
      this.waiters.push(() => {
        clearTimeout(t);
        ok();
      });
    });
  }
  send(data: string | Buffer) {
    return new Promise<void>((ok) => this.socket.write(data, () => ok()));
  }
  async response(timeoutMs = 5000, headOnly = false): Promise<RawResponse> {
    for (;;) {
      const head = this.buffer.indexOf('\r\n\r\n');
      if (head >= 0) {
        const lines = this.buffer.subarray(0, head).toString('latin1').split('\r\n');
        const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(lines[0])?.[1]);
        const headers: Record<string, string> = {};
        for (const line of lines.slice(1)) {
          const i = line.indexOf(':');
          headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
        }
        const length = headers['content-length'] !== undefined ? Number(headers['content-length']) : null;
        const chunked = headers['transfer-encoding'] === 'chunked';
        const rest = this.buffer.subarray(head + 4);
        if (headOnly) {
          this.buffer = rest;
          return { status, headers, body: '' };
        }
        if (length !== null && rest.length >= length) {
          this.buffer = rest.subarray(length);
          return { status, headers, body: rest.subarray(0, length).toString('utf8') };
        }
        if (chunked) {
          const end = rest.indexOf('\r\n0\r\n\r\n');
          const empty = rest.indexOf('0\r\n\r\n') === 0;
          if (end >= 0 || empty) {
            const cut = empty ? 5 : end + 7;
            this.buffer = rest.subarray(cut);
            return { status, headers, body: rest.subarray(0, cut).toString('utf8') };
          }
        }
        if (length === null && !chunked && this.ended) {
          this.buffer = Buffer.alloc(0);
          return { status, headers, body: rest.toString('utf8') };
        }
      }
      if (this.error) throw this.error;
      if (this.ended) throw new Error(`connection closed without a full answer: ${this.buffer.toString('latin1')}`);
      await this.wait(timeoutMs);
    }
  }
  close() {
    this.socket.destroy();
  }
}

async function raw(request: string | Buffer): Promise<RawResponse> {
  const client = new RawClient();
  try {
    await client.send(request);
    return await client.response(5000, request.slice(0, 5).toString() === 'HEAD ');
  } finally {
    client.close();
  }
}

async function alive() {
  const res = await fetch(`${server.url}healthz`);
  expect(res.status).toBe(200);
}

const get = (target: string, extra = '') =>
  `GET ${target} HTTP/1.1\r\nHost: ${host}\r\n${extra}Connection: close\r\n\r\n`;

it.each([
  '/%',
  '/js/%ZZ',
  '//[',
  '/%E0%A4%A',
  '/%00',
  '/api/functions/%ZZ',
  '/..%2f..%2fetc%2fpasswd',
  '*',
  'http://evil/',
])('answers GET %s with a 4xx at worst and keeps serving', async (target) => {
  const res = await raw(get(target));
  expect(res.status).toBeGreaterThanOrEqual(200);
  expect(res.status).toBeLessThan(500);
  if (target.includes('%2f')) expect(res.body).not.toContain('root:');
  await alive();
});

it('answers malformed request lines and headers with 400, never a crash', async () => {
  const cases = [
    'GARBAGE\r\n\r\n',
    'GET / HTTP/9.9\r\n\r\n',
    `GET / HTTP/1.1\r\nHost: ${host}\r\nBad Header\r\n\r\n`,
    `GET / HTTP/1.1\r\nHost: ${host}\r\nX: ${'a'.repeat(20_000)}\r\n\r\n`,
    `POST /api/functions/evaluate HTTP/1.1\r\nHost: ${host}\r\nContent-Length: abc\r\n\r\n`,
    `POST /api/functions/evaluate HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n`,
    `GET / HTTP/1.1\r\nHost: ${host}\r\nCookie: sdjz_sid=${'%'.repeat(100)}\r\nConnection: close\r\n\r\n`,
  ];
  for (const request of cases) {
    const res = await raw(request);
    expect(res.status).toBeGreaterThanOrEqual(200);
    expect(res.status).toBeLessThan(500);
    await alive();
  }
});

it('survives random paths, methods, headers and bodies (fast-check)', async () => {
  const methods = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'CONNECT', 'PROPFIND', 'QUERY'];
  const pathChar = fc.oneof(
    fc.constantFrom('/', '%', '%2', '%ZZ', '%00', '%C0%AF', '..', '.', '?', '#', '[', ']', '@', ':', '\\', '~', ';'),
    fc.string({ minLength: 1, maxLength: 3, unit: 'grapheme-ascii' }).map((s) => encodeURI(s)),
    fc.constantFrom('api', 'functions', 'evaluate', 'share', 'outbox', 'js', 'index.html', 'healthz'),
  );
  const target = fc
    .array(pathChar, { maxLength: 12 })
    .map((parts) => '/' + parts.join('').replace(/[\s\x00-\x1f]/g, ''));
  const headerName = fc.constantFrom('Content-Type', 'Origin', 'Cookie', 'Content-Length', 'X-Junk', 'Accept', 'Host');
  const headerValue = fc.oneof(
    fc.string({ maxLength: 40, unit: 'grapheme-ascii' }).map((s) => s.replace(/[\r\n\x00]/g, '')),
    fc.constantFrom('application/json', `http://${'127.0.0.1'}`, '-1', '99999999999', 'sdjz_sid=zz'),
  );
  const body = fc.oneof(
    fc.constant(''),
    fc.json({ maxDepth: 3 }),
    fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a).toString('latin1')),
  );
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...methods),
      target,
      fc.array(fc.tuple(headerName, headerValue), { maxLength: 4 }),
      body,
      async (method, path, headers, content) => {
        const bytes = Buffer.from(content, 'latin1');
        const head = [
          `${method} ${path} HTTP/1.1`,
          ...(headers.some(([n]) => n === 'Host') ? [] : [`Host: ${host}`]),
          ...headers.filter(([n]) => n !== 'Content-Length').map(([n, v]) => `${n}: ${v}`),
          `Content-Length: ${bytes.length}`,
          'Connection: close',
        ].join('\r\n');
        const res = await raw(Buffer.concat([Buffer.from(head + '\r\n\r\n', 'latin1'), bytes]));
        expect(res.status).toBeGreaterThanOrEqual(200);
        expect(res.status).toBeLessThan(500);
      },
    ),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
  );
  await alive();
  expect(logs.filter((l) => l.includes('crashed'))).toEqual([]);
}, 60_000);

describe('bodies over 64 KB on a keep-alive connection', () => {
  const post = (length: number, extra = '') =>
    `POST /api/functions/evaluate HTTP/1.1\r\nHost: ${host}\r\nOrigin: http://${host}\r\nContent-Type: application/json\r\n${extra}`;

  it('answer 413 to a declared length, and the same connection serves the next request', async () => {
    const client = new RawClient();
    try {
      const big = Buffer.alloc(100 * 1024, 'a');
      await client.send(post(big.length) + `Content-Length: ${big.length}\r\n\r\n`);
      await client.send(big);
      const first = await client.response();
      expect(first.status).toBe(413);
      expect(JSON.parse(first.body).error.message).toBe('请求内容太大');
      await client.send(`GET /healthz HTTP/1.1\r\nHost: ${host}\r\n\r\n`);
      expect((await client.response()).status).toBe(200);
    } finally {
      client.close();
    }
  });

  it('answer 413 to a chunked body, and the same connection serves the next request', async () => {
    const client = new RawClient();
    try {
      await client.send(post(0) + 'Transfer-Encoding: chunked\r\n\r\n');
      const chunk = Buffer.alloc(16 * 1024, 'b');
      for (let i = 0; i < 8; i++)
        await client.send(Buffer.concat([Buffer.from('4000\r\n'), chunk, Buffer.from('\r\n')]));
      await client.send('0\r\n\r\n');
      expect((await client.response()).status).toBe(413);
      await client.send(`GET /healthz HTTP/1.1\r\nHost: ${host}\r\n\r\n`);
      expect((await client.response()).status).toBe(200);
    } finally {
      client.close();
    }
  });

  it('answers a body of exactly 64 KB normally', async () => {
    const json = JSON.stringify({ city: '武汉', periods: [], pad: 'x'.repeat(64 * 1024 - 40) });
    const padded = json + ' '.repeat(64 * 1024 - Buffer.byteLength(json));
    const res = await fetch(`${server.url}api/functions/evaluate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: `http://${host}` },
      body: padded,
    });
    expect(res.status).toBe(200);
  });
});

describe('web hardening', () => {
  it('sends nosniff, a CSP naming the inline script, no referrer and no framing', async () => {
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("frame-ancestors 'none'");
    const hash = createHash('sha256').update(INLINE).digest('base64');
    expect(csp).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(csp).not.toContain('unsafe-eval');
    const api = await fetch(`${server.url}healthz`);
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses a foreign Host (DNS rebinding) and a missing one', async () => {
    expect((await raw(get('/healthz').replace(`Host: ${host}`, 'Host: attacker.example:80'))).status).toBe(421);
    expect((await raw(get('/healthz').replace(`Host: ${host}`, `Host: 127.0.0.1:${port + 1}`))).status).toBe(421);
    expect((await raw(`GET /healthz HTTP/1.0\r\n\r\n`)).status).toBe(400);
    expect((await raw(get('/healthz').replace(`Host: ${host}`, `Host: localhost:${port}`))).status).toBe(200);
  });

  it('takes POST only as JSON from this origin', async () => {
    const call = (headers: Record<string, string>) =>
      fetch(`${server.url}api/functions/history`, { method: 'POST', headers, body: '{}' });
    const origin = `http://${host}`;
    expect((await call({ 'content-type': 'text/plain', origin })).status).toBe(415);
    expect((await call({ 'content-type': 'application/x-www-form-urlencoded', origin })).status).toBe(415);
    expect((await call({ 'content-type': 'application/json' })).status).toBe(403);
    expect((await call({ 'content-type': 'application/json', origin: 'http://attacker.example' })).status).toBe(403);
    expect((await call({ 'content-type': 'application/json', origin: 'null' })).status).toBe(403);
    expect((await call({ 'content-type': 'application/json; charset=utf-8', origin })).status).toBe(200);
  });

  it('gives no cookie (no new user) to a call that stores nothing', async () => {
    const res = await fetch(`${server.url}api/functions/history`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: `http://${host}` },
      body: '{}',
    });
    expect(await res.json()).toEqual({ items: [] });
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});
