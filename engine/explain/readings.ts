// Short phrases that say which reading of a rule was used (the `reading` of a waiting period, reasons reused by
// several sentences). Every number comes from the structured value passed in.
import type { JurisdictionLevel } from '../policy/types';

export const LEVEL_WORD: Record<JurisdictionLevel, string> = { national: '国家', province: '本省', city: '本市' };

/** A waiting period the rule only caps ("不超过 N 个月"), estimated at the cap. */
export function upperBoundReading(months: number, level: JurisdictionLevel): string {
  return `${LEVEL_WORD[level]}规定最长 ${months} 个月，实际可能更短；按最长估算`;
}

/** Why a short interruption is judged as a new start (武汉 F34). */
export function cumulativeReason(c: { year: number; months: number; limit: number }): string {
  return `${c.year} 年内已累计断缴 ${c.months} 个月，当地规定一年内累计断缴满 ${c.limit} 个月当作第一次参保`;
}

/**
 * How a resident wait's gap years were counted, in plain words (copy review 3 N43): "断缴 2 年（2025 至 2026 年）：
 * 第一年不多等，之后每年多等 1 个月". The gap years counted are the last `gapYears` before the insured year.
 */
export function residentReading(e: {
  year: number;
  gapYears: number;
  rule: { gapYearsCountFrom: number | null; firstGapYearFree: boolean; variablePerGapYear: number };
}): string | undefined {
  const n = e.gapYears;
  if (n === 0) return undefined;
  const first = e.year - n;
  const last = e.year - 1;
  const years = n === 1 ? `${last} 年` : `${first} 至 ${last} 年`;
  const per = e.rule.variablePerGapYear;
  const how = e.rule.firstGapYearFree
    ? `第一年不多等${n > 1 ? `，之后每年多等 ${per} 个月` : ''}`
    : `每断缴一年多等 ${per} 个月`;
  const ignored = e.rule.gapYearsCountFrom !== null ? `；${e.rule.gapYearsCountFrom} 年以前的断缴不算` : '';
  return `断缴 ${n} 年（${years}）：${how}${ignored}`;
}

export function firstFlexibleReading(nextMonth: boolean): string {
  return `灵活就业人员第一次参保的等待期${nextMonth ? '，从缴费的次月起算' : ''}`;
}

export const NEXT_MONTH_READING = '缴费的次月起才能报销';
export const WAIT_FROM_NEXT_MONTH_READING = '等待期从缴费的次月起算';

/** A wait counted in days from a payment whose day the history does not state. */
export const ASSUMED_PAYMENT_DAY_READING = '没有填写恢复缴费的日期，按恢复缴费那个月的月初缴费估算';

/** A waiting period's length as written by its rule: "30 天" (岳阳 F35) or "6 个月". */
export function waitLength(w: { months: number; days?: number }): string {
  return w.days ? `${w.days} 天` : `${w.months} 个月`;
}
