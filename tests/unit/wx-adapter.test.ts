// The WeChat database adapter, against a fake of the SDK's query builder (tests never load wx-server-sdk).
import {
  translateQuery,
  wxStore,
  type WxCommand,
  type WxCondition,
  type WxDatabase,
} from '../../functions/platform/wx';

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
