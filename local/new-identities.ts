// A bound on anonymous identities per client (P70): every cookieless call that stores something makes a new
// identity, so a script could fill the store and the memory. Each client address gets a bucket of `burst` new
// identities, refilled at `perMinute`; past it, a cookieless call runs as a caller without identity (evaluate still
// answers, nothing is stored) and a call that needs one answers 429 RATE_LIMITED. Known browsers are never limited.
// Behind a proxy every client has the proxy's address: raise the numbers there (SDJZ_NEW_IDENTITIES_PER_MINUTE).

export interface NewIdentityLimit {
  burst: number;
  perMinute: number;
}

export const DEFAULT_NEW_IDENTITIES: NewIdentityLimit = { burst: 200, perMinute: 60 };

/** Buckets not touched for this long are full again and are dropped, so the table stays small. */
const IDLE_MS = 60 * 60_000;

export function newIdentityLimiter(limit: NewIdentityLimit | false, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refill = (address: string) => {
    const t = now();
    const b = buckets.get(address) ?? { tokens: limit ? limit.burst : 0, at: t };
    if (limit) b.tokens = Math.min(limit.burst, b.tokens + ((t - b.at) / 60_000) * limit.perMinute);
    b.at = t;
    buckets.set(address, b);
    if (buckets.size > 10_000) {
      for (const [key, old] of buckets) if (t - old.at > IDLE_MS) buckets.delete(key);
    }
    return b;
  };
  return {
    /** Reserves a new identity for this client before the call runs (so concurrent calls cannot all pass). */
    take(address: string): boolean {
      if (!limit) return true;
      const b = refill(address);
      if (b.tokens < 1) return false;
      b.tokens -= 1;
      return true;
    },
    /** The call stored nothing: the reserved identity was not used. */
    refund(address: string) {
      if (limit) refill(address).tokens += 1;
    },
  };
}

export function newIdentityLimitFromEnv(env: NodeJS.ProcessEnv = process.env): NewIdentityLimit {
  const perMinute = Number(env.SDJZ_NEW_IDENTITIES_PER_MINUTE);
  if (!Number.isFinite(perMinute) || perMinute <= 0) return DEFAULT_NEW_IDENTITIES;
  return { perMinute, burst: Math.max(perMinute, DEFAULT_NEW_IDENTITIES.burst) };
}
