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
// Time budget: derived from the function's real timeout, which the platform passes with each invocation
// (context.time_limit_in_ms → CloudContext.timeLimitMs; handler.ts), else from the timeout configured for deployment
// (cloudbaserc.json), so a run stops claiming early enough for its last sends to finish before it can be killed.
// Throughput: a worker records one reminder's result while it claims and sends the next.
// Configuration errors (−604101/−604100: no 云调用 permission, outcome.ts CONFIG_ERRORS) are the deployment's fault,
// not the reminder's: the run stops claiming, the reminders it holds go back to pending with no attempt counted,
// and one log line says what to do (weapp audit 3, W1). A 47003 logs one hint per run about the template (W11).
import { randomUUID } from 'node:crypto';
import { todayInChina } from '../../engine/time';
import { performance } from 'node:perf_hooks';
import type { CloudContext, Collection } from '../platform/types';
import { REMINDERS, type ReminderDoc } from '../reminders/model';
import { reminderNote } from '../reminders/template';
import dispatchConfig from '../../cloudfunctions/dispatch/config.json';
import { dueFeed, releaseDeadClaims } from './feed';
import { afterFailure, CONFIG_ERRORS, configErrorHint, COUNTER_OF, errCodeOf, templateHint } from './outcome';

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

/**
 * The dispatch function's timeout in seconds as deployed by cloudbaserc.json. Read from the function's own
 * config.json, which tests/unit/deploy-config.test.ts keeps equal to it: the bundle then carries 0.2 KB of JSON, not
 * the whole 1.3 KB cloudbaserc.json.
 */
export const CONFIGURED_TIMEOUT_S: number = dispatchConfig.timeout ?? 60;

/**
 * For the cloud function: timeout 60 s in cloudbaserc.json → claiming stops at 45 s, leases last 120 s. 10 sends in
 * flight when DISPATCH_CONCURRENCY is unset: each costs a claim and a result write, and the basic plan allows 20
 * simultaneous database connections and 30 QPS (weapp audit 3, W8; docs/deploy.md § 4).
 */
export const DISPATCH_DEFAULTS: DispatchOptions = {
  ...timingFor(CONFIGURED_TIMEOUT_S),
  concurrency: 10,
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
  /** The errCode of a configuration error that stopped the run (CONFIG_ERRORS), else null. */
  configError: number | null;
  /** How long this run claimed for: shows in the log which time limit it took (W2). */
  budgetMs: number;
  /** Which version the messages open (MINIPROGRAM_STATE), when the platform says (the cloud; W14). */
  miniprogramState?: string;
  ms: number;
}

interface Run {
  ctx: CloudContext;
  opts: DispatchOptions;
  reminders: Collection<ReminderDoc>;
  summary: DispatchSummary;
  /** A 47003 hint was logged in this run (one is enough). */
  templateHinted: boolean;
}

export async function dispatchDue(ctx: CloudContext, options: Partial<DispatchOptions> = {}): Promise<DispatchSummary> {
  const opts: DispatchOptions = Object.assign({}, DISPATCH_DEFAULTS, options);
  const started = performance.now();
  const inTime = () => performance.now() - started < opts.budgetMs && summary.configError === null;
  const reminders = ctx.store.collection<ReminderDoc>(REMINDERS);
  const summary = emptySummary(opts.runId ?? randomUUID(), opts.budgetMs);
  if (ctx.openapi.miniprogramState) summary.miniprogramState = ctx.openapi.miniprogramState;
  summary.released = await releaseDeadClaims(reminders, ctx.now());
  const feed = dueFeed(reminders, ctx, opts.pageSize);
  const run: Run = { ctx, opts, reminders, summary, templateHinted: false };

  const worker = async () => {
    // The claim is what makes a send happen once; its result only has to be recorded before the run ends. So a
    // worker records one result while it claims and sends the next, with at most one record of its own in flight.
    let recording: Promise<void> = Promise.resolve();
    while (inTime()) {
      const doc = await feed.next();
      if (!doc) break;
      const result = await claimAndSend(run, doc);
      await recording;
      if (result) recording = record(run, doc, result);
    }
    await recording;
    if (!feed.exhausted && summary.configError === null) summary.outOfTime = true;
  };

  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency) }, worker));
  summary.ms = Math.round(performance.now() - started);
  return summary;
}

function emptySummary(runId: string, budgetMs: number): DispatchSummary {
  return {
    runId,
    released: 0,
    claimed: 0,
    lostRaces: 0,
    sent: 0,
    refused: 0,
    failed: 0,
    retried: 0,
    outOfTime: false,
    configError: null,
    budgetMs,
    ms: 0,
  };
}

/** Claims `doc` for this run and sends it: the result to record, or null when the claim was lost or failed. */
async function claimAndSend(run: Run, doc: ReminderDoc) {
  const { ctx, opts, reminders, summary } = run;
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
    return null;
  }
  if (won !== 1) {
    summary.lostRaces++;
    return null;
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
      const code = errCodeOf(error);
      if (code !== undefined && code in CONFIG_ERRORS) return stopForConfiguration(run, code);
      if (code === 47003 && !run.templateHinted) {
        run.templateHinted = true;
        ctx.log(templateHint(doc.message, error));
      }
      result = afterFailure(error, doc.attempts + 1, ctx.now(), opts, doc.outcomeUnknown === true);
    }
  }
  summary[COUNTER_OF[result.state as keyof typeof COUNTER_OF]]++;
  return result;
}

/** The send failed because the deployment is wrong: stop the run, give the reminder back as it was claimed. */
function stopForConfiguration(run: Run, code: number): Partial<ReminderDoc> {
  if (run.summary.configError === null) {
    run.summary.configError = code;
    run.ctx.log(configErrorHint(code));
  }
  // Back to pending with its attempts, due time and outcome flag untouched: nothing was delivered.
  return { state: 'pending' };
}

/** Records a sent (or given-up) reminder's result and releases this run's claim on it. */
async function record({ ctx, reminders, summary }: Run, doc: ReminderDoc, result: Partial<ReminderDoc>) {
  try {
    await reminders.update(
      { _id: doc._id, state: 'sending', claimedBy: summary.runId },
      Object.assign({}, result, { claimedBy: null, claimedUntil: null, updatedAt: ctx.now().toISOString() }),
    );
  } catch (error) {
    // The claim stays until its lease ends; the reminder is then retried (a duplicate if it was sent).
    ctx.log(`dispatch: could not record reminder ${doc._id} as ${result.state}`, error);
  }
}

/** The stored message with its "还有 N 天" note counted from the day it is actually sent. */
function messageAt(doc: ReminderDoc, now: Date): ReminderDoc['message'] {
  const key = doc.noteKey;
  if (!key || !doc.message.data[key]) return doc.message;
  return { ...doc.message, data: { ...doc.message.data, [key]: { value: reminderNote(doc.due, now, doc.actionKey) } } };
}
