// The reminder's subscription-message template: its id comes from configuration (REMINDER_TEMPLATE_ID in the
// cloud function's environment; a fixed local id for `npm start` and the tests), its field keys are the ones of
// the template picked in the WeChat console. Change the keys here, and only here, if the template changes.
import { chineseDate, daysBetween, todayInChina } from '../../engine/time';
import { shorten } from '../shared/text';
import { FIELD_LIMITS, fieldType } from '../platform/subscribe-fields';

export const LOCAL_REMINDER_TEMPLATE_ID = 'local-reminder-template';

/** 待办事项 (thing, ≤ 20), 截止日期 (date), 温馨提示 (thing, ≤ 20). */
export const REMINDER_FIELDS = { title: 'thing1', due: 'date2', note: 'thing3' } as const;

/** The mini-program page a tap on the message opens (must be in client/src/app.config.ts: WeChat answers 41030 otherwise). */
export const REMINDER_PAGE = 'pages/reminders/index';

export function reminderTemplateIdFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.REMINDER_TEMPLATE_ID?.trim() || null;
}

/** The template's data for a reminder. Values are shortened to fit; the caller still checks them. */
export function renderReminderData(r: { title: string; due: string; sendAt: Date }): Record<string, { value: string }> {
  const daysLeft = daysBetween(todayInChina(r.sendAt), r.due);
  const note = daysLeft === 0 ? '今天截止，请尽快办理' : `还有${daysLeft}天截止，请及时办理`;
  const fit = (key: string, text: string) => shorten(text, FIELD_LIMITS[fieldType(key)].max);
  return {
    [REMINDER_FIELDS.title]: { value: fit(REMINDER_FIELDS.title, r.title) },
    [REMINDER_FIELDS.due]: { value: chineseDate(r.due) },
    [REMINDER_FIELDS.note]: { value: fit(REMINDER_FIELDS.note, note) },
  };
}
