// The API half of the local runtime: POST /api/functions/<name> runs a cloud-function handler with the caller's
// local identity (session.ts), and GET /api/outbox lists the caller's messages. A new browser becomes a user only
// when a call stores something for it, within a per-client bound (new-identities.ts); two different session
// cookies in one request are refused (P22), since the server cannot tell which one is the browser's own, and the
// answer expires the planted one.
import type { IncomingMessage } from 'node:http';
import { invoke } from '../functions/platform/invoke';
import { NOT_SIGNED_IN, type CloudContext, type Handler, type Store } from '../functions/platform/types';
import { newIdentityLimiter, type NewIdentityLimit } from './new-identities';
import { OUTBOX } from './outbox';
import { newSessionId, SESSION_COOKIE, sessionCookie, sessionIdsOf } from './session';
import { trackWrites } from './track-writes';

export const MAX_BODY = 64 * 1024;
const OUTBOX_PAGE = 50;

export type Answer = (status: number, body: unknown, headers?: Record<string, string | string[]>) => void;

const SESSION_CONFLICT = {
  error: {
    code: 'SESSION_CONFLICT',
    message: '浏览器为本站保存了两个不同的登录标识，无法确认哪个是你的。请清除本站的 Cookie 后刷新页面再试',
  },
};
/**
 * Set-Cookie lines that expire a planted session cookie at the paths it can have been set for (the request's path
 * and its parents below `/`). Ours is at `/` (httpOnly: a script cannot overwrite it), so it stays: the browser's
 * next request carries only its own cookie again.
 */
function clearPlanted(path: string): string[] {
  const parts = path.split('/').filter(Boolean);
  const paths = parts.flatMap((_, i) => {
    const p = '/' + parts.slice(0, i + 1).join('/');
    return [p, `${p}/`];
  });
  return paths.map((p) => `${SESSION_COOKIE}=; Path=${p}; Max-Age=0`);
}

const RATE_LIMITED = { error: { code: 'RATE_LIMITED', message: '新用户请求太频繁，请稍后再试' } };

/**
 * The body as text, or 'too large' once it passes MAX_BODY. A declared oversized length is refused before
 * reading (Node discards the rest after the answer, keeping the connection); a chunked one is read to its end
 * and discarded, so the client always gets its 413 instead of a reset connection.
 */
function readBody(req: IncomingMessage): Promise<string | 'too large'> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) return Promise.resolve('too large');
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => ok(size > MAX_BODY ? 'too large' : Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

export interface ApiOptions {
  store: Store;
  table: Record<string, Handler>;
  owner(sid: string): string;
  contextFor(openid: string | null, store: Store): CloudContext;
  newIdentities: NewIdentityLimit | false;
}

export function api({ store, table, owner, contextFor, newIdentities }: ApiOptions) {
  const limiter = newIdentityLimiter(newIdentities);

  async function outbox(req: IncomingMessage, answer: Answer) {
    const sids = sessionIdsOf(req);
    if (sids.length > 1) return answer(400, SESSION_CONFLICT, { 'set-cookie': clearPlanted('/api/outbox') });
    if (!sids.length) return answer(200, { messages: [] });
    const docs = await store
      .collection(OUTBOX)
      .find({ touser: owner(sids[0]) }, { sort: { sentAt: -1 }, limit: OUTBOX_PAGE });
    answer(200, {
      messages: docs.map(({ _id, sentAt, templateId, page, data }) => ({ id: _id, sentAt, templateId, page, data })),
    });
  }

  /** Runs the handler for a browser without a cookie: a new identity if the call stores something. */
  async function asNewcomer(handler: Handler, event: unknown, address: string, answer: Answer) {
    if (!limiter.take(address)) {
      const result = await invoke(handler, event, contextFor(null, store));
      return result === NOT_SIGNED_IN ? answer(429, RATE_LIMITED) : answer(200, result);
    }
    const sid = newSessionId();
    const tracked = trackWrites(store);
    const result = await invoke(handler, event, contextFor(owner(sid), tracked.store));
    if (!tracked.wrote()) limiter.refund(address);
    answer(200, result, tracked.wrote() ? { 'set-cookie': sessionCookie(sid) } : {});
  }

  async function callFunction(name: string, req: IncomingMessage, answer: Answer) {
    const handler = Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
    if (!handler) return answer(404, { error: { code: 'NOT_FOUND', message: `没有名为 ${name} 的云函数` } });
    const text = await readBody(req);
    if (text === 'too large') {
      return answer(413, { error: { code: 'INVALID_INPUT', field: '', message: '请求内容太大' } });
    }
    let event: unknown;
    try {
      event = text ? JSON.parse(text) : {};
    } catch {
      return answer(400, { error: { code: 'INVALID_INPUT', field: '', message: '请求内容不是有效的 JSON' } });
    }
    const sids = sessionIdsOf(req);
    if (sids.length > 1) {
      return answer(400, SESSION_CONFLICT, { 'set-cookie': clearPlanted(`/api/functions/${name}`) });
    }
    if (!sids.length) return asNewcomer(handler, event, req.socket.remoteAddress ?? '', answer);
    answer(200, await invoke(handler, event, contextFor(owner(sids[0]), store)));
  }

  return { outbox, callFunction };
}
