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
