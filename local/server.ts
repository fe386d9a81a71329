// The local runtime behind `npm start`: serves the H5 build and runs the same cloud-function handlers as the
// WeChat cloud, with an embedded persistent store and one identity per browser (an httpOnly cookie).
//   POST /api/functions/<name>   body = the event, answer = the function's return value
//   GET  /api/outbox             the caller's last 50 messages from the local outbox (what WeChat would deliver)
// The reminder dispatcher runs on a timer against the same store, as the timed trigger does in the cloud.
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { evaluate } from '../engine';
import { handlers } from '../functions/registry';
import type { CloudContext, Handler, OpenApi, Store } from '../functions/platform/types';
import { describeForLog } from '../functions/shared/log-detail';
import { api } from './api';
import { allowedHosts } from './http-guard';
import { httpServer, router } from './http-server';
import { dispatcher } from './local-dispatch';
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

function hostsFromEnv(): string[] {
  return (process.env.SDJZ_ALLOWED_HOSTS ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
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

/**
 * `npm start` (and the H5 bench, which times the local runtime as npm start runs it): one evaluation right after
 * the server listens, so the policy tables are unpacked and the engine's code compiled (~200 ms on a cold process)
 * before the first browser taps 查看结果, not during it. Not in startLocalServer: the tests start many servers and
 * do not need it.
 */
export function warmUp() {
  setImmediate(() => {
    evaluate({ city: '武汉', hukou: 'local', periods: [{ scheme: 'employee', from: '2018-01', to: '2025-06' }] });
  });
}

if (require.main === module) {
  startLocalServer().then(
    (local) => {
      warmUp();
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
