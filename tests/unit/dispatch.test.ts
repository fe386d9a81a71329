// The dispatcher: sends due reminders once, records every outcome, retries only what can succeed, pages
// through large backlogs, and never double-sends when two run at once. Time-sensitive (instants and backoff):
// also runs under TZ=Asia/Shanghai and TZ=America/New_York (scripts/test.mjs).
import { dispatchHandler, dispatchOptionsFor } from '../../functions/dispatch/handler';
import {
  CONFIGURED_TIMEOUT_S,
  DISPATCH_DEFAULTS,
  dispatchDue,
  type DispatchOptions,
} from '../../functions/dispatch/dispatcher';
import { timeLimitOf } from '../../functions/platform/entry';
import { dueFeed } from '../../functions/dispatch/feed';
import type { Collection, Doc, Store } from '../../functions/platform/types';
import { remindersHandler } from '../../functions/reminders/handler';
import { REMINDERS, type ReminderDoc } from '../../functions/reminders/model';
import { REMINDER_FIELDS } from '../../functions/reminders/template';
import { NedbStore } from '../../local/nedb-store';
import { testWorld, type TestWorld } from './support/context';
import { fakeOpenApi, titleOf, wxError } from './support/fake-openapi';
import { seedDueReminders } from './support/reminders';

const CREATED = '2026-11-23T02:00:00Z';
const SEND_AT = '2026-12-24T01:00:00.000Z';
const FAST: Partial<DispatchOptions> = { concurrency: 4 };

async function createReminder(world: TestWorld, owner: string, title: string) {
  const saved = world.clock.now;
  world.clock.now = new Date(CREATED);
  const { reminder } = (await remindersHandler(
    { action: 'create', actionKey: 'resident-window', title, due: '2026-12-31', leadDays: 7, accepted: true },
    world.as(owner),
  )) as any;
  world.clock.now = saved;
  return reminder.id as string;
}

const reminderDoc = (world: TestWorld, id: string) =>
  world.store
    .collection<ReminderDoc>(REMINDERS)
    .get(id)
    .then((d) => d!);

it('a reminder of the day cover starts is sent with its own note, counted on the day it goes out (copy review L10)', async () => {
  const world = testWorld(CREATED);
  const { reminder } = (await remindersHandler(
    {
      action: 'create',
      actionKey: 'waiting-ends',
      title: '医保开始报销',
      due: '2026-12-31',
      leadDays: 7,
      accepted: true,
    },
    world.as('alice'),
  )) as any;
  const openapi = fakeOpenApi();
  world.clock.now = new Date(Date.parse(SEND_AT) + 3 * 3_600_000); // sent late the same day: still 7 days
  await dispatchDue(world.as(null, openapi), FAST);
  expect(reminder.id).toBeTruthy();
  expect(openapi.delivered[0].data[REMINDER_FIELDS.note].value).toBe('再过7天就能报销');
});

