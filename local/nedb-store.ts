// The embedded store behind `npm start` and the tests: NeDB (pure JS, Mongo-like queries, append-only file per
// collection). Every write goes through NeDB's single executor queue, so a conditional update is atomic within
// this process — the same guarantee the cloud database gives per document.
import Datastore from '@seald-io/nedb';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Collection, Doc, FindOptions, Query, Store } from '../functions/platform/types';

export class NedbStore implements Store {
  private readonly stores = new Map<string, Datastore>();

  /** `dir` undefined = in memory only (tests). */
  constructor(private readonly dir?: string) {
    if (dir) mkdirSync(dir, { recursive: true });
  }

  private datastore(name: string): Datastore {
    if (!/^[a-z][a-z0-9_]*$/i.test(name)) throw new Error(`bad collection name ${name}`);
    let ds = this.stores.get(name);
    if (!ds) {
      ds = this.dir
        ? new Datastore({ filename: join(this.dir, `${name}.db`), autoload: true })
        : new Datastore({ inMemoryOnly: true });
      this.stores.set(name, ds);
    }
    return ds;
  }

  collection<T extends Doc = Doc>(name: string): Collection<T> {
    const ds = this.datastore(name);
    return {
      async insert(doc) {
        return (await ds.insertAsync(doc)) as unknown as T;
      },
      async get(id) {
        return ((await ds.findOneAsync({ _id: id })) as T | null) ?? null;
      },
      async find(query: Query, options: FindOptions = {}) {
        let cursor = ds.findAsync(query);
        if (options.sort) cursor = cursor.sort(options.sort);
        if (options.skip) cursor = cursor.skip(options.skip);
        cursor = cursor.limit(Math.min(options.limit ?? 100, 100));
        return (await cursor) as unknown as T[];
      },
      async count(query) {
        return ds.countAsync(query);
      },
      async update(query, set) {
        const { _id: _ignored, ...fields } = set as Record<string, unknown>;
        const { numAffected } = await ds.updateAsync(query, { $set: fields }, { multi: true });
        return numAffected;
      },
      async remove(query) {
        return ds.removeAsync(query, { multi: true });
      },
    };
  }

  /** Rewrites the append-only files (called on a clean shutdown). */
  async compact(): Promise<void> {
    await Promise.all([...this.stores.values()].map((ds) => ds.compactDatafileAsync()));
  }
}
