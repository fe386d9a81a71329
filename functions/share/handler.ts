// share: a read-only snapshot of a report for family members (docs/functions.md). The situation is evaluated
// again here (never trust a report sent by a client) and only the report is kept: no free text, and neither the
// monthly base nor the birth month, even indirectly (privacy.ts). Whoever holds the unguessable token can read it for 30 days unless the owner revokes it.
import { randomBytes } from 'node:crypto';
import * as s from '../../engine/shape';
import { evaluate, isEvaluateError, todayInChina, type EvaluateError } from '../../engine';
import { validateSituation } from '../../engine/validate';
import { NOT_SIGNED_IN, type CloudContext, type Collection, type Handler } from '../platform/types';
import { SHARE_DAYS, SHARES, type ShareDoc } from './model';
import { failure, invalidInput } from '../shared/errors';
import { actionOf, parseEvent } from '../shared/event';
import { shareTitle } from './title';
import { situationForSharing, snapshotOf } from './privacy';

export { SHARES, SHARE_KEEP_EXPIRED_DAYS, type ShareDoc } from './model';

/** 24 random bytes = 192 bits, 32 base64url characters. */
export const TOKEN_BYTES = 24;
/** Live shares one user may hold: a bound on what a looping client can store. */
export const MAX_LIVE_SHARES_PER_USER = 50;
/** Revoked shares kept per user (they answer "revoked" until purged); older ones are deleted at once (P62). */
export const MAX_REVOKED_SHARES_PER_USER = 50;

const ACTIONS = ['create', 'get', 'revoke', 'list'] as const;
const tokenSchema = s.object({ token: s.string({ test: (t) => /^[A-Za-z0-9_-]{16,100}$/.test(t) }) });
const TOKEN_MESSAGES = { token: '分享链接不完整或已损坏，请让对方重新分享' };

const NOT_FOUND = failure('SHARE_NOT_FOUND', '没有找到这份分享，请确认链接完整，或请对方重新分享');

export const shareHandler: Handler = async (event, ctx) => {
  const action = actionOf(event, ACTIONS, 'list');
  if (!action.ok) return action.answer;
  if (action.data === 'get') return get(event, ctx);
  if (!ctx.openid) return NOT_SIGNED_IN;
  switch (action.data) {
    case 'create':
      return create(event, ctx, ctx.openid);
    case 'revoke':
      return revoke(event, ctx, ctx.openid);
    default:
      return list(ctx, ctx.openid);
  }
};

/** evaluate's error for a share's situation, its field under `situation.`. */
function situationError(evaluated: EvaluateError) {
  const { field } = evaluated.error;
  return {
    error: {
      ...evaluated.error,
      ...(field !== undefined ? { field: field ? `situation.${field}` : 'situation' } : {}),
    },
  };
}

async function create(event: unknown, ctx: CloudContext, owner: string) {
  const given = (event as { situation?: unknown }).situation;
  if (given === undefined) return invalidInput('situation', '缺少要分享的情况（situation）');
  const now = ctx.now();
  const today = todayInChina(now);
  // The whole situation is checked as evaluate checks it, also the fields the snapshot then leaves out (P32).
  const checked = validateSituation(given, today);
  if (!checked.ok) return situationError(checked.error);
  const { situation, baseLeftOut } = situationForSharing(given);
  // Told without the personal fields, decided on the whole situation: the snapshot leads with the remedy the owner
  // saw (a near-retirement birth month can decide it, issue 18), and stores only the report of `situation`.
  const evaluated = evaluate(situation, {
    today,
    decidedOn: given,
    onInternalError: (error) => ctx.log('share: internal error', error),
  });
  if (isEvaluateError(evaluated)) return situationError(evaluated);
  const report = snapshotOf(evaluated, baseLeftOut);
  const shares = ctx.store.collection<ShareDoc>(SHARES);
  const live = { owner, revoked: false, expiresAt: { $gt: now.toISOString() } };
  const limitReached = failure('LIMIT_REACHED', `最多同时保留 ${MAX_LIVE_SHARES_PER_USER} 个有效分享，请先撤销一些`);
  if ((await shares.count(live)) >= MAX_LIVE_SHARES_PER_USER) return limitReached;
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  const doc: ShareDoc = {
    _id: token,
    owner,
    title: shareTitle(report),
    report,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SHARE_DAYS * 86_400_000).toISOString(),
    revoked: false,
    revokedAt: null,
  };
  await shares.insert(doc);
  // Counted again after the insert (P29): concurrent creates all pass the first count, but the last of them to
  // insert sees every other one here, so whatever is kept never exceeds the cap (see docs/functions.md).
  if ((await shares.count(live)) > MAX_LIVE_SHARES_PER_USER) {
    await shares.remove({ _id: token, owner });
    return limitReached;
  }
  return { token, expiresAt: doc.expiresAt, path: `/pages/shared/index?token=${token}`, title: doc.title };
}

