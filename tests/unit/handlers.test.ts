// The cloud-function handlers against the embedded store: identity only from the context, history per user,
// bad input answered with the contract's error.
import { evaluateHandler, HISTORY, HISTORY_PER_USER } from '../../functions/evaluate/handler';
import { historyHandler } from '../../functions/history/handler';
import { invoke } from '../../functions/platform/invoke';
import type { CloudContext } from '../../functions/platform/types';
import { NedbStore } from '../../local/nedb-store';

function context(openid: string | null, store = new NedbStore()): CloudContext {
  return {
    openid,
    store,
    openapi: { sendSubscribeMessage: async () => undefined },
    now: () => new Date('2026-11-23T02:00:00Z'),
    log: () => undefined,
  };
}

const situation = {
  asOf: '2026-09-15',
  city: '武汉',
  periods: [{ scheme: 'employee', from: '2018-01', to: '2026-07' }],
  gapReason: 'jobChange',
};

describe('evaluate handler', () => {
  it('answers the contract and ignores the userInfo WeChat adds to the event', async () => {
    const result = (await evaluateHandler(
      { ...situation, userInfo: { openId: 'someone-else', appId: 'x' } },
      context('u1'),
    )) as any;
    expect(result.medical.status).toBe('suspended');
    expect(result.region.adcode).toBe('420100');
  });

  it("keeps each answer in the caller's own history, never under an openid taken from the payload", async () => {
    const store = new NedbStore();
    const answered = (await evaluateHandler(
      { ...situation, openid: 'attacker', _openid: 'attacker', OPENID: 'attacker' },
      context('alice', store),
    )) as any;
    await evaluateHandler(situation, context('bob', store));
    const all = await store.collection(HISTORY).find({});
    expect(all.map((d) => d.owner).sort()).toEqual(['alice', 'bob']);
    const alice = (await historyHandler({}, context('alice', store))) as any;
    expect(alice.items).toHaveLength(1);
    expect(alice.items[0].headline.city).toBe('武汉市');
    // the history entry shows the report's own headline
    expect(alice.items[0].headline.text).toBe(answered.headline.text);
    const attacker = (await historyHandler({ owner: 'alice' }, context('attacker', store))) as any;
    expect(attacker.items).toHaveLength(0);
  });

  it('asking the same question again refreshes the entry instead of adding a copy', async () => {
    const store = new NedbStore();
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const ctx = { ...context('heidi', store), now: () => new Date((clock += 60_000)) };
    await evaluateHandler(situation, ctx);
    await evaluateHandler(
      { gapReason: 'jobChange', periods: situation.periods, city: '武汉', asOf: '2026-09-15' },
      ctx,
    );
    const docs = await store.collection(HISTORY).find({ owner: 'heidi' });
    expect(docs).toHaveLength(1);
    expect(docs[0].createdAt).toBe(new Date(clock).toISOString());
    await evaluateHandler({ ...situation, city: '上海' }, ctx);
    expect(await store.collection(HISTORY).count({ owner: 'heidi' })).toBe(2);
  });

  it('caps the history per user and drops the oldest', async () => {
    const store = new NedbStore();
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const ctx = { ...context('carol', store), now: () => new Date((clock += 60_000)) };
    for (let i = 0; i < HISTORY_PER_USER + 3; i++)
      await evaluateHandler({ ...situation, asOf: `2026-09-${String(i + 1).padStart(2, '0')}` }, ctx);
    expect(await store.collection(HISTORY).count({ owner: 'carol' })).toBe(HISTORY_PER_USER);
  });

  it('does not store invalid input, and answers INVALID_INPUT with the field', async () => {
    const store = new NedbStore();
    const result = (await evaluateHandler(
      { city: '深圳', periods: [{ scheme: 'employee', from: '2026-05', to: '2026-02' }] },
      context('dave', store),
    )) as any;
    expect(result.error).toMatchObject({ code: 'INVALID_INPUT', field: 'periods[0].from' });
    expect(await store.collection(HISTORY).count({})).toBe(0);
  });

  it('still answers when saving the history fails', async () => {
    const broken = {
      collection: () => {
        throw new Error('database down');
      },
    } as unknown as NedbStore;
    const result = (await evaluateHandler(situation, context('erin', broken))) as any;
    expect(result.medical.status).toBe('suspended');
  });

  it('history refuses a caller without identity', async () => {
    expect(await historyHandler({}, context(null))).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it("history clear removes only the caller's entries", async () => {
    const store = new NedbStore();
    await evaluateHandler(situation, context('frank', store));
    await evaluateHandler(situation, context('grace', store));
    expect(await historyHandler({ action: 'clear' }, context('frank', store))).toEqual({ removed: 1 });
    expect(await store.collection(HISTORY).count({ owner: 'grace' })).toBe(1);
  });

  it('an unexpected exception becomes INTERNAL without a stack trace', async () => {
    const result = await invoke(
      async () => {
        throw new Error('boom at /secret/path.ts:12');
      },
      {},
      context('x'),
    );
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(result).toMatchObject({ error: { code: 'INTERNAL' } });
  });
});
