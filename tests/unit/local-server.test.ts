// The local runtime: the same handlers over HTTP, one identity per browser (cookie), data kept across restarts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalServer, type LocalServer } from '../../local/server';

const situation = { asOf: '2026-09-15', city: '武汉', periods: [{ scheme: 'employee', from: '2018-01', to: '2026-07' }] };
let dataDir: string;
let server: LocalServer | undefined;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'sdjz-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

async function call(base: string, name: string, body: unknown, cookie?: string) {
  const res = await fetch(`${base}api/functions/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const setCookie = res.headers.get('set-cookie');
  return { status: res.status, json: (await res.json()) as any, cookie: setCookie?.split(';')[0] ?? cookie };
}

it('gives each browser its own identity and keeps history across a restart', async () => {
  server = await startLocalServer({ port: 0, dataDir, log: () => undefined });
  const first = await call(server.url, 'evaluate', situation);
  expect(first.status).toBe(200);
  expect(first.json.medical.status).toBe('suspended');
  expect(first.cookie).toMatch(/^sdjz_sid=[a-f0-9]{32}$/);
  const other = await call(server.url, 'evaluate', { ...situation, city: '上海' });
  expect(other.cookie).not.toBe(first.cookie);

  await server.close();
  server = await startLocalServer({ port: 0, dataDir, log: () => undefined });
  const mine = await call(server.url, 'history', {}, first.cookie);
  expect(mine.json.items.map((i: any) => i.headline.city)).toEqual(['武汉市']);
  const theirs = await call(server.url, 'history', {}, other.cookie);
  expect(theirs.json.items.map((i: any) => i.headline.city)).toEqual(['上海市']);
});

it('answers bad JSON, unknown functions and wrong methods with clear errors', async () => {
  server = await startLocalServer({ port: 0, dataDir, log: () => undefined });
  const bad = await call(server.url, 'evaluate', '{not json');
  expect(bad.status).toBe(400);
  expect(bad.json.error.code).toBe('INVALID_INPUT');
  const unknown = await call(server.url, 'nope', {});
  expect(unknown.status).toBe(404);
  const get = await fetch(`${server.url}api/functions/evaluate`);
  expect(get.status).toBe(405);
  const proto = await call(server.url, 'constructor', {});
  expect(proto.status).toBe(404);
});

it('does not serve files outside the H5 build', async () => {
  server = await startLocalServer({ port: 0, dataDir, staticDir: dataDir, log: () => undefined });
  const res = await fetch(`${server.url}..%2f..%2fetc%2fpasswd`);
  expect([403, 503]).toContain(res.status);
});
