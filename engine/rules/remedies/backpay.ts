// Remedy: back-pay (补缴) the months of the current gap. Employer arrears are the employer's to pay; a job change
// whose individual deadline has passed may still be back-paid by the old or new employer (医保办发〔2021〕43号 按转入地
// 规定), so that answer is `depends` on the employer rather than `no`.
import type { Option, Situation } from '../../contract';
import {
  arrearsNotDueSummary,
  arrearsSummary,
  arrearsTooLongSummary,
  backPayClosedSummary,
  backPayOpenSummary,
  yearCapNote,
} from '../../explain/options';
import type { PolicyContext } from '../../policy/resolve';
import { firstDay, lastDay, monthOfDate, type MonthIndex } from '../../time';
import { afterBackPay, benefitsDayAfterPayment, benefitsMonthAfterRestart } from '../bands';
import { arrearsRetroactive } from '../interruptions';
import type { ResumeBand } from '../../policy/types';
import { employerArrearsCost, flexibleCost, type Priced } from '../costs';
import type { CurrentGap } from './current';
import { unique } from '../../unique';

/** An option's price from `costs.ts`: the cost (absent when unknown) and the sources it cites. */
export function priceOf(
  p: Priced,
  per?: 'month' | 'year',
): Pick<Option, 'cost' | 'costUnknown'> & { sources: string[] } {
  if (!p.cost) return { costUnknown: p.unknown, sources: p.sources };
  return { cost: Object.assign({}, p.cost, per ? { per } : {}), sources: p.sources };
}

/** When benefits restart if 职工医保 contributions restart on `paidOn` (in `month`) under `band`. */
function restartDate(band: ResumeBand, gapFrom: MonthIndex, month: MonthIndex, paidOn: string): string {
  if (band.backPay !== 'no' && band.retroactive) return firstDay(gapFrom);
  return benefitsDayAfterPayment(band, paidOn) ?? firstDay(benefitsMonthAfterRestart(band, month));
}

/**
 * When benefits restart for a payment made today (`benefitsFrom`), and, where that date depends on the day of
 * payment, the day it assumes and the date when paying on the deadline instead, so no sentence states a benefits
 * date that only holds if the person pays today (issue 9 c2).
 */
export function restartDates(
  band: ResumeBand,
  gapFrom: MonthIndex,
  asOf: string,
  deadline: string | null,
): Pick<Option, 'assumingPaidOn' | 'benefitsFromAtDeadline'> & { benefitsFrom: string } {
  const benefitsFrom = restartDate(band, gapFrom, monthOfDate(asOf), asOf);
  if (band.backPay !== 'no' && band.retroactive) return { benefitsFrom };
  const atDeadline =
    deadline && deadline > asOf ? restartDate(band, gapFrom, monthOfDate(deadline), deadline) : benefitsFrom;
  return {
    benefitsFrom,
    assumingPaidOn: asOf,
    ...(atDeadline !== benefitsFrom ? { benefitsFromAtDeadline: atDeadline } : {}),
  };
}

function arrearsOption(
  ctx: PolicyContext,
  gap: CurrentGap,
  situation: Situation & { asOf: string },
  asOfMonth: MonthIndex,
): Option {
  const arrears = ctx.get('employer.arrears', asOfMonth);
  const late = ctx.find('employee.lateFeePerDay', asOfMonth);
  const price = priceOf(employerArrearsCost(ctx, gap.unpaid, situation.monthlyBase, situation.asOf));
  // The current month not paid yet is not arrears until it is overdue (contract v2; F35: benefits stop from the
  // month after the unpaid month): the employer can still pay it on time, by the end of the month.
  if (gap.dueThisMonth)
    return {
      key: 'backPay',
      feasible: 'yes',
      who: 'employer',
      deadline: gap.dueThisMonth,
      waitingMonths: 0,
      benefitsFrom: null,
      benefitsWhen: 'now',
      cost: price.cost,
      costUnknown: price.costUnknown,
      summary: arrearsNotDueSummary({ month: asOfMonth, due: gap.dueThisMonth }),
      sources: unique([...gap.sources, arrears.source, ...price.sources]),
    };
  // 东莞 C09: arrears longer than the limit (overdue months) can no longer be back-paid (自动停保); the month after
  // the last tolerated one is not overdue before it ends.
  const limit = arrears.value.maxArrearsMonths;
  if (limit !== undefined && gap.missed > limit)
    return {
      key: 'backPay',
      feasible: 'no',
      who: 'employer',
      deadline: null,
      retroactive: false,
      waitingMonths: 0,
      benefitsFrom: null,
      summary: arrearsTooLongSummary({ months: gap.missed, limit }),
      sources: unique([...gap.sources, arrears.source]),
    };
  return {
    key: 'backPay',
    feasible: 'yes',
    who: 'employer',
    deadline: limit !== undefined ? lastDay(gap.interruption.from + limit) : null,
    retroactive: arrearsRetroactive(arrears.value, gap.missed),
    waitingMonths: 0,
    benefitsFrom: null,
    benefitsWhen: arrears.value.resumes === 'nextMonth' ? 'monthAfterPayment' : 'onPayment',
    cost: price.cost,
    costUnknown: price.costUnknown,
    summary: arrearsSummary({
      from: gap.unpaid[0],
      lateFeePerDay: late?.value ?? null,
      resumesNextMonth: arrears.value.resumes === 'nextMonth',
      retroactive: arrearsRetroactive(arrears.value, gap.missed),
      retroactiveMaxMonths: arrears.value.retroactiveMaxMonths,
    }),
    sources: unique([...gap.sources, arrears.source, ...(late ? [late.source] : []), ...price.sources]),
  };
}

