// The intake's answers, its steps (which depend on what happened), per-step checks with messages a user
// understands, and the Situation built from the answers.
import type { Concern, Period, Situation } from '../types/contract';
import { fmtMonth, makeMonth, monthIndex, thisMonth, thisYear, todayInChina } from './dates';

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
  birth?: string;
  concerns?: Concern[];
  /** Optional, asked with the pension concern: the statutory retirement date depends on them (F23). */
  gender?: 'male' | 'female';
  personBirth?: string;
}

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

export function stepsFor(a: Answers): StepKey[] {
  const head: StepKey[] = ['city', 'hukou', 'event'];
  const resident = (): StepKey[] => (a.resYear === 'none' ? ['resYear'] : ['resYear', 'resPaid']);
  switch (a.event) {
    case 'toResident':
      return [...head, 'prevScheme', 'from', 'to', ...resident(), 'concerns'];
    case 'residentGap':
      return [...head, 'resFrom', 'resTo', ...resident(), 'concerns'];
    case 'newborn':
      return [...head, 'birth', 'resPaid', 'concerns'];
    case 'jobChange':
      // Whether the new job already pays decides between "cover suspended" and "covered, gap still payable".
      return [...head, 'from', 'to', 'resumed', 'concerns'];
    default:
      return [...head, 'from', 'to', 'concerns'];
  }
}

export function defaultConcerns(event: EventKey): Concern[] {
  return event === 'residentGap' || event === 'newborn' ? ['medical'] : ['medical', 'pension'];
}

const notYet = (m: string) => `还没到${fmtMonth(m)}，请选已经过去的月份`;

/** Checks one step's answer; returns the message shown at the field, or null. */
export function checkStep(step: StepKey, a: Answers): string | null {
  const now = thisMonth();
  switch (step) {
    case 'city':
      return a.city ? null : '请选择或输入城市';
    case 'hukou':
      return a.hukou ? null : '请选一项';
    case 'event':
      return a.event ? null : '请选一项';
    case 'prevScheme':
      return a.prevScheme ? null : '请选一项';
    case 'from':
      if (!a.from) return '请选择开始的月份';
      if (a.from > now) return notYet(a.from);
      return null;
    case 'to':
      if (!a.to) return '请选择最后交费的月份';
      if (a.to > now) return notYet(a.to);
      if (a.from && a.to < a.from) {
        return `最后交费的月份（${fmtMonth(a.to)}）早于开始的月份（${fmtMonth(a.from)}），请重新选`;
      }
      return null;
    case 'resumed':
      if (!a.resumed) return '请选一项';
      if (a.resumed === 'none') return null;
      if (a.resumed > now) return notYet(a.resumed);
      if (a.to && a.resumed <= a.to) return `新单位开始交的月份要在 ${fmtMonth(a.to)} 之后`;
      return null;
    case 'resFrom':
      if (!a.resFrom) return '请选择年份';
      if (a.resFrom > thisYear()) return `还没到 ${a.resFrom} 年`;
      return null;
    case 'resTo':
      if (!a.resTo) return '请选择年份';
      if (a.resTo > thisYear()) return `还没到 ${a.resTo} 年`;
      if (a.resFrom && a.resTo < a.resFrom)
        return `最后交的年份（${a.resTo} 年）早于开始的年份（${a.resFrom} 年），请重新选`;
      return null;
    case 'resYear':
      if (!a.resYear) return '请选一项';
      if (a.resYear !== 'none') {
        if (a.event === 'residentGap' && a.resTo && a.resYear <= a.resTo) {
          return `重新交的年份要在 ${a.resTo} 年之后`;
        }
        if (a.resYear > thisYear() + 1) return '最多只能预交下一年';
      }
      return null;
    case 'resPaid':
      if (!a.resPaid) return '请选择交费的月份';
      if (a.resPaid === 'none') return null;
      if (a.resPaid > now) return notYet(a.resPaid);
      if (a.event === 'newborn' && a.birth && a.resPaid < a.birth) return '交费月份不能早于出生月份';
      if (typeof a.resYear === 'number' && a.resPaid > makeMonth(a.resYear, 12)) {
        return `交费月份不能晚于 ${a.resYear} 年 12 月`;
      }
      return null;
    case 'birth':
      if (!a.birth) return '请选择出生的月份';
      if (a.birth > now) return notYet(a.birth);
      return null;
    case 'concerns':
      if (!a.concerns || a.concerns.length === 0) return '请至少选一项';
      if (asksRetirement(a) && a.personBirth && a.personBirth > now) return notYet(a.personBirth);
      return null;
  }
  return null;
}

