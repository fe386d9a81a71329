// Nothing is lost when a dispatcher is killed: a real dispatcher process is SIGKILLed in the middle of a batch,
// a new one finishes the job. Every reminder ends sent; none is sent more than twice (at most one duplicate per
// reminder per crash: sent, then killed before 'sent' was recorded).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REMINDERS } from '../../functions/reminders/model';
import { NedbStore } from '../../local/nedb-store';
import { seedDueReminders } from './support/reminders';

const ROOT = resolve(__dirname, '../..');
const COUNT = 200;
const CONCURRENCY = 8;
let dir: string;
const children: ChildProcess[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sdjz-crash-'));
});
afterEach(() => {
  // A failed assertion must not leave a dispatcher running.
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function startDispatcher(dataDir: string, sendLog: string): ChildProcess {
  // `node --import tsx`, not node_modules/.bin/tsx: the latter is a wrapper that runs the script in a second
  // process, which a SIGKILL of the wrapper would leave running.
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/unit/support/dispatch-child.ts', dataDir, sendLog], {
    cwd: ROOT,
    env: { ...process.env, LATENCY_MS: '50', LEASE_MS: '1500', CONCURRENCY: String(CONCURRENCY) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

const sentLines = (log: string) => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []);

async function until(condition: () => boolean, timeoutMs: number, what: string) {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 5));
  }
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) =>
    child.once('exit', (code, signal) => ok({ code, signal })),
  );

async function statesIn(dataDir: string): Promise<Record<string, number>> {
  // Loading the file store (after its writer is gone) sees exactly what a restarted process would see.
  const store = new NedbStore(dataDir);
  const counts: Record<string, number> = {};
  for (const state of ['pending', 'sending', 'sent', 'refused', 'failed']) {
    counts[state] = await store.collection(REMINDERS).count({ state });
  }
  return counts;
}

it('loses nothing and sends at most one duplicate per reminder when the dispatcher is SIGKILLed mid-batch', async () => {
  const data = join(dir, 'data');
  const sendLog = join(dir, 'sent.log');
  const seed = new NedbStore(data);
  await seedDueReminders(seed, COUNT, new Date(Date.now() - 60_000), 'c');
  await seed.compact();

  const first = startDispatcher(data, sendLog);
  let stderr = '';
  first.stderr!.on('data', (chunk) => (stderr += chunk));
  const firstExit = exited(first);
  await until(() => sentLines(sendLog).length >= COUNT / 4, 10_000, `a quarter of the sends (stderr: ${stderr})`);
  first.kill('SIGKILL');
  expect(await firstExit).toMatchObject({ signal: 'SIGKILL' });

  // Killed mid-batch: some sent, some claimed (in flight), most still waiting.
  const atKill = await statesIn(data);
  expect(atKill.sent).toBeGreaterThan(0);
  expect(atKill.sending).toBeGreaterThan(0);
  expect(atKill.pending).toBeGreaterThan(0);
  expect(atKill.sending).toBeLessThanOrEqual(CONCURRENCY);

  const second = startDispatcher(data, sendLog);
  second.stderr!.on('data', (chunk) => (stderr += chunk));
  expect(await exited(second)).toMatchObject({ code: 0 });

  const after = await statesIn(data);
  expect(after).toEqual({ pending: 0, sending: 0, sent: COUNT, refused: 0, failed: 0 });
  const timesSent = new Map<string, number>();
  for (const title of sentLines(sendLog)) timesSent.set(title, (timesSent.get(title) ?? 0) + 1);
  expect(timesSent.size).toBe(COUNT);
  expect(Math.max(...timesSent.values())).toBeLessThanOrEqual(2);
  // Duplicates only among the reminders in flight at the kill.
  expect([...timesSent.values()].filter((n) => n === 2).length).toBeLessThanOrEqual(atKill.sending);
}, 20_000);
