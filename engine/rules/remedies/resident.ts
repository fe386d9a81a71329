// Remedies in resident insurance (居民医保): which year to enrol in from today and what waiting that brings, and
// repairing the variable waiting period by paying extra years (缴费修复, 国办发〔2024〕38号 F05).
import type { Option, Situation } from '../../contract';
import { residentSummary } from '../../explain/options';
import { repairClosedSummary, repairSummary } from '../../explain/repair';
import type { PolicyContext } from '../../policy/resolve';
import {
  addDays,
  addMonthsToDate,
  firstDay,
  januaryOf,
  lastDay,
  type MonthIndex,
  toMonthIndex,
  yearOf,
} from '../../time';
import type { Interruption } from '../interruptions';
import type { MedicalPicture } from '../medical';
import {
  type ResidentEnrolment,
  residentEnrolment,
  residentSwitchRule,
  residentWindow,
  type WindowDates,
} from '../resident';
import { coverBefore, type Timeline } from '../timeline';
import { residentCost } from '../costs';
import { priceOf } from './backpay';
import { unique } from '../../unique';

export interface ResidentProposal {
  enrolment: ResidentEnrolment;
  window: WindowDates;
  /** True: enrol for the current year now (outside the window or under the switch rule). */
  now: boolean;
  /** Last day the proposal holds: window close, end of the switching tolerance, a newborn's grace period. */
  deadline: string | null;
  /** The day `deadline` is counted from when the real one is not asked: the 1st of a newborn's birth month. */
  countedFrom?: string;
}

interface Asker {
  ctx: PolicyContext;
  picture: MedicalPicture;
  timeline: Timeline;
  asOf: string;
  thisYear: number;
  exempt: boolean;
  newbornBirth?: MonthIndex;
}

/** Enrolling for `year` from `startMonth`, paying on `paidOn`. */
function ask(a: Asker, year: number, startMonth: MonthIndex, paidOn: string): ResidentEnrolment {
  const before = coverBefore(a.timeline, startMonth, (m) => a.picture.cover.get(m) === 'covered');
  return residentEnrolment(a.ctx, {
    year,
    startMonth,
    paidOn,
    previousCovered: before.last,
    previousScheme: before.scheme,
    priorContinuousMonths: before.continuousMonths,
    exempt: a.exempt,
    newbornBirthMonth: a.newbornBirth,
  });
}

/**
 * A newborn not yet enrolled for the birth year: enrol now; within the grace period cover starts at birth (F31).
 * The birth day is not asked, so the grace is counted from the 1st of the birth month: the strict (earliest)
 * reading, which the option states (`deadlineCountedFrom`); the real deadline is up to a month later.
 */
function newbornProposal(a: Asker): ResidentProposal | undefined {
  const birth = a.newbornBirth;
  if (birth === undefined) return undefined;
  const birthYear = yearOf(birth);
  if (a.timeline.residentYears.has(birthYear) || birthYear < a.thisYear - 1) return undefined;
  // No grace rule before its first value (2000-01): no newborn proposal; the usual resident ones apply.
  const grace = a.ctx.find('resident.newbornGraceDays', birth);
  if (!grace) return undefined;
  const graceEnds = addDays(firstDay(birth), grace.value);
  // The birth year stays on offer across 1 January while the grace period runs (copy review 3 N1).
  if (birthYear !== a.thisYear && !(birthYear === a.thisYear - 1 && graceEnds >= a.asOf)) return undefined;
  const window = residentWindow(a.ctx, birthYear);
  return {
    enrolment: ask(a, birthYear, birth, a.asOf),
    window,
    now: true,
    deadline: graceEnds >= a.asOf ? graceEnds : null,
    countedFrom: firstDay(birth),
  };
}

/** A newborn's birth year is still unpaid and its grace period (counted from the 1st of the birth month) runs. */
export function newbornBirthYearOpen(ctx: PolicyContext, timeline: Timeline, situation: Situation & { asOf: string }) {
  if (situation.specialGroup !== 'newborn' || !situation.birth) return false;
  const birth = toMonthIndex(situation.birth);
  if (timeline.residentYears.has(yearOf(birth))) return false;
  const grace = ctx.find('resident.newbornGraceDays', birth);
  return grace !== undefined && addDays(firstDay(birth), grace.value) >= situation.asOf;
}