/** The pension concern (for an adult's own history) offers the optional gender and birth month. */
export function asksRetirement(a: Answers): boolean {
  return a.event !== 'newborn' && (a.concerns ?? []).includes('pension');
}

/** The first step whose answer is missing or wrong (for resuming), or null when all are fine. */
export function firstProblem(a: Answers): { step: StepKey; message: string } | null {
  for (const s of stepsFor(a)) {
    const message = checkStep(s, a);
    if (message) return { step: s, message };
  }
  return null;
}

/** A month picked for a payment → a date: today in the current month, otherwise the 15th. */
function paidOnOf(m: string): string {
  const today = todayInChina();
  if (m === today.slice(0, 7)) return today;
  return `${m}-15`;
}

export function buildSituation(a: Answers): Situation {
  const s: Situation = { city: a.city ?? '', periods: [] };
  if (a.hukou === 'local' || a.hukou === 'nonlocal') s.hukou = a.hukou;
  const periods: Period[] = [];
  const resident = (year: number | 'none' | undefined, from?: string) => {
    if (typeof year !== 'number' || !a.resPaid || a.resPaid === 'none') return;
    periods.push({
      scheme: 'resident',
      from: from ?? makeMonth(year, 1),
      to: makeMonth(year, 12),
      paidOn: paidOnOf(a.resPaid),
    });
  };
  switch (a.event) {
    case 'jobChange':
    case 'employer':
      periods.push({ scheme: 'employee', from: a.from!, to: a.to! });
      if (a.event === 'jobChange' && a.resumed && a.resumed !== 'none') {
        periods.push({ scheme: 'employee', from: a.resumed, to: null });
      }
      s.gapReason = a.event;
      break;
    case 'flexibleStopped':
      periods.push({ scheme: 'flexible', from: a.from!, to: a.to! });
      s.gapReason = 'personal';
      break;
    case 'toResident':
      periods.push({ scheme: a.prevScheme ?? 'employee', from: a.from!, to: a.to! });
      resident(a.resYear);
      break;
    case 'residentGap':
      periods.push({ scheme: 'resident', from: makeMonth(a.resFrom!, 1), to: makeMonth(a.resTo!, 12) });
      resident(a.resYear);
      break;
    case 'newborn':
      s.specialGroup = 'newborn';
      s.birth = a.birth;
      if (a.birth) resident(Number(a.birth.slice(0, 4)), a.birth);
      break;
  }
  s.periods = periods;
  s.concerns = a.concerns && a.concerns.length ? a.concerns : ['medical'];
  if (asksRetirement(a) && a.gender && a.personBirth) {
    s.gender = a.gender;
    s.birth = a.personBirth;
  }
  return s;
}

/** Which step shows a server-side error about `field` (e.g. "periods[1].paidOn"). */
export function stepForField(field: string | undefined, a: Answers): StepKey | null {
  if (!field) return null;
  if (field === 'city') return 'city';
  if (field === 'hukou') return 'hukou';
  if (field === 'birth') return a.event === 'newborn' ? 'birth' : 'concerns';
  if (field === 'gender') return 'concerns';
  if (field === 'concerns') return 'concerns';
  const m = /^periods\[(\d+)\]\.?(\w*)/.exec(field);
  if (!m) return null;
  const i = Number(m[1]);
  const f = m[2];
  switch (a.event) {
    case 'newborn':
      return f === 'paidOn' ? 'resPaid' : 'birth';
    case 'residentGap':
      if (i === 0) return f === 'to' ? 'resTo' : 'resFrom';
      return f === 'paidOn' ? 'resPaid' : 'resYear';
    case 'toResident':
      if (i === 1) return f === 'paidOn' ? 'resPaid' : 'resYear';
      return f === 'to' ? 'to' : 'from';
    default:
      if (i === 1) return 'resumed';
      return f === 'to' ? 'to' : 'from';
  }
}

/** One line describing a Situation, for the recent-results list. */
export function describeSituation(s: Situation): string {
  const ps = s.periods ?? [];
  if (s.specialGroup === 'newborn') return s.birth ? `宝宝 ${fmtMonth(s.birth)} 出生` : '新生儿参保';
  if (ps.length === 0) return '没有填写缴费记录';
  const last = [...ps].sort((x, y) => monthIndex(x.from) - monthIndex(y.from))[ps.length - 1];
  const kind = last.scheme === 'resident' ? '居民医保' : last.scheme === 'flexible' ? '自己交' : '单位交';
  if (last.to) return `${kind}交到 ${fmtMonth(last.to)}`;
  return `${kind}，还在交`;
}
