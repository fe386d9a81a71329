// Seeding reminders straight into a store (many at once, for the dispatcher tests, the crash test and the bench).
import type { Store } from '../../../functions/platform/types';
import { newReminderDoc, REMINDERS, type ReminderDoc } from '../../../functions/reminders/model';
import { LOCAL_REMINDER_TEMPLATE_ID, REMINDER_PAGE, renderReminderData } from '../../../functions/reminders/template';

/** `count` reminders titled `${prefix}${i}`, all due for sending at `sendAt`. */
export async function seedDueReminders(
  store: Store,
  count: number,
  sendAt: Date,
  prefix = 'r',
  owner = (i: number) => `user-${i % 97}`,
) {
  const reminders = store.collection<ReminderDoc>(REMINDERS);
  const due = new Date(sendAt.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < count; i++) {
    const title = `${prefix}${i}`;
    await reminders.insert(
      newReminderDoc({
        id: `${prefix}-${String(i).padStart(6, '0')}`,
        owner: owner(i),
        actionKey: 'resident-window',
        title,
        due,
        leadDays: 7,
        sendAt,
        message: {
          templateId: LOCAL_REMINDER_TEMPLATE_ID,
          page: REMINDER_PAGE,
          data: renderReminderData({ title, due, sendAt }),
        },
        now: new Date(sendAt.getTime() - 86_400_000),
      }),
    );
  }
}
