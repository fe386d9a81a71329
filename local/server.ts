// The local runtime behind `npm start`: serves the H5 build and runs the same cloud-function handlers as the
// WeChat cloud, with an embedded persistent store and one identity per browser (an httpOnly cookie).
//   POST /api/functions/<name>   body = the event, answer = the function's return value
//   GET  /api/outbox             the caller's last 50 messages from the local outbox (what WeChat would deliver)
// The reminder dispatcher runs on a timer against the same store, as the timed trigger does in the cloud.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { handlers } from '../functions/registry';
import { invoke } from '../functions/platform/invoke';
import type { CloudContext, Handler, OpenApi, Store } from '../functions/platform/types';
import { HISTORY, OUTBOX } from '../functions/shared/collections';
import { describeForLog } from '../functions/shared/log-detail';
import { REMINDERS } from '../functions/reminders/model';
import { SHARES } from '../functions/share/model';
import { api, type Answer } from './api';
import { allowedHosts, checkHost, checkPost, pathOf, securityHeaders } from './http-guard';
import { NedbStore } from './nedb-store';
import { newIdentityLimitFromEnv, type NewIdentityLimit } from './new-identities';
import { localOutbox } from './outbox';
import { ownerOf, sessionKey } from './session';
import { staticFiles } from './static-files';

export { MAX_BODY } from './api';

const ROOT = resolve(__dirname, '..');

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
  /** New anonymous identities per client address (new-identities.ts); false = unbounded. */
  newIdentities?: NewIdentityLimit | false;
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

const INTERNAL_ANSWER = { error: { code: 'INTERNAL', message: '系统暂时无法处理，请稍后再试' } };

/** Where the dispatcher's retention purge counts go: those collections are compacted so the purged data is gone. */
const PURGED_COLLECTIONS: Record<string, string> = {
  history: HISTORY,
  reminders: REMINDERS,
  shares: SHARES,
  outbox: OUTBOX,
};

function hostsFromEnv(): string[] {
  return (process.env.SDJZ_ALLOWED_HOSTS ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
}

/** The reminder dispatcher: no caller (like the timed trigger), one run at a time, then the purged data compacted. */
function dispatcher(handler: Handler | undefined, context: () => CloudContext, store: Store) {
  let running: Promise<unknown> | null = null;
  const runOnce = async () => {
    const result = await invoke(handler!, { Type: 'timer', TriggerName: 'local' }, context());
    const purged = (result as { purged?: Record<string, number> } | null)?.purged ?? {};
    const names = Object.keys(purged).filter((k) => purged[k] > 0 && PURGED_COLLECTIONS[k]);
    if (names.length) await store.compact?.(names.map((k) => PURGED_COLLECTIONS[k]));
    return result;
  };
  return {
    run(): Promise<unknown> {
      if (!handler) return Promise.resolve(null);
      running ??= runOnce().finally(() => {
        running = null;
      });
      return running;
    },
    get running() {
      return running;
    },
  };
}

/** Answers one request: the functions and the outbox (api.ts), /healthz, and the H5 build (static-files.ts). */
function router(
  hostsOf: () => Set<string>,
  routes: ReturnType<typeof api>,
  serveStatic: ReturnType<typeof staticFiles>,
  log: (line: string) => void,
) {
  const baseHeaders = securityHeaders();
  return function route(req: IncomingMessage, res: ServerResponse) {
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
      log(`${what} failed: ${describeForLog(error)}`);
      answer(500, INTERNAL_ANSWER);
    };

    const hostProblem = checkHost(req.headers, hostsOf());
    if (hostProblem) return refuse(hostProblem);
    const target = pathOf(req.url);
    if (!('path' in target)) return refuse(target);
    const { path } = target;

    const fn = /^\/api\/functions\/([A-Za-z][A-Za-z0-9_-]*)$/.exec(path);
    if (fn) {
      if (req.method !== 'POST') return refuse({ status: 405, message: '请使用 POST' });
      const postProblem = checkPost(req.headers);
      if (postProblem) return refuse(postProblem);
      routes.callFunction(fn[1], req, answer).catch(failed('request'));
      return;
    }
    if (path === '/healthz') return answer(200, { ok: true });
    if (path === '/api/outbox') {
      if (req.method !== 'GET') return refuse({ status: 405, message: '请使用 GET' });
      routes.outbox(req, answer).catch(failed('outbox'));
      return;
    }
    if (path.startsWith('/api/')) return answer(404, { error: { code: 'NOT_FOUND', message: '没有这个接口' } });
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse({ status: 405, message: '不支持的请求' });
    serveStatic(path, res);
  };
}

/** The HTTP server around `route`: nothing a request carries takes it down; CONNECT and slow clients are cut. */
function httpServer(route: (req: IncomingMessage, res: ServerResponse) => void, log: (line: string) => void) {
  const baseHeaders = securityHeaders();
  const server = createServer((req, res) => {
    try {
      route(req, res);
    } catch (error) {
      // Nothing a request carries may take the server down: the last line of defence.
      log(`request crashed: ${describeForLog(error)}`);
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
  return server;
}

export async function startLocalServer(options: LocalServerOptions = {}): Promise<LocalServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const now = options.now ?? (() => new Date());
  const dataDir = options.dataDir ?? (options.store ? undefined : (process.env.SDJZ_DATA_DIR ?? join(ROOT, '.data')));
  // The key first: a damaged one refuses the start before anything is opened (session.ts).
  const key = sessionKey(dataDir, process.env, log);
  const owner = (sid: string) => ownerOf(key, sid);
  const store = options.store ?? new NedbStore(dataDir, { log });
  const openapi = options.openapi ?? localOutbox(store, now, log);
  const table = options.handlers ?? handlers;
  const contextFor = (openid: string | null, s: Store = store): CloudContext => ({
    openid,
    store: s,
    openapi,
    now,
    log: (message, detail) => log(`${message} ${describeForLog(detail)}`),
  });

  const dispatch = dispatcher(table.dispatch, () => contextFor(null), store);
  const interval = options.dispatchIntervalMs ?? Number(process.env.SDJZ_DISPATCH_INTERVAL_MS ?? 10_000);
  const timer = interval > 0 ? setInterval(() => void dispatch.run(), interval) : null;
  timer?.unref();

  let hosts = new Set<string>();
  const newIdentities = options.newIdentities ?? newIdentityLimitFromEnv();
  const routes = api({ store, table, owner, contextFor, newIdentities });
  const serveStatic = staticFiles(resolve(options.staticDir ?? join(ROOT, 'client/dist/h5')), log);
  const server = httpServer(
    router(() => hosts, routes, serveStatic, log),
    log,
  );

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? Number(process.env.PORT ?? 8080), host, () => ok());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  hosts = allowedHosts(host, port, options.allowedHosts ?? hostsFromEnv());
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    store,
    url: `http://${urlHost}:${port}/`,
    ownerOf: owner,
    dispatch: () => dispatch.run(),
    async close() {
      if (timer) clearInterval(timer);
      await dispatch.running;
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
