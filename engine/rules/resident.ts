// Resident enrolment (居民医保, 国办发〔2024〕38号): the enrolment window, switching from 职工医保 within the
// tolerance (医保办发〔2021〕43号), and the fixed + variable waiting period of a resident year.
import type { PolicyContext, Resolved } from '../policy/resolve';
import type { ResidentWaitingRule, ResidentWindow, SwitchRule } from '../policy/types';
import {
  addDays,
  addMonthsToDate,
  firstDay,
  januaryOf,
  lastDay,
  monthOfDate,
  type MonthIndex,
  toMonthIndex,
  yearOf,
} from '../time';

export interface ResidentEnrolment {
  year: number;
  /** First month the resident cover is meant to cover in that year. */
  startMonth: MonthIndex;
  paidOn?: string;
  inWindow: boolean;
  /** Months without any cover between the previous cover and the start (or the payment, if later). */
  interruption: number;
  firstEver: boolean;
  continuous: boolean;
  switchApplied: boolean;
  exempt: boolean;
  gapYears: number;
  fixedMonths: number;
  variableMonths: number;
  totalMonths: number;
  /** The day benefits start (before any waiting period is added). */
  startDate: string;
  /** `startDate` is the payment day and that day is an estimate (`periods[].paidOnEstimated`): its dates are 约. */
  estimated: boolean;
  benefitsFrom: string;
  rule: ResidentWaitingRule;
  ruleSource: string;
  /** Months of the repair floor (F05) that apply, 0 when none. */
  floorMonths: number;
}

export interface ResidentQuery {
  year: number;
  startMonth: MonthIndex;
  paidOn?: string;
  /** The day of `paidOn` is an estimate (the user knew only the month). */
  paidOnEstimated?: boolean;
  /** Last covered month before the start (undefined: no cover ever before). */
  previousCovered?: MonthIndex;
  previousScheme?: 'employee' | 'flexible' | 'resident';
  priorContinuousMonths: number;
  exempt: boolean;
  /** Newborns: the birth month; paid within the grace period, cover starts at birth. */
  newbornBirthMonth?: MonthIndex;
}

export interface WindowDates {
  opens: string;
  closes: string;
  extensionUntil?: string;
  /** The dates are the national pattern (no local notice): the usual window, to be checked against the notice. */
  pattern: boolean;
  rule: Resolved<ResidentWindow>;
}

/** The resident enrolment window for insured year `year`, as dates. */
export function residentWindow(ctx: PolicyContext, year: number): WindowDates {
  const rule = ctx.get('resident.window', januaryOf(year));
  const w = rule.value;
  // "MM-DD" or "MM-end" in a given year; "02-end" is 28 or 29 February.
  const day = (y: number, mmdd: string) =>
    mmdd.endsWith('-end') ? lastDay(toMonthIndex(`${y}-${mmdd.slice(0, 2)}`)) : `${y}-${mmdd}`;
  return {
    opens: day(year - 1, w.opens),
    closes: day(w.closesInInsuredYear ? year : year - 1, w.closes),
    extensionUntil: w.extensionUntil ? day(year, w.extensionUntil) : undefined,
    // A pattern written for a place resolves at the national level, like the national value itself.
    pattern: rule.level === 'national',
    rule,
  };
}

export function residentSwitchRule(ctx: PolicyContext, month: MonthIndex): Resolved<SwitchRule> | undefined {
  return ctx.find('resident.switch', month);
}

interface Timing {
  inRegularWindow: boolean;
  inWindow: boolean;
  interruption: number;
}

/**
 * Paying inside the window (or its extension) is on time; after it, the months until payment count too. A year paid
 * before its window opens (several years paid at once) is paid ahead, never late: on time like a payment in it.
 */
function timing(window: WindowDates, q: ResidentQuery): Timing {
  const paidOn = q.paidOn;
  const inRegularWindow = paidOn === undefined || paidOn <= window.closes;
  const inExtension =
    !inRegularWindow &&
    paidOn !== undefined &&
    window.extensionUntil !== undefined &&
    paidOn > window.closes &&
    paidOn <= window.extensionUntil;
  const inWindow = inRegularWindow || inExtension;
  if (q.previousCovered === undefined) return { inRegularWindow, inWindow, interruption: 0 };
  const gapBeforeStart = q.startMonth - q.previousCovered - 1;
  // The month of payment is not missed: it is paid before it ends (contract v2).
  const gapToPayment = paidOn !== undefined ? monthOfDate(paidOn) - q.previousCovered - 1 : 0;
  const interruption = inWindow ? Math.max(gapBeforeStart, 0) : Math.max(gapBeforeStart, gapToPayment, 0);
  return { inRegularWindow, inWindow, interruption };
}

