// reminders: create / list / cancel the caller's reminders (docs/functions.md). The owner is always the
// caller's openid from the context; the event cannot name another owner (unknown keys are dropped).
import { randomUUID } from 'node:crypto';
import * as s from '../../engine/shape';
import { addMonthsToDate, chineseDate, isDate, todayInChina } from '../../engine/time';
import { checkTemplateData } from '../platform/subscribe-fields';
import { NOT_SIGNED_IN, type CloudContext, type Collection, type Handler } from '../platform/types';
import { failure, invalidInput } from '../shared/errors';
import { actionOf, parseEvent, type FieldMessage } from '../shared/event';
import { charCount } from '../shared/text';
import { newReminderDoc, REMINDERS, toReminder, type ReminderDoc, type ReminderState } from './model';
import { reminderSendAt } from './schedule';
import {
  LOCAL_REMINDER_TEMPLATE_ID,
  REMINDER_FIELDS,
  REMINDER_PAGE,
  renderReminderData,
  type ReminderFields,
} from './template';

export const MAX_LEAD_DAYS = 30;
export const MAX_TITLE_CHARS = 60;
/** Deadlines further away than this are refused: no report action is that far out. */
export const MAX_DUE_MONTHS_AHEAD = 24;
/** Pending reminders one user may hold: a bound on what a looping client can store. */
export const MAX_PENDING_PER_USER = 50;
/** Ended reminders (sent, refused, failed, cancelled) kept per user; older ones are deleted at once (P62). */
export const MAX_ENDED_PER_USER = 50;

const ACTIONS = ['create', 'list', 'cancel', 'template'] as const;

const trim = { map: (t: string) => t.trim() };
const createSchema = s.object({
  actionKey: s.string(trim, { test: (t) => /^[A-Za-z0-9_-]{1,40}$/.test(t) }),
  title: s.string(trim, { test: (t) => t.length >= 1 && charCount(t) <= MAX_TITLE_CHARS }),
  due: s.string({ test: isDate }),
  leadDays: s.number({ test: (n) => Number.isSafeInteger(n) && n >= 0 && n <= MAX_LEAD_DAYS }),
  accepted: s.boolean(),
});

const CREATE_MESSAGES: Record<string, FieldMessage> = {
  actionKey: '事项标识（actionKey）缺失或格式不对，应为报告中待办事项的 key',
  title: `提醒标题不能为空，且不超过 ${MAX_TITLE_CHARS} 个字`,
  due: '截止日期（due）不是有效日期，请写成“年-月-日”，例如 2026-12-31',
  leadDays: `提前天数（leadDays）应为 0 到 ${MAX_LEAD_DAYS} 之间的整数`,
  accepted: {
    missing: '缺少订阅结果（accepted）：请先请求订阅消息授权',
    invalid: '订阅结果（accepted）应为 true 或 false',
  },
};

const cancelSchema = s.object({ id: s.string({ test: (t) => t.length >= 1 && t.length <= 100 }) });

export interface RemindersConfig {
  /** null = not configured (a cloud deployment without REMINDER_TEMPLATE_ID): nothing can be created. */
  templateId: string | null;
  /** The template's field keys (REMINDER_TEMPLATE_FIELDS); default REMINDER_FIELDS. */
  fields?: ReminderFields;
  /** Why the configuration is unusable (checked at startup); every call then answers INTERNAL. */
  problem?: string;
}

export function remindersHandlerWith(given: RemindersConfig): Handler {
  const config = { ...given, fields: given.fields ?? REMINDER_FIELDS };
  return async (event, ctx) => {
    if (!ctx.openid) return NOT_SIGNED_IN;
    if (config.problem) return notConfigured(ctx, config.problem);
    const action = actionOf(event, ACTIONS, 'list');
    if (!action.ok) return action.answer;
    switch (action.data) {
      case 'create':
        return create(event, ctx, ctx.openid, config);
      case 'cancel':
        return cancel(event, ctx, ctx.openid);
      case 'template':
        return config.templateId ? { templateId: config.templateId, fields: config.fields } : notConfigured(ctx);
      default:
        return list(ctx, ctx.openid);
    }
  };
}

/** The handler the local runtime and the tests use; the cloud entry (index.ts) reads the environment. */
export const remindersHandler = remindersHandlerWith({ templateId: LOCAL_REMINDER_TEMPLATE_ID });

function notConfigured(ctx: CloudContext, problem = "REMINDER_TEMPLATE_ID is not set in this function's environment") {
  ctx.log(`reminders: ${problem}`);
  return failure('INTERNAL', '提醒功能暂未开通，请稍后再试');
}

