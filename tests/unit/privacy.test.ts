// The privacy page's promises, held by tests: only the validated, schema-stripped situation is stored; a shared
// snapshot reveals neither the monthly base nor the birth month; local ids are stored and logged only as a keyed
// hash; "delete all my data" removes exactly the caller's history, reminders, shares and outbox messages.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, type Option, type Report } from '../../engine';
import { accountHandler } from '../../functions/account/handler';
import { dispatchDue } from '../../functions/dispatch/dispatcher';
import { evaluateHandler, HISTORY } from '../../functions/evaluate/handler';
import { remindersHandler } from '../../functions/reminders/handler';
import { REMINDERS } from '../../functions/reminders/model';
import { OUTBOX } from '../../functions/shared/collections';
import { shareHandler } from '../../functions/share/handler';
import { BASE_LEFT_OUT_NOTICE } from '../../functions/share/privacy';
import { startLocalServer, type LocalServer } from '../../local/server';
import { fakeOpenApi } from './support/fake-openapi';
import { testWorld } from './support/context';
import { WUHAN_JOB_CHANGE } from './support/fixtures';

const NOW = '2026-11-23T02:00:00Z';
const situation = {
  ...WUHAN_JOB_CHANGE,
  monthlyBase: 12345,
  concerns: ['medical', 'pension', 'maternity'],
};

describe('stored situation', () => {
  it('keeps only the contract fields of a valid situation: extra keys never reach storage', async () => {
    const world = testWorld(NOW);
    const event = {
      ...situation,
      city: ' 武汉\u200b',
      idNumber: '420106198703150021',
      padding: 'x'.repeat(1000),
      userInfo: { appId: 'wx', openId: 'forged' },
      periods: [{ ...situation.periods[0], note: '身份证 420106198703150021' }],
    };
    const report = (await evaluateHandler(event, world.as('alice'))) as any;
    expect(report.medical).toBeDefined();
    const [doc] = await world.store.collection(HISTORY).find({ owner: 'alice' });
    expect(JSON.stringify(doc)).not.toContain('420106');
    expect(JSON.stringify(doc)).not.toContain('xxxx');
    expect(Object.keys(doc.situation as object).sort()).toEqual(Object.keys(situation).sort());
    expect((doc.situation as any).city).toBe('武汉');
    expect(Object.keys((doc.situation as any).periods[0]).sort()).toEqual(['from', 'scheme', 'to']);
  });

  it('does not add a query date the caller did not give (recent results re-evaluate on the day)', async () => {
    const world = testWorld(NOW);
    const { asOf: _asOf, ...undated } = situation;
    await evaluateHandler(undated, world.as('alice'));
    const [doc] = await world.store.collection(HISTORY).find({ owner: 'alice' });
    expect(doc.situation).not.toHaveProperty('asOf');
  });
});