describe('one reminder', () => {
  it('is sent once, at its time, to its owner, and recorded as sent', async () => {
    const world = testWorld(CREATED);
    const id = await createReminder(world, 'alice', '缴纳居民医保');
    const openapi = fakeOpenApi();

    world.clock.now = new Date(Date.parse(SEND_AT) - 1);
    expect((await dispatchDue(world.as(null, openapi), FAST)).claimed).toBe(0);

    world.clock.now = new Date(SEND_AT);
    const summary = await dispatchDue(world.as(null, openapi), FAST);
    expect(summary).toMatchObject({ claimed: 1, sent: 1, refused: 0, failed: 0, retried: 0 });
    expect(openapi.delivered).toEqual([
      expect.objectContaining({ touser: 'alice', templateId: 'local-reminder-template' }),
    ]);
    expect(openapi.delivered[0].data[REMINDER_FIELDS.title].value).toBe('缴纳居民医保');
    expect(await reminderDoc(world, id)).toMatchObject({
      state: 'sent',
      sentAt: SEND_AT,
      claimedBy: null,
      claimedUntil: null,
    });

    world.clock.now = new Date(Date.parse(SEND_AT) + 86_400_000);
    await dispatchDue(world.as(null, openapi), FAST);
    expect(openapi.attempts).toBe(1);
  });

  it('is never sent once cancelled', async () => {
    const world = testWorld(CREATED);
    const id = await createReminder(world, 'alice', 'x');
    await remindersHandler({ action: 'cancel', id }, world.as('alice'));
    world.clock.now = new Date(SEND_AT);
    const openapi = fakeOpenApi();
    await dispatchDue(world.as(null, openapi), FAST);
    expect(openapi.attempts).toBe(0);
  });

  it('43101 (refused, or the one-time accept is used up): refused, never retried', async () => {
    const world = testWorld(SEND_AT);
    const id = await createReminder(world, 'alice', 'x');
    const openapi = fakeOpenApi({ failWith: () => wxError(43101, 'user refuse to accept the msg') });
    expect(await dispatchDue(world.as(null, openapi), FAST)).toMatchObject({ refused: 1, retried: 0 });
    const doc = await reminderDoc(world, id);
    expect(doc.state).toBe('refused');
    expect(doc.lastError).toContain('43101');
    world.clock.now = new Date(Date.parse(SEND_AT) + 7 * 86_400_000);
    await dispatchDue(world.as(null, openapi), FAST);
    expect(openapi.attempts).toBe(1);
  });

  it('47003 (a field the template rejects): failed with the reason, never retried', async () => {
    const world = testWorld(SEND_AT);
    const id = await createReminder(world, 'alice', 'x');
    const openapi = fakeOpenApi({ failWith: () => wxError(47003, 'argument invalid! data.thing1.value') });
    await dispatchDue(world.as(null, openapi), FAST);
    const doc = await reminderDoc(world, id);
    expect(doc.state).toBe('failed');
    expect(doc.lastError).toMatch(/模板.*47003.*data\.thing1/);
    world.clock.now = new Date(Date.parse(SEND_AT) + 7 * 86_400_000);
    await dispatchDue(world.as(null, openapi), FAST);
    expect(openapi.attempts).toBe(1);
  });

  it('other errors: retried with doubling waits, then failed after the bound', async () => {
    const world = testWorld(SEND_AT);
    const id = await createReminder(world, 'alice', 'x');
    const openapi = fakeOpenApi({ failWith: () => wxError(-1, 'system error') });
    const ctx = world.as(null, openapi);
    const waits: number[] = [];
    for (let attempt = 1; attempt < DISPATCH_DEFAULTS.maxAttempts; attempt++) {
      const before = world.clock.now.getTime();
      expect(await dispatchDue(ctx, FAST)).toMatchObject({ sent: 0, retried: 1 });
      const doc = await reminderDoc(world, id);
      expect(doc).toMatchObject({ state: 'pending', attempts: attempt });
      expect(doc.lastError).toContain('system error');
      waits.push((Date.parse(doc.nextAttemptAt) - before) / 60_000);
      // Not before its time...
      world.clock.now = new Date(Date.parse(doc.nextAttemptAt) - 1);
      expect((await dispatchDue(ctx, FAST)).claimed).toBe(0);
      // ...and at its time.
      world.clock.now = new Date(doc.nextAttemptAt);
    }
    expect(waits).toEqual([1, 2, 4, 8]);
    expect(await dispatchDue(ctx, FAST)).toMatchObject({ failed: 1, retried: 0 });
    const doc = await reminderDoc(world, id);
    expect(doc).toMatchObject({ state: 'failed', attempts: DISPATCH_DEFAULTS.maxAttempts });
    expect(doc.lastError).toContain(`${DISPATCH_DEFAULTS.maxAttempts} 次`);
    world.clock.now = new Date(Date.parse(SEND_AT) + 30 * 86_400_000);
    await dispatchDue(ctx, FAST);
    expect(openapi.attempts).toBe(DISPATCH_DEFAULTS.maxAttempts);
  });

  it('is still sent on its deadline (China time), never after it', async () => {
    for (const [now, expected] of [
      ['2026-12-31T15:59:59Z', 'sent'],
      ['2026-12-31T16:00:00Z', 'failed'],
    ] as const) {
      const world = testWorld(SEND_AT);
      const id = await createReminder(world, 'alice', 'x');
      world.clock.now = new Date(now); // 23:59:59 on 31 Dec in China, then 00:00 on 1 Jan
      const openapi = fakeOpenApi();
      await dispatchDue(world.as(null, openapi), FAST);
      const doc = await reminderDoc(world, id);
      expect(doc.state).toBe(expected);
      expect(openapi.attempts).toBe(expected === 'sent' ? 1 : 0);
      if (expected === 'failed') expect(doc.lastError).toContain('截止日期已过');
    }
  });

  it('a transient failure that then succeeds ends sent', async () => {
    const world = testWorld(SEND_AT);
    const id = await createReminder(world, 'alice', 'x');
    let calls = 0;
    const openapi = fakeOpenApi({ failWith: () => (++calls === 1 ? new Error('socket hang up') : undefined) });
    await dispatchDue(world.as(null, openapi), FAST);
    world.clock.now = new Date((await reminderDoc(world, id)).nextAttemptAt);
    await dispatchDue(world.as(null, openapi), FAST);
    expect(await reminderDoc(world, id)).toMatchObject({ state: 'sent', attempts: 1, lastError: null });
    expect(openapi.delivered).toHaveLength(1);
  });
});

