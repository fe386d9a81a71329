// Sends the reminders that are due, safely when several dispatchers run at once and when one is killed.
//
//   pending ──claim──▶ sending ──send ok──────────▶ sent
//      ▲                  │ ├──43101──────────────▶ refused   (the user's one-time accept is gone: never retried)
//      │                  │ ├──43101 after an ────▶ sent, unconfirmed (the earlier send whose outcome was unknown
//      │                  │ │  unknown outcome                          used the accept: it got through)
//      │                  │ ├──47003 & co─────────▶ failed    (the message itself is wrong: retrying cannot help)
//      └──backoff─────────┘ └──other, maxAttempts─▶ failed
//      └──lease expired (the dispatcher died)──┘
//
// Claim: one conditional update {_id, state:'pending', attempts, nextAttemptAt ≤ now} → 'sending' with
// claimedBy (this run) and claimedUntil (a lease). The database applies it atomically per document, so of two
// dispatchers exactly one changes the document, and only that one sends.
// Lease: longer than the function may live (its timeout), so a claim only expires when its dispatcher is dead;
// the next run returns such reminders to 'pending'. A kill after the send but before 'sent' is recorded
// therefore sends that reminder once more: at least once, at most one duplicate per reminder per crash.
// Unknown outcome: a transient failure (a timeout may still have delivered) or a released claim marks the reminder
// `outcomeUnknown`; if its resend then answers 43101, the accept was used by the first send, so it is recorded as
// sent (unconfirmed), not refused.
// Time budget: derived from the function's configured timeout (cloudfunctions/dispatch/config.json, the same in
// cloudbaserc.json), so a run stops claiming early enough for its last sends to finish before it can be killed.
import { randomUUID } from 'node:crypto';
import { todayInChina } from '../../engine/time';
import { performance } from 'node:perf_hooks';
import type { CloudContext, Collection } from '../platform/types';
import { REMINDERS, type ReminderDoc } from '../reminders/model';
import { reminderNote } from '../reminders/template';
import dispatchConfig from '../../cloudfunctions/dispatch/config.json';

export interface DispatchOptions {
  /** Stop claiming after this long (ms of real time); sends already started still finish. */
  budgetMs: number;
  /** Sends in flight at once. */
  concurrency: number;
  /** How long a claim holds: must exceed the function's timeout (config.json) so a live claim never expires. */
  leaseMs: number;
  /** Transient failures before a reminder is given up as 'failed'. */
  maxAttempts: number;
  /** Wait before retry n is base × 2^(n-1), at most backoffMaxMs. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Reminders per read; the cloud database returns at most 100. */
  pageSize: number;
  /** Names this run in claimedBy; a fresh id by default. */
  runId?: string;
}

/** Time kept back from the timeout for the sends in flight and their results (an openapi call can take ~10 s). */
export const FINISH_MARGIN_MS = 15_000;

/** Budget and lease for a function timeout: claiming stops FINISH_MARGIN_MS before it; a lease outlives it twice. */
export function timingFor(timeoutSeconds: number): Pick<DispatchOptions, 'budgetMs' | 'leaseMs'> {
  const timeoutMs = timeoutSeconds * 1000;
  return { budgetMs: Math.max(timeoutMs - FINISH_MARGIN_MS, timeoutMs / 2), leaseMs: timeoutMs * 2 };
}

/** For the cloud function: timeout 60 s in its config.json → claiming stops at 45 s, leases last 120 s. */
export const DISPATCH_DEFAULTS: DispatchOptions = {
  ...timingFor(dispatchConfig.timeout),
  concurrency: 100,
  maxAttempts: 5,
  backoffBaseMs: 60_000,
  backoffMaxMs: 60 * 60_000,
  pageSize: 100,
};

export interface DispatchSummary {
  runId: string;
  /** Claims of dead dispatchers returned to 'pending'. */
  released: number;
  claimed: number;
  /** Due reminders another dispatcher claimed first. */
  lostRaces: number;
  sent: number;
  refused: number;
  failed: number;
  retried: number;
  /** The time budget ran out with due reminders left (the next run continues). */
  outOfTime: boolean;
  ms: number;
}

/** Errors after which sending the same message again cannot succeed. */
const PERMANENT_ERRORS: Record<number, { state: 'refused' | 'failed'; reason: string }> = {
  43101: { state: 'refused', reason: '用户未允许或订阅次数已用完' },
  47003: { state: 'failed', reason: '消息内容不符合模板要求' },
  40037: { state: 'failed', reason: '模板 ID 无效' },
  40003: { state: 'failed', reason: '接收人 openid 无效' },
  41030: { state: 'failed', reason: '跳转页面不存在' },
};

/** The summary counter of each state a send can leave a reminder in. */
const COUNTER_OF = { sent: 'sent', pending: 'retried', refused: 'refused', failed: 'failed' } as const;

function errCodeOf(error: unknown): number | undefined {
  const e = error as { errCode?: unknown; errcode?: unknown } | null;
  const code = Number(e?.errCode ?? e?.errcode);
  return Number.isFinite(code) ? code : undefined;
}

function describe(error: unknown): string {
  const e = error as { errMsg?: unknown; message?: unknown } | null;
  return String(e?.errMsg ?? e?.message ?? error).slice(0, 200);
}

