// A reminder as stored in the `reminders` collection, shared by the reminders function (which creates it) and
// the dispatcher (which sends it). One reminder = one accepted one-time subscription = at most one send, apart
// from the accepted duplicate after a crash (see ../dispatch/dispatcher.ts).
import type { Doc, SubscribeMessage } from '../platform/types';

export const REMINDERS = 'reminders';

export type ReminderState = 'pending' | 'sending' | 'sent' | 'refused' | 'failed' | 'cancelled';

export interface ReminderDoc extends Doc {
  owner: string;
  actionKey: string;
  /** The title as the user saw it; the message carries its shortened form. */
  title: string;
  /** China date YYYY-MM-DD. */
  due: string;
  leadDays: number;
  /** ISO instant (UTC). Instants in ISO form compare correctly as strings, in NeDB and in the cloud database. */
  sendAt: string;
  state: ReminderState;
  /** Failed sends so far (transient errors only). */
  attempts: number;
  /** When the dispatcher may next pick it up: sendAt at first, later after a backoff. Due = this ≤ now. */
  nextAttemptAt: string;
  /** The dispatcher run holding the claim while `sending`, and until when the claim holds. */
  claimedBy: string | null;
  claimedUntil: string | null;
  /** The message, rendered and checked against the template's limits when the reminder was created. */
  message: Omit<SubscribeMessage, 'touser'>;
  /** The key of the "还有 N 天" note in message.data, rendered again when the message is sent. */
  noteKey?: string;
  /** A send failed in a way that may still have delivered it (a timeout, a dispatcher killed mid-send). */
  outcomeUnknown?: boolean;
  /** Recorded as sent because WeChat answered 43101 to a resend after an unknown outcome: the first one got through. */
  unconfirmed?: boolean;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
}

/** A reminder as answered to its owner (docs/functions.md): the stored fields it may see, under its id. */
export interface Reminder extends Pick<ReminderDoc, 'actionKey' | 'title' | 'due' | 'leadDays' | 'sendAt' | 'state'> {
  id: string;
  lastError?: string;
  /** Sent, but WeChat did not confirm it (see ReminderDoc.unconfirmed). */
  unconfirmed?: true;
}

export function toReminder(doc: ReminderDoc): Reminder {
  const { _id, actionKey, title, due, leadDays, sendAt, state, lastError, unconfirmed } = doc;
  return {
    id: _id,
    actionKey,
    title,
    due,
    leadDays,
    sendAt,
    state,
    ...(lastError ? { lastError } : {}),
    ...(unconfirmed ? { unconfirmed: true as const } : {}),
  };
}

export interface NewReminder {
  id: string;
  owner: string;
  actionKey: string;
  title: string;
  due: string;
  leadDays: number;
  sendAt: Date;
  message: ReminderDoc['message'];
  noteKey?: string;
  now: Date;
}

export function newReminderDoc(r: NewReminder): ReminderDoc {
  const sendAt = r.sendAt.toISOString();
  const now = r.now.toISOString();
  return {
    _id: r.id,
    owner: r.owner,
    actionKey: r.actionKey,
    title: r.title,
    due: r.due,
    leadDays: r.leadDays,
    sendAt,
    state: 'pending',
    attempts: 0,
    nextAttemptAt: sendAt,
    claimedBy: null,
    claimedUntil: null,
    message: r.message,
    ...(r.noteKey ? { noteKey: r.noteKey } : {}),
    lastError: null,
    createdAt: now,
    updatedAt: now,
    sentAt: null,
  };
}
