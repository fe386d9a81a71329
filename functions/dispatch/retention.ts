// How long stored data is kept, enforced by the timed trigger (dispatch) on every run. The privacy page
// (client/src/pages/privacy) and docs/functions.md state the same numbers; tests/unit/retention.test.ts holds
// them to it.
import type { CloudContext } from '../platform/types';
import { REMINDERS } from '../reminders/model';
import { HISTORY, OUTBOX } from '../shared/collections';
import { SHARE_KEEP_EXPIRED_DAYS, SHARES } from '../share/model';

export const RETENTION_DAYS = {
  /** A recent result (besides the cap of the last 20 per user). */
  history: 365,
  /** A reminder that was sent, refused, failed or cancelled, after its last change. */
  endedReminders: 90,
  /** A share after it expired, or after it was revoked (until then it answers "expired"/"revoked"). */
  shares: SHARE_KEEP_EXPIRED_DAYS,
  /** A message of the local outbox (npm start only). */
  outbox: 90,
} as const;

export interface Purged {
  history: number;
  reminders: number;
  shares: number;
  outbox: number;
}

export async function purgeExpired(ctx: CloudContext): Promise<Purged> {
  const now = ctx.now().getTime();
  const before = (days: number) => ({ $lt: new Date(now - days * 86_400_000).toISOString() });
  const { store } = ctx;
  const shareCutoff = before(RETENTION_DAYS.shares);
  return {
    history: await store.collection(HISTORY).remove({ createdAt: before(RETENTION_DAYS.history) }),
    reminders: await store.collection(REMINDERS).remove({
      state: { $in: ['sent', 'refused', 'failed', 'cancelled'] },
      updatedAt: before(RETENTION_DAYS.endedReminders),
    }),
    shares:
      (await store.collection(SHARES).remove({ expiresAt: shareCutoff })) +
      (await store.collection(SHARES).remove({ revoked: true, revokedAt: shareCutoff })),
    outbox: await store.collection(OUTBOX).remove({ sentAt: before(RETENTION_DAYS.outbox) }),
  };
}
