// Interruptions of 职工医保: runs of months after a regular employee/flexible contribution that were neither paid on
// time nor covered by resident insurance, and the band each one falls in. An ongoing run counts the month asOf
// falls in only once that month is overdue (contract v2): on any day of a month, its own contribution is on time.
import type { GapReason } from '../contract';
import type { PolicyContext, Resolved } from '../policy/resolve';
import type { RuleValueOf } from '../policy/schema';
import { firstDay, monthOfDate, type MonthIndex, yearOf } from '../time';
import { type ResolvedBand, resumeBand } from './bands';
import { type PaidMonth, residentCovers, type Timeline } from './timeline';

export interface Interruption {
  from: MonthIndex;
  to: MonthIndex;
  /** Months counted against the rule: the run, or (ongoing) up to the month before asOf's. */
  length: number;
  ongoing: boolean;
  resumedAt?: MonthIndex;
  resumedAs?: 'employee' | 'flexible' | 'resident';
  backPaidMonths: MonthIndex[];
  /** Regular cover (employee months) before the interruption, counted back without a break. */
  priorContinuousMonths: number;
  /** How the person paid in the month before the gap (a band may apply only after one of them, 武汉 F34). */
  before?: 'employee' | 'flexible';
  band?: ResolvedBand;
  /** A flexible worker's interrupted months this calendar year, where a local limit exists (武汉 F34). */
  yearToDate?: CumulativeInterruption;
  /** Set when those months reach the limit: the interruption is judged as a new first enrolment. */
  cumulative?: CumulativeInterruption;
}

export interface CumulativeInterruption {
  year: number;
  /** Interrupted months in that year, this interruption included, up to `lastMonth`. */
  months: number;
  lastMonth: MonthIndex;
  limit: number;
  rule: Resolved<RuleValueOf<'flexible.cumulativeInterruption'>>;
}

/** A month paid on time (not back-paid) as employee or flexible. */
export function regularEmployee(timeline: Timeline, m: MonthIndex): boolean {
  const paid = timeline.employeeMonths.get(m);
  return paid !== undefined && !paid.backPaid;
}

/** The last month an interruption has missed so far: an ongoing one up to the month before asOf's (or asOf's own). */
export function lastMissedMonth(i: Interruption): MonthIndex {
  return i.ongoing ? i.from + i.length - 1 : i.to;
}

function interruptionAt(timeline: Timeline, m: MonthIndex): Interruption {
  const { start, end, asOfMonth } = timeline;
  let to = m;
  while (to + 1 <= end && !regularEmployee(timeline, to + 1) && !residentCovers(timeline, to + 1)) to++;
  const next = to + 1 <= end ? to + 1 : undefined;
  const resumedAs =
    next === undefined
      ? undefined
      : regularEmployee(timeline, next)
        ? (timeline.employeeMonths.get(next)!.scheme as 'employee' | 'flexible')
        : 'resident';
  let prior = 0;
  for (let p = m - 1; p >= start! && regularEmployee(timeline, p); p--) prior++;
  const ongoing = next === undefined && to >= asOfMonth;
  const backPaidMonths: MonthIndex[] = [];
  for (let b = m; b <= to; b++) if (timeline.employeeMonths.get(b)?.backPaid) backPaidMonths.push(b);
  const length = ongoing ? Math.max(0, asOfMonth - m) : to - m + 1;
  const before = timeline.employeeMonths.get(m - 1)?.scheme as 'employee' | 'flexible' | undefined;
  return {
    from: m,
    to,
    length,
    ongoing,
    resumedAt: next,
    resumedAs,
    backPaidMonths,
    priorContinuousMonths: prior,
    before,
  };
}

export function findInterruptions(timeline: Timeline): Interruption[] {
  const interruptions: Interruption[] = [];
  if (timeline.start === null) return interruptions;
  for (let m = timeline.start + 1; m <= timeline.end; m++) {
    if (!regularEmployee(timeline, m - 1) || regularEmployee(timeline, m) || residentCovers(timeline, m)) continue;
    const interruption = interruptionAt(timeline, m);
    interruptions.push(interruption);
    m = interruption.to;
  }
  return interruptions;
}

/**
 * A flexible worker's interruptions counted together over the calendar year in which this one ends (or, ongoing,
 * the current year). Only interruptions after flexible payments count; restarting as an employee is not affected.
 */