/** Records every find on the reminders collection. */
function spyingStore(store: Store, reads: Array<{ limit?: number; found: number }>): Store {
  return {
    collection<T extends Doc>(name: string): Collection<T> {
      const inner = store.collection<T>(name);
      return {
        ...inner,
        async find(query, options) {
          const found = await inner.find(query, options);
          if (name === REMINDERS) reads.push({ limit: options?.limit, found: found.length });
          return found;
        },
      };
    },
  };
}

describe('many reminders', () => {
  it('pages a backlog beyond 100 with reads of at most 100, and sends each once', async () => {
    const reads: Array<{ limit?: number; found: number }> = [];
    const world = testWorld(SEND_AT, spyingStore(new NedbStore(), reads));
    await seedDueReminders(world.store, 250, new Date(SEND_AT));
    const openapi = fakeOpenApi();
    const summary = await dispatchDue(world.as(null, openapi), { concurrency: 20 });
    expect(summary).toMatchObject({ claimed: 250, sent: 250, outOfTime: false });
    expect(new Set(openapi.delivered.map(titleOf)).size).toBe(250);
    expect(reads.filter((r) => r.found > 0).length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...reads.map((r) => r.found))).toBeLessThanOrEqual(100);
    expect(reads.every((r) => r.limit !== undefined && r.limit <= 100)).toBe(true);
  });

  it('two dispatchers on one store at once never send a reminder twice', async () => {
    const store = new NedbStore();
    const world = testWorld(SEND_AT, store);
    await seedDueReminders(store, 300, new Date(SEND_AT));
    const sends = new Map<string, number>();
    const openapi = fakeOpenApi({ latencyMs: 2 });
    const counting = {
      async sendSubscribeMessage(message: Parameters<typeof openapi.sendSubscribeMessage>[0]) {
        sends.set(titleOf(message), (sends.get(titleOf(message)) ?? 0) + 1);
        await openapi.sendSubscribeMessage(message);
      },
    };
    const [a, b] = await Promise.all([
      dispatchDue(world.as(null, counting), { concurrency: 10, runId: 'instance-a' }),
      dispatchDue(world.as(null, counting), { concurrency: 10, runId: 'instance-b' }),
    ]);
    expect(sends.size).toBe(300);
    expect([...sends.values()].every((n) => n === 1)).toBe(true);
    expect(a.sent + b.sent).toBe(300);
    // Both really ran against the same reminders: each sent some and lost some races to the other.
    expect(a.sent).toBeGreaterThan(0);
    expect(b.sent).toBeGreaterThan(0);
    expect(a.lostRaces + b.lostRaces).toBeGreaterThan(0);
    expect(await store.collection(REMINDERS).count({ state: 'sent' })).toBe(300);
  });

  it('returns the claims of a dead dispatcher to pending, and leaves live claims alone', async () => {
    const world = testWorld(SEND_AT);
    await seedDueReminders(world.store, 2, new Date(SEND_AT));
    const reminders = world.store.collection<ReminderDoc>(REMINDERS);
    const [dead, live] = await reminders.find({}, { sort: { _id: 1 } });
    const second = 1000;
    await reminders.update(
      { _id: dead._id },
      { state: 'sending', claimedBy: 'dead-run', claimedUntil: new Date(Date.parse(SEND_AT) - second).toISOString() },
    );
    await reminders.update(
      { _id: live._id },
      { state: 'sending', claimedBy: 'live-run', claimedUntil: new Date(Date.parse(SEND_AT) + second).toISOString() },
    );
    const openapi = fakeOpenApi();
    const summary = await dispatchDue(world.as(null, openapi), FAST);
    expect(summary).toMatchObject({ released: 1, sent: 1 });
    expect(openapi.delivered.map(titleOf)).toEqual([dead.title]);
    expect(await reminderDoc(world, dead._id)).toMatchObject({ state: 'sent', attempts: 0 });
    expect(await reminderDoc(world, live._id)).toMatchObject({ state: 'sending', claimedBy: 'live-run' });
  });

  it('stops claiming when its time is up and leaves the rest pending for the next run', async () => {
    const world = testWorld(SEND_AT);
    await seedDueReminders(world.store, 20, new Date(SEND_AT));
    const openapi = fakeOpenApi({ latencyMs: 30 });
    const first = await dispatchDue(world.as(null, openapi), { concurrency: 1, budgetMs: 100 });
    expect(first.outOfTime).toBe(true);
    expect(first.sent).toBeGreaterThan(0);
    expect(first.sent).toBeLessThan(20);
    const reminders = world.store.collection<ReminderDoc>(REMINDERS);
    expect(await reminders.count({ state: 'sending' })).toBe(0);
    expect(await reminders.count({ state: 'pending' })).toBe(20 - first.sent);
    const second = await dispatchDue(world.as(null, openapi), { concurrency: 5 });
    expect(second).toMatchObject({ sent: 20 - first.sent, outOfTime: false });
  });
});

