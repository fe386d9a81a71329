// Typed calls of the cloud functions (docs/functions.md). Every call goes through callFunction (cloud.ts).
import type { EvaluateResponse, MedicalStatus, Report, Situation } from '../types/contract';
import { callFunction } from './cloud';
import type { Reminder } from '../../../functions/reminders/model';

export interface ApiError {
  error: { code: string; message: string; field?: string; suggestions?: string[] };
}

export function isApiError(x: unknown): x is ApiError {
  return !!x && typeof x === 'object' && 'error' in x && !!(x as ApiError).error;
}

/** Turns an answer that is not of the expected shape into an ApiError the page can show. */
function expect<T>(check: (x: unknown) => boolean) {
  return (x: unknown): T | ApiError => {
    if (isApiError(x) || check(x)) return x as T | ApiError;
    return { error: { code: 'INTERNAL', message: '服务返回的结果无法识别，请稍后重试' } };
  };
}

const has = (key: string) => (x: unknown) => !!x && typeof x === 'object' && key in x;

// ---- evaluate ----
export function evaluate(situation: Situation): Promise<EvaluateResponse> {
  return callFunction<EvaluateResponse>('evaluate', situation);
}

// ---- history ----
export interface HistoryItem {
  id: string;
  createdAt: string;
  situation: Situation;
  /** `text` is the report's headline (entries made before contract v2 have none). */
  headline: { city: string; status: MedicalStatus; holes: number; benefitsFrom: string | null; text?: string };
}

export function listHistory() {
  return callFunction<unknown>('history', { action: 'list' }).then(expect<{ items: HistoryItem[] }>(has('items')));
}

export function clearHistory() {
  return callFunction<unknown>('history', { action: 'clear' }).then(expect<{ removed: number }>(has('removed')));
}

// ---- reminders ----
// The reminders function's own answer type (type-only: nothing of functions/ enters the bundle).
export type { Reminder, ReminderState } from '../../../functions/reminders/model';

export interface NewReminder {
  actionKey: string;
  title: string;
  due: string;
  leadDays: number;
  accepted: boolean;
}

export function createReminder(r: NewReminder) {
  return callFunction<unknown>('reminders', { action: 'create', ...r }).then(
    expect<{ reminder: Reminder }>(has('reminder')),
  );
}

export function listReminders() {
  return callFunction<unknown>('reminders', { action: 'list' }).then(
    expect<{ reminders: Reminder[] }>(has('reminders')),
  );
}

export function cancelReminder(id: string) {
  return callFunction<unknown>('reminders', { action: 'cancel', id }).then(
    expect<{ reminder: Reminder }>(has('reminder')),
  );
}

// ---- share ----
export interface ShareCreated {
  token: string;
  expiresAt: string;
  path: string;
  title: string;
}

export interface SharedReport {
  report: Report;
  createdAt: string;
  expiresAt: string;
}

export interface ShareInfo {
  token: string;
  title: string;
  createdAt: string;
  expiresAt: string;
  revoked: boolean;
}

export function createShare(situation: Situation) {
  return callFunction<unknown>('share', { action: 'create', situation }).then(expect<ShareCreated>(has('token')));
}

export function getShare(token: string) {
  return callFunction<unknown>('share', { action: 'get', token }).then(expect<SharedReport>(has('report')));
}

export function revokeShare(token: string) {
  return callFunction<unknown>('share', { action: 'revoke', token }).then(expect<{ revoked: boolean }>(has('revoked')));
}

export function listShares() {
  return callFunction<unknown>('share', { action: 'list' }).then(expect<{ shares: ShareInfo[] }>(has('shares')));
}

/** The message to show for a failed call (network errors reject with a Chinese message). */
export function messageOf(e: unknown): string {
  if (isApiError(e)) return e.error.message;
  if (e instanceof Error && e.message) return e.message;
  return '网络异常，请稍后重试';
}

// ---- reminders: the template (one source of truth: the reminders function's configuration) ----
export interface ReminderTemplate {
  templateId: string;
  fields: { title: string; due: string; note: string };
}

let template: Promise<ReminderTemplate | ApiError> | null = null;
let templateReady: ReminderTemplate | null = null;

/**
 * Asks the reminders function once for the template id to pass to requestSubscribeMessage. Called when a page
 * with 提醒我 opens, so the id is at hand in the tap handler (WeChat only shows its prompt for a tap, which a
 * network round-trip would lose). A failure is forgotten, so the next call asks again.
 */
export function loadReminderTemplate(): Promise<ReminderTemplate | ApiError> {
  template ??= callFunction<unknown>('reminders', { action: 'template' })
    .then(expect<ReminderTemplate>(has('templateId')))
    .then((answer) => {
      if (isApiError(answer)) template = null;
      else templateReady = answer;
      return answer;
    })
    .catch((e: unknown) => {
      template = null;
      throw e;
    });
  return template;
}

/** Drops the fetched template (WeChat said it does not exist): the next loadReminderTemplate asks again. */
export function forgetReminderTemplate(): void {
  template = null;
  templateReady = null;
}

/** The template once loadReminderTemplate has answered; null before. */
export function reminderTemplate(): ReminderTemplate | null {
  return templateReady;
}

// ---- account ----
export interface Removed {
  history: number;
  reminders: number;
  shares: number;
  outbox: number;
}

export function deleteAllMyData() {
  return callFunction<unknown>('account', { action: 'deleteAll' }).then(expect<{ removed: Removed }>(has('removed')));
}
