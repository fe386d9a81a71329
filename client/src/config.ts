// Settings of the WeChat deployment.
import type { ShareDays } from '../../functions/share/model';

// The reminder template id is not here: the client asks the reminders function for it (services/api.ts).

/**
 * The cloud environment Taro.cloud.init uses (云开发 → 环境 ID): TARO_APP_CLOUD_ENV, or ENV_ID from the root .env,
 * when building (docs/deploy.md). Empty = the environment selected in WeChat DevTools.
 */
export const CLOUD_ENV = process.env.TARO_APP_CLOUD_ENV || '';

/** How long a shared report stays readable (the share function's rule; shown in the copy). */
export const SHARE_DAYS: ShareDays = 30;
