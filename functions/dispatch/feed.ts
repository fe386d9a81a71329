// Reading for the dispatcher: due reminders a page at a time, and the claims of dead dispatchers returned to
// 'pending' (see dispatcher.ts for the states and the claim).
import type { CloudContext, Collection } from '../platform/types';
import type { ReminderDoc } from '../reminders/model';

/** Returns to 'pending' every reminder whose claim has expired: its dispatcher died before recording a result. */
export async function releaseDeadClaims(reminders: Collection<ReminderDoc>, now: Date): Promise<number> {
  const at = now.toISOString();
  // Not counted as an attempt: a crash is not the reminder's fault, and counting it could fail a reminder that
  // was never tried.
  return reminders.update(
    { state: 'sending', claimedUntil: { $lt: at } },
    {
      state: 'pending',
      claimedBy: null,
      claimedUntil: null,
      nextAttemptAt: at,
      updatedAt: at,
      outcomeUnknown: true,
      lastError: '上次发送被中断，已重新排队',
    },
  );
}

/**
 * Due reminders, a page at a time, so a run holds at most two pages plus the sends in flight however large the
 * backlog. The next page is read as soon as the current one has been handed out (not when a worker runs dry),
 * so the workers rarely wait for a read. No sort: everything returned is already due, and a sort would make the
 * embedded store scan and order the whole backlog for every page. Each read after the first passes the last
 * page's last _id as a `resumeAfter` hint (the embedded store then skips what this run already handed out instead
 * of scanning past it: O(backlog²) → O(backlog)); since a store may honour the hint, the feed is only exhausted
 * when a read without it finds nothing.
 */
export function dueFeed(reminders: Collection<ReminderDoc>, ctx: CloudContext, pageSize: number) {
  let page: ReminderDoc[] = [];
  let exhausted = false;
  let reading: Promise<void> | null = null;
  let resumeAfter: string | undefined;
  const read = () => {
    const hinted = resumeAfter !== undefined;
    reading ??= reminders
      .find(
        { state: 'pending', nextAttemptAt: { $lte: ctx.now().toISOString() } },
        { limit: Math.min(pageSize, 100), resumeAfter },
      )
      .then((found) => {
        resumeAfter = found.length ? found[found.length - 1]._id : undefined;
        if (found.length) page = found;
        else if (!hinted) exhausted = true;
      })
      .finally(() => {
        reading = null;
      });
    return reading;
  };
  return {
    get exhausted() {
      return exhausted && page.length === 0;
    },
    async next(): Promise<ReminderDoc | undefined> {
      while (page.length === 0 && !exhausted) await read();
      const doc = page.shift();
      // Read ahead once the claims of this page have been issued (they are, by the next macrotask), so the
      // read does not return reminders this run is about to claim.
      if (page.length === 0 && !exhausted && !reading) {
        setImmediate(() => {
          // A failed read-ahead is retried (and its error surfaces) by the next worker that needs a reminder.
          if (page.length === 0 && !exhausted) read().catch(() => undefined);
        });
      }
      return doc;
    },
  };
}