/** Switching from 职工医保 within the tolerance: enrol now for this year, from the first month without cover. */
function switchProposal(a: Asker, current: Interruption | undefined): ResidentProposal | undefined {
  if (!current?.ongoing || a.timeline.residentYears.has(a.thisYear)) return undefined;
  // The first month without cover: an interruption opens with months an employer paid late, which the picture may
  // still cover (back-paid within the rule); the switch and its tolerance count from the first month not covered.
  let firstMissed = current.from;
  while (firstMissed < a.timeline.asOfMonth && a.picture.cover.get(firstMissed) === 'covered') firstMissed++;
  const now = ask(a, a.thisYear, Math.max(firstMissed, januaryOf(a.thisYear)), a.asOf);
  if (!now.switchApplied) return undefined;
  const tolerance = residentSwitchRule(a.ctx, a.timeline.asOfMonth)?.value.maxGapMonths ?? 0;
  // The switch stays within the tolerance while the months missed stay within it: the month after may still pay.
  // …and never after the insured year itself has ended (this year's resident cover cannot be bought next year).
  // Paid inside this year's window or its extension, the months missed stop counting at the insured year's start:
  // the switch then holds until the window ends, which may be after the tolerance counted to the payment day (福建:
  // extension to the end of February), so the deadline is never a day already past while the switch still holds.
  const window = residentWindow(a.ctx, a.thisYear);
  const windowEnd = window.extensionUntil ?? window.closes;
  const byTolerance = lastDay(firstMissed + tolerance);
  const byWindow =
    windowEnd > byTolerance && ask(a, a.thisYear, now.startMonth, windowEnd).switchApplied ? windowEnd : byTolerance;
  const deadline = [byWindow, lastDay(januaryOf(a.thisYear) + 11)].sort()[0];
  return { enrolment: now, window, now: true, deadline };
}

function windowProposal(a: Asker, picture: MedicalPicture): ResidentProposal {
  const next = residentWindow(a.ctx, a.thisYear + 1);
  const current = residentWindow(a.ctx, a.thisYear);
  const paidThisYear = a.timeline.residentYears.has(a.thisYear);
  if (a.asOf >= next.opens && a.asOf <= next.closes)
    return {
      enrolment: ask(a, a.thisYear + 1, januaryOf(a.thisYear + 1), a.asOf),
      window: next,
      now: false,
      deadline: next.closes,
    };
  const currentUntil = current.extensionUntil ?? current.closes;
  if (!paidThisYear && a.asOf >= current.opens && a.asOf <= currentUntil)
    return {
      enrolment: ask(a, a.thisYear, januaryOf(a.thisYear), a.asOf),
      window: current,
      now: true,
      deadline: currentUntil,
    };
  // Outside every window: enrol for this year now (fixed waiting from payment), unless this year is paid.
  if (!paidThisYear && picture.status !== 'covered')
    return { enrolment: ask(a, a.thisYear, a.timeline.asOfMonth, a.asOf), window: current, now: true, deadline: null };
  const paidOn = a.asOf > next.opens ? a.asOf : next.opens;
  return {
    enrolment: ask(a, a.thisYear + 1, januaryOf(a.thisYear + 1), paidOn),
    window: next,
    now: false,
    deadline: next.closes,
  };
}

export function proposeResident(
  ctx: PolicyContext,
  timeline: Timeline,
  picture: MedicalPicture,
  situation: Situation & { asOf: string },
  current: Interruption | undefined,
): ResidentProposal | undefined {
  const thisYear = yearOf(timeline.asOfMonth);
  // Already paid next year: nothing to propose (but a newborn's birth year still in its grace period).
  if (timeline.residentYears.has(thisYear + 1) && !newbornBirthYearOpen(ctx, timeline, situation)) return undefined;
  const a: Asker = {
    ctx,
    picture,
    timeline,
    asOf: situation.asOf,
    thisYear,
    exempt: situation.specialGroup !== undefined,
    newbornBirth: situation.specialGroup === 'newborn' && situation.birth ? toMonthIndex(situation.birth) : undefined,
  };
  return newbornProposal(a) ?? switchProposal(a, current) ?? windowProposal(a, picture);
}

