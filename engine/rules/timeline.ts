// The contribution history as months: which months were paid under which scheme, and the gaps between them.
import type { Gap, GapReason, Period, Scheme } from '../contract';
import { MonthTable } from '../month-table';
import { formatMonth, lastDay, monthOfDate, type MonthIndex, toMonthIndex } from '../time';

/** A paid month. One object serves every month of a period paid the same way (the table shares it). */
export interface PaidMonth {
  scheme: Scheme;
  backPaid: boolean;
  /** For a back-paid month: the month in which the money was paid (a regular month is paid in itself). */
  paidMonth?: MonthIndex;
  /** The day the money was paid, when the period states it (a back-payment always does). */
  paidOn?: string;
  /** A month after asOf that an open period runs through (openUntil): still to pay, not paid yet. */
  ahead?: true;
  /** That day is an estimate (Situation `periods[].paidOnEstimated`). */
  paidOnEstimated?: boolean;
}

/**
 * Every PaidMonth has one shape (absent fields undefined): the rules read them month by month in hot loops, and four
 * shapes made those reads polymorphic.
 */
const paidMonth = (
  scheme: Scheme,
  backPaid: boolean,
  paidOn?: string,
  paidOnEstimated?: boolean,
  paidIn?: MonthIndex,
  ahead?: true,
): PaidMonth => ({ scheme, backPaid, paidMonth: paidIn, paidOn, paidOnEstimated, ahead });

export interface GapRun {
  from: MonthIndex;
  to: MonthIndex;
  months: number;
  ongoing: boolean;
  /** Scheme of the last paid month before the gap. */
  before: Scheme;
  /** Scheme of the first paid month after the gap, if any. */
  after?: Scheme;
}

export interface ResidentYear {
  year: number;
  /** First covered month (January, or the birth month of a newborn). */
  from: MonthIndex;
  paidOn?: string;
  /** The day of `paidOn` is an estimate (Situation `periods[].paidOnEstimated`). */
  paidOnEstimated?: boolean;
  periodIndex: number;
}

export interface Timeline {
  asOfMonth: MonthIndex;
  start: MonthIndex | null;
  /** Last month the timeline looks at: asOf, or later when a period (e.g. a prepaid resident year) ends later. */
  end: MonthIndex;
  /** Employee and flexible contribution months (职工医保). */
  employeeMonths: MonthTable<PaidMonth>;
  residentYears: Map<number, ResidentYear>;
  gaps: GapRun[];
  /**
   * Set when the month of asOf is the only unpaid month of someone who pays their own contribution (灵活就业) and it
   * is not overdue yet (contract v2/v3): the rules then read that month as paid on time, and this keeps what the
   * history itself shows — the last day to pay it and the gaps as entered (an ongoing gap through asOf's month).
   */
  pendingMonth?: { month: MonthIndex; due: string; gaps: GapRun[] };
  /**
   * Set when an open period (to: null) is followed by a period that starts after asOf (copy review 3 N33): the
   * open period is read as paid until the month before that one starts (`month`), the months after asOf still to
   * pay; `next` is the scheme that starts then (`nextFrom`).
   */
  openUntil?: { aheadFrom: MonthIndex; month: MonthIndex; next: Scheme; nextFrom: MonthIndex };
}

/**
 * The timeline the rules read. A flexible worker's current month that is not paid yet and not overdue is not a
 * gap (copy review 3 N4): it is read as paid on time, and `pendingMonth` says it is still to pay.
 */
export function buildTimeline(periods: Period[], asOfMonth: MonthIndex, gapReason?: GapReason): Timeline {
  const entered = timelineOf(periods, asOfMonth);
  if (gapReason === 'employer' || !ownMonthPending(entered)) return entered;
  const month = formatMonth(asOfMonth);
  const paid = timelineOf([...periods, { scheme: 'flexible', from: month, to: month }], asOfMonth);
  paid.pendingMonth = { month: asOfMonth, due: lastDay(asOfMonth), gaps: entered.gaps };
  return paid;
}

/** Only asOf's month is unpaid, after a month paid as a flexible worker, and nothing paid covers it or comes later. */
function ownMonthPending(t: Timeline): boolean {
  const m = t.asOfMonth;
  if (t.employeeMonths.get(m - 1)?.scheme !== 'flexible' || isPaid(t, m)) return false;
  for (let later = m + 1; later <= t.end; later++) if (isPaid(t, later)) return false;
  return true;
}

/**
 * Where an open period ends: the month before the first other period that starts after asOf and after it (the
 * person pays until the next scheme they entered begins, N33), else asOf's month (or its first month, if later).
 */
function openEnd(periods: Period[], open: Period, asOfMonth: MonthIndex): { end: MonthIndex; next?: Period } {
  const from = toMonthIndex(open.from);
  const after = formatMonth(Math.max(asOfMonth, from));
  let next: Period | undefined;
  for (const p of periods) if (p !== open && p.from > after && (!next || p.from < next.from)) next = p;
  return next ? { end: toMonthIndex(next.from) - 1, next } : { end: Math.max(asOfMonth, from) };
}

