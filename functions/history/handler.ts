// history: the caller's recent evaluations (newest first), or removes them ({ action: 'clear' }).
import * as s from '../../engine/shape';
import type { EvaluationDoc } from '../evaluate/handler';
import { HISTORY } from '../shared/collections';
import { NOT_SIGNED_IN, type CloudContext } from '../platform/types';

const eventSchema = s.object({ action: s.withDefault(s.oneOf(['list', 'clear']), 'list') });

export async function historyHandler(event: unknown, ctx: CloudContext) {
  if (!ctx.openid) return NOT_SIGNED_IN;
  if (event !== undefined && event !== null && (typeof event !== 'object' || Array.isArray(event))) {
    return { error: { code: 'INVALID_INPUT', field: '', message: '请求内容必须是一个 JSON 对象' } };
  }
  const parsed = s.check(eventSchema, event ?? {});
  if (!parsed.ok) return { error: { code: 'INVALID_INPUT', field: 'action', message: '操作只能是 list 或 clear' } };
  const history = ctx.store.collection<EvaluationDoc>(HISTORY);
  if (parsed.data.action === 'clear') {
    const removed = await history.remove({ owner: ctx.openid });
    if (removed) await ctx.store.compact?.([HISTORY]); // gone from storage too, not only from the list
    return { removed };
  }
  const docs = await history.find({ owner: ctx.openid }, { sort: { createdAt: -1 }, limit: 20 });
  return {
    items: docs.map(({ _id, createdAt, situation, headline }) => ({ id: _id, createdAt, situation, headline })),
  };
}
