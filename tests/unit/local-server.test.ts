// The local runtime: the same handlers over HTTP, one identity per browser (cookie), data kept across restarts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalServer, type LocalServer } from '../../local/server';
import { fakeOpenApi, wxError } from './support/fake-openapi';
import { CREATE_REMINDER } from './support/fixtures';

const situation = {
  asOf: '2026-09-15',
  city: '武汉',
  periods: [{ scheme: 'employee', from: '2018-01', to: '2026-07' }],
};
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
    headers: { 'content-type': 'application/json', origin: base.replace(/\/$/, ''), ...(cookie ? { cookie } : {}) },
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

describe('reminders through the local runtime', () => {
  const reminder = CREATE_REMINDER;
  const outbox = async (cookie?: string) =>
    (await (await fetch(`${server!.url}api/outbox`, { headers: cookie ? { cookie } : {} })).json()) as any;
  async function until(condition: () => Promise<boolean>) {
    const started = Date.now();
    while (!(await condition())) {
      if (Date.now() - started > 5000) throw new Error('timed out');
      await new Promise((ok) => setTimeout(ok, 20));
    }
  }

  it('runs the dispatcher on a timer; each browser sees only its own messages in the outbox', async () => {
    const clock = { now: new Date('2026-11-23T02:00:00Z') };
    server = await startLocalServer({
      port: 0,
      dataDir,
      log: () => undefined,
      now: () => clock.now,
      dispatchIntervalMs: 20,
    });
    const alice = await call(server.url, 'reminders', reminder);
    expect(alice.json.reminder).toMatchObject({ state: 'pending', sendAt: '2026-12-24T01:00:00.000Z' });
    const bob = await call(server.url, 'reminders', { ...reminder, title: 'bob' });

    await new Promise((ok) => setTimeout(ok, 100));
    expect((await outbox(alice.cookie)).messages).toEqual([]);

    clock.now = new Date('2026-12-24T01:00:00Z');
    await until(async () => (await outbox(alice.cookie)).messages.length > 0);
    const [message] = (await outbox(alice.cookie)).messages;
    expect(message).toMatchObject({ templateId: 'local-reminder-template', sentAt: '2026-12-24T01:00:00.000Z' });
    expect(message.data.thing1.value).toBe('缴纳2027年居民医保'); // the date is in date2 (functions/reminders/template.ts reminderTitle)
    const bobs = (await outbox(bob.cookie)).messages;
    expect(bobs.map((m: any) => m.data.thing1.value)).toEqual(['bob']);
    expect((await outbox()).messages).toEqual([]);
    const list = await call(server.url, 'reminders', { action: 'list' }, alice.cookie);
    expect(list.json.reminders.map((r: any) => r.state)).toEqual(['sent']);
  });

  it('records what WeChat answers (here a simulated 43101) and keeps it across a restart', async () => {
    const clock = { now: new Date('2026-11-23T02:00:00Z') };
    const refusing = fakeOpenApi({ failWith: () => wxError(43101) });
    server = await startLocalServer({
      port: 0,
      dataDir,
      log: () => undefined,
      now: () => clock.now,
      openapi: refusing,
      dispatchIntervalMs: 0,
    });
    const alice = await call(server.url, 'reminders', reminder);
    clock.now = new Date('2026-12-24T01:00:00Z');
    await server.dispatch();
    await server.close();
    server = await startLocalServer({
      port: 0,
      dataDir,
      log: () => undefined,
      now: () => clock.now,
      dispatchIntervalMs: 0,
    });
    const list = await call(server.url, 'reminders', { action: 'list' }, alice.cookie);
    expect(list.json.reminders).toEqual([
      expect.objectContaining({ state: 'refused', lastError: expect.stringContaining('43101') }),
    ]);
    expect((await outbox(alice.cookie)).messages).toEqual([]);
  });

  it('does not let a browser run the dispatcher', async () => {
    server = await startLocalServer({ port: 0, dataDir, log: () => undefined, dispatchIntervalMs: 0 });
    expect((await call(server.url, 'dispatch', {})).json).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });
});

it('does not serve files outside the H5 build', async () => {
  server = await startLocalServer({ port: 0, dataDir, staticDir: dataDir, log: () => undefined });
  const res = await fetch(`${server.url}..%2f..%2fetc%2fpasswd`);
  expect([403, 503]).toContain(res.status);
});