async function get(event: unknown, ctx: CloudContext) {
  const parsed = parseEvent(tokenSchema, event, TOKEN_MESSAGES);
  if (!parsed.ok) return parsed.answer;
  const doc = await ctx.store.collection<ShareDoc>(SHARES).get(parsed.data.token);
  if (!doc) return NOT_FOUND;
  if (doc.revoked) return failure('SHARE_REVOKED', '分享者已撤销这份分享');
  // Valid up to the last millisecond before expiresAt.
  if (ctx.now().toISOString() >= doc.expiresAt)
    return failure('SHARE_EXPIRED', `这份分享已过期（有效期 ${SHARE_DAYS} 天），请对方重新分享`);
  return { report: doc.report, title: doc.title, createdAt: doc.createdAt, expiresAt: doc.expiresAt };
}

async function revoke(event: unknown, ctx: CloudContext, owner: string) {
  const parsed = parseEvent(tokenSchema, event, TOKEN_MESSAGES);
  if (!parsed.ok) return parsed.answer;
  const shares = ctx.store.collection<ShareDoc>(SHARES);
  const { token } = parsed.data;
  const changed = await shares.update(
    { _id: token, owner, revoked: false },
    { revoked: true, revokedAt: ctx.now().toISOString() },
  );
  const doc = await shares.get(token);
  // Someone else's token answers like an unknown one.
  if (!doc || doc.owner !== owner) return NOT_FOUND;
  if (changed) await keepLatestRevoked(shares, owner);
  return { revoked: true };
}

/** At most MAX_REVOKED_SHARES_PER_USER revoked shares per user: the oldest revoked beyond that are deleted. */
async function keepLatestRevoked(shares: Collection<ShareDoc>, owner: string) {
  const older = await shares.find(
    { owner, revoked: true },
    { sort: { revokedAt: -1 }, skip: MAX_REVOKED_SHARES_PER_USER, limit: 100 },
  );
  if (older.length) await shares.remove({ _id: { $in: older.map((d) => d._id) }, owner });
}

async function list(ctx: CloudContext, owner: string) {
  // Every live share (at most MAX_LIVE_SHARES_PER_USER), then revoked ones not yet expired, newest first, up to
  // 100 in all: however many were revoked, no live link is ever left out. Revoked ones stay listed so the owner
  // sees they are off, until the timed trigger purges them.
  const shares = ctx.store.collection<ShareDoc>(SHARES);
  const notExpired = { $gt: ctx.now().toISOString() };
  const live = await shares.find(
    { owner, revoked: false, expiresAt: notExpired },
    { sort: { createdAt: -1 }, limit: 100 },
  );
  const revoked = await shares.find(
    { owner, revoked: true, expiresAt: notExpired },
    { sort: { createdAt: -1 }, limit: Math.max(0, 100 - live.length) },
  );
  const docs = [...live, ...revoked].sort((a, b) =>
    a.createdAt > b.createdAt ? -1 : a.createdAt < b.createdAt ? 1 : 0,
  );
  return {
    shares: docs.map(({ _id, title, createdAt, expiresAt, revoked: off }) => ({
      token: _id,
      title,
      createdAt,
      expiresAt,
      revoked: off,
    })),
  };
}
