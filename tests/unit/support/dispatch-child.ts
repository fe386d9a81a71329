// A dispatcher process for the crash test (tests/unit/crash.test.ts): runs dispatch against a NeDB file store
// until no reminder is left pending or sending, each send taking LATENCY_MS and appended synchronously to the
// send log. Usage: tsx dispatch-child.ts <dataDir> <sendLog>; LEASE_MS sets the claim lease.
import { dispatchDue } from '../../../functions/dispatch/dispatcher';
import { REMINDERS } from '../../../functions/reminders/model';
import { NedbStore } from '../../../local/nedb-store';
import { fakeOpenApi } from './fake-openapi';

async function main() {
  const [dataDir, sendLog] = process.argv.slice(2);
  const store = new NedbStore(dataDir);
  const openapi = fakeOpenApi({ latencyMs: Number(process.env.LATENCY_MS ?? 50), sendLog });
  const ctx = {
    openid: null,
    store,
    openapi,
    now: () => new Date(),
    log: (m: string, d?: unknown) => console.error(m, d),
  };
  const reminders = store.collection(REMINDERS);
  for (;;) {
    await dispatchDue(ctx, {
      concurrency: Number(process.env.CONCURRENCY ?? 8),
      leaseMs: Number(process.env.LEASE_MS ?? 1000),
    });
    if ((await reminders.count({ state: { $in: ['pending', 'sending'] } })) === 0) break;
    // Claims of a dead dispatcher: wait for their lease to end.
    await new Promise((ok) => setTimeout(ok, 100));
  }
  process.stdout.write('done\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
