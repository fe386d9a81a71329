// The local runtime behind `npm start`: serves the H5 build and runs the same cloud-function handlers as the
// WeChat cloud, with an embedded persistent store and one identity per browser (an httpOnly cookie).
//   POST /api/functions/<name>   body = the event, answer = the function's return value
//   GET  /api/outbox             the caller's last 50 messages from the local outbox (what WeChat would deliver)
// The reminder dispatcher runs on a timer against the same store, as the timed trigger does in the cloud.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { handlers } from '../functions/registry';
import { INTERNAL, invoke } from '../functions/platform/invoke';
import type { CloudContext, Handler, OpenApi, Store } from '../functions/platform/types';
import { allowedHosts, checkHost, checkPost, inlineScriptHashes, pathOf, securityHeaders } from './http-guard';
import { NedbStore } from './nedb-store';
import { localOutbox, OUTBOX } from './outbox';
import { newSessionId, ownerOf, sessionCookie, sessionKey, sessionOf } from './session';
import { trackWrites } from './track-writes';

const ROOT = resolve(__dirname, '..');
export const MAX_BODY = 64 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export interface LocalServerOptions {
  port?: number;
  host?: string;
  dataDir?: string;
  staticDir?: string;
  store?: Store;
  openapi?: OpenApi;
  handlers?: Record<string, Handler>;
  now?: () => Date;
  log?: (line: string) => void;
  /** How often the reminder dispatcher runs; 0 = never. Default SDJZ_DISPATCH_INTERVAL_MS or 10 s. */
  dispatchIntervalMs?: number;
  /** More Host names to answer (e.g. behind a proxy); default SDJZ_ALLOWED_HOSTS, comma-separated. */
  allowedHosts?: string[];
}

export interface LocalServer {
  server: Server;
  url: string;
  store: Store;
  /** The owner id stored for a session id (a keyed hash: see session.ts). */
  ownerOf(sid: string): string;
  /** Runs the dispatcher once now (what the timer does), e.g. to watch a reminder go out without waiting. */
  dispatch(): Promise<unknown>;
  close(): Promise<void>;
}

const OUTBOX_PAGE = 50;

function describeDetail(detail: unknown): string {
  if (detail instanceof Error) return detail.stack ?? detail.message;
  if (detail && typeof detail === 'object') return JSON.stringify(detail);
  return String(detail ?? '');
}

type Answer = (status: number, body: unknown, headers?: Record<string, string>) => void;

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

const INTERNAL_ANSWER = INTERNAL;

