// How shares are stored: shared by the share function and the timed trigger (dispatch, which purges them and
// must not pull the engine into its bundle).
import type { Report } from '../../engine/contract';
import type { Doc } from '../platform/types';

export const SHARES = 'shares';

/** How long a share link works. The client's SHARE_DAYS is typed by ShareDays, so the two cannot differ. */
export const SHARE_DAYS = 30;
export type ShareDays = typeof SHARE_DAYS;

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
