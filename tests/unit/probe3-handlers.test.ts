// Security probe 3 (docs/reviews/security-probe-3.md), the findings seen in the handlers and the store: share
// create validates what it strips (P32), the snapshot keeps only the documented input (P31), the reminders list
// never lists one twice (P60), wrong types are not called missing (P61), ended items are bounded per user (P62),
// and a crafted index line in a data file is quarantined instead of a crash loop (P74).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Collection, Doc, Store } from '../../functions/platform/types';
import { remindersHandler } from '../../functions/reminders/handler';
import { REMINDERS } from '../../functions/reminders/model';
import { shareHandler, SHARES } from '../../functions/share/handler';
import { NedbStore } from '../../local/nedb-store';
import { startLocalServer } from '../../local/server';
import { testWorld } from './support/context';
import { CREATE_REMINDER } from './support/fixtures';

const NOW = '2026-11-23T02:00:00Z';

describe('P32: share create validates the whole situation', () => {
  it.each([
    ['monthlyBase', 'abc'],
    ['monthlyBase', -5],
    ['birth', 'not-a-month'],
    ['birth', '9999-12'],
  ])('%s = %j answers INVALID_INPUT situation.%s, as evaluate does', async (field, value) => {
    const world = testWorld(NOW);
    const answer = (await shareHandler(
      { action: 'create', situation: { city: '武汉', periods: [], [field]: value } },
      world.as('alice'),
    )) as any;
    expect(answer.error).toMatchObject({ code: 'INVALID_INPUT', field: `situation.${field}` });
    expect(await world.store.collection(SHARES).count({})).toBe(0);
  });
});

describe('P31: what a snapshot keeps of the situation', () => {
  it('the plan the owner asked about (stop, resume, bridge), and nothing else of its input', async () => {
    const world = testWorld(NOW);
    const created = (await shareHandler(
      {
        action: 'create',
        situation: {
          city: '武汉',
          periods: [{ scheme: 'employee', from: '2019-07', to: null }],
          plan: { stopAfter: '2027-02', resumeFrom: '2027-09', bridge: 'flexible', note: 'x' },
        },
      },
      world.as('alice'),
    )) as any;
    const got = (await shareHandler({ action: 'get', token: created.token }, world.as(null))) as any;
    expect(got.report.plan).toMatchObject({ stopAfter: '2027-02', resumeFrom: '2027-09', bridge: 'flexible' });
    expect(got.report.plan.note).toBeUndefined();
    expect(JSON.stringify(got.report)).not.toContain('"periods"');
    // docs/functions.md says so (it said "none of the situation's own fields" before probe 3).
    const docs = readFileSync(join(__dirname, '../../docs/functions.md'), 'utf8');
    expect(docs).toMatch(/snapshot[^]*keeps the plan/);
  });
});

describe('P60: the reminders list during a dispatch', () => {
  it('a reminder that turns from sending to sent between the two reads is listed once', async () => {
    const inner = new NedbStore();
    let flips = 0;
    // A store whose first read of active reminders is followed by the dispatcher recording them as sent.
    const store: Store = {
      collection<T extends Doc = Doc>(name: string): Collection<T> {
        const c = inner.collection<T>(name);
        if (name !== REMINDERS) return c;
        return Object.assign({}, c, {
          find: async (query: any, options: any) => {
            const found = await c.find(query, options);
            if (JSON.stringify(query.state ?? '').includes('sending') && flips++ === 0) {
              await c.update({ state: 'sending' } as any, { state: 'sent' } as any);
            }
            return found;
          },
        });
      },
    };
    const world = testWorld(NOW, store);
    const alice = world.as('alice');
    for (let i = 0; i < 3; i++) await remindersHandler({ ...CREATE_REMINDER, title: `r${i}` }, alice);
    await inner.collection(REMINDERS).update({}, { state: 'sending' });
    const list = (await remindersHandler({ action: 'list' }, alice)) as any;
    expect(list.reminders).toHaveLength(3);
    expect(new Set(list.reminders.map((r: any) => r.id)).size).toBe(3);
  });
});

