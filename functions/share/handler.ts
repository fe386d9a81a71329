// share: a read-only snapshot of a report for family members (docs/functions.md). The situation is evaluated
// again here (never trust a report sent by a client) and only the report is kept: no free text, no birth date,
// no base. Whoever holds the unguessable token can read it for 30 days unless the owner revokes it.
import { randomBytes } from 'node:crypto';
import * as z from 'zod/mini';
import { evaluate, isEvaluateError, todayInChina } from '../../engine';
import { NOT_SIGNED_IN, type CloudContext, type Handler } from '../platform/types';
import { SHARE_DAYS, SHARES, type ShareDoc } from './model';
import { failure, invalidInput } from '../shared/errors';
import { actionOf, parseEvent } from '../shared/event';
import { shareTitle } from './title';

export { SHARES, SHARE_KEEP_EXPIRED_DAYS, type ShareDoc } from './model';

/** 24 random bytes = 192 bits, 32 base64url characters. */
export const TOKEN_BYTES = 24;
/** Live shares one user may hold: a bound on what a looping client can store. */
export const MAX_LIVE_SHARES_PER_USER = 50;

const ACTIONS = ['create', 'get', 'revoke', 'list'] as const;
const tokenSchema = z.object({ token: z.string().check(z.regex(/^[A-Za-z0-9_-]{16,100}$/)) });
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

async function create(event: unknown, ctx: CloudContext, owner: string) {
  const situation = (event as { situation?: unknown }).situation;
  if (situation === undefined) return invalidInput('situation', '缺少要分享的情况（situation）');
  const now = ctx.now();
  const report = evaluate(situation, {
    today: todayInChina(now),
    onInternalError: (error) => ctx.log('share: internal error', error),
  });
  if (isEvaluateError(report)) {
    const { field } = report.error;
    return {
      error: { ...report.error, ...(field !== undefined ? { field: field ? `situation.${field}` : 'situation' } : {}) },
    };
  }
  const shares = ctx.store.collection<ShareDoc>(SHARES);
  const live = await shares.count({ owner, revoked: false, expiresAt: { $gt: now.toISOString() } });
  if (live >= MAX_LIVE_SHARES_PER_USER) {
    return failure('LIMIT_REACHED', `最多同时保留 ${MAX_LIVE_SHARES_PER_USER} 个有效分享，请先撤销一些`);
  }
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
  await shares.update({ _id: token, owner, revoked: false }, { revoked: true, revokedAt: ctx.now().toISOString() });
  const doc = await shares.get(token);
  // Someone else's token answers like an unknown one.
  if (!doc || doc.owner !== owner) return NOT_FOUND;
  return { revoked: true };
}

async function list(ctx: CloudContext, owner: string) {
  // Live = not expired; revoked ones stay listed until they expire so the owner sees they are off.
  const docs = await ctx.store
    .collection<ShareDoc>(SHARES)
    .find({ owner, expiresAt: { $gt: ctx.now().toISOString() } }, { sort: { createdAt: -1 }, limit: 100 });
  return {
    shares: docs.map(({ _id, title, createdAt, expiresAt, revoked }) => ({
      token: _id,
      title,
      createdAt,
      expiresAt,
      revoked,
    })),
  };
}
