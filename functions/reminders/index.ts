import { cloudMain } from '../platform/entry';
import { remindersHandlerWith } from './handler';
import { parseReminderFields, reminderTemplateIdFromEnv } from './template';

// Configuration (cloudbaserc.json → envVariables): REMINDER_TEMPLATE_ID and REMINDER_TEMPLATE_FIELDS, checked
// once when the function starts; a bad field list is logged and every call answers INTERNAL until it is fixed.
const parsed = parseReminderFields(process.env.REMINDER_TEMPLATE_FIELDS);
if ('problem' in parsed) console.error(`reminders: ${parsed.problem}`);

export const main = cloudMain(
  remindersHandlerWith({
    templateId: reminderTemplateIdFromEnv(),
    ...('fields' in parsed ? { fields: parsed.fields } : { problem: parsed.problem }),
  }),
);
