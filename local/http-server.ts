// The HTTP layer of the local runtime: which answer a request gets (the functions and the outbox from api.ts,
// /healthz, the H5 build from static-files.ts) after the Host, target, method and POST checks of http-guard.ts,
// and a server around it that no request can take down.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { INTERNAL } from '../functions/platform/invoke';
import { describeForLog } from '../functions/shared/log-detail';
import type { Answer, api } from './api';
import { checkHost, checkPost, pathOf, securityHeaders } from './http-guard';
import type { staticFiles } from './static-files';

/** Answers one request: the functions and the outbox (api.ts), /healthz, and the H5 build (static-files.ts). */
export function router(
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
      answer(500, INTERNAL);
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
export function httpServer(route: (req: IncomingMessage, res: ServerResponse) => void, log: (line: string) => void) {
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