async function create(
  event: unknown,
  ctx: CloudContext,
  owner: string,
  config: RemindersConfig & { fields: ReminderFields },
) {
  const parsed = parseEvent(createSchema, event, CREATE_MESSAGES);
  if (!parsed.ok) return parsed.answer;
  const input = parsed.data;
  if (!input.accepted)
    return failure('NOT_ACCEPTED', '没有允许接收提醒消息，提醒未设置。可以在小程序设置中打开“订阅消息”后再试');
  if (!config.templateId) return notConfigured(ctx);

  const now = ctx.now();
  const today = todayInChina(now);
  if (input.due < today) return invalidInput('due', `截止日期${chineseDate(input.due)}已经过去，无法设置提醒`);
  if (input.due > addMonthsToDate(today, MAX_DUE_MONTHS_AHEAD)) {
    return invalidInput('due', `截止日期太远，只能设置 ${MAX_DUE_MONTHS_AHEAD} 个月以内的提醒`);
  }
  const sendAt = reminderSendAt(input.due, input.leadDays, now);
  if (!sendAt) {
    return invalidInput(
      'due',
      `截止日期${chineseDate(input.due)}前已没有可发送提醒的时间（每天 9:00 发送），请尽快直接办理`,
    );
  }
  const data = renderReminderData(
    { title: input.title, due: input.due, sendAt, actionKey: input.actionKey },
    config.fields,
  );
  const problem = checkTemplateData(data);
  if (problem) {
    const field = Object.entries(config.fields).find(([, key]) => key === problem.key)?.[0] ?? 'title';
    return invalidInput(field, `提醒内容不符合微信消息的要求：${problem.reason}`);
  }

  const reminders = ctx.store.collection<ReminderDoc>(REMINDERS);
  const limitReached = failure('LIMIT_REACHED', `最多同时设置 ${MAX_PENDING_PER_USER} 个待发送的提醒，请先取消一些`);
  const pending = { owner, state: 'pending' };
  if ((await reminders.count(pending)) >= MAX_PENDING_PER_USER) return limitReached;
  const doc = newReminderDoc({
    id: randomUUID(),
    owner,
    actionKey: input.actionKey,
    title: input.title,
    due: input.due,
    leadDays: input.leadDays,
    sendAt,
    message: { templateId: config.templateId, page: REMINDER_PAGE, data },
    noteKey: config.fields.note,
    now,
  });
  await reminders.insert(doc);
  // Counted again after the insert (P29), as share create does: the last of concurrent creates sees all the others.
  if ((await reminders.count(pending)) > MAX_PENDING_PER_USER) {
    await reminders.remove({ _id: doc._id, owner });
    return limitReached;
  }
  await keepLatestEnded(reminders, owner);
  return { reminder: toReminder(doc) };
}

/** At most MAX_ENDED_PER_USER ended reminders per user: the ones that ended longest ago are deleted (P62). */
async function keepLatestEnded(reminders: Collection<ReminderDoc>, owner: string) {
  const older = await reminders.find(
    { owner, state: { $in: ENDED_STATES } },
    { sort: { updatedAt: -1 }, skip: MAX_ENDED_PER_USER, limit: 100 },
  );
  if (older.length) await reminders.remove({ _id: { $in: older.map((d) => d._id) }, owner });
}

/** States a reminder leaves behind once it is over; such reminders are purged after ENDED_REMINDER_KEEP_DAYS. */
export const ENDED_STATES: ReminderState[] = ['sent', 'refused', 'failed', 'cancelled'];

async function list(ctx: CloudContext, owner: string) {
  // Every pending or sending reminder (at most MAX_PENDING_PER_USER + those in flight), soonest first, then the
  // latest ended ones up to 100 in all: however many were cancelled, none still to come is ever left out.
  const reminders = ctx.store.collection<ReminderDoc>(REMINDERS);
  const active = await reminders.find(
    { owner, state: { $in: ['pending', 'sending'] } },
    { sort: { sendAt: 1 }, limit: 100 },
  );
  const ended = await reminders.find(
    { owner, state: { $in: ENDED_STATES } },
    { sort: { sendAt: -1 }, limit: Math.max(0, 100 - active.length) },
  );
  // A reminder the dispatcher records as sent between the two reads is in both: listed once, as it ended (P60).
  const endedIds = new Set(ended.map((d) => d._id));
  const all = [...active.filter((d) => !endedIds.has(d._id)), ...ended].sort((a, b) =>
    a.sendAt < b.sendAt ? -1 : a.sendAt > b.sendAt ? 1 : 0,
  );
  return { reminders: all.map(toReminder) };
}

async function cancel(event: unknown, ctx: CloudContext, owner: string) {
  const parsed = parseEvent(cancelSchema, event, {
    id: { missing: '缺少要取消的提醒（id）', invalid: '要取消的提醒（id）应为不超过 100 个字符的文字' },
  });
  if (!parsed.ok) return parsed.answer;
  const reminders = ctx.store.collection<ReminderDoc>(REMINDERS);
  const { id } = parsed.data;
  // One conditional update: a dispatcher claiming it at the same moment either wins (and it is sent) or loses.
  const changed = await reminders.update(
    { _id: id, owner, state: 'pending' },
    { state: 'cancelled', updatedAt: ctx.now().toISOString() },
  );
  const doc = await reminders.get(id);
  // Someone else's reminder answers exactly like a missing one: no hint that the id exists.
  if (!doc || doc.owner !== owner) return failure('NOT_FOUND', '没有找到这个提醒');
  if (!changed && doc.state !== 'cancelled') {
    return failure('NOT_PENDING', doc.state === 'sending' ? '提醒正在发送，无法取消' : '提醒已发送或已结束，无需取消');
  }
  if (changed) await keepLatestEnded(reminders, owner);
  return { reminder: toReminder(doc) };
}
