// Input validation: the shape of a Situation (situation-shape.ts, checked by shape.ts), its first problem as a Chinese
// message naming the field (validate-messages.ts), then the rules that span fields (month order, overlaps, bounds).
// Invalid input never reaches the rules, so a Report is never partial.
import type { EvaluateError, Situation } from './contract';
import { MonthTable } from './month-table';
import * as s from './shape';
import { situationShape } from './situation-shape';
import { monthOfDate, toMonthIndex } from './time';
import { messageFor } from './validate-messages';

export type Validated = { ok: true; situation: Situation & { asOf: string } } | { ok: false; error: EvaluateError };

function invalid(field: string, message: string): { ok: false; error: EvaluateError } {
  return { ok: false, error: { error: { code: 'INVALID_INPUT', field, message } } };
}

/**
 * The sane range of every month and date (documented in docs/functions.md § evaluate): the policy tables start in
 * 2000-01, so neither the query date nor a resident year may be earlier; contribution records start in 1980 at
 * the earliest; nothing runs further ahead than what can be paid ahead (resident insurance: the next calendar year);
 * a birth month is at most 120 years back. Keeping every month in range also bounds the work of evaluate().
 */
export const DATE_BOUNDS = {
  tablesFrom: '2000-01',
  asOfTo: '2100-12',
  periodsFrom: '1980-01',
  maxAgeYears: 120,
  residentYearsAhead: 1,
} as const;

function checkDateBounds(situation: Situation & { asOf: string }, asOfMonth: number) {
  const tablesFrom = toMonthIndex(DATE_BOUNDS.tablesFrom);
  const residentYears = new Map<number, number>();
  for (let i = 0; i < situation.periods.length; i++) {
    const period = situation.periods[i];
    if (period.scheme !== 'resident') continue;
    if (toMonthIndex(period.from) < tablesFrom) {
      return invalid(
        `periods[${i}].from`,
        `第 ${i + 1} 段居民医保的年度太早：政策数据从 ${DATE_BOUNDS.tablesFrom.slice(0, 4)} 年开始`,
      );
    }
    const lastYear = Math.floor(asOfMonth / 12) + DATE_BOUNDS.residentYearsAhead;
    if (period.to !== null && toMonthIndex(period.to) > lastYear * 12 + 11) {
      return invalid(`periods[${i}].to`, `第 ${i + 1} 段居民医保的结束月份太远，最多到 ${lastYear} 年 12 月`);
    }
    // Resident insurance is paid per calendar year: one year, one record (copies only multiply the work).
    const to = period.to === null ? asOfMonth : toMonthIndex(period.to);
    for (let year = Math.floor(toMonthIndex(period.from) / 12); year <= Math.floor(to / 12); year++) {
      const other = residentYears.get(year);
      if (other !== undefined) {
        return invalid(
          `periods[${i}].from`,
          `第 ${i + 1} 段与第 ${other + 1} 段居民医保的年度重叠（${year} 年），同一年只能有一段`,
        );
      }
      residentYears.set(year, i);
    }
  }
  if (situation.birth && toMonthIndex(situation.birth) < asOfMonth - DATE_BOUNDS.maxAgeYears * 12) {
    return invalid('birth', `出生年月太早，最多 ${DATE_BOUNDS.maxAgeYears} 年前`);
  }
  if (situation.plannedBirth && toMonthIndex(situation.plannedBirth) < tablesFrom) {
    return invalid('plannedBirth', `预产期太早（最早 ${DATE_BOUNDS.tablesFrom}）`);
  }
  for (let i = 0; i < situation.periods.length; i++) {
    const period = situation.periods[i];
    if (period.paidOn && period.paidOn < `${DATE_BOUNDS.periodsFrom}-01`) {
      return invalid(`periods[${i}].paidOn`, `第 ${i + 1} 段的缴费日期太早（最早 ${DATE_BOUNDS.periodsFrom}-01）`);
    }
  }
  return null;
}

/** Each contribution record on its own (its months in order and in range, a resident year whole) and against the
 * others (no month paid twice by an employee or flexible record). */