describe('P61: a wrong type is not reported as missing', () => {
  it.each([
    [{ action: 'cancel', id: { $ne: '' } }, 'id', /应为/],
    [{ action: 'cancel', id: 'x'.repeat(101) }, 'id', /应为/],
    [{ ...CREATE_REMINDER, accepted: 'true' }, 'accepted', /应为 true 或 false/],
  ])('%j → field %s says what is wrong', async (event, field, message) => {
    const world = testWorld(NOW);
    const answer = (await remindersHandler(event, world.as('alice'))) as any;
    expect(answer.error).toMatchObject({ code: 'INVALID_INPUT', field });
    expect(answer.error.message).toMatch(message);
    expect(answer.error.message).not.toMatch(/缺少/);
  });

  it('a missing field still says it is missing', async () => {
    const world = testWorld(NOW);
    const answer = (await remindersHandler({ action: 'cancel' }, world.as('alice'))) as any;
    expect(answer.error.message).toMatch(/缺少/);
  });
});

describe('P62: ended items are bounded per user', () => {
  it('110 × (create + cancel) keeps at most 50 ended reminders, the newest', async () => {
    const world = testWorld(NOW);
    const alice = world.as('alice');
    let last = '';
    for (let i = 0; i < 110; i++) {
      const made = (await remindersHandler({ ...CREATE_REMINDER, title: `r${i}` }, alice)) as any;
      last = made.reminder.id;
      world.clock.now = new Date(world.clock.now.getTime() + 1000);
      await remindersHandler({ action: 'cancel', id: last }, alice);
    }
    const left = await world.store.collection(REMINDERS).find({ owner: 'alice' }, { limit: 100 });
    expect(left.length).toBeLessThanOrEqual(50);
    expect(left.map((d) => d._id)).toContain(last);
  });

  it('120 × (create + revoke) keeps at most 50 revoked shares', async () => {
    const world = testWorld(NOW);
    const alice = world.as('alice');
    for (let i = 0; i < 120; i++) {
      const made = (await shareHandler({ action: 'create', situation: { city: '武汉', periods: [] } }, alice)) as any;
      world.clock.now = new Date(world.clock.now.getTime() + 1000);
      await shareHandler({ action: 'revoke', token: made.token }, alice);
    }
    expect(await world.store.collection(SHARES).count({ owner: 'alice' })).toBeLessThanOrEqual(50);
  });
});

describe('P74: a crafted line in a data file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sdjz-p74-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a unique index over a field with repeated values is quarantined; the server starts and serves', async () => {
    const doc = (id: string) =>
      JSON.stringify({ _id: id, owner: 'local-a', createdAt: '2026-11-20T00:00:00.000Z', situation: {}, headline: {} });
    writeFileSync(
      join(dir, 'evaluations.db'),
      [doc('e1'), doc('e2'), '{"$$indexCreated":{"fieldName":"owner","unique":true}}'].join('\n') + '\n',
    );
    const logs: string[] = [];
    const server = await startLocalServer({ port: 0, dataDir: dir, log: (l) => logs.push(l), dispatchIntervalMs: 0 });
    try {
      await server.dispatch(); // loads every collection, as the timer does on start
      expect(await server.store.collection('evaluations').count({ owner: 'local-a' })).toBe(2);
      await server.store.collection('evaluations').insert({ _id: 'e3', owner: 'local-a' });
      expect(readdirSync(dir).some((f) => f.startsWith('evaluations.db.corrupt-'))).toBe(true);
      expect(logs.some((l) => /warning/.test(l) && l.includes('evaluations.db'))).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('a TTL index line (expireAfterSeconds) is quarantined too: no document expires by a crafted line', async () => {
    const file = join(dir, 'shares.db');
    writeFileSync(
      file,
      '{"_id":"s1","owner":"a","createdAt":{"$$date":0}}\n{"$$indexCreated":{"fieldName":"createdAt","expireAfterSeconds":1}}\n',
    );
    const logs: string[] = [];
    const store = new NedbStore(dir, { log: (l) => logs.push(l) });
    expect(await store.collection('shares').get('s1')).toMatchObject({ owner: 'a' });
    expect(logs.some((l) => l.includes('shares.db'))).toBe(true);
    await store.close();
    expect(existsSync(file)).toBe(true);
  });
});