/** What to record after a failed send that was attempt number `attempt` (1-based). */
export function afterFailure(
  error: unknown,
  attempt: number,
  now: Date,
  opts: DispatchOptions,
  outcomeUnknown = false,
): Partial<ReminderDoc> {
  const code = errCodeOf(error);
  if (code === 43101 && outcomeUnknown) {
    return {
      state: 'sent',
      attempts: attempt,
      sentAt: now.toISOString(),
      unconfirmed: true,
      lastError: `上次发送结果未知，再次发送时微信答复订阅已用过（43101）：按已发送记录：${describe(error)}`,
    };
  }
  const permanent = code === undefined ? undefined : PERMANENT_ERRORS[code];
  if (permanent)
    return {
      state: permanent.state,
      attempts: attempt,
      lastError: `${permanent.reason}（${code}）：${describe(error)}`,
    };
  if (attempt >= opts.maxAttempts) {
    return { state: 'failed', attempts: attempt, lastError: `发送失败 ${attempt} 次，已停止重试：${describe(error)}` };
  }
  const wait = Math.min(opts.backoffBaseMs * 2 ** (attempt - 1), opts.backoffMaxMs);
  return {
    state: 'pending',
    attempts: attempt,
    outcomeUnknown: true,
    nextAttemptAt: new Date(now.getTime() + wait).toISOString(),
    lastError: `第 ${attempt} 次发送失败，稍后重试：${describe(error)}`,
  };
}

export async function dispatchDue(ctx: CloudContext, options: Partial<DispatchOptions> = {}): Promise<DispatchSummary> {
  const opts: DispatchOptions = { ...DISPATCH_DEFAULTS, ...options };
  const started = performance.now();
  const inTime = () => performance.now() - started < opts.budgetMs;
  const reminders = ctx.store.collection<ReminderDoc>(REMINDERS);
  const summary: DispatchSummary = {
    runId: opts.runId ?? randomUUID(),
    released: 0,
    claimed: 0,
    lostRaces: 0,
    sent: 0,
    refused: 0,
    failed: 0,
    retried: 0,
    outOfTime: false,
    ms: 0,
  };

  summary.released = await releaseDeadClaims(reminders, ctx.now());
  const feed = dueFeed(reminders, ctx, opts.pageSize);

  const worker = async () => {
    while (inTime()) {
      const doc = await feed.next();
      if (!doc) return;
      await dispatchOne(doc);
    }
    if (!feed.exhausted) summary.outOfTime = true;
  };

  const dispatchOne = async (doc: ReminderDoc) => {
    const now = ctx.now();
    let won: number;
    try {
      won = await reminders.update(
        { _id: doc._id, state: 'pending', attempts: doc.attempts, nextAttemptAt: { $lte: now.toISOString() } },
        {
          state: 'sending',
          claimedBy: summary.runId,
          claimedUntil: new Date(now.getTime() + opts.leaseMs).toISOString(),
          updatedAt: now.toISOString(),
        },
      );
    } catch (error) {
      // Whether it applied is unknown: if it did, the lease returns the reminder later.
      ctx.log(`dispatch: could not claim reminder ${doc._id}`, error);
      return;
    }
    if (won !== 1) {
      summary.lostRaces++;
      return;
    }
    summary.claimed++;
    let result: Partial<ReminderDoc>;
    if (doc.due < todayInChina(now)) {
      // Retries (or a long outage) ran past the deadline: "pay by 31 Dec" arriving in January would mislead.
      result = { state: 'failed', lastError: '截止日期已过，不再发送' };
    } else {
      try {
        await ctx.openapi.sendSubscribeMessage({ touser: doc.owner, ...messageAt(doc, now) });
        result = { state: 'sent', sentAt: ctx.now().toISOString(), lastError: null };
      } catch (error) {
        result = afterFailure(error, doc.attempts + 1, ctx.now(), opts, doc.outcomeUnknown === true);
      }
    }
    summary[COUNTER_OF[result.state as keyof typeof COUNTER_OF]]++;
    try {
      await reminders.update(
        { _id: doc._id, state: 'sending', claimedBy: summary.runId },
        { ...result, claimedBy: null, claimedUntil: null, updatedAt: ctx.now().toISOString() },
      );
    } catch (error) {
      // The claim stays until its lease ends; the reminder is then retried (a duplicate if it was sent).
      ctx.log(`dispatch: could not record reminder ${doc._id} as ${result.state}`, error);
    }
  };

  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency) }, worker));
  summary.ms = Math.round(performance.now() - started);
  return summary;
}

/** The stored message with its "还有 N 天" note counted from the day it is actually sent. */
function messageAt(doc: ReminderDoc, now: Date): ReminderDoc['message'] {
  const key = doc.noteKey;
  if (!key || !doc.message.data[key]) return doc.message;
  return { ...doc.message, data: { ...doc.message.data, [key]: { value: reminderNote(doc.due, now, doc.actionKey) } } };
}

/** Returns to 'pending' every reminder whose claim has expired: its dispatcher died before recording a result. */
async function releaseDeadClaims(reminders: Collection<ReminderDoc>, now: Date): Promise<number> {
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
 * embedded store scan and order the whole backlog for every page.
 */
function dueFeed(reminders: Collection<ReminderDoc>, ctx: CloudContext, pageSize: number) {
  let page: ReminderDoc[] = [];
  let exhausted = false;
  let reading: Promise<void> | null = null;
  const read = () => {
    reading ??= reminders
      .find({ state: 'pending', nextAttemptAt: { $lte: ctx.now().toISOString() } }, { limit: Math.min(pageSize, 100) })
      .then((found) => {
        if (found.length === 0) exhausted = true;
        else page = found;
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