describe('dispatch handler', () => {
  it('refuses any caller with an identity: only the timer may run it', async () => {
    const world = testWorld(SEND_AT);
    await seedDueReminders(world.store, 1, new Date(SEND_AT));
    const openapi = fakeOpenApi();
    expect(await dispatchHandler({}, world.as('someone', openapi))).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(openapi.attempts).toBe(0);
    expect(await dispatchHandler({ Type: 'timer' }, world.as(null, openapi))).toMatchObject({ sent: 1 });
  });
});

describe('the time budget follows the real timeout (weapp audit 3, W2)', () => {
  it('reads the time limit the platform passes with an invocation, and ignores anything unusable', () => {
    expect(timeLimitOf({ time_limit_in_ms: 3000 })).toBe(3000);
    expect(timeLimitOf({ time_limit_in_ms: '60000' })).toBe(60_000);
    for (const context of [undefined, null, {}, { time_limit_in_ms: 0 }, { time_limit_in_ms: 'soon' }])
      expect(timeLimitOf(context)).toBeUndefined();
  });

  it('derives budget and lease from that limit, else from the configured timeout (cloudbaserc.json)', () => {
    // The platform's default 3 s (a DevTools upload that never set 超时时间): claim for 1.5 s, leases of 6 s.
    expect(dispatchOptionsFor(3000, {})).toMatchObject({ budgetMs: 1500, leaseMs: 6000 });
    expect(dispatchOptionsFor(20_000, {})).toMatchObject({ budgetMs: 10_000, leaseMs: 40_000 });
    expect(CONFIGURED_TIMEOUT_S).toBe(60);
    expect(dispatchOptionsFor(undefined, {})).toEqual(DISPATCH_DEFAULTS);
    expect(dispatchOptionsFor(undefined, { DISPATCH_CONCURRENCY: '7' })).toEqual({
      ...DISPATCH_DEFAULTS,
      concurrency: 7,
    });
  });

  it('a run given a short limit stops claiming within its budget, and records every reminder it claimed', async () => {
    const world = testWorld(CREATED);
    await seedDueReminders(world.store, 600, new Date(SEND_AT), 'short');
    world.clock.now = new Date(Date.parse(SEND_AT) + 60_000);
    const openapi = fakeOpenApi({ latencyMs: 100 });
    const ctx = Object.assign(world.as(null, openapi), { timeLimitMs: 400 });
    const started = Date.now();
    const summary = (await dispatchHandler({}, ctx)) as any;
    // Budget 200 ms: a few rounds of 100 sends of 100 ms each, then the sends in flight finish.
    expect(summary.outOfTime).toBe(true);
    expect(summary.claimed).toBeGreaterThan(0);
    expect(summary.claimed).toBeLessThan(600);
    expect(Date.now() - started).toBeLessThan(5000);
    const reminders = world.store.collection<ReminderDoc>(REMINDERS);
    expect(summary.sent).toBe(summary.claimed);
    expect(await reminders.count({ state: 'sent' })).toBe(summary.claimed);
    expect(await reminders.count({ state: 'sending' })).toBe(0);
    expect(await reminders.count({ state: 'pending' })).toBe(600 - summary.claimed);
  });
});