function checkPeriods(situation: Situation & { asOf: string }, asOfMonth: number) {
  // Which record pays each month (a table, not a hash map: up to 120 records of many months each).
  const contributionMonths = new MonthTable<number>();
  for (let i = 0; i < situation.periods.length; i++) {
    const period = situation.periods[i];
    const at = (field: string) => `periods[${i}].${field}`;
    const from = toMonthIndex(period.from);
    const to = period.to === null ? null : toMonthIndex(period.to);
    if (from < toMonthIndex(DATE_BOUNDS.periodsFrom))
      return invalid(at('from'), `第 ${i + 1} 段缴费记录的开始月份太早（最早 ${DATE_BOUNDS.periodsFrom}）`);
    if (to !== null && to < from) return invalid(at('from'), `第 ${i + 1} 段缴费记录的开始月份晚于结束月份`);
    if (period.scheme === 'resident') {
      if (to === null) return invalid(at('to'), `第 ${i + 1} 段居民医保按年度缴费，请填写结束月份（通常为当年 12 月）`);
      if (to % 12 !== 11)
        return invalid(at('to'), `第 ${i + 1} 段居民医保按年交（1月到12月），结束月份应为某年的 12 月`);
      const newbornStart = situation.specialGroup === 'newborn';
      if (from % 12 !== 0 && !newbornStart) {
        return invalid(at('from'), `第 ${i + 1} 段居民医保按年交（1月到12月），开始月份应为某年的 1 月`);
      }
      if (from > asOfMonth + 14) return invalid(at('from'), `第 ${i + 1} 段居民医保的年度太远，最多只能预缴下一年度`);
    } else {
      if (from > asOfMonth) return invalid(at('from'), `第 ${i + 1} 段缴费记录的开始月份晚于查询日期`);
      if (to !== null && to > asOfMonth + 12)
        return invalid(at('to'), `第 ${i + 1} 段缴费记录的结束月份太远，最多预缴 12 个月`);
      const end = to ?? asOfMonth;
      for (let m = from; m <= end; m++) {
        const other = contributionMonths.get(m);
        if (other !== undefined) {
          return invalid(
            at('from'),
            `第 ${i + 1} 段与第 ${other + 1} 段职工医保缴费记录的月份重叠，同一个月只能有一段`,
          );
        }
        contributionMonths.set(m, i);
      }
    }
    if (period.paidOn) {
      if (period.paidOn > situation.asOf) return invalid(at('paidOn'), `第 ${i + 1} 段的缴费日期晚于查询日期`);
      if (period.backPaid && monthOfDate(period.paidOn) < from) {
        return invalid(at('paidOn'), `第 ${i + 1} 段是补缴，补缴日期应在所补月份开始之后`);
      }
    } else if (period.paidOnEstimated) {
      return invalid(at('paidOnEstimated'), `第 ${i + 1} 段没有缴费日期，不能标为估算`);
    }
    if (period.backPaid && period.scheme !== 'resident' && !period.paidOn) {
      return invalid(at('paidOn'), `第 ${i + 1} 段是补缴，请填写补缴日期（年-月-日）`);
    }
  }
  return null;
}

/** Checks shape, then the rules that span fields (order of months, overlaps, dates against asOf). */
export function validateSituation(input: unknown, today: string): Validated {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return invalid('', '请求内容必须是一个 JSON 对象');
  }
  const parsed = s.check(situationShape, input);
  if (!parsed.ok) return invalid(s.formatPath(parsed.issue.path), messageFor(parsed.issue, input));
  const situation = Object.assign({}, parsed.data, { asOf: parsed.data.asOf ?? today }) as Situation & { asOf: string };
  const asOfMonth = monthOfDate(situation.asOf);
  if (asOfMonth < toMonthIndex(DATE_BOUNDS.tablesFrom) || asOfMonth > toMonthIndex(DATE_BOUNDS.asOfTo)) {
    return invalid('asOf', '查询日期超出支持范围（2000 年至 2100 年）');
  }
  const outOfBounds = checkDateBounds(situation, asOfMonth);
  if (outOfBounds) return outOfBounds;
  if (situation.birth && toMonthIndex(situation.birth) > asOfMonth) {
    return invalid('birth', '出生年月不能晚于查询日期');
  }

  const periodProblem = checkPeriods(situation, asOfMonth);
  if (periodProblem) return periodProblem;
  if (situation.plan) {
    const { stopAfter, resumeFrom } = situation.plan;
    if (toMonthIndex(stopAfter) < asOfMonth - 1) return invalid('plan.stopAfter', '最后缴费月份不能早于上个月');
    if (toMonthIndex(stopAfter) > asOfMonth + 120)
      return invalid('plan.stopAfter', '最后缴费月份太远，最多填写十年以内');
    if (resumeFrom !== null && toMonthIndex(resumeFrom) <= toMonthIndex(stopAfter))
      return invalid('plan.resumeFrom', '恢复缴费月份应晚于最后缴费月份');
  }
  if (situation.plannedBirth && toMonthIndex(situation.plannedBirth) > asOfMonth + 24) {
    return invalid('plannedBirth', '预产期太远，最多填两年以内');
  }
  if (situation.originalRetirementAge !== undefined && situation.gender) {
    const allowed = situation.gender === 'male' ? [60] : [50, 55];
    if (!allowed.includes(situation.originalRetirementAge))
      return invalid(
        'originalRetirementAge',
        situation.gender === 'male' ? '男职工原法定退休年龄是 60 岁' : '女职工原法定退休年龄只能是 50 或 55 岁',
      );
  }
  if (
    situation.plan?.resumeFrom &&
    toMonthIndex(situation.plan.resumeFrom) > toMonthIndex(situation.plan.stopAfter) + 60
  )
    return invalid('plan.resumeFrom', '恢复缴费月份太远，最多填写停缴后 5 年以内');
  return { ok: true, situation };
}
