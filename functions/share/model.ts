// How shares are stored, and their deletion: shared by the share function and the timed trigger (dispatch), which
// must not pull the engine into its bundle.
import type { Report } from '../../engine/contract';
import type { CloudContext, Doc } from '../platform/types';

export const SHARES = 'shares';

export const SHARE_DAYS = 30;

/** Expired shares stay this long (answering "expired", not "unknown"), then the timed trigger deletes them. */
export const SHARE_KEEP_EXPIRED_DAYS = 30;

export interface ShareDoc extends Doc {
  /** _id is the token. */
  owner: string;
  title: string;
  report: Report;
  createdAt: string;
  expiresAt: string;
  revoked: boolean;
  revokedAt: string | null;
}

/** Deletes shares expired more than SHARE_KEEP_EXPIRED_DAYS ago (run by the dispatch timer). */
export async function purgeExpiredShares(ctx: CloudContext): Promise<number> {
  const cutoff = new Date(ctx.now().getTime() - SHARE_KEEP_EXPIRED_DAYS * 86_400_000).toISOString();
  return ctx.store.collection<ShareDoc>(SHARES).remove({ expiresAt: { $lt: cutoff } });
}
