// Local identities: the browser holds a random session id (an httpOnly cookie); the server stores and logs only
// a keyed hash of it (HMAC-SHA256 with a key kept beside the data), so neither a data file nor a log line holds
// anything that could be replayed as a cookie. The WeChat cloud needs none of this: there the identity is the
// OPENID from getWXContext(), which is not a credential.
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'sdjz_sid';
const KEY_FILE = 'session.key';

/** The session id of a request's cookie (32 hex characters), if any. */
export function sessionOf(req: IncomingMessage): string | undefined {
  const cookie = req.headers.cookie ?? '';
  const match = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([a-f0-9]{32})(?:;|$)`).exec(cookie);
  return match?.[1];
}

export function newSessionId(): string {
  return randomBytes(16).toString('hex');
}

export function sessionCookie(sid: string): string {
  return `${SESSION_COOKIE}=${sid}; Path=/; HttpOnly; SameSite=Strict; Max-Age=31536000`;
}

/**
 * The key: SDJZ_SESSION_KEY, else `session.key` in the data folder (created once, readable by its owner only),
 * else (no data folder: tests) a key for this process.
 */
export function sessionKey(dataDir: string | undefined, env: NodeJS.ProcessEnv = process.env): Buffer {
  if (env.SDJZ_SESSION_KEY) return Buffer.from(env.SDJZ_SESSION_KEY, 'utf8');
  if (!dataDir) return randomBytes(32);
  const file = join(dataDir, KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error; // another process wrote it first
    }
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
}

/** The owner id stored for a session: `local-` + 32 hex characters of HMAC-SHA256(key, sid). */
export function ownerOf(key: Buffer, sid: string): string {
  return `local-${createHmac('sha256', key).update(sid).digest('hex').slice(0, 32)}`;
}
