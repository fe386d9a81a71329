// The reminder's subscription-message template: its id and its field keys come from configuration
// (REMINDER_TEMPLATE_ID and REMINDER_TEMPLATE_FIELDS in the reminders function's environment, cloudbaserc.json;
// fixed local values for `npm start` and the tests). The keys are checked when the function starts against what
// the code needs: a text field for the title, a date for the deadline, a text field for the note.
import { chineseDate, daysBetween, todayInChina } from '../../engine/time';
import { charCount, shorten } from '../shared/text';
import { FIELD_LIMITS, fieldType } from '../platform/subscribe-fields';

export const LOCAL_REMINDER_TEMPLATE_ID = 'local-reminder-template';

export interface ReminderFields {
  title: string;
  due: string;
  note: string;
}

/** The default template's keys: 待办事项 (thing, ≤ 20), 截止日期 (date), 温馨提示 (thing, ≤ 20). */
export const REMINDER_FIELDS: ReminderFields = { title: 'thing1', due: 'date2', note: 'thing3' };

/** The field types each role accepts (a key's type is its name without the trailing number). */
const ROLE_TYPES: Record<keyof ReminderFields, string[]> = { title: ['thing'], due: ['date'], note: ['thing'] };

/**
 * REMINDER_TEMPLATE_FIELDS, e.g. "title=thing1,due=date2,note=thing3" (unset = the default keys), checked
 * against ROLE_TYPES. The problem is a sentence for the log.
 */
export function parseReminderFields(text: string | undefined): { fields: ReminderFields } | { problem: string } {
  if (!text?.trim()) return { fields: REMINDER_FIELDS };
  const pairs = new Map(
    text.split(',').map((pair) => {
      const [role, key] = pair.split('=').map((part) => part?.trim() ?? '');
      return [role, key] as const;
    }),
  );
  const fields = {} as ReminderFields;
  for (const role of Object.keys(ROLE_TYPES) as Array<keyof ReminderFields>) {
    const key = pairs.get(role);
    if (!key || !/^[a-z_]+\d+$/.test(key)) return { problem: `REMINDER_TEMPLATE_FIELDS: no valid key for ${role}` };
    if (!ROLE_TYPES[role].includes(fieldType(key))) {
      return { problem: `REMINDER_TEMPLATE_FIELDS: ${role}=${key} must be of type ${ROLE_TYPES[role].join(' or ')}` };
    }
    fields[role] = key;
  }
  const unknown = [...pairs.keys()].filter((role) => !(role in ROLE_TYPES));
  if (unknown.length) return { problem: `REMINDER_TEMPLATE_FIELDS: unknown role(s) ${unknown.join(', ')}` };
  if (new Set(Object.values(fields)).size !== 3) return { problem: 'REMINDER_TEMPLATE_FIELDS: a key is used twice' };
  return { fields };
}

/** The mini-program page a tap on the message opens (must be in client/src/app.config.ts: WeChat answers 41030 otherwise). */
export const REMINDER_PAGE = 'pages/reminders/index';

export function reminderTemplateIdFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.REMINDER_TEMPLATE_ID?.trim() || null;
}

const fit = (key: string, text: string) => shorten(text, FIELD_LIMITS[fieldType(key)].max);

/** The to-do whose date is when cover starts, not a deadline (the engine's action key). */
const STARTS_ON = new Set(['waiting-ends']);

/**
 * "还有N天截止…" as of the day the message goes out (the dispatcher renders it again when it sends); for a date
 * cover starts on, "再过N天就能报销" (copy review L10: 截止 is wrong for a start date).
 */
export function reminderNote(due: string, at: Date, actionKey = ''): string {
  const daysLeft = daysBetween(todayInChina(at), due);
  if (STARTS_ON.has(actionKey)) return fit('thing', daysLeft <= 0 ? '今天起看病能报销' : `再过${daysLeft}天就能报销`);
  return fit('thing', daysLeft <= 0 ? '今天截止，请尽快办理' : `还有${daysLeft}天截止，请及时办理`);
}

/** The due date the way a title writes it: with or without its year, spaces allowed ("在 12月31日 前"). */
function dueInTitle(due: string): string {
  const [y, m, d] = [due.slice(0, 4), Number(due.slice(5, 7)), Number(due.slice(8, 10))];
  return `(?:${y}\\s*年\\s*)?${m}\\s*月\\s*${d}\\s*日`;
}

/**
 * The 待办事项 of a message: what to do, within the thing field's 20 characters (copy review 3 N32: a plain cut
 * kept the date, which the 截止日期 field already shows, and lost the action: "最晚2026年12月31日缴纳2027…").
 * Drops remarks in brackets and the due date with the words tying it to the action (最晚…, 在…前, …起), turns
 * "X要在<due>前缴" into "缴纳X", then keeps the first clause, then drops a leading 如果; only then cuts with "…".
 */
export function reminderTitle(title: string, due: string): string {
  const max = FIELD_LIMITS.thing.max;
  const date = dueInTitle(due);
  const squeeze = (text: string) =>
    text
      .replace(/\s+/g, ' ')
      .replace(/ (?=[^\x00-\x7f])|(?<=[^\x00-\x7f]) /g, '')
      .trim();
  const t = squeeze(
    title
      .replace(/[（(][^（）()]*[）)]/g, '')
      .replace(new RegExp(`([^：:；;，,]+?)\\s*要在\\s*${date}\\s*之?前\\s*(?:缴纳|缴)`), '缴纳$1')
      .replace(new RegExp(`(?:最晚|要在|在)?\\s*${date}\\s*(?:之前|前|起)?`, 'g'), ''),
  ).replace(/^[，、；：,;:]+/, '');
  if (!t) return shorten(title, max);
  if (charCount(t) <= max) return t;
  const first = t.split(/[；;，,。]/)[0];
  if (charCount(first) <= max) return first;
  const withoutIf = first.replace(/^如果/, '');
  return charCount(withoutIf) <= max ? withoutIf : shorten(withoutIf, max);
}

/** The template's data for a reminder. Values are shortened to fit; the caller still checks them. */
export function renderReminderData(
  r: { title: string; due: string; sendAt: Date; actionKey?: string },
  fields: ReminderFields = REMINDER_FIELDS,
): Record<string, { value: string }> {
  return {
    [fields.title]: { value: fit(fields.title, reminderTitle(r.title, r.due)) },
    [fields.due]: { value: chineseDate(r.due) },
    [fields.note]: { value: reminderNote(r.due, r.sendAt, r.actionKey) },
  };
}
