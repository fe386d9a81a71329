// The reminders function: create / list / cancel, per caller; validation with the field named; the template's
// field limits; the send time in China time. Time-sensitive: also runs under TZ=Asia/Shanghai and
// TZ=America/New_York (scripts/test.mjs).
import { checkTemplateData } from '../../functions/platform/subscribe-fields';
import { MAX_PENDING_PER_USER, remindersHandler, remindersHandlerWith } from '../../functions/reminders/handler';
import { REMINDERS, type ReminderDoc } from '../../functions/reminders/model';
import { reminderSendAt } from '../../functions/reminders/schedule';
import { LOCAL_REMINDER_TEMPLATE_ID, REMINDER_FIELDS, REMINDER_PAGE } from '../../functions/reminders/template';
import { shorten } from '../../functions/shared/text';
import { testWorld } from './support/context';
import { CREATE_REMINDER } from './support/fixtures';
import { configuredPages } from './support/app-pages';

// 10:00 on 23 November 2026 in China.
const NOW = '2026-11-23T02:00:00Z';
const create = (over: Record<string, unknown> = {}) => ({ ...CREATE_REMINDER, ...over });

it('a reminder of the day cover starts says so, not 截止 (copy review L10)', async () => {
  const world = testWorld(NOW);
  const result = (await remindersHandler(
    create({ actionKey: 'waiting-ends', title: '2027年1月1日起医保开始报销', due: '2027-01-01' }),
    world.as('alice'),
  )) as any;
  const doc = (await world.store.collection<ReminderDoc>(REMINDERS).get(result.reminder.id))!;
  expect(doc.message.data[REMINDER_FIELDS.note].value).toBe('再过7天就能报销');
  expect(JSON.stringify(doc.message)).not.toContain('截止');
});

