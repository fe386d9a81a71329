// Settings of the WeChat deployment.

/**
 * The one-time subscription message template used for reminders (WeChat 公众平台 → 功能 → 订阅消息).
 * Must be the template the `reminders`/`dispatch` cloud functions send with (their REMINDER_TEMPLATE_ID
 * environment variable). Set TARO_APP_REMINDER_TEMPLATE_ID when building (environment or client/.env.production).
 */
export const REMINDER_TEMPLATE_ID = process.env.TARO_APP_REMINDER_TEMPLATE_ID || 'REPLACE_WITH_YOUR_TEMPLATE_ID';

/** How long a shared report stays readable (the share function's rule; shown in the copy). */
export const SHARE_DAYS = 30;