function cumulativeInterruption(
  ctx: PolicyContext,
  timeline: Timeline,
  all: Interruption[],
  interruption: Interruption,
  ruleMonth: MonthIndex,
): CumulativeInterruption | undefined {
  if (interruption.resumedAs === 'employee') return undefined;
  const flexibleBefore = (i: Interruption) => timeline.employeeMonths.get(i.from - 1)?.scheme === 'flexible';
  if (!flexibleBefore(interruption)) return undefined;
  const [rule] = ctx.findAll('flexible.cumulativeInterruption', ruleMonth); // recorded as used only if it applies
  if (!rule) return undefined;
  const lastMonth = lastMissedMonth(interruption);
  const year = yearOf(lastMonth);
  let months = 0;
  for (const i of all) {
    if (i.from > interruption.from || !flexibleBefore(i)) continue;
    for (let m = i.from; m <= lastMissedMonth(i); m++) if (yearOf(m) === year) months++;
  }
  return { year, months, lastMonth, limit: rule.value.months, rule };
}

/** The months judged against the rule: back-paid months without a regular restart count up to their payment. */
function judgedLength(timeline: Timeline, i: Interruption): number {
  if (i.resumedAt !== undefined) return i.length;
  const lastPayment = Math.max(
    ...i.backPaidMonths.map((b) => timeline.employeeMonths.get(b)!.paidMonth ?? b),
    -Infinity,
  );
  return Number.isFinite(lastPayment) ? lastPayment - i.from + 1 : i.length;
}

/** Sets the band of every interruption (and the yearly limit where one applies). */
export function judgeInterruptions(ctx: PolicyContext, timeline: Timeline, interruptions: Interruption[]): void {
  for (const interruption of interruptions) {
    const scheme = interruption.resumedAs === 'employee' ? 'employee' : 'flexible';
    const ruleMonth = interruption.resumedAt ?? timeline.asOfMonth;
    let resolved = resumeBand(
      ctx,
      ruleMonth,
      Math.max(judgedLength(timeline, interruption), 1),
      scheme,
      interruption.before,
    );
    if (interruption.ongoing && resolved.band.countsPaymentMonth) {
      // "含办理当月": the month of payment counts too, so the current month is part of the interruption.
      interruption.length = timeline.asOfMonth - interruption.from + 1;
      resolved = resumeBand(
        ctx,
        ruleMonth,
        Math.max(judgedLength(timeline, interruption), 1),
        scheme,
        interruption.before,
      );
    }
    const yearToDate = cumulativeInterruption(ctx, timeline, interruptions, interruption, ruleMonth);
    interruption.yearToDate = yearToDate;
    const reached = yearToDate !== undefined && yearToDate.months >= yearToDate.limit;
    if (reached && (resolved.band.backPay !== 'no' || resolved.band.retroactive)) {
      ctx.use('flexible.cumulativeInterruption', yearToDate.rule);
      interruption.cumulative = yearToDate;
      resolved = resumeBand(ctx, ruleMonth, Number.MAX_SAFE_INTEGER, 'flexible'); // the "first enrolment" band
    }
    interruption.band = resolved;
  }
}

/**
 * Whether an employer's back-payment of `months` overdue months covers them: `retroactive`, unless the rule covers
 * only arrears paid within a deadline (浙江 C01: the tax bureau's, usually ≤ 60 days) and these are longer.
 */
export function arrearsRetroactive(
  rule: { retroactive: boolean; retroactiveMaxMonths?: number },
  months: number,
): boolean {
  return rule.retroactive && (rule.retroactiveMaxMonths === undefined || months <= rule.retroactiveMaxMonths);
}

/** Whether the back-paid months of an interruption are covered after all (retroactive back-pay). */
export function backPayRetroactive(
  ctx: PolicyContext,
  interruption: Interruption,
  gapReason: GapReason | undefined,
  asOfMonth: MonthIndex,
): boolean {
  if (gapReason === 'employer')
    return arrearsRetroactive(
      ctx.get('employer.arrears', interruption.resumedAt ?? asOfMonth).value,
      interruption.length,
    );
  const band = interruption.band!.band;
  return band.backPay !== 'no' && band.retroactive;
}

/**
 * The day a restart was paid, from which a wait written in days counts: the last back-payment of the gap, or the
 * day the first month after it was paid when the period states one in that month. Without either, the 1st of that
 * month is assumed (`assumed`, said in the wait's reading). `estimated`: the day is not known for sure (assumed, or
 * a day the user estimated: `periods[].paidOnEstimated`), so dates counted from it are said with 约.
 */
export function restartPaidOn(
  timeline: Timeline,
  i: Interruption,
): { on: string; assumed: boolean; estimated: boolean } {
  const paid = i.backPaidMonths.map((b) => timeline.employeeMonths.get(b)!);
  const resumed = timeline.employeeMonths.get(i.resumedAt!);
  if (resumed?.paidOn && monthOfDate(resumed.paidOn) === i.resumedAt) paid.push(resumed);
  let last: PaidMonth | undefined;
  for (const p of paid) if (p.paidOn && (!last || p.paidOn > last.paidOn!)) last = p;
  if (last) return { on: last.paidOn!, assumed: false, estimated: !!last.paidOnEstimated };
  return { on: firstDay(i.resumedAt!), assumed: true, estimated: true };
}