/** Whether an employer may still back-pay a closed gap the individual can no longer repair. */
function employerMayPay(gap: CurrentGap, situation: Situation): boolean {
  const i = gap.interruption;
  const byEmployer = i.resumedAs === 'employee' || situation.gapReason === 'jobChange';
  return !i.ongoing && !i.cumulative && byEmployer && gap.band.band.backPay !== 'no';
}

/** Back-pay no longer keeps continuity: `no`, or `depends` on an employer who may still pay (a closed job-change gap). */
function closedBackPay(gap: CurrentGap, situation: Situation, sources: string[]): Option {
  const i = gap.interruption;
  const viaEmployer = employerMayPay(gap, situation);
  return {
    key: 'backPay',
    feasible: viaEmployer ? 'depends' : 'no',
    ...(viaEmployer ? { who: 'employer' as const } : {}),
    // No day ahead closes it: the day it last kept continuity is past (absent when no calendar limit applies).
    deadline: null,
    ...(gap.deadline ? { deadlinePassed: gap.deadline } : {}),
    retroactive: false,
    waitingMonths: 0,
    benefitsFrom: null,
    summary: backPayClosedSummary({
      from: i.from,
      missed: gap.missed,
      deadline: gap.deadline,
      tolerance: gap.band.tolerance?.maxGapMonths ?? null,
      cumulative: i.cumulative,
      employerMayPay: viaEmployer,
    }),
    sources,
  };
}

export function backPayOption(
  ctx: PolicyContext,
  gap: CurrentGap,
  situation: Situation & { asOf: string },
  asOfMonth: MonthIndex,
): Option | undefined {
  if (!gap.unpaid.length) return undefined;
  if (situation.gapReason === 'employer') return arrearsOption(ctx, gap, situation, asOfMonth);
  const asOf = situation.asOf;
  const band = gap.band.band;
  const i = gap.interruption;
  const open = band.backPay !== 'no' && (gap.deadline === null || asOf <= gap.deadline);
  const sources = unique(gap.sources);
  if (!open) return closedBackPay(gap, situation, sources);
  const retroactive = band.retroactive;
  // 福建 C05: back-paying a longer gap shortens the wait without keeping continuity.
  const paid = afterBackPay(band);
  const dates = restartDates(paid, i.from, asOf, gap.deadline);
  const { benefitsFrom } = dates;
  const price = priceOf(flexibleCost(ctx, gap.unpaid, situation.monthlyBase));
  return {
    key: 'backPay',
    feasible: band.backPay,
    ...(band.backPay === 'depends' ? { who: 'office' as const } : {}),
    deadline: gap.deadline,
    retroactive,
    waitingMonths: paid.waitingMonths,
    ...(paid.waitingDays !== undefined ? { waitingDays: paid.waitingDays } : {}),
    waitingRate: !retroactive && paid.waitingMonths > 0 ? paid.waitingRate : undefined,
    ...dates,
    cost: price.cost,
    costUnknown: price.costUnknown,
    summary: backPayOpenSummary({
      months: gap.unpaid.length,
      from: gap.unpaid[0],
      to: gap.unpaid[gap.unpaid.length - 1],
      deadline: gap.deadline,
      retroactive,
      benefitsFrom,
      benefitsFromAtDeadline: dates.benefitsFromAtDeadline,
      asOf,
      capNote: gap.cap ? yearCapNote(gap.cap) : undefined,
      askOffice: band.backPay === 'depends',
      waitDays: retroactive ? undefined : paid.waitingDays,
      waitAfter:
        !retroactive && paid.waitingMonths > 0 ? { months: paid.waitingMonths, rate: paid.waitingRate } : undefined,
    }),
    sources: unique([...sources, ...price.sources]),
  };
}
