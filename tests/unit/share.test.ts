// Sharing a result with family: a server-side snapshot of the report behind an unguessable token, readable by
// anyone holding it for 30 days, revocable by its owner only. Time-sensitive (expiry instants): also runs under
// TZ=Asia/Shanghai and TZ=America/New_York (scripts/test.mjs).
import { evaluate } from '../../engine';
import { dispatchHandler } from '../../functions/dispatch/handler';
import {
  MAX_LIVE_SHARES_PER_USER,
  SHARE_KEEP_EXPIRED_DAYS,
  shareHandler,
  SHARES,
  type ShareDoc,
} from '../../functions/share/handler';
import { SHARE_TITLE_MAX } from '../../functions/share/title';
import { shorten } from '../../functions/shared/text';
import { testWorld } from './support/context';
import { WUHAN_JOB_CHANGE } from './support/fixtures';
import { configuredPages } from './support/app-pages';

const NOW = '2026-11-23T02:00:00Z';
const situation = {
  ...WUHAN_JOB_CHANGE,
  plannedBirth: '2028-06',
  concerns: ['maternity', 'pension'],
};

async function shared(world = testWorld(NOW), owner = 'alice') {
  const created = (await shareHandler({ action: 'create', situation }, world.as(owner))) as any;
  return { world, created };
}