function timelineOf(periods: Period[], asOfMonth: MonthIndex): Timeline {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  // Where each open period ends (by index; most histories have one open period, some none).
  const ends = periods.some((p) => p.to === null)
    ? periods.map((p) => (p.to === null ? openEnd(periods, p, asOfMonth) : undefined))
    : undefined;
  const endOf = (p: Period, i: number) => (p.to === null ? ends![i]!.end : toMonthIndex(p.to));
  periods.forEach((p, i) => {
    if (p.scheme === 'resident') return;
    lo = Math.min(lo, toMonthIndex(p.from));
    hi = Math.max(hi, endOf(p, i));
  });
  const employeeMonths = new MonthTable<PaidMonth>(lo, hi);
  const residentYears = new Map<number, ResidentYear>();
  let start: MonthIndex | null = null;
  let end = asOfMonth;
  let openUntil: Timeline['openUntil'];

  periods.forEach((period, periodIndex) => {
    const from = toMonthIndex(period.from);
    const to = endOf(period, periodIndex);
    start = start === null ? from : Math.min(start, from);
    end = Math.max(end, to);
    if (period.scheme === 'resident') {
      for (let m = from; m <= to; m++) {
        const year = Math.floor(m / 12);
        const { paidOn, paidOnEstimated } = period;
        if (!residentYears.has(year)) residentYears.set(year, { year, from: m, paidOn, paidOnEstimated, periodIndex });
      }
      return;
    }
    // paidOnEstimated comes only with paidOn (validate.ts).
    const { scheme, paidOn, paidOnEstimated } = period;
    const paidIn = paidOn ? monthOfDate(paidOn) : undefined;
    const onTime = paidMonth(scheme, false, paidOn, paidOnEstimated);
    const late = period.backPaid === true ? paidMonth(scheme, true, paidOn, paidOnEstimated, paidIn) : undefined;
    for (let m = from; m <= to; m++) {
      // A month paid within the month itself is on time, even inside a back-payment (contract v2: a month is
      // missed only once overdue): back-paying February–June on 17 June pays June on time.
      employeeMonths.set(m, late && !(paidIn !== undefined && paidIn <= m) ? late : onTime);
    }
    const next = ends?.[periodIndex]?.next;
    if (next && to > asOfMonth) {
      const ahead = paidMonth(scheme, false, undefined, undefined, undefined, true);
      const aheadFrom = Math.max(from, asOfMonth + 1);
      for (let m = aheadFrom; m <= to; m++) employeeMonths.set(m, ahead);
      openUntil = { aheadFrom, month: to, next: next.scheme, nextFrom: toMonthIndex(next.from) };
    }
  });

  const timeline: Timeline = { asOfMonth, start, end, employeeMonths, residentYears, gaps: [] };
  if (openUntil) timeline.openUntil = openUntil;
  timeline.gaps = findGaps(timeline);
  return timeline;
}

export function isPaid(timeline: Timeline, month: MonthIndex): boolean {
  return timeline.employeeMonths.has(month) || residentCovers(timeline, month);
}

/** A resident year covers its months from its first one (January, or a newborn's birth month). */
export function residentCovers(timeline: Timeline, month: MonthIndex): boolean {
  const year = timeline.residentYears.get(Math.floor(month / 12));
  return year !== undefined && month >= year.from;
}

export function schemeAt(timeline: Timeline, month: MonthIndex): Scheme | undefined {
  const employee = timeline.employeeMonths.get(month);
  if (employee) return employee.scheme;
  return residentCovers(timeline, month) ? 'resident' : undefined;
}

function findGaps(timeline: Timeline): GapRun[] {
  const gaps: GapRun[] = [];
  if (timeline.start === null) return gaps;
  let runStart: MonthIndex | null = null;
  for (let m = timeline.start; m <= timeline.end; m++) {
    const paid = isPaid(timeline, m);
    if (!paid && runStart === null) runStart = m;
    if (paid && runStart !== null) {
      gaps.push({
        from: runStart,
        to: m - 1,
        months: m - runStart,
        ongoing: false,
        before: schemeAt(timeline, runStart - 1)!,
        after: schemeAt(timeline, m),
      });
      runStart = null;
    }
  }
  if (runStart !== null) {
    gaps.push({
      from: runStart,
      to: timeline.end,
      months: timeline.end - runStart + 1,
      ongoing: true,
      before: schemeAt(timeline, runStart - 1)!,
    });
  }
  return gaps;
}

export function toContractGap(gap: GapRun): Gap {
  return { from: formatMonth(gap.from), to: formatMonth(gap.to), months: gap.months, ongoing: gap.ongoing };
}

/**
 * The cover before `month`: the last paid month (any scheme), its scheme, and how many paid months run back
 * from it without a break. What the switching and waiting rules look at when a resident year starts. Months an
 * employer paid late count only when `counts` says they were covered after all (arrears paid late are a gap).
 */
export function coverBefore(
  timeline: Timeline,
  month: MonthIndex,
  counts: (m: MonthIndex) => boolean = () => true,
): { last?: MonthIndex; scheme?: Scheme; continuousMonths: number } {
  if (timeline.start === null) return { continuousMonths: 0 };
  const paid = (m: MonthIndex) => {
    const employee = timeline.employeeMonths.get(m);
    if (employee?.backPaid) return counts(m);
    return isPaid(timeline, m);
  };
  let last: MonthIndex | undefined;
  for (let p = month - 1; p >= timeline.start && last === undefined; p--) if (paid(p)) last = p;
  if (last === undefined) return { continuousMonths: 0 };
  let continuousMonths = 0;
  for (let p = last; p >= timeline.start && paid(p); p--) continuousMonths++;
  return { last, scheme: schemeAt(timeline, last), continuousMonths };
}

/** Months of 职工 contributions (employee or flexible, back-paid included): what pension years accumulate from. */
export function contributionMonthCount(timeline: Timeline): number {
  // A month still to pay is not paid yet.
  return timeline.employeeMonths.size - (timeline.pendingMonth ? 1 : 0);
}
