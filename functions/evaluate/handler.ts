// evaluate: Situation → Report (../../shared/contract.md). Successful answers are kept in the caller's history
// so "recent results" survive restarts; a failure to save never costs the user the answer.
import { randomUUID } from 'node:crypto';
import { evaluate, isEvaluateError, todayInChina, type Report, type Situation } from '../../engine';
import { validateSituation } from '../../engine/validate';
import type { CloudContext, Doc } from '../platform/types';

export { HISTORY } from '../shared/collections';
import { HISTORY } from '../shared/collections';
export const HISTORY_PER_USER = 20;

export interface EvaluationDoc extends Doc {
  owner: string;
  createdAt: string;
  situation: Situation;
  /** What the recent-results list shows; `text` is the report's headline (absent in entries made before v2). */
  headline: {
    city: string;
    status: Report['medical']['status'];
    holes: number;
    benefitsFrom: string | null;
    text?: string;
  };
}

/** WeChat adds these to every event; they are not part of the Situation. */
function withoutPlatformFields(event: unknown): unknown {
  if (!event || typeof event !== 'object' || Array.isArray(event)) return event;
  const { userInfo: _userInfo, ...rest } = event as Record<string, unknown>;
  return rest;
}

/**
 * What is stored of a situation: the validated one, stripped to the contract's fields (an ID number typed into an
 * extra key, padding, anything unknown never reaches storage), with asOf only when the caller gave one.
 */
export function storableSituation(input: unknown, today: string): Situation | null {
  const validated = validateSituation(input, today);
  if (!validated.ok) return null;
  const given = (input as { asOf?: unknown }).asOf !== undefined;
  const { asOf, ...rest } = validated.situation;
  return given ? { ...rest, asOf } : rest;
}

export async function evaluateHandler(event: unknown, ctx: CloudContext) {
  const situation = withoutPlatformFields(event);
  const today = todayInChina(ctx.now());
  const result = evaluate(situation, {
    today,
    onInternalError: (error) => ctx.log('evaluate: internal error', error),
  });
  if (isEvaluateError(result) || !ctx.openid) return result;
  try {
    const stored = storableSituation(situation, today);
    if (stored) await remember(ctx, ctx.openid, stored, result);
  } catch (error) {
    ctx.log('evaluate: could not save history', error);
  }
  return result;
}

/** JSON with keys sorted, so the same situation compares equal whatever order its fields came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

async function remember(ctx: CloudContext, owner: string, situation: Situation, report: Report) {
  const history = ctx.store.collection<EvaluationDoc>(HISTORY);
  const createdAt = ctx.now().toISOString();
  const headline = {
    city: report.region.name,
    status: report.medical.status,
    holes: report.medical.holeMonths.length,
    benefitsFrom: report.medical.waiting?.benefitsFrom ?? null,
    text: report.headline.text,
  };
  // Opening a recent result again refreshes it instead of filling the history with copies.
  const [latest] = await history.find({ owner }, { sort: { createdAt: -1 }, limit: 1 });
  if (latest && canonical(latest.situation) === canonical(situation)) {
    await history.update({ _id: latest._id, owner }, { createdAt, headline });
    return;
  }
  await history.insert({ _id: randomUUID(), owner, createdAt, situation, headline });
  // Everything past the newest HISTORY_PER_USER goes, in pages of 100 (a read returns at most 100): after the last
  // of concurrent calls has inserted, its trim sees them all (P29).
  for (;;) {
    const older = await history.find({ owner }, { sort: { createdAt: -1 }, skip: HISTORY_PER_USER, limit: 100 });
    if (older.length) await history.remove({ _id: { $in: older.map((d) => d._id) }, owner });
    if (older.length < 100) return;
  }
}