describe('create and get', () => {
  it('evaluates on the server and lets anyone holding the token read the report', async () => {
    const { world, created } = await shared();
    // The snapshot is the report of the situation without its birth month (privacy.test.ts).
    const { birth: _birth, ...withoutBirth } = situation;
    // Sections that need a birth month (pension) are dropped from it as a whole.
    const { pension: _pension, ...report } = evaluate(withoutBirth, { today: '2026-11-23' }) as any;
    // The title is the report's headline (cut to the share card's 30 characters), never a second phrasing.
    expect(created.title).toBe(shorten(report.headline.text, SHARE_TITLE_MAX));
    expect(created.title.length).toBeGreaterThan(5);
    expect(created).toMatchObject({
      path: `/pages/shared/index?token=${created.token}`,
      expiresAt: '2026-12-23T02:00:00.000Z',
    });
    const got = (await shareHandler({ action: 'get', token: created.token }, world.as('grandma'))) as any;
    expect(got.report).toEqual(report);
    expect(got).toMatchObject({
      createdAt: '2026-11-23T02:00:00.000Z',
      expiresAt: created.expiresAt,
      title: created.title,
    });
  });

  it('a payment day the owner estimated stays an estimate in the snapshot: the family reads 约 (copy review H14)', async () => {
    const world = testWorld(NOW);
    const estimated = {
      asOf: '2026-04-01',
      city: '长沙',
      periods: [
        { scheme: 'resident', from: '2020-01', to: '2024-12' },
        { scheme: 'resident', from: '2026-01', to: '2026-12', paidOn: '2026-03-15', paidOnEstimated: true },
      ],
    };
    const created = (await shareHandler({ action: 'create', situation: estimated }, world.as('alice'))) as any;
    const got = (await shareHandler({ action: 'get', token: created.token }, world.as('grandma'))) as any;
    expect(got.report.medical.waiting).toMatchObject({ benefitsFrom: '2026-06-15', estimated: true });
    expect(got.report.headline.text).toContain('约2026年6月15日起');
    expect(created.title).toContain('约');
  });

  it('links to a page the mini-program has', async () => {
    const { created } = await shared();
    const page = created.path.slice(1).split('?')[0];
    expect(configuredPages()).toContain(page);
  });

  it('uses a token of at least 128 random bits, different every time', async () => {
    const { world, created } = await shared();
    const other = (await shareHandler({ action: 'create', situation }, world.as('alice'))) as any;
    expect(created.token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(created.token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(other.token).not.toBe(created.token);
  });

  it("stores the report snapshot and none of the situation's personal fields", async () => {
    const { world, created } = await shared();
    const doc = (await world.store.collection<ShareDoc>(SHARES).get(created.token))!;
    expect(Object.keys(doc).sort()).toEqual([
      '_id',
      'createdAt',
      'expiresAt',
      'owner',
      'report',
      'revoked',
      'revokedAt',
      'title',
    ]);
    expect(doc.report.region.name).toBe('武汉市');
    const text = JSON.stringify(doc);
    for (const personal of ['"situation"', '1987-03', '"birth"', 'female', '"gender"', '2028-06', 'nonlocal'])
      expect(text).not.toContain(personal);
  });

  it('leads with the remedy the owner saw, decided on the whole situation, and stores no birth month (issue 18)', async () => {
    // 广州, a woman retiring within 5 years (copy review N3): her own report leads with 灵活就业, which keeps her
    // 职工医保 years; decided without her birth month the snapshot led with 居民医保.
    const nearRetirement = {
      asOf: '2026-11-23',
      city: '广州',
      hukou: 'local',
      gender: 'female',
      birth: '1972-05',
      monthlyBase: 8000,
      periods: [{ scheme: 'employee', from: '2004-01', to: '2026-05' }],
      gapReason: 'jobChange',
      concerns: ['medical', 'pension'],
    };
    const own = evaluate(nearRetirement, { today: '2026-11-23' }) as any;
    expect(own.headline.option).toBe('flexible');
    const world = testWorld(NOW);
    const created = (await shareHandler({ action: 'create', situation: nearRetirement }, world.as('alice'))) as any;
    const doc = (await world.store.collection<ShareDoc>(SHARES).get(created.token))!;
    const r = doc.report as any;
    expect(r.headline.option).toBe(own.headline.option);
    expect(r.headline.action).toBe(own.headline.action);
    expect(r.headline.tradeOff?.versus ?? null).toBe(own.headline.tradeOff?.versus ?? null);
    const recommended = (rep: any) => rep.options.filter((o: any) => o.recommended).map((o: any) => o.key);
    expect(recommended(r)).toEqual(recommended(own));
    expect(r.actions[0].key).toBe(own.actions[0].key);
    expect(created.title).toBe(shorten(r.headline.text, SHARE_TITLE_MAX));
    const text = JSON.stringify(doc);
    for (const personal of ['1972', '"birth"', '8000', '8,000', '"pension"', '"retirement"', '55岁'])
      expect(text).not.toContain(personal);
  });

  it('answers the contract errors for a bad situation, naming the field, and stores nothing', async () => {
    const world = testWorld(NOW);
    const bad = (await shareHandler(
      { action: 'create', situation: { ...situation, city: '' } },
      world.as('alice'),
    )) as any;
    expect(bad.error).toMatchObject({ code: 'INVALID_INPUT', field: 'situation.city' });
    const missing = (await shareHandler({ action: 'create' }, world.as('alice'))) as any;
    expect(missing.error).toMatchObject({ code: 'INVALID_INPUT', field: 'situation' });
    const unknownCity = (await shareHandler(
      { action: 'create', situation: { ...situation, city: '火星' } },
      world.as('alice'),
    )) as any;
    expect(unknownCity.error).toMatchObject({ code: 'UNKNOWN_CITY', field: 'situation.city' });
    expect(await world.store.collection(SHARES).count({})).toBe(0);
  });

  it('takes the owner from the context only', async () => {
    const world = testWorld(NOW);
    const created = (await shareHandler(
      { action: 'create', situation, owner: 'alice', openid: 'alice', _openid: 'alice' },
      world.as('mallory'),
    )) as any;
    expect((await world.store.collection<ShareDoc>(SHARES).get(created.token))!.owner).toBe('mallory');
    expect(((await shareHandler({ action: 'list' }, world.as('alice'))) as any).shares).toEqual([]);
  });

  it('needs an identity to create, list or revoke', async () => {
    const world = testWorld(NOW);
    for (const event of [
      { action: 'create', situation },
      { action: 'list' },
      { action: 'revoke', token: 'x'.repeat(32) },
    ]) {
      expect(await shareHandler(event, world.as(null))).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    }
  });

  it(`keeps at most ${MAX_LIVE_SHARES_PER_USER} live shares per user`, async () => {
    const world = testWorld(NOW);
    for (let i = 0; i < MAX_LIVE_SHARES_PER_USER; i++)
      await shareHandler({ action: 'create', situation }, world.as('alice'));
    expect(await shareHandler({ action: 'create', situation }, world.as('alice'))).toMatchObject({
      error: { code: 'LIMIT_REACHED' },
    });
  });
});

describe('what a token cannot do', () => {
  it('an unknown token is SHARE_NOT_FOUND; a malformed one is INVALID_INPUT naming token', async () => {
    const { world } = await shared();
    expect(await shareHandler({ action: 'get', token: 'A'.repeat(32) }, world.as('x'))).toMatchObject({
      error: { code: 'SHARE_NOT_FOUND' },
    });
    expect(await shareHandler({ action: 'get', token: '../../etc' }, world.as('x'))).toMatchObject({
      error: { code: 'INVALID_INPUT', field: 'token' },
    });
    expect(await shareHandler({ action: 'get' }, world.as('x'))).toMatchObject({
      error: { code: 'INVALID_INPUT', field: 'token' },
    });
  });

  it('is valid up to its last second and expired the next', async () => {
    const { world, created } = await shared();
    const get = () => shareHandler({ action: 'get', token: created.token }, world.as('grandma')) as Promise<any>;
    const expiresAt = Date.parse(created.expiresAt);
    world.clock.now = new Date(expiresAt - 1000);
    expect((await get()).report).toBeDefined();
    world.clock.now = new Date(expiresAt - 1);
    expect((await get()).report).toBeDefined();
    world.clock.now = new Date(expiresAt);
    expect(await get()).toEqual({ error: { code: 'SHARE_EXPIRED', message: expect.stringContaining('过期') } });
    // And it no longer counts as live for its owner.
    expect(((await shareHandler({ action: 'list' }, world.as('alice'))) as any).shares).toEqual([]);
  });

  it('is deleted by the timed trigger 30 days after it expired, not before', async () => {
    const { world, created } = await shared();
    const expiresAt = Date.parse(created.expiresAt);
    const stored = () => world.store.collection<ShareDoc>(SHARES).count({ _id: created.token });
    world.clock.now = new Date(expiresAt + SHARE_KEEP_EXPIRED_DAYS * 86_400_000);
    expect(await dispatchHandler({}, world.as(null))).toMatchObject({ purgedShares: 0 });
    expect(await stored()).toBe(1);
    world.clock.now = new Date(expiresAt + SHARE_KEEP_EXPIRED_DAYS * 86_400_000 + 1);
    expect(await dispatchHandler({}, world.as(null))).toMatchObject({ purgedShares: 1 });
    expect(await stored()).toBe(0);
    expect(await shareHandler({ action: 'get', token: created.token }, world.as('grandma'))).toMatchObject({
      error: { code: 'SHARE_NOT_FOUND' },
    });
  });

  it('only the owner can revoke; then nobody can read it', async () => {
    const { world, created } = await shared();
    const other = (await shareHandler({ action: 'revoke', token: created.token }, world.as('mallory'))) as any;
    expect(other).toMatchObject({ error: { code: 'SHARE_NOT_FOUND' } });
    expect(
      ((await shareHandler({ action: 'get', token: created.token }, world.as('grandma'))) as any).report,
    ).toBeDefined();

    expect(await shareHandler({ action: 'revoke', token: created.token }, world.as('alice'))).toEqual({
      revoked: true,
    });
    expect(await shareHandler({ action: 'get', token: created.token }, world.as('grandma'))).toMatchObject({
      error: { code: 'SHARE_REVOKED' },
    });
    expect(await shareHandler({ action: 'get', token: created.token }, world.as('alice'))).toMatchObject({
      error: { code: 'SHARE_REVOKED' },
    });
    // Revoking again is harmless.
    expect(await shareHandler({ action: 'revoke', token: created.token }, world.as('alice'))).toEqual({
      revoked: true,
    });
  });

  it("lists only the caller's own live shares, newest first, revoked ones marked", async () => {
    const { world, created } = await shared();
    world.clock.now = new Date(Date.parse(NOW) + 60_000);
    const second = (await shareHandler({ action: 'create', situation }, world.as('alice'))) as any;
    await shareHandler({ action: 'create', situation }, world.as('bob'));
    await shareHandler({ action: 'revoke', token: created.token }, world.as('alice'));
    const list = (await shareHandler({ action: 'list' }, world.as('alice'))) as any;
    expect(list.shares.map((s: any) => [s.token, s.revoked])).toEqual([
      [second.token, false],
      [created.token, true],
    ]);
    expect(list.shares[0]).toEqual({
      token: second.token,
      title: second.title,
      createdAt: expect.any(String),
      expiresAt: second.expiresAt,
      revoked: false,
    });
  });
});