describe('shared snapshot', () => {
  it("reveals neither the monthly base nor the birth month, which the owner's own report does", async () => {
    const own = JSON.stringify(evaluate(situation, { today: '2026-11-23' }));
    // Control: the owner's report shows both (the base in a cost, the months the birth month gives retirement at),
    // so this test can fail.
    expect(own).toMatch(/12,?345/);
    const retirementMonths = own.match(/\d{4} ?年 ?\d{1,2} ?月(?=到龄|到(?:法定)?退休年龄)/g) ?? [];
    expect(retirementMonths.length).toBeGreaterThan(0);

    const world = testWorld(NOW);
    const created = (await shareHandler({ action: 'create', situation }, world.as('alice'))) as any;
    const got = (await shareHandler({ action: 'get', token: created.token }, world.as('grandma'))) as any;
    const snapshot = JSON.stringify(got);
    expect(snapshot).not.toMatch(/12,?345/);
    expect(snapshot).not.toContain('1987');
    // No retirement month (birth month + a legal age) and no age from which the birth month follows.
    for (const month of retirementMonths) expect(snapshot).not.toContain(month);
    expect(snapshot).not.toMatch(/到龄|到(?:法定)?退休年龄/);
    expect(snapshot).not.toMatch(/\d+ 岁（/);
    expect(got.report).not.toHaveProperty('pension');
    // Its prices are at the local minimum base (武汉 records one), and the notice says so.
    expect(got.report.options.some((o: Option) => o.cost?.terms?.atMinimum)).toBe(true);
    expect(got.report.notices).toContain(BASE_LEFT_OUT_NOTICE.atMinimum);
    const stored = JSON.stringify(await world.store.collection('shares').find({}));
    expect(stored).not.toMatch(/12,?345/);
    expect(stored).not.toContain('1987-03');
  });

  it('where no minimum base is recorded (郑州), the notice does not claim the prices use one', async () => {
    const zhengzhou = { ...situation, city: '郑州', asOf: '2026-11-23', concerns: ['medical'] };
    const own = evaluate(zhengzhou, { today: '2026-11-23' }) as Report;
    // Control: the owner's base prices the back-pay; without it there is no price, and the report says why.
    expect(own.options.find((o) => o.key === 'backPay')?.cost?.terms?.base).toBe(12345);
    const world = testWorld(NOW);
    const created = (await shareHandler({ action: 'create', situation: zhengzhou }, world.as('alice'))) as any;
    const got = (await shareHandler({ action: 'get', token: created.token }, world.as('grandma'))) as any;
    const backPay = got.report.options.find((o: Option) => o.key === 'backPay');
    expect([backPay.cost, typeof backPay.costUnknown]).toEqual([undefined, 'string']);
    // The owner gave a base: the snapshot never asks its reader to fill one in (control: the engine's own reason
    // without a base does), and says the share left it out.
    const unshared = evaluate({ ...zhengzhou, monthlyBase: undefined }, { today: '2026-11-23' }) as Report;
    expect(JSON.stringify(unshared)).toContain('填写缴费基数后可以计算');
    expect(JSON.stringify(got)).not.toContain('填写缴费基数');
    expect(backPay.costUnknown).toContain('分享的结果又不含填写人的缴费基数');
    expect(got.report.notices).toContain(backPay.costUnknown);
    // …once: not again as a notice that says only that
    expect(got.report.notices).not.toContain(BASE_LEFT_OUT_NOTICE.unused);
    // The notices speak to the family, who filled in nothing.
    expect(JSON.stringify(got.report.notices)).not.toContain('你填写');
    expect(got.report.notices).not.toContain(BASE_LEFT_OUT_NOTICE.atMinimum);
  });
});

describe('shared snapshot of a report without prices', () => {
  it('still says the base was left out, where no price or reason says it', async () => {
    const covered = { ...situation, asOf: '2026-11-23', periods: [{ scheme: 'employee', from: '2018-01', to: null }] };
    const world = testWorld(NOW);
    const created = (await shareHandler({ action: 'create', situation: covered }, world.as('alice'))) as any;
    const got = (await shareHandler({ action: 'get', token: created.token }, world.as('grandma'))) as any;
    expect(got.report.options.some((o: Option) => o.cost || o.costUnknown)).toBe(false); // control: nothing priced
    expect(got.report.notices).toContain(BASE_LEFT_OUT_NOTICE.unused);
  });
});

