// The local runtime behind `npm start`: serves the H5 build and runs the same cloud-function handlers as the
// WeChat cloud, with an embedded persistent store and one identity per browser (an httpOnly cookie).
//   POST /api/functions/<name>   body = the event, answer = the function's return value
//   GET  /api/outbox             the caller's last 50 messages from the local outbox (what WeChat would deliver)
// The reminder dispatcher runs on a timer against the same store, as the timed trigger does in the cloud.
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { handlers } from '../functions/registry';
import { invoke } from '../functions/platform/invoke';
import type { CloudContext, Handler, OpenApi, Store } from '../functions/platform/types';
import { NedbStore } from './nedb-store';
import { localOutbox, OUTBOX } from './outbox';

const ROOT = resolve(__dirname, '..');
const SESSION_COOKIE = 'sdjz_sid';
const MAX_BODY = 64 * 1024;

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
}

export interface LocalServer {
  server: Server;
  url: string;
  store: Store;
  /** Runs the dispatcher once now (what the timer does), e.g. to watch a reminder go out without waiting. */
  dispatch(): Promise<unknown>;
  close(): Promise<void>;
}

function sessionOf(req: IncomingMessage): string | undefined {
  const cookie = req.headers.cookie ?? '';
  const match = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([a-f0-9]{32})(?:;|$)`).exec(cookie);
  return match?.[1];
}

const openidOf = (sid: string) => `local-${sid}`;
const OUTBOX_PAGE = 50;

function describeDetail(detail: unknown): string {
  if (detail instanceof Error) return detail.stack ?? detail.message;
  if (detail && typeof detail === 'object') return JSON.stringify(detail);
  return String(detail ?? '');
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw Object.assign(new Error('body too large'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startLocalServer(options: LocalServerOptions = {}): Promise<LocalServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const now = options.now ?? (() => new Date());
  const store = options.store ?? new NedbStore(options.dataDir ?? process.env.SDJZ_DATA_DIR ?? join(ROOT, '.data'));
  const openapi = options.openapi ?? localOutbox(store, now, log);
  const table = options.handlers ?? handlers;
  const staticDir = resolve(options.staticDir ?? join(ROOT, 'client/dist/h5'));

  const contextFor = (openid: string | null): CloudContext => ({
    openid,
    store,
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

  async function outbox(req: IncomingMessage, res: ServerResponse) {
    const sid = sessionOf(req);
    if (!sid) return sendJson(res, 200, { messages: [] });
    const docs = await store
      .collection(OUTBOX)
      .find({ touser: openidOf(sid) }, { sort: { sentAt: -1 }, limit: OUTBOX_PAGE });
    sendJson(res, 200, {
      messages: docs.map(({ _id, sentAt, templateId, page, data }) => ({ id: _id, sentAt, templateId, page, data })),
    });
  }

  async function callFunction(name: string, req: IncomingMessage, res: ServerResponse) {
    const handler = Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
    if (!handler) return sendJson(res, 404, { error: { code: 'NOT_FOUND', message: `没有名为 ${name} 的云函数` } });
    let sid = sessionOf(req);
    const headers: Record<string, string> = {};
    if (!sid) {
      sid = randomBytes(16).toString('hex');
      headers['set-cookie'] = `${SESSION_COOKIE}=${sid}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000`;
    }
    let event: unknown;
    try {
      const text = await readBody(req);
      event = text ? JSON.parse(text) : {};
    } catch (error) {
      const tooLarge = (error as { status?: number }).status === 413;
      return sendJson(
        res,
        tooLarge ? 413 : 400,
        {
          error: { code: 'INVALID_INPUT', field: '', message: tooLarge ? '请求内容太大' : '请求内容不是有效的 JSON' },
        },
        headers,
      );
    }
    const result = await invoke(handler, event, contextFor(openidOf(sid)));
    sendJson(res, 200, result, headers);
  }

  function serveStatic(pathname: string, res: ServerResponse) {
    if (!existsSync(join(staticDir, 'index.html'))) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end('H5 前端尚未构建：请运行 npm start（会先构建）或 npm run build:h5');
    }
    let file = normalize(join(staticDir, decodeURIComponent(pathname)));
    if (file !== staticDir && !file.startsWith(staticDir + sep)) {
      res.writeHead(403);
      return res.end();
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(staticDir, 'index.html');
    const type = MIME[extname(file)] ?? 'application/octet-stream';
    const immutable = /\.[0-9a-f]{8,}\./.test(file);
    res.writeHead(200, {
      'content-type': type,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    createReadStream(file).pipe(res);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const fn = /^\/api\/functions\/([A-Za-z][A-Za-z0-9_-]*)$/.exec(url.pathname);
    if (fn) {
      if (req.method !== 'POST') return sendJson(res, 405, { error: { code: 'METHOD', message: '请使用 POST' } });
      callFunction(fn[1], req, res).catch((error) => {
        log(`request failed: ${error instanceof Error ? error.stack : error}`);
        if (!res.headersSent)
          sendJson(res, 500, { error: { code: 'INTERNAL', message: '系统暂时无法处理，请稍后再试' } });
      });
      return;
    }
    if (url.pathname === '/healthz') return sendJson(res, 200, { ok: true });
    if (url.pathname === '/api/outbox') {
      if (req.method !== 'GET') return sendJson(res, 405, { error: { code: 'METHOD', message: '请使用 GET' } });
      outbox(req, res).catch((error) => {
        log(`outbox failed: ${describeDetail(error)}`);
        if (!res.headersSent)
          sendJson(res, 500, { error: { code: 'INTERNAL', message: '系统暂时无法处理，请稍后再试' } });
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendJson(res, 405, { error: { code: 'METHOD', message: '不支持的请求' } });
    serveStatic(url.pathname, res);
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? Number(process.env.PORT ?? 8080), host, () => ok());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    server,
    store,
    url: `http://${host}:${port}/`,
    dispatch,
    async close() {
      if (timer) clearInterval(timer);
      await dispatching;
      const closed = new Promise<void>((ok) => server.close(() => ok()));
      server.closeAllConnections();
      await closed;
      if (store instanceof NedbStore) await store.compact();
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