describe('the due feed reads pages with a resumeAfter hint', () => {
  it('passes the last _id of each page, and is exhausted only when a read without the hint finds nothing', async () => {
    const world = testWorld(CREATED);
    const calls: Array<string | undefined> = [];
    // A store that honours the hint strictly: nothing after 'b'; but 'a' became due behind the feed's position.
    const docs = [{ _id: 'b' }] as ReminderDoc[];
    const reminders = {
      async find(_query: unknown, options: { resumeAfter?: string } = {}) {
        calls.push(options.resumeAfter);
        const found = docs.filter((d) => options.resumeAfter === undefined || d._id > options.resumeAfter);
        docs.length = 0;
        if (calls.length === 2) docs.push({ _id: 'a' } as ReminderDoc);
        return found;
      },
    } as unknown as Collection<ReminderDoc>;
    const feed = dueFeed(reminders, world.as(null), 100);
    expect((await feed.next())?._id).toBe('b');
    expect((await feed.next())?._id).toBe('a');
    expect(await feed.next()).toBeUndefined();
    expect(feed.exhausted).toBe(true);
    expect(calls).toEqual([undefined, 'b', undefined, 'a', undefined]);
  });

  it('the local store starts an unsorted read after the hint', async () => {
    const store = new NedbStore();
    await seedDueReminders(store, 5, new Date(SEND_AT), 'h');
    const reminders = store.collection<ReminderDoc>(REMINDERS);
    const all = await reminders.find({ state: 'pending' });
    expect(all.map((d) => d._id)).toEqual(['h-000000', 'h-000001', 'h-000002', 'h-000003', 'h-000004']);
    const after = await reminders.find({ state: 'pending' }, { resumeAfter: 'h-000002' });
    expect(after.map((d) => d._id)).toEqual(['h-000003', 'h-000004']);
    // With a sort the hint is not used.
    expect(await reminders.find({ state: 'pending' }, { resumeAfter: 'h-000002', sort: { _id: -1 } })).toHaveLength(5);
  });
});