export function residentOption(
  ctx: PolicyContext,
  p: ResidentProposal,
  current: Interruption | undefined,
  situation: Situation & { asOf: string },
  asOfMonth: MonthIndex,
): Option {
  const e = p.enrolment;
  const price = priceOf(residentCost(ctx, situation, e.year, 1), 'year');
  const switchRule = residentSwitchRule(ctx, asOfMonth);
  // A newborn paid within the grace period is covered from birth: the bills since then can be claimed (N2).
  const fromBirth = p.countedFrom !== undefined && p.deadline !== null && e.benefitsFrom <= p.countedFrom;
  const retroactive = fromBirth || (e.switchApplied && (switchRule?.value.retroactive ?? false));
  const fromEmployee = current !== undefined && current.resumedAs !== 'resident';
  return {
    key: 'resident',
    feasible: 'yes',
    deadline: p.deadline,
    retroactive,
    waitingMonths: e.totalMonths,
    waitingParts: { fixed: e.fixedMonths, variable: e.variableMonths, gapYears: e.gapYears },
    benefitsFrom: e.benefitsFrom,
    ...(p.countedFrom && p.deadline ? { deadlineCountedFrom: p.countedFrom } : {}),
    cost: price.cost,
    costUnknown: price.costUnknown,
    summary: residentSummary({
      year: e.year,
      now: p.now,
      deadline: p.deadline,
      closes: p.window.closes,
      exemptNewborn: e.exempt && e.startDate === firstDay(e.startMonth) && p.deadline !== null && p.now,
      countedFrom: p.countedFrom,
      switchApplied: e.switchApplied,
      switchMonths: switchRule?.value.maxGapMonths ?? 0,
      retroactive,
      // The enrolled year covers its own months only: a gap begun in an earlier year is covered from January.
      gapFrom: current ? Math.max(current.from, januaryOf(e.year)) : null,
      benefitsFrom: e.benefitsFrom,
      fixedMonths: e.fixedMonths,
      variableMonths: e.variableMonths,
      gapYears: e.gapYears,
      inWindow: e.inWindow,
      fromEmployee: fromEmployee && current?.ongoing === true,
      windowHedged: p.window.rule.confidence === 'low',
      windowPattern: p.window.pattern,
    }),
    sources: unique([
      p.window.rule.source,
      e.ruleSource,
      ...(e.switchApplied && switchRule ? [switchRule.source] : []),
      ...price.sources,
    ]),
  };
}

/**
 * Repairing the variable waiting period of `e` by paying extra years. It only helps before the wait would end
 * anyway, so it is due the day before that (or with the proposal's own deadline, if earlier).
 */
export function repairOption(
  ctx: PolicyContext,
  e: ResidentEnrolment,
  situation: Situation & { asOf: string },
  proposalDeadline: string | null,
): Option | undefined {
  const asOf = situation.asOf;
  if (e.variableMonths <= 0) return undefined;
  const sources = [e.ruleSource];
  const target = Math.max(e.fixedMonths, e.floorMonths);
  const years = e.totalMonths - target;
  if (!e.rule.repairable || years <= 0) {
    const summary = repairClosedSummary({
      repairable: e.rule.repairable,
      gapYears: e.gapYears,
      floorMonths: e.floorMonths,
    });
    return {
      key: 'repair',
      feasible: 'no',
      deadline: null,
      waitingMonths: e.totalMonths,
      benefitsFrom: e.benefitsFrom,
      summary,
      sources,
    };
  }
  const price = priceOf(residentCost(ctx, situation, e.year, years));
  sources.push(...price.sources);
  // Paying the extra years today cannot bring cover back before today.
  const repaired = addMonthsToDate(e.startDate, target);
  const benefitsFrom = repaired > asOf ? repaired : asOf;
  const lastUseful = addDays(e.benefitsFrom, -1);
  const deadline = proposalDeadline !== null && proposalDeadline < lastUseful ? proposalDeadline : lastUseful;
  return {
    key: 'repair',
    feasible: 'yes',
    deadline,
    retroactive: false,
    waitingMonths: target,
    benefitsFrom,
    estimated: e.estimated || undefined,
    cost: price.cost,
    costUnknown: price.costUnknown,
    summary: repairSummary({
      estimated: e.estimated,
      now: benefitsFrom === asOf,
      years,
      year: e.year,
      price: price.cost?.terms?.price ?? null,
      targetMonths: target,
      benefitsFrom,
      withoutRepair: e.benefitsFrom,
      floorMonths: e.floorMonths,
      gapYears: e.gapYears,
      due: deadline,
    }),
    sources: unique(sources),
  };
}
