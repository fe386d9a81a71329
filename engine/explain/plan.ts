// Chinese sentences of the planner. Numbers and dates come from the computed plan; nothing is typed into the text.
import type { Concern } from '../contract';
import type { PlanRun } from '../run';
import type { MonthIndex } from '../time';
import { day, money, month, monthRange } from './format';
import { waitLength } from './readings';
import { CONCERN_WORDS } from './words';

export function limitActionTitle(concern: Concern, due: string): string {
  return `在${day(due)}前接上${concern === 'medical' ? '医保' : CONCERN_WORDS[concern]}`;
}

export function unknownLimitText(concern: Concern): string {
  return `本地${CONCERN_WORDS[concern]}要求没有收录，停缴多久会受影响不能确定，请向当地主管部门核实。`;
}

export function pensionIfLater(perMonth: number | null): string {
  return perMonth === null
    ? '养老保险断缴不清零，但断缴的月份不计入缴费年限，退休后每月会少领一些。'
    : `养老保险断缴不清零，但每断缴 1 个月，按今天的参数估算退休后每月约少领 ${money(perMonth)} 元。`;
}

/** What is lost when paying resumes in `after` (the first month past the limit). */
export function ifLaterText(
  concern: Concern,
  later: PlanRun,
  stop: MonthIndex,
  after: MonthIndex,
  capped: boolean,
): string {
  if (capped) return `停缴 ${after - stop - 1} 个月以内接上都不受影响（更长的没有算）。`;
  const when = `${month(after)}才接上`;
  if (concern === 'medical') {
    const waiting = later.picture.waiting;
    const holes = later.picture.holeMonths.filter((m) => m > stop && m < after);
    const parts: string[] = [];
    if (holes.length)
      parts.push(`断缴的 ${holes.length} 个月（${monthRange(holes[0], holes[holes.length - 1])}）看病不能报销`);
    // A wait at a reduced share (福建 50 %) pays part: said so, and full benefits from its end (copy review 3 N13).
    if (waiting && waiting.rate !== undefined)
      parts.push(
        `等待期 ${waitLength(waiting)}（期间按 ${Math.round(waiting.rate * 100)}% 报销），${day(waiting.benefitsFrom)}起全额报销`,
      );
    else if (waiting) parts.push(`等待期 ${waitLength(waiting)}，${day(waiting.benefitsFrom)}起才能报销`);
    const continuity = later.report.items.find((i) => i.key === 'medicalContinuity');
    if (continuity?.outcome === 'reset') parts.push('连续参保时间重新计算');
    return `${when}：${parts.length ? parts.join('；') : '连续参保会受影响'}。`;
  }
  if (concern === 'maternity') return `${when}：到生育当月连续缴费不够，生育津贴要等连续缴满后才能领。`;
  return `${when}：${CONCERN_WORDS[concern]}年限要从重新缴费时起算。`;
}

/** A plan that resumes paying the month after the stop: nothing to bridge. */
export const NO_MONTH_BETWEEN = '停缴后下个月就恢复缴费，中间没有空着的月份，不用过渡，也不用为过渡交钱。';

export function bridgeSummary(
  bridge: 'flexible' | 'resident',
  count: number,
  assumed: boolean,
  unknown?: string,
): string {
  const what =
    bridge === 'flexible'
      ? assumed
        ? '以灵活就业身份每月自己缴职工医保，下面是 1 个月的费用（按停缴 6 个月判断能保住什么）'
        : `以灵活就业身份自己缴这 ${count} 个月的职工医保`
      : assumed
        ? '停缴期间参加居民医保（按停缴 6 个月判断能保住什么）'
        : `停缴期间参加居民医保（共 ${count} 个年度）`;
  return `${what}。${unknown ?? ''}`;
}

/** The resident bridge with its date, its whole-year price and the overlap after work resumes (copy review 3 N11). */
export function residentBridgeSummary(f: {
  year: number;
  lastYear: number;
  due: string | null;
  /** When cover starts on the day of payment (a switch that is not retroactive): the day that bridges every month. */
  payBy?: string | null;
  overlapFrom: number;
  overlapTo: number;
  unknown?: string;
}): string {
  const years = f.lastYear > f.year ? `${f.year} 至 ${f.lastYear} 年` : `${f.year} 年`;
  const when = f.due
    ? `停缴后最晚${day(f.due)}改交 ${f.year} 年居民医保（过渡用），按时交不用等待`
    : `停缴后改交居民医保已经过了不用等待的期限，交了也要先等待，过渡不了`;
  // Not retroactive: every day before the payment stays without cover (the plan assumes it paid on payBy).
  const fromPayment = f.due && f.payBy ? `；但从交费当天起才能报销，要停缴的月份都能报销，${day(f.payBy)}就要交上` : '';
  const overlap =
    f.overlapFrom <= f.overlapTo
      ? `；${monthRange(f.overlapFrom, f.overlapTo)}恢复缴费后会和职工医保重复，重复的月份能否退费请问医保局`
      : '';
  return `${when}${fromPayment}。居民医保按整年交（${years}）${overlap}。${f.unknown ?? ''}`;
}

export function bridgeActionTitle(year: number, due: string): string {
  return `最晚${day(due)}缴纳 ${year} 年居民医保（停缴期间过渡用）`;
}