export async function startLocalServer(options: LocalServerOptions = {}): Promise<LocalServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const now = options.now ?? (() => new Date());
  const dataDir = options.dataDir ?? (options.store ? undefined : (process.env.SDJZ_DATA_DIR ?? join(ROOT, '.data')));
  const store = options.store ?? new NedbStore(dataDir, { log });
  const openapi = options.openapi ?? localOutbox(store, now, log);
  const table = options.handlers ?? handlers;
  const staticDir = resolve(options.staticDir ?? join(ROOT, 'client/dist/h5'));
  const key = sessionKey(dataDir);
  const owner = (sid: string) => ownerOf(key, sid);
  const extraHosts =
    options.allowedHosts ??
    (process.env.SDJZ_ALLOWED_HOSTS ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean);

  const contextFor = (openid: string | null, s: Store = store): CloudContext => ({
    openid,
    store: s,
    openapi,
    now,
    log: (message, detail) => log(`${message} ${describeDetail(detail)}`),
  });

  // The dispatcher: no caller (like the timed trigger), one run at a time.
  const dispatchHandler = table.dispatch;
  let dispatching: Promise<unknown> | null = null;
  const dispatch = () => {
    if (!dispatchHandler) return Promise.resolve(null);
    dispatching ??= invoke(dispatchHandler, { Type: 'timer', TriggerName: 'local' }, contextFor(null)).finally(() => {
      dispatching = null;
    });
    return dispatching;
  };
  const interval = options.dispatchIntervalMs ?? Number(process.env.SDJZ_DISPATCH_INTERVAL_MS ?? 10_000);
  const timer = interval > 0 ? setInterval(() => void dispatch(), interval) : null;
  timer?.unref();

  // The CSP names the hashes of index.html's inline scripts; re-read when the build changes.
  let page: { mtimeMs: number; headers: Record<string, string> } | null = null;
  const headersFor = (file: string | null): Record<string, string> => {
    if (!file) return securityHeaders();
    try {
      const { mtimeMs } = statSync(file);
      if (page?.mtimeMs !== mtimeMs) {
        page = { mtimeMs, headers: securityHeaders(inlineScriptHashes(readFileSync(file, 'utf8'))) };
      }
      return page.headers;
    } catch {
      return securityHeaders();
    }
  };
  const baseHeaders = securityHeaders();

  async function outbox(req: IncomingMessage, answer: Answer) {
    const sid = sessionOf(req);
    if (!sid) return answer(200, { messages: [] });
    const docs = await store
      .collection(OUTBOX)
      .find({ touser: owner(sid) }, { sort: { sentAt: -1 }, limit: OUTBOX_PAGE });
    answer(200, {
      messages: docs.map(({ _id, sentAt, templateId, page, data }) => ({ id: _id, sentAt, templateId, page, data })),
    });
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
    // A new browser becomes a user only when a call stores something for it (no cookie, no owner otherwise).
    const known = sessionOf(req);
    const sid = known ?? newSessionId();
    const tracked = trackWrites(store);
    const result = await invoke(handler, event, contextFor(owner(sid), tracked.store));
    answer(200, result, !known && tracked.wrote() ? { 'set-cookie': sessionCookie(sid) } : {});
  }

  function serveStatic(path: string, res: ServerResponse) {
    const index = join(staticDir, 'index.html');
    let file = normalize(join(staticDir, path));
    if (file !== staticDir && !file.startsWith(staticDir + sep)) {
      res.writeHead(403, baseHeaders);
      return res.end();
    }
    const isFile = (f: string) => {
      try {
        return statSync(f).isFile();
      } catch {
        return false; // missing, a name too long, a component that is a file: all "not here"
      }
    };
    if (!isFile(index)) {
      res.writeHead(503, { ...baseHeaders, 'content-type': 'text/plain; charset=utf-8' });
      return res.end('H5 前端尚未构建：请运行 npm start（会先构建）或 npm run build:h5');
    }
    if (!isFile(file)) file = index;
    const type = MIME[extname(file)] ?? 'application/octet-stream';
    const immutable = /\.[0-9a-f]{8,}\./.test(file);
    const stream = createReadStream(file);
    stream.on('error', (error) => {
      log(`static file failed: ${describeDetail(error)}`);
      if (!res.headersSent) {
        res.writeHead(500, baseHeaders);
        res.end();
      } else res.destroy();
    });
    stream.once('open', () => {
      res.writeHead(200, {
        ...headersFor(file === index ? index : null),
        'content-type': type,
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      stream.pipe(res);
    });
  }

  let hosts = new Set<string>();

  function route(req: IncomingMessage, res: ServerResponse) {
    const answer: Answer = (status, body, headers = {}) => {
      if (res.headersSent) return;
      const text = JSON.stringify(body);
      res.writeHead(status, {
        ...baseHeaders,
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(text)),
        'cache-control': 'no-store',
        ...headers,
      });
      res.end(text);
    };
    const refuse = ({ status, message }: { status: number; message: string }) =>
      answer(status, { error: { code: status === 405 ? 'METHOD' : 'BAD_REQUEST', message } });
    const failed = (what: string) => (error: unknown) => {
      log(`${what} failed: ${describeDetail(error)}`);
      answer(500, INTERNAL_ANSWER);
    };

    const hostProblem = checkHost(req.headers, hosts);
    if (hostProblem) return refuse(hostProblem);
    const target = pathOf(req.url);
    if (!('path' in target)) return refuse(target);
    const { path } = target;

    const fn = /^\/api\/functions\/([A-Za-z][A-Za-z0-9_-]*)$/.exec(path);
    if (fn) {
      if (req.method !== 'POST') return refuse({ status: 405, message: '请使用 POST' });
      const postProblem = checkPost(req.headers);
      if (postProblem) return refuse(postProblem);
      callFunction(fn[1], req, answer).catch(failed('request'));
      return;
    }
    if (path === '/healthz') return answer(200, { ok: true });
    if (path === '/api/outbox') {
      if (req.method !== 'GET') return refuse({ status: 405, message: '请使用 GET' });
      outbox(req, answer).catch(failed('outbox'));
      return;
    }
    if (path.startsWith('/api/')) return answer(404, { error: { code: 'NOT_FOUND', message: '没有这个接口' } });
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse({ status: 405, message: '不支持的请求' });
    serveStatic(path, res);
  }

  const server = createServer((req, res) => {
    try {
      route(req, res);
    } catch (error) {
      // Nothing a request carries may take the server down: the last line of defence.
      log(`request crashed: ${describeDetail(error)}`);
      if (!res.headersSent) {
        res.writeHead(400, { ...baseHeaders, 'content-type': 'text/plain; charset=utf-8' });
        res.end('请求无效');
      } else res.destroy();
    }
  });
  // CONNECT (a proxy tunnel) is not for this server; without this answer Node would just drop the connection.
  server.on('connect', (_req, socket) => {
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  // A client that trickles its headers or body does not hold a connection for long.
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? Number(process.env.PORT ?? 8080), host, () => ok());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  hosts = allowedHosts(host, port, extraHosts);
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    store,
    url: `http://${urlHost}:${port}/`,
    ownerOf: owner,
    dispatch,
    async close() {
      if (timer) clearInterval(timer);
      await dispatching;
      const closed = new Promise<void>((ok) => server.close(() => ok()));
      server.closeAllConnections();
      await closed;
      if (store instanceof NedbStore) await store.close();
    },
  };
}

if (require.main === module) {
  startLocalServer().then(
    (local) => {
      const every = Number(process.env.SDJZ_DISPATCH_INTERVAL_MS ?? 10_000) / 1000;
      console.log(
        `社保断缴助手 running at ${local.url}  (data in ${process.env.SDJZ_DATA_DIR ?? '.data/'}; reminders dispatched every ${every} s, outbox at ${local.url}api/outbox; Ctrl-C to stop)`,
      );
      let stopping = false;
      const stop = () => {
        if (stopping) return;
        stopping = true;
        local.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (error) => {
      console.error(`could not start: ${error.message}`);
      process.exit(1);
    },
  );
}