describe('local identities', () => {
  let dir: string;
  let server: LocalServer | undefined;
  const lines: string[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sdjz-privacy-'));
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores and logs only a keyed hash of the session id, stable across restarts', async () => {
    const start = () =>
      startLocalServer({
        port: 0,
        dataDir: dir,
        log: (l) => lines.push(l),
        dispatchIntervalMs: 0,
        now: () => new Date(NOW),
      });
    server = await start();
    const post = async (name: string, body: unknown, cookie?: string) => {
      const res = await fetch(`${server!.url}api/functions/${name}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: server!.url.replace(/\/$/, ''),
          ...(cookie ? { cookie } : {}),
        },
        body: JSON.stringify(body),
      });
      return { cookie: res.headers.get('set-cookie')?.split(';')[0] ?? cookie, json: (await res.json()) as any };
    };
    const first = await post('evaluate', situation);
    const sid = first.cookie!.split('=')[1];
    expect(sid).toMatch(/^[a-f0-9]{32}$/);
    await post(
      'reminders',
      {
        action: 'create',
        actionKey: 'backpay-deadline',
        title: '补缴',
        due: '2026-12-31',
        leadDays: 7,
        accepted: true,
      },
      first.cookie,
    );
    await post('share', { action: 'create', situation }, first.cookie);
    await server.dispatch();
    await server.close();
    const files = readdirSync(dir)
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    expect(files).not.toContain(sid);
    expect(lines.join('\n')).not.toContain(sid);
    const owner = server.ownerOf(sid);
    expect(owner).toMatch(/^local-[a-f0-9]{32}$/);
    expect(files).toContain(owner);
    server = await start();
    expect(server.ownerOf(sid)).toBe(owner);
    expect((await post('history', {}, first.cookie)).json.items).toHaveLength(1);
  });
});

describe('delete all my data', () => {
  async function fill(world: ReturnType<typeof testWorld>, who: string) {
    await evaluateHandler(situation, world.as(who));
    await evaluateHandler({ ...situation, city: '上海' }, world.as(who));
    const reminder = (due: string) => ({
      action: 'create',
      actionKey: 'backpay-deadline',
      title: `${who} ${due}`,
      due,
      leadDays: 0,
      accepted: true,
    });
    await remindersHandler(reminder('2026-11-24'), world.as(who));
    await remindersHandler(reminder('2026-12-31'), world.as(who));
    const share = (await shareHandler({ action: 'create', situation }, world.as(who))) as any;
    await world.store.collection(OUTBOX).insert({ _id: `${who}-m`, touser: who, sentAt: NOW, data: {} });
    return share.token as string;
  }

  it("removes the caller's history, reminders, shares and outbox — nobody else's — and kills share links at once", async () => {
    const world = testWorld(NOW);
    const aliceToken = await fill(world, 'alice');
    const bobToken = await fill(world, 'bob');
    // One of alice's reminders is sent already (not pending): it is removed too.
    world.clock.now = new Date('2026-11-24T01:00:00Z');
    const openapi = fakeOpenApi();
    await dispatchDue(world.as(null, openapi));
    expect(openapi.delivered).toHaveLength(2);

    const answer = await accountHandler({ action: 'deleteAll' }, world.as('alice'));
    expect(answer).toEqual({ removed: { history: 2, reminders: 2, shares: 1, outbox: 1 } });
    expect(await shareHandler({ action: 'get', token: aliceToken }, world.as('grandma'))).toMatchObject({
      error: { code: 'SHARE_NOT_FOUND' },
    });
    for (const name of [HISTORY, REMINDERS, 'shares']) {
      expect(await world.store.collection(name).count({ owner: 'alice' })).toBe(0);
    }
    expect(await world.store.collection(OUTBOX).count({ touser: 'alice' })).toBe(0);
    // bob keeps everything
    expect(await world.store.collection(HISTORY).count({ owner: 'bob' })).toBe(2);
    expect(await world.store.collection(REMINDERS).count({ owner: 'bob' })).toBe(2);
    expect(((await shareHandler({ action: 'get', token: bobToken }, world.as('grandma'))) as any).report).toBeDefined();
    // alice's pending reminder is never sent
    world.clock.now = new Date('2026-12-31T01:00:00Z');
    await dispatchDue(world.as(null, openapi));
    expect(openapi.delivered.map((m) => m.touser).sort()).toEqual(['alice', 'bob', 'bob']);
    expect(openapi.delivered.slice(2).map((m) => m.touser)).toEqual(['bob']);
    // again: nothing left
    expect(await accountHandler({ action: 'deleteAll' }, world.as('alice'))).toEqual({
      removed: { history: 0, reminders: 0, shares: 0, outbox: 0 },
    });
  });

  it('needs an identity and the action by name', async () => {
    const world = testWorld(NOW);
    expect(await accountHandler({ action: 'deleteAll' }, world.as(null))).toMatchObject({
      error: { code: 'UNAUTHENTICATED' },
    });
    for (const event of [{}, undefined, { action: 'delete' }, 'deleteAll', ['deleteAll']]) {
      expect(await accountHandler(event, world.as('alice'))).toMatchObject({ error: { code: 'INVALID_INPUT' } });
    }
  });
});
