// The production database rules close every collection the functions use to direct client access.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HISTORY } from '../../functions/evaluate/handler';
import { REMINDERS } from '../../functions/reminders/model';
import { SHARES } from '../../functions/share/handler';
import { OUTBOX } from '../../local/outbox';
import { NedbStore } from '../../local/nedb-store';
import { dispatchHandler } from '../../functions/dispatch/handler';
import { INDEXES } from '../../functions/platform/indexes';
import type { Collection, Doc, FindOptions, Query, Store } from '../../functions/platform/types';
import { seedDueReminders } from './support/reminders';

it('has a closed rule for every collection', () => {
  const rules = JSON.parse(readFileSync(join(__dirname, '../../docs/database-rules.json'), 'utf8'));
  for (const collection of [HISTORY, REMINDERS, SHARES, OUTBOX]) {
    expect(rules[collection]).toEqual({ read: false, write: false });
  }
});

// Every query the timer runs (retention every 5 minutes, the dispatcher's reads) filters on exactly the fields of
// one index, so none scans a whole collection (weapp audit 3, W13). Queries by _id use the database's own index.
it('every query of the timed trigger (retention, dispatch) is covered by one index of functions/platform/indexes.ts', async () => {
  const queries: Array<{ collection: string; fields: string[] }> = [];
  const inner = new NedbStore();
  const recording: Store = {
    collection<T extends Doc>(name: string): Collection<T> {
      const c = inner.collection<T>(name);
      const note = (query: Record<string, unknown>) => {
        if (!('_id' in query)) queries.push({ collection: name, fields: Object.keys(query).sort() });
      };
      return Object.assign({}, c, {
        find: (q: Query, o?: FindOptions) => (note(q), c.find(q, o)),
        count: (q: Query) => (note(q), c.count(q)),
        update: (q: Query, set: Partial<T>) => (note(q), c.update(q, set)),
        remove: (q: Query) => (note(q), c.remove(q)),
      });
    },
  };
  await seedDueReminders(recording, 3, new Date('2026-12-24T01:00:00Z'));
  queries.length = 0;
  const ctx = {
    openid: null,
    store: recording,
    openapi: { sendSubscribeMessage: async () => undefined },
    now: () => new Date('2026-12-24T01:05:00Z'),
    log: () => undefined,
  };
  await dispatchHandler({}, ctx);
  expect(queries.map((q) => q.collection)).toEqual(expect.arrayContaining([HISTORY, REMINDERS, SHARES, OUTBOX]));
  for (const q of queries) {
    const covering = (INDEXES[q.collection] ?? []).find((fields) => [...fields].sort().join() === q.fields.join());
    expect({ query: q, covering }).toEqual({ query: q, covering: expect.any(Array) });
  }
});
