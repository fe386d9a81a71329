// The reminder dispatcher of the local runtime, run on a timer as the timed trigger runs in the cloud; after its
// retention purge the collections it purged from are compacted, so purged data leaves the files too, and old
// quarantined files are deleted (P67).
import { invoke } from '../functions/platform/invoke';
import type { CloudContext, Handler, Store } from '../functions/platform/types';
import { REMINDERS } from '../functions/reminders/model';
import { HISTORY, OUTBOX } from '../functions/shared/collections';
import { SHARES } from '../functions/share/model';
import { NedbStore } from './nedb-store';

/** Where the dispatcher's retention purge counts go: those collections are compacted so the purged data is gone. */
const PURGED_COLLECTIONS: Record<string, string> = {
  history: HISTORY,
  reminders: REMINDERS,
  shares: SHARES,
  outbox: OUTBOX,
};

/** The reminder dispatcher: no caller (like the timed trigger), one run at a time, then the purged data compacted. */
export function dispatcher(handler: Handler | undefined, context: () => CloudContext, store: Store) {
  let running: Promise<unknown> | null = null;
  const runOnce = async () => {
    const result = await invoke(handler!, { Type: 'timer', TriggerName: 'local' }, context());
    const purged = (result as { purged?: Record<string, number> } | null)?.purged ?? {};
    const names = Object.keys(purged).filter((k) => purged[k] > 0 && PURGED_COLLECTIONS[k]);
    if (names.length) await store.compact?.(names.map((k) => PURGED_COLLECTIONS[k]));
    if (store instanceof NedbStore) store.purgeQuarantined(context().now());
    return result;
  };
  return {
    run(): Promise<unknown> {
      if (!handler) return Promise.resolve(null);
      running ??= runOnce().finally(() => {
        running = null;
      });
      return running;
    },
    get running() {
      return running;
    },
  };
}