/** Gap years counted for the variable waiting period (years before `gapYearsCountFrom` are ignored). */
function gapYearsOf(q: ResidentQuery, rule: ResidentWaitingRule): number {
  let gapYears = 0;
  for (let y = yearOf(q.previousCovered!) + 1; y < q.year; y++) {
    if (rule.gapYearsCountFrom === null || y >= rule.gapYearsCountFrom) gapYears++;
  }
  return gapYears;
}

/**
 * The day the clock starts: in the window, the insured year (青岛's worked example); otherwise the payment day
 * (江西 "自缴费之日起"). A switch within the tolerance counts from the start when retroactive (F14); a newborn paid
 * within the grace period is covered from birth (F31).
 */
function startDateOf(ctx: PolicyContext, q: ResidentQuery, t: Timing, retroactiveSwitch: boolean): string {
  const yearStart = firstDay(q.startMonth);
  const paidOn = q.paidOn;
  if (!paidOn || paidOn <= yearStart) return yearStart;
  let startDate = retroactiveSwitch || t.inRegularWindow ? yearStart : paidOn;
  if (q.newbornBirthMonth !== undefined) {
    // The birth day is not asked; the 1st of the birth month stands for it. That is the strict (earlier) reading:
    // a payment up to a month later may still be within the real grace period (the option says how it counted).
    const grace = ctx.find('resident.newbornGraceDays', q.startMonth);
    const birth = firstDay(q.newbornBirthMonth);
    if (grace && paidOn <= addDays(birth, grace.value)) startDate = birth > yearStart ? birth : yearStart;
  }
  return startDate;
}

export function residentEnrolment(ctx: PolicyContext, q: ResidentQuery): ResidentEnrolment {
  const t = timing(residentWindow(ctx, q.year), q);
  const firstEver = q.previousCovered === undefined;
  const switchRule =
    q.previousScheme && q.previousScheme !== 'resident' ? residentSwitchRule(ctx, q.startMonth) : undefined;
  // A switch straight after the employee months (interruption 0) but paid outside the window is a switch too.
  const switchApplied =
    switchRule !== undefined &&
    (t.interruption > 0 || !t.inWindow) &&
    t.interruption <= switchRule.value.maxGapMonths &&
    q.priorContinuousMonths >= switchRule.value.priorYears * 12;
  const waitingRule = ctx.get('resident.waiting', januaryOf(q.year));
  const rule = waitingRule.value;
  // Gap years before `gapYearsCountFrom` are ignored altogether (厦门 F07(b)): a gap entirely before it is no break.
  const lastGapMonth =
    t.inWindow || q.paidOn === undefined ? q.startMonth - 1 : Math.max(q.startMonth, monthOfDate(q.paidOn)) - 1;
  const ignoredGap =
    !firstEver &&
    t.interruption > 0 &&
    rule.gapYearsCountFrom !== null &&
    yearOf(lastGapMonth) < rule.gapYearsCountFrom;
  const continuous = firstEver || t.interruption === 0 || switchApplied || ignoredGap;

  const gapYears = !continuous && !firstEver ? gapYearsOf(q, rule) : 0;
  const fixedMonths = q.exempt || (t.inWindow && continuous) || switchApplied ? 0 : rule.fixedMonths;
  const countedYears = Math.max(0, gapYears - (rule.firstGapYearFree ? 1 : 0));
  const variableMonths = q.exempt || continuous ? 0 : countedYears * rule.variablePerGapYear;
  const totalMonths = fixedMonths + variableMonths;
  const startDate = startDateOf(ctx, q, t, switchApplied && switchRule!.value.retroactive);
  return {
    year: q.year,
    startMonth: q.startMonth,
    paidOn: q.paidOn,
    inWindow: t.inWindow,
    interruption: t.interruption,
    firstEver,
    continuous,
    switchApplied,
    exempt: q.exempt,
    gapYears,
    fixedMonths,
    variableMonths,
    totalMonths,
    startDate,
    estimated: !!q.paidOnEstimated && startDate === q.paidOn,
    benefitsFrom: addMonthsToDate(startDate, totalMonths),
    rule,
    ruleSource: waitingRule.source,
    floorMonths: gapYears >= rule.floorAfterGapYears ? rule.floorMonths : 0,
  };
}
