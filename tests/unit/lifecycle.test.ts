// Data over time: lists always show every pending reminder and live share however many ended ones exist; the
// timed trigger purges by RETENTION_DAYS (just inside kept, just outside gone); "还有 N 天" is counted on the day
// of sending; a resend answering 43101 after an unknown outcome is recorded as sent (unconfirmed), not refused;
// the dispatcher's budget comes from its configured timeout. Time-sensitive: runs in three zones.
import dispatchConfig from '../../cloudfunctions/dispatch/config.json';
import { DISPATCH_DEFAULTS, dispatchDue, FINISH_MARGIN_MS, timingFor } from '../../functions/dispatch/dispatcher';
import { purgeExpired, RETENTION_DAYS } from '../../functions/dispatch/retention';
import { evaluateHandler } from '../../functions/evaluate/handler';
import { MAX_ENDED_PER_USER, remindersHandler } from '../../functions/reminders/handler';
import { REMINDERS, type ReminderDoc } from '../../functions/reminders/model';
import { parseReminderFields, REMINDER_FIELDS } from '../../functions/reminders/template';
import { OUTBOX } from '../../functions/shared/collections';
import { MAX_REVOKED_SHARES_PER_USER, shareHandler, SHARES } from '../../functions/share/handler';
import { testWorld } from './support/context';
import { fakeOpenApi, wxError } from './support/fake-openapi';

const NOW = '2026-11-23T02:00:00Z';
const DAY = 86_400_000;
const reminder = (due: string, title = `r ${due}`) => ({
  action: 'create',
  actionKey: 'backpay-deadline',
  title,
  due,
  leadDays: 0,
  accepted: true,
});
const situation = {
  asOf: '2026-09-15',
  city: '武汉',
  periods: [{ scheme: 'employee', from: '2018-01', to: '2026-07' }],
};

describe('lists', () => {
  it('show every pending reminder however many cancelled ones sort before it', async () => {
    const world = testWorld(NOW);
    const alice = world.as('alice');
    const early = (await remindersHandler(reminder('2026-12-01', 'early'), alice)) as any;
    for (let i = 0; i < 120; i++) {
      const r = (await remindersHandler(reminder('2027-06-30', `c${i}`), alice)) as any;
      await remindersHandler({ action: 'cancel', id: r.reminder.id }, alice);
    }
    const late = (await remindersHandler(reminder('2027-07-31', 'late'), alice)) as any;
    const { reminders } = (await remindersHandler({ action: 'list' }, alice)) as any;
    // Ended ones are also bounded per user (probe 3, P62): the two pending plus the latest MAX_ENDED_PER_USER.
    expect(reminders).toHaveLength(2 + MAX_ENDED_PER_USER);
    const pending = reminders.filter((r: any) => r.state === 'pending').map((r: any) => r.id);
    expect(pending).toEqual([early.reminder.id, late.reminder.id]);
    // soonest first
    expect(reminders.map((r: any) => r.sendAt)).toEqual([...reminders.map((r: any) => r.sendAt)].sort());
  });

  it('show every live share however many revoked ones are newer', async () => {
    const world = testWorld(NOW);
    const alice = world.as('alice');
    const live = (await shareHandler({ action: 'create', situation }, alice)) as any;
    for (let i = 0; i < 110; i++) {
      world.clock.now = new Date(Date.parse(NOW) + (i + 1) * 1000);
      const s = (await shareHandler({ action: 'create', situation }, alice)) as any;
      await shareHandler({ action: 'revoke', token: s.token }, alice);
    }
    const { shares } = (await shareHandler({ action: 'list' }, alice)) as any;
    // Revoked ones are also bounded per user (probe 3, P62): the live one plus the latest MAX_REVOKED_SHARES_PER_USER.
    expect(shares).toHaveLength(1 + MAX_REVOKED_SHARES_PER_USER);
    expect(shares.filter((s: any) => !s.revoked).map((s: any) => s.token)).toEqual([live.token]);
  });
});

describe('retention (timed trigger)', () => {
  it('purges each kind of data exactly after its documented time', async () => {
    const world = testWorld(NOW);
    const alice = world.as('alice');
    await evaluateHandler(situation, alice);
    const r = (await remindersHandler(reminder('2026-12-31'), alice)) as any;
    await remindersHandler({ action: 'cancel', id: r.reminder.id }, alice);
    const pending = (await remindersHandler(reminder('2027-06-30'), alice)) as any;
    const s = (await shareHandler({ action: 'create', situation }, alice)) as any;
    await shareHandler({ action: 'revoke', token: s.token }, alice);
    await world.store
      .collection(OUTBOX)
      .insert({ _id: 'm', touser: 'alice', sentAt: new Date(NOW).toISOString(), data: {} });
    const at = (days: number, extraMs = 0) => (world.clock.now = new Date(Date.parse(NOW) + days * DAY + extraMs));

    at(RETENTION_DAYS.shares);
    expect(await purgeExpired(world.as(null))).toEqual({ history: 0, reminders: 0, shares: 0, outbox: 0 });
    at(RETENTION_DAYS.shares, 1);
    expect((await purgeExpired(world.as(null))).shares).toBe(1);
    at(RETENTION_DAYS.endedReminders);
    expect(await purgeExpired(world.as(null))).toMatchObject({ reminders: 0, outbox: 0 });
    at(RETENTION_DAYS.endedReminders, 1);
    expect(await purgeExpired(world.as(null))).toMatchObject({ reminders: 1, outbox: 1 });
    expect(await world.store.collection(REMINDERS).count({ _id: pending.reminder.id })).toBe(1);
    at(RETENTION_DAYS.history);
    expect((await purgeExpired(world.as(null))).history).toBe(0);
    at(RETENTION_DAYS.history, 1);
    expect((await purgeExpired(world.as(null))).history).toBe(1);
    expect(await world.store.collection(SHARES).count({})).toBe(0);
  });
});

