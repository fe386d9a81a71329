import { cloudMain } from '../platform/entry';
import { remindersHandlerWith } from './handler';
import { reminderTemplateIdFromEnv } from './template';

// The template id is set in the cloud console (云函数 → 版本与配置 → 环境变量 REMINDER_TEMPLATE_ID).
export const main = cloudMain(remindersHandlerWith({ templateId: reminderTemplateIdFromEnv() }));
