// Serving the H5 build: files under staticDir only (403 for a path that leaves it), index.html for any other path
// (the SPA's routes), long caching for hashed names, and the CSP naming the hashes of index.html's inline scripts.
// Each file is read once and answered from memory with its length (a build is ~0.6 MB), and read again only when
// its mtime changes (a request stats index.html and the file: a rebuild is seen at once), so a cold page load does
// not wait on a disk read and a stream per script (issue 21).
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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

/** What is kept in memory at most; past it the cache starts again (old builds' files are never asked for again). */
const CACHE_BYTES = 32 * 1024 * 1024;

interface Entry {
  mtimeMs: number;
  body: Buffer;
  headers: Record<string, string>;
}

/** A regular file's mtime, or null (missing, a name too long, a component that is a file: all "not here"). */
const mtimeOf = (file: string): number | null => {
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat.mtimeMs : null;
  } catch {
    return null;
  }
};

export function staticFiles(staticDir: string, log: (line: string) => void) {
  const baseHeaders = securityHeaders();
  const index = join(staticDir, 'index.html');
  const cache = new Map<string, Entry>();
  let cachedBytes = 0;

  /** Reads a file into the cache with its answer's headers (index.html's CSP names its inline scripts). */
  const load = async (file: string, mtimeMs: number): Promise<Entry> => {
    const body = await readFile(file);
    const immutable = /\.[0-9a-f]{8,}\./.test(file);
    const entry: Entry = {
      mtimeMs,
      body,
      headers: {
        ...(file === index ? securityHeaders(inlineScriptHashes(body.toString('utf8'))) : baseHeaders),
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'content-length': String(body.length),
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      },
    };
    if (cachedBytes + body.length > CACHE_BYTES) {
      cache.clear();
      cachedBytes = 0;
    }
    const old = cache.get(file);
    if (old) cachedBytes -= old.body.length;
    cache.set(file, entry);
    cachedBytes += body.length;
    return entry;
  };

  // Node leaves the body out of an answer to HEAD by itself.
  const send = (res: ServerResponse, entry: Entry) => {
    res.writeHead(200, entry.headers);
    res.end(entry.body);
  };

  return function serveStatic(path: string, res: ServerResponse) {
    let file = normalize(join(staticDir, path));
    if (file !== staticDir && !file.startsWith(staticDir + sep)) {
      res.writeHead(403, baseHeaders);
      return res.end();
    }
    const indexMtime = mtimeOf(index);
    if (indexMtime === null) {
      res.writeHead(503, { ...baseHeaders, 'content-type': 'text/plain; charset=utf-8' });
      return res.end('H5 前端尚未构建：请运行 npm start（会先构建）或 npm run build:h5');
    }
    let mtime = file === index ? indexMtime : mtimeOf(file);
    if (mtime === null) [file, mtime] = [index, indexMtime];
    const cached = cache.get(file);
    if (cached && cached.mtimeMs === mtime) return send(res, cached);
    load(file, mtime).then(
      (entry) => send(res, entry),
      (error: unknown) => {
        log(`static file failed: ${describeForLog(error)}`);
        if (!res.headersSent) {
          res.writeHead(500, baseHeaders);
          res.end();
        } else res.destroy();
      },
    );
  };
}
