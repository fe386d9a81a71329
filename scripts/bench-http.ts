// Part of `npm run bench`: evaluate over HTTP against the real local server at concurrency 50, once with 1,000
// and once with 100,000 stored evaluations (BENCH_STORED), and the data file's size against its live documents.
// The second figure should stay within 20 % of the first: queries go through the owner index and history is
// capped per user, so the work per request does not grow with what others stored.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluate, isEvaluateError } from '../engine';
import { HISTORY, HISTORY_PER_USER } from '../functions/evaluate/handler';
import { startLocalServer } from '../local/server';

const CONCURRENCY = 50;
const today = '2026-11-23';

/** Writes `count` stored evaluations of `count / 10` other users straight into a NeDB file. */
function seedFile(dir: string, count: number, situations: Array<Record<string, unknown>>) {
  const lines: string[] = [];
  const reports = situations.map((s) => evaluate(s, { today }));
  for (let i = 0; i < count; i++) {
    const situation = situations[i % situations.length];
    const report = reports[i % situations.length];
    if (isEvaluateError(report)) continue;
    lines.push(
      JSON.stringify({
        _id: createHash('sha1').update(`seed-${i}`).digest('hex'),
        owner: `local-${createHash('sha256')
          .update(`owner-${Math.floor(i / 10)}`)
          .digest('hex')
          .slice(0, 32)}`,
        createdAt: new Date(Date.parse('2026-01-01T00:00:00Z') + i * 1000).toISOString(),
        situation,
        headline: { city: report.region.name, status: report.medical.status, holes: 0, benefitsFrom: null },
      }),
    );
  }
  writeFileSync(join(dir, `${HISTORY}.db`), lines.join('\n') + '\n');
  return lines.length;
}

async function run(stored: number, situations: Array<Record<string, unknown>>, requests: number) {
  const dir = mkdtempSync(join(tmpdir(), 'sdjz-bench-http-'));
  try {
    const valid = situations
      .map((s) => ({ ...s, asOf: today }))
      .filter((s) => !isEvaluateError(evaluate(s, { today })));
    const seeded = seedFile(dir, stored, valid);
    const loadStarted = performance.now();
    const server = await startLocalServer({ port: 0, dataDir: dir, log: () => undefined, dispatchIntervalMs: 0 });
    await server.store.collection(HISTORY).count({}); // the file loads on first use
    const loadMs = performance.now() - loadStarted;
    const origin = server.url.replace(/\/$/, '');
    const cookies: Array<string | undefined> = Array.from({ length: CONCURRENCY * 4 }, () => undefined);
    let next = 0;
    let failures = 0;
    const call = async (n: number) => {
      const user = n % cookies.length;
      const res = await fetch(`${server.url}api/functions/evaluate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin, ...(cookies[user] ? { cookie: cookies[user] } : {}) },
        body: JSON.stringify(valid[n % valid.length]),
      });
      cookies[user] ??= res.headers.get('set-cookie')?.split(';')[0];
      const body = (await res.json()) as { error?: unknown };
      if (res.status !== 200 || body.error) failures++;
    };
    // Warm up (JIT, first-time code paths), then measure.
    for (let i = 0; i < 200; i++) await call(i);
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < requests) await call(next++);
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    const live = (await server.store.collection(HISTORY).count({})) as number;
    const before = statSync(join(dir, `${HISTORY}.db`)).size;
    await server.close();
    const after = statSync(join(dir, `${HISTORY}.db`)).size;
    return { seeded, loadMs, rate: requests / seconds, failures, live, before, after };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchHttp(situations: Array<Record<string, unknown>>) {
  const requests = Number(process.env.BENCH_HTTP_REQUESTS ?? 3000);
  const big = Number(process.env.BENCH_STORED ?? 100_000);
  // A first, unprinted run warms the JIT for the whole server path, so the two measured runs start equal.
  await run(100, situations, Math.min(requests, 1000));
  const small = await run(1000, situations, requests);
  const large = await run(big, situations, requests);
  const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
  for (const [label, r] of [
    ['1,000', small],
    [big.toLocaleString('en'), large],
  ] as const) {
    console.log(
      `evaluate over HTTP, ${label} stored evaluations (loaded in ${(r.loadMs / 1000).toFixed(1)} s): ${Math.round(r.rate)} req/s at concurrency ${CONCURRENCY} (${requests} requests, ${r.failures} failed); data file ${kb(r.before)} before shutdown, ${kb(r.after)} after, for ${r.live} live documents (${Math.round(r.after / r.live)} B each; history capped at ${HISTORY_PER_USER} per user)`,
    );
  }
  const ratio = large.rate / small.rate;
  console.log(
    `evaluate over HTTP: ${big.toLocaleString('en')} stored vs 1,000 stored = ${(ratio * 100).toFixed(0)} % of the throughput  (target ≥ 80 %)`,
  );
}
