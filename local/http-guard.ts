// What the local server checks before any handler runs, as pure functions: a path that cannot be parsed, a Host
// that is not ours (DNS rebinding), a POST that is not same-origin JSON. Each problem is a status and a Chinese
// message, never an exception: no URL or header a client sends may crash or stall `npm start`.
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export interface Refusal {
  status: number;
  message: string;
}

/** The decoded path of a request target ("/js/app.js?x" → "/js/app.js"), or a 400 when it cannot be one. */
export function pathOf(target: string | undefined): { path: string } | Refusal {
  const raw = (target ?? '').split(/[?#]/, 1)[0];
  // Only origin-form targets ("/..."); absolute-form, "*" and "//host" forms are not for this server.
  if (!raw.startsWith('/') || raw.startsWith('//')) return { status: 400, message: '请求地址无效' };
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return { status: 400, message: '请求地址无效' };
  }
  if (path.includes('\0')) return { status: 400, message: '请求地址无效' };
  return { path };
}

/** Host names the server answers to: its own address and the loopback names, each with its port. */
export function allowedHosts(bound: string, port: number, extra: readonly string[] = []): Set<string> {
  const names = new Set(['localhost', '127.0.0.1', '[::1]', bound.includes(':') ? `[${bound}]` : bound, ...extra]);
  const out = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    const lower = name.toLowerCase();
    // An extra entry may carry its own port ("example.test:443").
    out.add(/:\d+$/.test(lower) && !lower.endsWith(']') ? lower : `${lower}:${port}`);
  }
  return out;
}

/** A request whose Host is not one of ours is refused: a rebinding page's requests carry the attacker's name. */
export function checkHost(headers: IncomingHttpHeaders, allowed: ReadonlySet<string>): Refusal | null {
  const host = headers.host?.toLowerCase();
  if (!host) return { status: 400, message: '缺少 Host 请求头' };
  return allowed.has(host) ? null : { status: 421, message: '请求的主机名不属于本服务' };
}

/** POST /api/functions/*: JSON only, and from a page of this origin (no cross-site form or fetch). */
export function checkPost(headers: IncomingHttpHeaders): Refusal | null {
  const type = (headers['content-type'] ?? '').split(';', 1)[0].trim().toLowerCase();
  if (type !== 'application/json') return { status: 415, message: '请求内容类型必须是 application/json' };
  const origin = headers.origin;
  if (!origin || origin !== `http://${headers.host}`) return { status: 403, message: '只接受本站页面发出的请求' };
  return null;
}

/** sha256 sources of the inline scripts of an HTML page, for the CSP (Taro's H5 page sets its rem size inline). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/.test(match[1] ?? '') || !match[2]) continue;
    hashes.push(`'sha256-${createHash('sha256').update(match[2], 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/** The headers every answer carries. The CSP allows this origin's scripts plus the page's own inline ones. */
export function securityHeaders(scriptHashes: readonly string[] = []): Record<string, string> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    // Taro's components set inline styles and inject <style> elements.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
  };
}
