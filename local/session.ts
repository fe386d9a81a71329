// Local identities: the browser holds a random session id (an httpOnly cookie); the server stores and logs only
// a keyed hash of it (HMAC-SHA256 with a key kept beside the data), so neither a data file nor a log line holds
// anything that could be replayed as a cookie. The WeChat cloud needs none of this: there the identity is the
// OPENID from getWXContext(), which is not a credential.
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'sdjz_sid';
const KEY_FILE = 'session.key';

/**
 * Every distinct well-formed session id in the request's cookies. More than one means a cookie was planted beside
 * ours (a page on another port of the same host can set one for a longer path, which the browser sends first):
 * the server cannot tell which is the browser's own and answers SESSION_CONFLICT (P22).
 */
export function sessionIdsOf(req: IncomingMessage): string[] {
  const cookie = req.headers.cookie ?? '';
  const pattern = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([a-f0-9]{32})(?=;|$)`, 'g');
  return [...new Set([...cookie.matchAll(pattern)].map((m) => m[1]))];
}

export function newSessionId(): string {
  return randomBytes(16).toString('hex');
}

export function sessionCookie(sid: string): string {
  return `${SESSION_COOKIE}=${sid}; Path=/; HttpOnly; SameSite=Strict; Max-Age=31536000`;
}

/** Whether the data folder already holds stored documents (a non-empty `*.db` file). */
function holdsData(dataDir: string): boolean {
  try {
    return readdirSync(dataDir).some((f) => f.endsWith('.db') && statSync(join(dataDir, f)).size > 0);
  } catch {
    return false;
  }
}

/**
 * The key: SDJZ_SESSION_KEY, else `session.key` in the data folder (created once, readable by its owner only),
 * else (no data folder: tests) a key for this process. A damaged key file (not 64 hex characters) refuses the
 * start; a missing one beside stored data is created anew with a warning (P75): either way the operator hears
 * that existing users cannot reach their data with a new key, instead of everyone being cut off silently.
 */
export function sessionKey(
  dataDir: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = (line) => console.warn(line),
): Buffer {
  if (env.SDJZ_SESSION_KEY) return Buffer.from(env.SDJZ_SESSION_KEY, 'utf8');
  if (!dataDir) return randomBytes(32);
  const file = join(dataDir, KEY_FILE);
  if (!existsSync(file)) {
    if (holdsData(dataDir)) {
      log(
        `warning: ${file} is missing but ${dataDir} holds stored data: a new key is created, and every existing user's data can no longer be reached with their browser (it stays until retention or until deleted). Restore the old session.key from a backup and restart to give them back their data.`,
      );
    }
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error; // another process wrote it first
    }
  }
  const text = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(text)) {
    throw new Error(
      `${file} is damaged (it should hold 64 hex characters): restore it from a backup, or delete it to start with a new key, in which case every existing user loses access to their stored data`,
    );
  }
  return Buffer.from(text, 'hex');
}

/** The owner id stored for a session: `local-` + 32 hex characters of HMAC-SHA256(key, sid). */
export function ownerOf(key: Buffer, sid: string): string {
  return `local-${createHmac('sha256', key).update(sid).digest('hex').slice(0, 32)}`;
}