describe('configuration errors stop the run, and the log says what to fix (weapp audit 3: W1, W8, W11, W14)', () => {
  const noPermission = (code: number) =>
    wxError(code, `openapi.subscribeMessage.send:fail ${code} function has no permission to call this API`);

  it.each([-604101, -604100])(
    '%d (no 云调用 permission): logged once, no attempt counted, the run stops, the next run sends them all',
    async (code) => {
      const world = testWorld(SEND_AT);
      await seedDueReminders(world.store, 30, new Date(SEND_AT));
      const before = await world.store.collection<ReminderDoc>(REMINDERS).find({}, { limit: 100 });
      const refusing = fakeOpenApi({ latencyMs: 2, failWith: () => noPermission(code) });
      const summary = await dispatchDue(world.as(null, refusing), { concurrency: 4 });
      // Only the sends already in flight when the first answer came back were tried: the run stopped claiming.
      expect(refusing.attempts).toBeGreaterThan(0);
      expect(refusing.attempts).toBeLessThanOrEqual(4);
      expect(summary).toMatchObject({ sent: 0, failed: 0, refused: 0, retried: 0, configError: code });
      const reminders = world.store.collection<ReminderDoc>(REMINDERS);
      // Every reminder is pending again, its attempts and due time untouched, no claim left behind.
      expect(await reminders.count({ state: 'pending', attempts: 0 })).toBe(30);
      for (const doc of await reminders.find({}, { limit: 100 })) {
        expect(doc.claimedBy).toBeNull();
        expect(doc.nextAttemptAt).toBe(before.find((d) => d._id === doc._id)!.nextAttemptAt);
        expect(doc.outcomeUnknown ?? false).toBe(false);
      }
      const loud = world.logs.filter((l) => l.includes(String(code)));
      expect(loud).toHaveLength(1);
      expect(loud[0]).toMatch(/subscribeMessage\.send/);
      expect(loud[0]).toContain('docs/deploy.md');

      // Once the permission is there (the DevTools upload), the next run sends every one of them.
      const working = fakeOpenApi();
      expect(await dispatchDue(world.as(null, working), { concurrency: 4 })).toMatchObject({
        sent: 30,
        configError: null,
      });
    },
  );

  it('a run without any configuration error reports configError null', async () => {
    const world = testWorld(SEND_AT);
    await seedDueReminders(world.store, 3, new Date(SEND_AT));
    expect(await dispatchDue(world.as(null, fakeOpenApi()), FAST)).toMatchObject({ sent: 3, configError: null });
  });

  it('47003: one hint per run naming the keys sent and REMINDER_TEMPLATE_FIELDS, without the user’s text', async () => {
    const world = testWorld(SEND_AT);
    await createReminder(world, 'alice', '缴纳居民医保');
    await createReminder(world, 'bob', '补缴职工医保');
    const openapi = fakeOpenApi({ failWith: () => wxError(47003, 'argument invalid! data.thing4.value is empty') });
    expect(await dispatchDue(world.as(null, openapi), FAST)).toMatchObject({ failed: 2 });
    const hints = world.logs.filter((l) => l.includes('47003'));
    expect(hints).toHaveLength(1);
    for (const key of Object.values(REMINDER_FIELDS)) expect(hints[0]).toContain(key);
    expect(hints[0]).toContain('REMINDER_TEMPLATE_FIELDS');
    expect(hints[0]).toContain('docs/deploy.md');
    expect(hints[0]).not.toMatch(/缴纳居民医保|补缴职工医保/);
  });

  it('concurrency is 10 when DISPATCH_CONCURRENCY is unset (the basic plan allows 20 connections)', () => {
    expect(DISPATCH_DEFAULTS.concurrency).toBe(10);
    expect(dispatchOptionsFor(undefined, {}).concurrency).toBe(10);
    expect(dispatchOptionsFor(undefined, { DISPATCH_CONCURRENCY: 'lots' }).concurrency).toBe(10);
    expect(dispatchOptionsFor(undefined, { DISPATCH_CONCURRENCY: '30' }).concurrency).toBe(30);
  });

  it('every cloud run logs which version the messages open (MINIPROGRAM_STATE), once', async () => {
    const world = testWorld(SEND_AT);
    const trial = Object.assign(fakeOpenApi(), { miniprogramState: 'trial' as const });
    await dispatchHandler({}, world.as(null, trial)); // nothing due
    await seedDueReminders(world.store, 3, new Date(SEND_AT));
    await dispatchHandler({}, world.as(null, trial));
    const lines = world.logs.filter((l) => l.includes('miniprogramState'));
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.includes('"miniprogramState":"trial"'))).toBe(true);
    // …and the budget it took from the time limit (W2: a console timeout left at 3 s shows as 1500).
    expect(lines.every((l) => l.includes(`"budgetMs":${DISPATCH_DEFAULTS.budgetMs}`))).toBe(true);
    // The local runtime (no version) keeps quiet when nothing happened.
    const local = testWorld(SEND_AT);
    await dispatchHandler({}, local.as(null, fakeOpenApi()));
    expect(local.logs).toEqual([]);
  });
});