describe('sending', () => {
  it('counts "还有 N 天" from the day the message actually goes out', async () => {
    const world = testWorld(NOW);
    const created = (await remindersHandler({ ...reminder('2026-12-31'), leadDays: 7 }, world.as('alice'))) as any;
    world.clock.now = new Date(created.reminder.sendAt);
    let fail = true;
    const openapi = fakeOpenApi({ failWith: () => (fail ? wxError(-1, 'system busy') : undefined) });
    await dispatchDue(world.as(null, openapi));
    fail = false;
    // retried two days later (an outage): 5 days left, not 7
    world.clock.now = new Date(Date.parse(created.reminder.sendAt) + 2 * DAY);
    await dispatchDue(world.as(null, openapi));
    expect(openapi.delivered).toHaveLength(1);
    expect(openapi.delivered[0].data[REMINDER_FIELDS.note].value).toBe('还有5天截止，请及时办理');
  });

  it('records a 43101 after an unknown outcome as sent (unconfirmed), a first 43101 as refused', async () => {
    const world = testWorld(NOW);
    const a = (await remindersHandler(reminder('2026-12-31', 'a'), world.as('alice'))) as any;
    const b = (await remindersHandler(reminder('2026-12-31', 'b'), world.as('alice'))) as any;
    world.clock.now = new Date(a.reminder.sendAt);
    let round = 0;
    const openapi = fakeOpenApi({
      failWith: (m) => {
        const title = m.data[REMINDER_FIELDS.title].value;
        if (title === 'a') return round === 0 ? wxError(-1, 'timeout') : wxError(43101);
        return wxError(43101);
      },
    });
    await dispatchDue(world.as(null, openapi));
    round = 1;
    world.clock.now = new Date(Date.parse(a.reminder.sendAt) + 10 * 60_000);
    await dispatchDue(world.as(null, openapi));
    const get = (id: string) => world.store.collection<ReminderDoc>(REMINDERS).get(id);
    expect(await get(a.reminder.id)).toMatchObject({ state: 'sent', unconfirmed: true });
    expect(await get(b.reminder.id)).toMatchObject({ state: 'refused' });
    const { reminders } = (await remindersHandler({ action: 'list' }, world.as('alice'))) as any;
    expect(reminders.find((r: any) => r.id === a.reminder.id)).toMatchObject({ state: 'sent', unconfirmed: true });
  });

  it('stops claiming FINISH_MARGIN_MS before the configured timeout; a lease outlives it', () => {
    expect(dispatchConfig.timeout).toBe(60);
    expect(DISPATCH_DEFAULTS.budgetMs).toBe(dispatchConfig.timeout * 1000 - FINISH_MARGIN_MS);
    expect(DISPATCH_DEFAULTS.leaseMs).toBeGreaterThan(dispatchConfig.timeout * 1000);
    expect(timingFor(20).budgetMs).toBe(10_000);
  });
});

describe('template field keys (configuration)', () => {
  it('accepts keys of the types the code needs and refuses others', () => {
    expect(parseReminderFields(undefined)).toEqual({ fields: REMINDER_FIELDS });
    expect(parseReminderFields('title=thing4, due=date1, note=thing2')).toEqual({
      fields: { title: 'thing4', due: 'date1', note: 'thing2' },
    });
    for (const bad of [
      'title=thing1,due=thing2,note=thing3',
      'title=thing1,due=date2',
      'title=thing1,due=date2,note=thing1',
      'title=thing1,due=date2,note=thing3,x=thing9',
    ]) {
      expect(parseReminderFields(bad)).toHaveProperty('problem');
    }
  });
});

describe('malformed events', () => {
  it.each(['list', 5, true, ['list'], [{ action: 'list' }]])(
    'reminders, share, history and account refuse %j like history always did',
    async (event) => {
      const world = testWorld(NOW);
      const { historyHandler } = await import('../../functions/history/handler');
      const { accountHandler } = await import('../../functions/account/handler');
      for (const handler of [remindersHandler, shareHandler, historyHandler, accountHandler]) {
        expect(await handler(event, world.as('alice'))).toEqual({
          error: { code: 'INVALID_INPUT', field: '', message: '请求内容必须是一个 JSON 对象' },
        });
      }
    },
  );

  it('treats a missing event as an empty one (the default action)', async () => {
    const world = testWorld(NOW);
    expect(await remindersHandler(undefined, world.as('alice'))).toEqual({ reminders: [] });
    expect(await shareHandler(null, world.as('alice'))).toEqual({ shares: [] });
  });
});
