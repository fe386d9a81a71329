// Serving the H5 build: files under staticDir only (403 for a path that leaves it), index.html for any other path
// (the SPA's routes), long caching for hashed names, and the CSP naming the hashes of index.html's inline scripts.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { describeForLog } from '../functions/shared/log-detail';
import { inlineScriptHashes, securityHeaders } from './http-guard';

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

const isFile = (f: string) => {
  try {
    return statSync(f).isFile();
  } catch {
    return false; // missing, a name too long, a component that is a file: all "not here"
  }
};

export function staticFiles(staticDir: string, log: (line: string) => void) {
  const baseHeaders = securityHeaders();
  // The CSP names the hashes of index.html's inline scripts; re-read when the build changes.
  let page: { mtimeMs: number; headers: Record<string, string> } | null = null;
  const headersFor = (file: string | null): Record<string, string> => {
    if (!file) return baseHeaders;
    try {
      const { mtimeMs } = statSync(file);
      if (page?.mtimeMs !== mtimeMs) {
        page = { mtimeMs, headers: securityHeaders(inlineScriptHashes(readFileSync(file, 'utf8'))) };
      }
      return page.headers;
    } catch {
      return baseHeaders;
    }
  };

  return function serveStatic(path: string, res: ServerResponse) {
    const index = join(staticDir, 'index.html');
    let file = normalize(join(staticDir, path));
    if (file !== staticDir && !file.startsWith(staticDir + sep)) {
      res.writeHead(403, baseHeaders);
      return res.end();
    }
    if (!isFile(index)) {
      res.writeHead(503, { ...baseHeaders, 'content-type': 'text/plain; charset=utf-8' });
      return res.end('H5 前端尚未构建：请运行 npm start（会先构建）或 npm run build:h5');
    }
    if (!isFile(file)) file = index;
    const type = MIME[extname(file)] ?? 'application/octet-stream';
    const immutable = /\.[0-9a-f]{8,}\./.test(file);
    const stream = createReadStream(file);
    stream.on('error', (error) => {
      log(`static file failed: ${describeForLog(error)}`);
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
  };
}
