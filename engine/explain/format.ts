// One format for every date, month, duration and amount a sentence shows (copy review glossary): dates with the
// year and without inner spaces ("2026年10月31日"), months "2026年7月", durations "19 年 6 个月", money "400 元".
import { formatMonth, type MonthIndex, toMonthIndex } from '../time';

/** "2026年10月31日" */
export function day(date: string): string {
  return `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/**
 * A date counted from a payment day the user estimated: "约2026年6月15日" (copy review H14); `day()` otherwise.
 */
export function aboutDay(date: string, estimated?: boolean): string {
  return (estimated ? '约' : '') + day(date);
}

/** "2026年7月" from a month index or "YYYY-MM". */
export function month(m: MonthIndex | string): string {
  const text = typeof m === 'string' ? m : formatMonth(m);
  return `${text.slice(0, 4)}年${Number(text.slice(5, 7))}月`;
}

/** "2026年7月至9月", "2026年12月至2027年2月", or one month. */
export function monthRange(from: MonthIndex | string, to: MonthIndex | string): string {
  const a = typeof from === 'string' ? toMonthIndex(from) : from;
  const b = typeof to === 'string' ? toMonthIndex(to) : to;
  if (a === b) return month(a);
  const sameYear = Math.floor(a / 12) === Math.floor(b / 12);
  return `${month(a)}至${sameYear ? `${(b % 12) + 1}月` : month(b)}`;
}

/** "19 年 6 个月", "2 年", "5 个月" (never decimals). */
export function duration(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  if (y && m) return `${y} 年 ${m} 个月`;
  return y ? `${y} 年` : `${m} 个月`;
}

/** Years that may be fractional in a rule (19.5) as a duration. */
export function years(value: number): string {
  return duration(Math.round(value * 12));
}

/** "1770" or "1770.50" yuan, without the unit. */
export function money(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

/** A rate as a percentage: 0.095 → "9.5%". */
export function percent(rate: number): string {
  return `${Math.round(rate * 10000) / 100}%`;
}
