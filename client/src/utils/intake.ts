// The intake's answers: what a person told us, step by step. The steps themselves (which apply, when each is
// done, what each shows) are the table in pages/intake/steps.ts; the Situation built from the answers is in
// situation.ts.
import type { Concern } from '../types/contract';

export type EventKey = 'jobChange' | 'employer' | 'toResident' | 'flexibleStopped' | 'residentGap' | 'newborn';
export type StepKey =
  | 'city'
  | 'hukou'
  | 'event'
  | 'prevScheme'
  | 'from'
  | 'to'
  | 'resumed'
  | 'resFrom'
  | 'resTo'
  | 'resYear'
  | 'resPaid'
  | 'birth'
  | 'concerns';

export interface Answers {
  step: StepKey;
  /** Filled in for a family member (copy says 家人/TA). */
  forFamily?: boolean;
  /** The intake was submitted (the draft is kept for 改一改, but the home page no longer offers to resume it). */
  done?: boolean;
  city?: string;
  hukou?: 'local' | 'nonlocal' | 'unknown';
  event?: EventKey;
  prevScheme?: 'employee' | 'flexible';
  from?: string;
  to?: string;
  /** Job change: the month the new employer started paying again, or 'none' = not yet. */
  resumed?: string | 'none';
  resFrom?: number;
  resTo?: number;
  /** Year of resident insurance paid after the gap, or 'none' = not paid yet. */
  resYear?: number | 'none';
  /** Month it was paid, or 'none' (newborn: not paid yet). */
  resPaid?: string;
  /** Day of that month it was paid, or 'unknown' (then the 15th is assumed; today in the current month). */
  resPaidDay?: number | 'unknown';
  birth?: string;
  concerns?: Concern[];
  /** Optional, asked with the pension concern: the statutory retirement date depends on them (F23). */
  gender?: 'male' | 'female';
  personBirth?: string;
  /** A woman's original statutory age (50 工人岗位 / 55 管理、技术岗位); unset = not known (55 is assumed). */
  originalAge?: 50 | 55;
}

/** A woman's original retirement age depends on her job (copy review M15): the choices the intake offers. */
export const ORIGINAL_AGES: { age: 50 | 55; label: string }[] = [
  { age: 50, label: '原来 50 岁退休（工人岗位）' },
  { age: 55, label: '原来 55 岁退休（管理、技术岗位或灵活就业）' },
];

export const EVENTS: { key: EventKey; label: string; hint: string }[] = [
  { key: 'jobChange', label: '离职了 / 换工作', hint: '单位不再给交医保' },
  { key: 'employer', label: '还在上班，但单位停交或欠缴', hint: '单位没按月给交医保' },
  { key: 'toResident', label: '不上班了，改交居民医保', hint: '居民医保：城乡居民医保，按年交费' },
  { key: 'flexibleStopped', label: '自己交的医保停了', hint: '以灵活就业身份（没有单位，个人交职工医保）交的' },
  { key: 'residentGap', label: '居民医保断了一年或几年', hint: '中间有年份没交' },
  { key: 'newborn', label: '给刚出生的宝宝参保', hint: '新生儿参加居民医保' },
];

export function freshAnswers(forFamily = false): Answers {
  return { step: 'city', forFamily: forFamily || undefined };
}

export function defaultConcerns(event: EventKey): Concern[] {
  return event === 'residentGap' || event === 'newborn' ? ['medical'] : ['medical', 'pension'];
}

/** The pension concern (for an adult's own history) offers the optional gender and birth month. */
export function asksRetirement(a: Answers): boolean {
  return a.event !== 'newborn' && (a.concerns ?? []).includes('pension');
}
