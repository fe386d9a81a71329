// evaluate: Situation → Report (../../shared/contract.md). Successful answers are kept in the caller's history
// so "recent results" survive restarts; a failure to save never costs the user the answer.
import { randomUUID } from 'node:crypto';
import { evaluate, isEvaluateError, todayInChina, type Report, type Situation } from '../../engine';
import type { CloudContext, Doc } from '../platform/types';

export const HISTORY = 'evaluations';
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

export async function evaluateHandler(event: unknown, ctx: CloudContext) {
  const situation = withoutPlatformFields(event);
  const result = evaluate(situation, {
    today: todayInChina(ctx.now()),
    onInternalError: (error) => ctx.log('evaluate: internal error', error),
  });
  if (isEvaluateError(result) || !ctx.openid) return result;
  try {
    await remember(ctx, ctx.openid, situation as Situation, result);
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
  const mine = await history.find({ owner }, { sort: { createdAt: -1 }, skip: HISTORY_PER_USER, limit: 100 });
  if (mine.length) await history.remove({ _id: { $in: mine.map((d) => d._id) } });
}
