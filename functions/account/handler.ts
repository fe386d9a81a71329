// account: { action: "deleteAll" } removes everything stored for the caller, and only for the caller
// (docs/functions.md): pending reminders are cancelled first (a dispatcher claiming one at that moment either wins
// the claim and sends it, or finds it cancelled), then the caller's reminders, shares (their links answer "not
// found" at once), recent results and outbox messages are deleted, and then gone from storage too (Store.compact:
// the local files are rewritten without them).
import * as s from '../../engine/shape';
import { NOT_SIGNED_IN, type CloudContext, type Handler } from '../platform/types';
import { REMINDERS, type ReminderDoc } from '../reminders/model';
import { HISTORY, OUTBOX } from '../shared/collections';
import { parseEvent } from '../shared/event';
import { SHARES } from '../share/model';

const eventSchema = s.object({ action: s.oneOf(['deleteAll']) });

export const accountHandler: Handler = async (event, ctx) => {
  if (!ctx.openid) return NOT_SIGNED_IN;
  // No default action: deleting everything must be asked for by name.
  const parsed = parseEvent(eventSchema, event ?? {}, { action: '操作只能是 deleteAll' });
  if (!parsed.ok) return parsed.answer;
  return { removed: await deleteAll(ctx, ctx.openid) };
};

export async function deleteAll(ctx: CloudContext, owner: string) {
  const reminders = ctx.store.collection<ReminderDoc>(REMINDERS);
  const at = ctx.now().toISOString();
  await reminders.update({ owner, state: 'pending' }, { state: 'cancelled', updatedAt: at });
  const removed = {
    history: await ctx.store.collection(HISTORY).remove({ owner }),
    reminders: await reminders.remove({ owner }),
    shares: await ctx.store.collection(SHARES).remove({ owner }),
    outbox: await ctx.store.collection(OUTBOX).remove({ touser: owner }),
  };
  const touched = [HISTORY, REMINDERS, SHARES, OUTBOX].filter((_, i) => Object.values(removed)[i] > 0);
  if (touched.length) await ctx.store.compact?.(touched);
  return removed;
}
