// The WeChat cloud implementation of the platform seam. Only the bundled entry files import this module, so
// tests and the local server never load wx-server-sdk (its first real call outside the cloud kills Node: see
// ../../shared/notes/toolchain.md). The query translation is a pure function, tested with a fake database.
import type { CloudContext, Collection, Comparison, Doc, FindOptions, OpenApi, Query, Store } from './types';
import { describeForLog } from '../shared/log-detail';

/** The parts of wx-server-sdk's database we use. */
export interface WxCommand {
  lt(v: unknown): WxCondition;
  lte(v: unknown): WxCondition;
  gt(v: unknown): WxCondition;
  gte(v: unknown): WxCondition;
  in(v: unknown[]): WxCondition;
  neq(v: unknown): WxCondition;
}
export interface WxCondition {
  and(other: WxCondition): WxCondition;
}
interface WxQuery {
  where(q: Record<string, unknown>): WxQuery;
  orderBy(field: string, order: 'asc' | 'desc'): WxQuery;
  skip(n: number): WxQuery;
  limit(n: number): WxQuery;
  get(): Promise<{ data: Doc[] }>;
  count(): Promise<{ total: number }>;
  update(arg: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }>;
  remove(): Promise<{ stats: { removed: number } }>;
}
interface WxCollection extends WxQuery {
  add(arg: { data: Record<string, unknown> }): Promise<{ _id: string }>;
}
export interface WxDatabase {
  command: WxCommand;
  collection(name: string): WxCollection;
  /** Rejects when the collection exists (errCode -501001 / "already exists"). */
  createCollection?(name: string): Promise<unknown>;
}

/** The cloud database's answer for a collection that was never created (errCode -502005). */
export function isMissingCollection(error: unknown): boolean {
  const e = error as { errCode?: unknown; errMsg?: unknown; message?: unknown } | null;
  return (
    Number(e?.errCode) === -502005 ||
    /collection.*not.*exist|COLLECTION_NOT_EXIST/i.test(String(e?.errMsg ?? e?.message))
  );
}

/**
 * Collections are created on first use: a write to a missing one creates it (an "already exists" answer from a
 * concurrent creation is fine) and is retried once; a read of a missing one is empty. This is a safety net:
 * docs/deploy.md § 6 creates them by hand first, because a collection created by code may get a default rule that
 * lets clients read it, and has no indexes. So a creation here is logged loudly (weapp audit 3, W3).
 */
async function createdOnFirstUse<T>(db: WxDatabase, name: string, write: () => Promise<T>, log: Log): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isMissingCollection(error) || !db.createCollection) throw error;
    let createdHere = true;
    await db.createCollection(name).catch((created: unknown) => {
      if (!/exist/i.test(String((created as { errMsg?: unknown; message?: unknown })?.errMsg ?? created)))
        throw created;
      createdHere = false;
    });
    if (createdHere)
      log(
        `database: collection ${name} did not exist and was created at runtime. Set its rule now (数据权限 → ` +
          `自定义安全规则 → {"read": false, "write": false}) and its indexes (索引管理): docs/deploy.md § 6, ` +
          'docs/database-rules.md.',
      );
    return write();
  }
}

async function emptyIfMissing<T>(read: () => Promise<T>, empty: T): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isMissingCollection(error)) return empty;
    throw error;
  }
}

const OPERATORS: Record<keyof Comparison<unknown>, keyof WxCommand> = {
  $lt: 'lt',
  $lte: 'lte',
  $gt: 'gt',
  $gte: 'gte',
  $in: 'in',
  $ne: 'neq',
};

function isComparison(value: unknown): value is Comparison<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length > 0 &&
    Object.keys(value).every((k) => k in OPERATORS)
  );
}

/** { due: { $lte: x }, state: 'pending' } → { due: _.lte(x), state: 'pending' } */
export function translateQuery(query: Query, _: WxCommand): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(query)) {
    if (!isComparison(value)) {
      out[field] = value;
      continue;
    }
    const conditions = Object.entries(value).map(([op, arg]) => {
      const method = OPERATORS[op as keyof Comparison<unknown>];
      return (_[method] as (v: unknown) => WxCondition)(arg);
    });
    out[field] = conditions.reduce((a, b) => a.and(b));
  }
  return out;
}

type Log = (message: string) => void;

export function wxCollection<T extends Doc>(db: WxDatabase, name: string, log: Log = console.error): Collection<T> {
  const _ = db.command;
  const where = (q: Query) => db.collection(name).where(translateQuery(q, _));
  return {
    async insert(doc) {
      await createdOnFirstUse(db, name, () => db.collection(name).add({ data: doc }), log);
      return doc;
    },
    async get(id) {
      const { data } = await emptyIfMissing(() => where({ _id: id }).limit(1).get(), { data: [] as Doc[] });
      return (data[0] as T | undefined) ?? null;
    },
    async find(query, options: FindOptions = {}) {
      let q = where(query);
      for (const [field, dir] of Object.entries(options.sort ?? {})) q = q.orderBy(field, dir === 1 ? 'asc' : 'desc');
      if (options.skip) q = q.skip(options.skip);
      q = q.limit(Math.min(options.limit ?? 100, 100));
      return (await emptyIfMissing(() => q.get(), { data: [] as Doc[] })).data as T[];
    },
    async count(query) {
      return (await emptyIfMissing(() => where(query).count(), { total: 0 })).total;
    },
    async update(query, set) {
      const { _id: _ignored, ...data } = set as Record<string, unknown>;
      return (await emptyIfMissing(() => where(query).update({ data }), { stats: { updated: 0 } })).stats.updated;
    },
    async remove(query) {
      return (await emptyIfMissing(() => where(query).remove(), { stats: { removed: 0 } })).stats.removed;
    },
  };
}

export function wxStore(db: WxDatabase, log: Log = console.error): Store {
  return { collection: <T extends Doc>(name: string) => wxCollection<T>(db, name, log) };
}

export interface WxSdk {
  init(options: { env: unknown }): void;
  DYNAMIC_CURRENT_ENV: unknown;
  database(): WxDatabase;
  getWXContext(): { OPENID?: string };
  openapi: { subscribeMessage: { send(arg: Record<string, unknown>): Promise<unknown> } };
}

/** The openapi of a function without the permission (cloudfunctions/<name>/config.json: only dispatch has it). */
const NO_OPENAPI: OpenApi = {
  sendSubscribeMessage: () => Promise.reject(new Error('no openapi permission')),
};

let initialised: WxSdk | undefined;

/**
 * The context of one invocation in the WeChat cloud. OPENID comes only from getWXContext(). `openapi` is given
 * by the one function that sends (dispatch: wx-openapi.ts), so the others do not bundle it.
 */
export function wxContext(openapi?: (cloud: WxSdk) => OpenApi): CloudContext {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud: WxSdk = initialised ?? require('wx-server-sdk');
  if (!initialised) {
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV });
    initialised = cloud;
  }
  const { OPENID } = cloud.getWXContext();
  return {
    openid: OPENID ?? null,
    store: wxStore(cloud.database()),
    openapi: openapi ? openapi(cloud) : NO_OPENAPI,
    now: () => new Date(),
    log: (message, detail) => console.error(message, describeForLog(detail)),
  };
}
