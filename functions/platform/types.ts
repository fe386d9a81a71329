// The seam between cloud-function handlers and the platform. Handlers only see these interfaces; the WeChat
// implementation (wx.ts) and the local one (../local) provide them, so one handler runs in both places.

/** A small, Mongo-like query subset both NeDB and the WeChat cloud database understand (see wx.ts). */
export type Comparison<V> = { $lt?: V; $lte?: V; $gt?: V; $gte?: V; $in?: V[]; $ne?: V };
export type Query = Record<string, unknown | Comparison<unknown>>;

export interface FindOptions {
  sort?: Record<string, 1 | -1>;
  /** At most 100: the WeChat server SDK returns at most 100 records per read. */
  limit?: number;
  skip?: number;
  /**
   * A hint for reading an unsorted query page by page: the last _id of the previous page. A store whose unsorted
   * order is by _id (the local NeDB store) starts after it; others ignore it. So it may leave documents out, never
   * add any: a caller must still read once without it before concluding nothing is left.
   */
  resumeAfter?: string;
}

export interface Doc {
  _id: string;
  [field: string]: unknown;
}

export interface Collection<T extends Doc = Doc> {
  insert(doc: T): Promise<T>;
  get(id: string): Promise<T | null>;
  find(query: Query, options?: FindOptions): Promise<T[]>;
  count(query: Query): Promise<number>;
  /** Sets fields on every document matching the query; returns how many changed. Atomic per document. */
  update(query: Query, set: Partial<T>): Promise<number>;
  remove(query: Query): Promise<number>;
}

export interface Store {
  collection<T extends Doc = Doc>(name: string): Collection<T>;
  /**
   * After a deletion the user asked for (or retention): make the removed documents gone from storage too. The
   * local store appends, so it rewrites the named collections' files; the cloud database needs nothing.
   */
  compact?(collections: string[]): Promise<void>;
}

export interface SubscribeMessage {
  touser: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
}

export interface OpenApi {
  /** subscribeMessage.send; rejects with an error carrying errCode (43101, 47003, ...) on failure. */
  sendSubscribeMessage(message: SubscribeMessage): Promise<void>;
  /** Which mini-program version a message opens (the cloud's MINIPROGRAM_STATE); the local outbox has none. */
  miniprogramState?: 'developer' | 'trial' | 'formal';
}

export interface CloudContext {
  /** The caller's identity from the WeChat context (or the local session). Never from the event payload. */
  openid: string | null;
  store: Store;
  openapi: OpenApi;
  now(): Date;
  log(message: string, detail?: unknown): void;
  /** This invocation's time limit in ms when the platform says (the cloud's context.time_limit_in_ms). */
  timeLimitMs?: number;
}

export type Handler = (event: unknown, ctx: CloudContext) => Promise<unknown>;

/** What every handler answers when the caller has no identity. */
export const NOT_SIGNED_IN = {
  error: { code: 'UNAUTHENTICATED', message: '无法识别用户身份，请在微信中重新打开小程序' },
} as const;
