// Reminder helpers shared by the action list and 提醒我: which lead times an action offers, how each reads, and
// the state of one reminder request on the screen.
import type { Action } from '../types/contract';
import { daysBetween } from './dates';

export interface RemindState {
  status: 'busy' | 'done' | 'error';
  message: string;
}

export interface RemindControl {
  onRemind: (action: Action, leadDays: number) => void;
  states: Record<string, RemindState>;
}

/** One reminder on screen: an action and a lead time. */
export function remindKey(a: Action, lead: number): string {
  return `${a.key}-${lead}`;
}

/** Lead times offered for an action due on `due` (a separate tap, and a separate reminder, each). */
export function leadTimes(due: string, today: string): number[] {
  const days = daysBetween(today, due);
  if (days < 0) return [];
  const leads = [7, 1].filter((l) => l <= days);
  return leads.length ? leads : [0];
}

/** 提前 7 天 / 当天: one wording on the result, the confirm sheet and 我的提醒. */
export function leadLabel(lead: number): string {
  return lead === 0 ? '当天' : `提前 ${lead} 天`;
}

/**
 * weapp: what the user reads when requestSubscribeMessage fails, by WeChat's errCode. 20004: the user switched
 * reminders off; 20001: the template id the reminders function gave does not exist (deleted or replaced in 我的模板,
 * an operator's fix: docs/deploy.md § 3), shown with its code so a user's report names it; anything else: try again.
 */
export function subscribeFailureMessage(errCode: number | undefined): string {
  if (errCode === 20004) return '你关闭了小程序的消息提醒，请在右上角「…」→「设置」里打开后再试。';
  if (errCode === 20001) return '提醒模板暂时不可用，我们会尽快修复，请稍后再试（20001）。';
  return '暂时无法设置提醒，请稍后再试。';
}