describe('create', () => {
  it('stores a pending reminder for the caller, sent at 09:00 China time leadDays before due', async () => {
    const world = testWorld(NOW);
    const result = (await remindersHandler(create(), world.as('alice'))) as any;
    expect(result.reminder).toMatchObject({
      actionKey: 'resident-window',
      title: '在 12月31日 前缴纳 2027 年居民医保',
      due: '2026-12-31',
      leadDays: 7,
      sendAt: '2026-12-24T01:00:00.000Z',
      state: 'pending',
    });
    const doc = (await world.store.collection<ReminderDoc>(REMINDERS).get(result.reminder.id))!;
    expect(doc.owner).toBe('alice');
    expect(doc.message).toEqual({
      templateId: LOCAL_REMINDER_TEMPLATE_ID,
      page: REMINDER_PAGE,
      data: {
        [REMINDER_FIELDS.title]: { value: '缴纳2027年居民医保' }, // the action; the date is the due field (copy review 3 N32)
        [REMINDER_FIELDS.due]: { value: '2026年12月31日' },
        [REMINDER_FIELDS.note]: { value: '还有7天截止，请及时办理' },
      },
    });
  });

  it('takes the owner only from the context, never from the event', async () => {
    const world = testWorld(NOW);
    const forged = create({
      owner: 'alice',
      openid: 'alice',
      _openid: 'alice',
      OPENID: 'alice',
      userInfo: { openId: 'alice' },
    });
    const result = (await remindersHandler(forged, world.as('bob'))) as any;
    const doc = (await world.store.collection<ReminderDoc>(REMINDERS).get(result.reminder.id))!;
    expect(doc.owner).toBe('bob');
    for (const forgedKey of ['openid', '_openid', 'OPENID', 'userInfo']) expect(doc).not.toHaveProperty(forgedKey);
    expect(((await remindersHandler({ action: 'list', owner: 'bob' }, world.as('alice'))) as any).reminders).toEqual(
      [],
    );
  });

  it('stores nothing when the subscription was not accepted', async () => {
    const world = testWorld(NOW);
    expect(await remindersHandler(create({ accepted: false }), world.as('alice'))).toMatchObject({
      error: { code: 'NOT_ACCEPTED' },
    });
    expect(await world.store.collection(REMINDERS).count({})).toBe(0);
  });

  it('refuses a caller without identity', async () => {
    expect(await remindersHandler(create(), testWorld(NOW).as(null))).toMatchObject({
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it.each([
    ['actionKey', { actionKey: '' }],
    ['actionKey', { actionKey: 'no spaces please' }],
    ['title', { title: '   ' }],
    ['title', { title: '长'.repeat(61) }],
    ['due', { due: '2026-02-30' }],
    ['due', { due: '2026/12/31' }],
    ['due', { due: undefined }],
    ['leadDays', { leadDays: 31 }],
    ['leadDays', { leadDays: -1 }],
    ['leadDays', { leadDays: 2.5 }],
    ['leadDays', { leadDays: '7' }],
    ['accepted', { accepted: 'accept' }],
    ['action', { action: 'delete' }],
  ])('answers INVALID_INPUT naming %s for %j, and stores nothing', async (field, over) => {
    const world = testWorld(NOW);
    const result = (await remindersHandler(create(over), world.as('alice'))) as any;
    expect(result.error).toMatchObject({ code: 'INVALID_INPUT', field });
    expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await world.store.collection(REMINDERS).count({})).toBe(0);
  });

  it('accepts the boundaries: 60-character title, 0 and 30 lead days', async () => {
    const world = testWorld(NOW);
    for (const over of [{ title: '长'.repeat(60) }, { leadDays: 0 }, { leadDays: 30 }]) {
      expect(((await remindersHandler(create(over), world.as('alice'))) as any).reminder.state).toBe('pending');
    }
  });

  it('refuses a past deadline, one too far ahead, and one with no 09:00 left', async () => {
    const world = testWorld(NOW);
    const past = (await remindersHandler(create({ due: '2026-11-22' }), world.as('a'))) as any;
    expect(past.error).toMatchObject({ code: 'INVALID_INPUT', field: 'due' });
    expect(past.error.message).toContain('已经过去');
    const far = (await remindersHandler(create({ due: '2028-12-31' }), world.as('a'))) as any;
    expect(far.error).toMatchObject({ code: 'INVALID_INPUT', field: 'due' });
    // Due today, and today's 09:00 has passed (it is 10:00 in China).
    const today = (await remindersHandler(create({ due: '2026-11-23', leadDays: 0 }), world.as('a'))) as any;
    expect(today.error).toMatchObject({ code: 'INVALID_INPUT', field: 'due' });
    expect(today.error.message).toContain('9:00');
  });

  it(`keeps at most ${MAX_PENDING_PER_USER} pending reminders per user`, async () => {
    const world = testWorld(NOW);
    for (let i = 0; i < MAX_PENDING_PER_USER; i++) await remindersHandler(create(), world.as('alice'));
    expect(await remindersHandler(create(), world.as('alice'))).toMatchObject({ error: { code: 'LIMIT_REACHED' } });
    expect(((await remindersHandler(create(), world.as('bob'))) as any).reminder).toBeDefined();
  });

  it('creates nothing where the template id is not configured (a cloud deployment without REMINDER_TEMPLATE_ID)', async () => {
    const world = testWorld(NOW);
    const handler = remindersHandlerWith({ templateId: null });
    expect(await handler(create(), world.as('alice'))).toMatchObject({ error: { code: 'INTERNAL' } });
    expect(await handler({ action: 'template' }, world.as('alice'))).toMatchObject({ error: { code: 'INTERNAL' } });
    expect(await world.store.collection(REMINDERS).count({})).toBe(0);
    expect(await remindersHandler({ action: 'template' }, world.as('alice'))).toEqual({
      templateId: LOCAL_REMINDER_TEMPLATE_ID,
      fields: REMINDER_FIELDS,
    });
  });
});

describe('the template fields', () => {
  const titleOf = async (title: string) => {
    const world = testWorld(NOW);
    const { reminder } = (await remindersHandler(create({ title }), world.as('alice'))) as any;
    return (await world.store.collection<ReminderDoc>(REMINDERS).get(reminder.id))!.message.data[REMINDER_FIELDS.title]
      .value;
  };

  it('keeps a 20-character title as it is and shortens a 21-character one to 20 with an ellipsis', async () => {
    const twenty = '一二三四五六七八九十一二三四五六七八九十';
    expect(await titleOf(twenty)).toBe(twenty);
    const shortened = await titleOf(`${twenty}多`);
    expect(Array.from(shortened)).toHaveLength(20);
    expect(shortened).toBe('一二三四五六七八九十一二三四五六七八九…');
  });

  it('drops the spaces around numbers and then a trailing remark before cutting', () => {
    expect(shorten('在 12月31日 前缴纳 2027 年居民医保', 20)).toBe('在12月31日前缴纳2027年居民医保');
    expect(shorten('在 11月30日 前补缴断缴月份的医保（以灵活就业身份或由新单位补缴）', 20)).toBe(
      '在11月30日前补缴断缴月份的医保',
    );
    expect(shorten('Pay the 2027 resident insurance by Dec 31', 20)).toBe('Pay the 2027 reside…');
  });

  it('counts characters, not UTF-16 units: 20 emoji fit', async () => {
    expect(await titleOf('🎉'.repeat(20))).toBe('🎉'.repeat(20));
  });

  it('checks every field against the limits of its type', () => {
    expect(checkTemplateData({ thing1: { value: '字'.repeat(20) } })).toBeNull();
    expect(checkTemplateData({ thing1: { value: '字'.repeat(21) } })?.key).toBe('thing1');
    expect(checkTemplateData({ thing1: { value: '' } })?.key).toBe('thing1');
    expect(checkTemplateData({ phrase3: { value: '即将截止了' } })).toBeNull();
    expect(checkTemplateData({ phrase3: { value: '马上就要截止' } })?.reason).toContain('5 个以内汉字');
    expect(checkTemplateData({ phrase3: { value: 'soon' } })?.key).toBe('phrase3');
    expect(checkTemplateData({ date2: { value: '2026年12月31日' } })).toBeNull();
    expect(checkTemplateData({ date2: { value: '2026-12-31' } })).toBeNull();
    expect(checkTemplateData({ date2: { value: '12/31/2026' } })?.key).toBe('date2');
    expect(checkTemplateData({ number4: { value: '12a' } })?.key).toBe('number4');
    expect(checkTemplateData({ mystery5: { value: 'x' } })?.reason).toContain('未知');
  });

  it('says how many days are left in the note, from the day it is sent', async () => {
    const world = testWorld(NOW);
    // 7 days before 25 November has passed: sent tomorrow at 09:00, one day before the deadline.
    const { reminder } = (await remindersHandler(create({ due: '2026-11-25' }), world.as('a'))) as any;
    expect(reminder.sendAt).toBe('2026-11-24T01:00:00.000Z');
    const doc = (await world.store.collection<ReminderDoc>(REMINDERS).get(reminder.id))!;
    expect(doc.message.data[REMINDER_FIELDS.note].value).toBe('还有1天截止，请及时办理');
  });
});

it('opens a page the mini-program has (else WeChat refuses every send with 41030)', () => {
  expect(configuredPages()).toContain(REMINDER_PAGE);
});

describe('sendAt: 09:00 China time, whatever the host zone', () => {
  const at = (due: string, lead: number, now: string) =>
    reminderSendAt(due, lead, new Date(now))?.toISOString() ?? null;

  it('is 01:00 UTC on due − leadDays', () => {
    expect(at('2026-12-31', 7, NOW)).toBe('2026-12-24T01:00:00.000Z');
    expect(at('2027-03-01', 1, NOW)).toBe('2027-02-28T01:00:00.000Z');
    expect(at('2028-03-01', 1, NOW)).toBe('2028-02-29T01:00:00.000Z');
  });

  it('takes the exact moment as not yet passed', () => {
    expect(at('2026-11-30', 7, '2026-11-23T01:00:00Z')).toBe('2026-11-23T01:00:00.000Z');
  });

  it('moves a passed slot to the next 09:00 in China, not in UTC or in the host zone', () => {
    // 07:30 in China (23:30 UTC the day before): today's 09:00 is still ahead.
    expect(at('2026-11-23', 5, '2026-11-22T23:30:00Z')).toBe('2026-11-23T01:00:00.000Z');
    // 00:30 in China on the 23rd, still the 22nd in UTC and in New York.
    expect(at('2026-11-24', 5, '2026-11-22T16:30:00Z')).toBe('2026-11-23T01:00:00.000Z');
    // 10:00 in China: tomorrow.
    expect(at('2026-11-24', 5, NOW)).toBe('2026-11-24T01:00:00.000Z');
  });

  it('never sends after the deadline day: none left after 09:00 on the day itself', () => {
    expect(at('2026-11-23', 0, '2026-11-23T00:59:59Z')).toBe('2026-11-23T01:00:00.000Z');
    expect(at('2026-11-23', 0, '2026-11-23T01:00:01Z')).toBeNull();
  });
});

describe('list and cancel', () => {
  it("lists only the caller's reminders, soonest first", async () => {
    const world = testWorld(NOW);
    await remindersHandler(create({ due: '2026-12-31', title: 'later' }), world.as('alice'));
    await remindersHandler(create({ due: '2026-12-10', title: 'sooner' }), world.as('alice'));
    await remindersHandler(create({ title: "bob's" }), world.as('bob'));
    const alice = (await remindersHandler({ action: 'list' }, world.as('alice'))) as any;
    expect(alice.reminders.map((r: any) => r.title)).toEqual(['sooner', 'later']);
    expect(((await remindersHandler({}, world.as('bob'))) as any).reminders.map((r: any) => r.title)).toEqual([
      "bob's",
    ]);
  });

  it("cancels the caller's own pending reminder; another user gets NOT_FOUND and changes nothing", async () => {
    const world = testWorld(NOW);
    const { reminder } = (await remindersHandler(create(), world.as('alice'))) as any;
    const bob = (await remindersHandler({ action: 'cancel', id: reminder.id, owner: 'alice' }, world.as('bob'))) as any;
    expect(bob.error).toMatchObject({ code: 'NOT_FOUND' });
    expect(bob.error.message).toBe(
      ((await remindersHandler({ action: 'cancel', id: 'no-such-id' }, world.as('bob'))) as any).error.message,
    );
    expect((await world.store.collection<ReminderDoc>(REMINDERS).get(reminder.id))!.state).toBe('pending');

    const mine = (await remindersHandler({ action: 'cancel', id: reminder.id }, world.as('alice'))) as any;
    expect(mine.reminder).toMatchObject({ id: reminder.id, state: 'cancelled' });
    // Cancelling again is harmless.
    expect(
      ((await remindersHandler({ action: 'cancel', id: reminder.id }, world.as('alice'))) as any).reminder.state,
    ).toBe('cancelled');
  });

  it('does not cancel a reminder that is being sent or was sent', async () => {
    const world = testWorld(NOW);
    const { reminder } = (await remindersHandler(create(), world.as('alice'))) as any;
    await world.store.collection<ReminderDoc>(REMINDERS).update({ _id: reminder.id }, { state: 'sent' });
    const result = (await remindersHandler({ action: 'cancel', id: reminder.id }, world.as('alice'))) as any;
    expect(result.error).toMatchObject({ code: 'NOT_PENDING' });
    expect((await world.store.collection<ReminderDoc>(REMINDERS).get(reminder.id))!.state).toBe('sent');
  });

  it('answers INVALID_INPUT naming id when it is missing', async () => {
    expect(await remindersHandler({ action: 'cancel' }, testWorld(NOW).as('alice'))).toMatchObject({
      error: { code: 'INVALID_INPUT', field: 'id' },
    });
  });
});
