// What a send's outcome means for a reminder: the state it is recorded in (sent, refused, failed, or pending for
// a retry after a backoff), the summary counter it adds to, and the Chinese lastError kept for the owner's view.
import type { ReminderDoc } from '../reminders/model';

/** Errors after which sending the same message again cannot succeed. */
const PERMANENT_ERRORS: Record<number, { state: 'refused' | 'failed'; reason: string }> = {
  43101: { state: 'refused', reason: '用户未允许或订阅次数已用完' },
  47003: { state: 'failed', reason: '消息内容不符合模板要求' },
  40037: { state: 'failed', reason: '模板 ID 无效' },
  40003: { state: 'failed', reason: '接收人 openid 无效' },
  41030: { state: 'failed', reason: '跳转页面不存在' },
};

/**
 * Errors that say the deployment is wrong, not the reminder (weapp audit 3, W1): the function may not call
 * subscribeMessage.send. Every send of the run would answer the same, so the run stops, the reminders go back to
 * pending without an attempt counted, and the log says what to do.
 */
export const CONFIG_ERRORS: Record<number, string> = {
  [-604101]: '云函数没有调用 subscribeMessage.send 的权限',
  [-604100]: '云调用 subscribeMessage.send 未授权',
};

/** What the operator must do about a configuration error: one log line, in the words of docs/deploy.md. */
export function configErrorHint(code: number): string {
  return (
    `dispatch: ${CONFIG_ERRORS[code]}（${code}）: run stopped, reminders kept pending, no attempt counted. ` +
    'Upload dispatch from WeChat DevTools (上传并部署：云端安装依赖, then config.json → 上传触发器); the permission is ' +
    'cached up to 10 minutes. docs/deploy.md § 7'
  );
}

/**
 * What to check after a 47003 (模板参数不准确), for the log (weapp audit 3, W11): the keys this message filled (their
 * number names the type) with their lengths, never the values (the user's text), and the usual cause. The values
 * passed the field limits when the reminder was made; WeChat's own message names the key it disliked.
 */
export function templateHint(message: ReminderDoc['message'], error: unknown): string {
  const keys = Object.entries(message.data).map(([key, { value }]) => `${key} (${[...value].length} 字)`);
  return (
    `dispatch: WeChat refused a reminder's data (47003) for template ${message.templateId}: sent ${keys.join(', ')}. ` +
    'The template in 我的模板 must have exactly these keywords, and REMINDER_TEMPLATE_FIELDS (the reminders ' +
    `function's environment) its keys by role: docs/deploy.md § 3. WeChat said: ${describe(error)}`
  );
}

/** The summary counter of each state a send can leave a reminder in. */
export const COUNTER_OF = { sent: 'sent', pending: 'retried', refused: 'refused', failed: 'failed' } as const;

export function errCodeOf(error: unknown): number | undefined {
  const e = error as { errCode?: unknown; errcode?: unknown } | null;
  const code = Number(e?.errCode ?? e?.errcode);
  return Number.isFinite(code) ? code : undefined;
}

function describe(error: unknown): string {
  const e = error as { errMsg?: unknown; message?: unknown } | null;
  return String(e?.errMsg ?? e?.message ?? error).slice(0, 200);
}

/** What to record after a failed send that was attempt number `attempt` (1-based). */
export function afterFailure(
  error: unknown,
  attempt: number,
  now: Date,
  opts: { maxAttempts: number; backoffBaseMs: number; backoffMaxMs: number },
  outcomeUnknown = false,
): Partial<ReminderDoc> {
  const code = errCodeOf(error);
  if (code === 43101 && outcomeUnknown) {
    return {
      state: 'sent',
      attempts: attempt,
      sentAt: now.toISOString(),
      unconfirmed: true,
      lastError: `上次发送结果未知，再次发送时微信答复订阅已用过（43101）：按已发送记录：${describe(error)}`,
    };
  }
  const permanent = code === undefined ? undefined : PERMANENT_ERRORS[code];
  if (permanent)
    return {
      state: permanent.state,
      attempts: attempt,
      lastError: `${permanent.reason}（${code}）：${describe(error)}`,
    };
  if (attempt >= opts.maxAttempts) {
    return { state: 'failed', attempts: attempt, lastError: `发送失败 ${attempt} 次，已停止重试：${describe(error)}` };
  }
  const wait = Math.min(opts.backoffBaseMs * 2 ** (attempt - 1), opts.backoffMaxMs);
  return {
    state: 'pending',
    attempts: attempt,
    outcomeUnknown: true,
    nextAttemptAt: new Date(now.getTime() + wait).toISOString(),
    lastError: `第 ${attempt} 次发送失败，稍后重试：${describe(error)}`,
  };
}
