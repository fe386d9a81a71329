// The WeChat database adapter, against a fake of the SDK's query builder (tests never load wx-server-sdk).
import {
  translateQuery,
  wxStore,
  type WxCommand,
  type WxCondition,
  type WxDatabase,
} from '../../functions/platform/wx';
import { wxOpenApi } from '../../functions/platform/wx-openapi';
import { cloudMain } from '../../functions/platform/entry';
import { INTERNAL } from '../../functions/platform/invoke';

class Cond implements WxCondition {
  constructor(readonly parts: string[]) {}
  and(other: WxCondition) {
    return new Cond([...this.parts, ...(other as Cond).parts]);
  }
}
const command: WxCommand = {
  lt: (v) => new Cond([`lt ${v}`]),
  lte: (v) => new Cond([`lte ${v}`]),
  gt: (v) => new Cond([`gt ${v}`]),
  gte: (v) => new Cond([`gte ${v}`]),
  in: (v) => new Cond([`in ${v.join(',')}`]),
  neq: (v) => new Cond([`neq ${v}`]),
};

it('translates the query subset to db.command conditions', () => {
  const out = translateQuery({ state: 'pending', due: { $gte: 1, $lte: 9 }, _id: { $in: ['a', 'b'] } }, command);
  expect(out.state).toBe('pending');
  expect((out.due as Cond).parts).toEqual(['gte 1', 'lte 9']);
  expect((out._id as Cond).parts).toEqual(['in a,b']);
});

it('pages at most 100 records and maps sort, skip and update results', async () => {
  const calls: string[] = [];
  const builder: any = {
    where: (q: unknown) => {
      calls.push(`where ${JSON.stringify(Object.keys(q as object))}`);
      return builder;
    },
    orderBy: (f: string, d: string) => {
      calls.push(`orderBy ${f} ${d}`);
      return builder;
    },
    skip: (n: number) => {
      calls.push(`skip ${n}`);
      return builder;
    },
    limit: (n: number) => {
      calls.push(`limit ${n}`);
      return builder;
    },
    get: async () => ({ data: [{ _id: '1' }] }),
    count: async () => ({ total: 7 }),
    update: async (arg: { data: Record<string, unknown> }) => {
      calls.push(`update ${JSON.stringify(arg.data)}`);
      return { stats: { updated: 2 } };
    },
    remove: async () => ({ stats: { removed: 3 } }),
    add: async (arg: { data: { _id: string } }) => ({ _id: arg.data._id }),
  };
  const db: WxDatabase = { command, collection: () => builder };
  const c = wxStore(db).collection('reminders');
  expect(await c.find({ owner: 'x' }, { sort: { due: 1 }, skip: 5, limit: 500 })).toEqual([{ _id: '1' }]);
  expect(calls).toEqual(['where ["owner"]', 'orderBy due asc', 'skip 5', 'limit 100']);
  expect(await c.count({})).toBe(7);
  expect(await c.update({ _id: '1' }, { _id: 'ignored', state: 'sent' } as any)).toBe(2);
  expect(calls[calls.length - 1]).toBe('update {"state":"sent"}');
  expect(await c.remove({})).toBe(3);
});

