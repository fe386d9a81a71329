// The local store under damage and growth: a torn file (a crash mid-write, far beyond NeDB's 10 % threshold)
// keeps its good lines, moves the bad ones aside with a warning, and keeps serving; the file is compacted as it
// grows, so its size follows the live documents, not the number of writes.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPACT_AFTER_MIN_WRITES, NedbStore } from '../../local/nedb-store';
import { startLocalServer } from '../../local/server';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sdjz-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const good = (i: number) =>
  JSON.stringify({
    _id: `e${i}`,
    owner: 'local-a',
    createdAt: `2026-11-2${i}T00:00:00.000Z`,
    situation: {},
    headline: {},
  });

it('repairs a torn file: good lines kept, bad ones moved aside with a warning, and it keeps serving', async () => {
  const file = join(dir, 'evaluations.db');
  const torn = [
    good(1),
    '{"_id":"e2","owner":"loc',
    'garbage',
    good(3),
    '\u0000\u0000\u0000',
    '[1,2]',
    '{"no":"id"}',
    good(4),
  ];
  writeFileSync(file, torn.join('\n') + '\n{"_id":"e5","ow');
  const logs: string[] = [];
  const store = new NedbStore(dir, { log: (l) => logs.push(l) });
  const docs = await store.collection('evaluations').find({}, { sort: { _id: 1 } });
  expect(docs.map((d) => d._id)).toEqual(['e1', 'e3', 'e4']);
  expect(logs).toHaveLength(1);
  expect(logs[0]).toMatch(/warning: .*evaluations\.db had 6 damaged line\(s\) \(of 9\); kept 3/);
  const aside = readdirSync(dir).filter((f) => f.startsWith('evaluations.db.corrupt-'));
  expect(aside).toHaveLength(1);
  expect(readFileSync(join(dir, aside[0]), 'utf8')).toContain('garbage');
  // it keeps serving: writes land, and a restart loads cleanly without another warning
  await store.collection('evaluations').insert({ _id: 'e6', owner: 'local-a' });
  await store.close();
  const again = new NedbStore(dir, { log: (l) => logs.push(l) });
  expect(await again.collection('evaluations').count({})).toBe(4);
  expect(logs).toHaveLength(1);
  await again.close();
});

it('starts the local server on a torn file and answers from the good lines', async () => {
  writeFileSync(
    join(dir, 'shares.db'),
    Array.from({ length: 20 }, (_, i) => (i % 2 ? 'x'.repeat(i) : good(i))).join('\n'),
  );
  const logs: string[] = [];
  const server = await startLocalServer({ port: 0, dataDir: dir, log: (l) => logs.push(l), dispatchIntervalMs: 0 });
  try {
    const res = await fetch(`${server.url}api/functions/share`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url.replace(/\/$/, '') },
      body: JSON.stringify({ action: 'get', token: 'A'.repeat(32) }),
    });
    expect((await res.json()).error.code).toBe('SHARE_NOT_FOUND');
    expect(await server.store.collection('shares').count({})).toBe(10);
    expect(logs.some((l) => l.includes('shares.db had 10 damaged line(s)'))).toBe(true);
  } finally {
    await server.close();
  }
});

it('compacts as it grows: the file follows the live documents, not the writes', async () => {
  const store = new NedbStore(dir, { log: () => undefined });
  const c = store.collection('evaluations');
  const writes = COMPACT_AFTER_MIN_WRITES * 5;
  for (let i = 0; i < writes; i++) {
    await c.insert({ _id: `d${i}`, owner: 'local-a', pad: 'p'.repeat(200) });
    if (i >= 10) await c.remove({ _id: `d${i - 10}` });
  }
  await new Promise((ok) => setTimeout(ok, 200)); // a compaction started by the last writes finishes
  const lines = readFileSync(join(dir, 'evaluations.db'), 'utf8').split('\n').filter(Boolean).length;
  // 10 live documents; without compaction the file would hold 2 × writes lines.
  expect(await c.count({})).toBe(10);
  expect(lines).toBeLessThanOrEqual(2 * COMPACT_AFTER_MIN_WRITES + 20);
  expect(statSync(join(dir, 'evaluations.db')).size).toBeLessThan(writes * 2 * 250 * 0.3);
  await store.close();
  expect(readFileSync(join(dir, 'evaluations.db'), 'utf8').split('\n').filter(Boolean).length).toBeLessThanOrEqual(12);
  expect(existsSync(join(dir, 'evaluations.db'))).toBe(true);
}, 30_000);