describe('collections created on first use', () => {
  const missing = () => Object.assign(new Error('collection not exists'), { errCode: -502005 });
  function fakeDb(existing: Set<string>, log: string[]) {
    const collection = (name: string): any => {
      const guard = async <T>(value: T) => {
        if (!existing.has(name)) throw missing();
        return value;
      };
      const q: any = {
        where: () => q,
        orderBy: () => q,
        skip: () => q,
        limit: () => q,
        get: () => guard({ data: [{ _id: 'x' }] }),
        count: () => guard({ total: 1 }),
        update: () => guard({ stats: { updated: 1 } }),
        remove: () => guard({ stats: { removed: 1 } }),
        add: (arg: { data: { _id: string } }) => guard({ _id: arg.data._id }).then((r) => (log.push(`add ${name}`), r)),
      };
      return q;
    };
    const db: WxDatabase = {
      command,
      collection,
      createCollection: async (name: string) => {
        log.push(`create ${name}`);
        if (existing.has(name)) throw Object.assign(new Error('collection already exists'), { errCode: -501001 });
        existing.add(name);
      },
    };
    return db;
  }

  it('creates a missing collection on the first write and retries it; reads of a missing one are empty', async () => {
    const log: string[] = [];
    const store = wxStore(fakeDb(new Set(), log), () => undefined);
    const shares = store.collection('shares');
    expect(await shares.find({ owner: 'a' })).toEqual([]);
    expect(await shares.count({})).toBe(0);
    expect(await shares.get('x')).toBeNull();
    expect(await shares.update({ _id: 'x' }, { revoked: true } as any)).toBe(0);
    expect(await shares.remove({ owner: 'a' })).toBe(0);
    await shares.insert({ _id: 't1' });
    expect(log).toEqual(['create shares', 'add shares']);
    expect(await shares.count({})).toBe(1);
  });

  it('says loudly that a collection was created at runtime: its rule and indexes must be set (weapp audit 3, W3)', async () => {
    const log: string[] = [];
    const warnings: string[] = [];
    const store = wxStore(fakeDb(new Set(['evaluations']), log), (message) => warnings.push(message));
    await store.collection('evaluations').insert({ _id: 'e1' });
    expect(warnings).toEqual([]);
    await store.collection('shares').insert({ _id: 't1' });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('shares');
    expect(warnings[0]).toContain('自定义安全规则');
    expect(warnings[0]).toContain('docs/deploy.md');
  });

  it('tolerates a concurrent creation ("already exists") and rethrows other errors', async () => {
    const log: string[] = [];
    const existing = new Set<string>();
    const db = fakeDb(existing, log);
    const original = db.collection.bind(db);
    let first = true;
    db.collection = (name: string) => {
      const c = original(name);
      const add = c.add;
      // The first add fails as if the collection were missing although another instance just created it.
      c.add = async (arg: any) => {
        if (first) {
          first = false;
          existing.add(name);
          throw missing();
        }
        return add(arg);
      };
      return c;
    };
    await wxStore(db).collection('reminders').insert({ _id: 'r1' });
    expect(log).toEqual(['create reminders', 'add reminders']);
    const rejecting = { get: () => Promise.reject(new Error('network')) };
    const failing = {
      command,
      collection: () => ({ where: () => ({ limit: () => rejecting }) }),
    } as unknown as WxDatabase;
    await expect(wxStore(failing).collection('x').find({})).rejects.toThrow('network');
  });
});

describe('wxOpenApi', () => {
  it('sends with MINIPROGRAM_STATE and says which version its messages open (weapp audit 3, W14)', async () => {
    const saved = process.env.MINIPROGRAM_STATE;
    process.env.MINIPROGRAM_STATE = 'trial';
    try {
      const sent: Array<Record<string, unknown>> = [];
      const cloud = { openapi: { subscribeMessage: { send: async (arg: Record<string, unknown>) => sent.push(arg) } } };
      const api = wxOpenApi(cloud as unknown as Parameters<typeof wxOpenApi>[0]);
      expect(api.miniprogramState).toBe('trial');
      await api.sendSubscribeMessage({ touser: 'o', templateId: 't', page: 'p', data: {} });
      expect(sent[0]).toMatchObject({ touser: 'o', miniprogramState: 'trial' });
    } finally {
      if (saved === undefined) delete process.env.MINIPROGRAM_STATE;
      else process.env.MINIPROGRAM_STATE = saved;
    }
  });
});

describe('cloudMain', () => {
  const sent: Array<Record<string, unknown>> = [];
  const sdk = {
    DYNAMIC_CURRENT_ENV: 'test',
    init: () => undefined,
    getWXContext: () => ({}),
    database: () => ({ command: {} }),
    openapi: { subscribeMessage: { send: async (arg: Record<string, unknown>) => sent.push(arg) } },
  };
  jest.doMock('wx-server-sdk', () => sdk, { virtual: true });
  const message = { touser: 'o', templateId: 't', page: 'p', data: {} };
  const sendWith = (...openapi: [] | [typeof wxOpenApi]) =>
    cloudMain(async (_event, ctx) => ctx.openapi.sendSubscribeMessage(message), ...openapi)({});

  it('gives the openapi only to the function that passes it (dispatch); the others refuse to send', async () => {
    await expect(sendWith()).resolves.toEqual(INTERNAL);
    expect(sent).toEqual([]);
    await sendWith(wxOpenApi);
    expect(sent).toEqual([expect.objectContaining({ touser: 'o', templateId: 't' })]);
  });
});
