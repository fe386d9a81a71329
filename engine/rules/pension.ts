// The pension section: retirement month under 渐进式延迟退休 (P09), minimum years then (P10), years paid and
// projected, and what the months without pension contribution cost per month for life at today's parameters
// (P01 basic pension, P02/P03/P04/P05 personal account). Unknown 计发基数 → gapEffect null with a notice.
import type { GapEffect, PensionReport, Situation } from '../contract';
import type { PolicyContext } from '../policy/resolve';
import { formatMonth, type MonthIndex, toMonthIndex } from '../time';
import {
  ageLabel,
  assumedAgeNotice,
  earlyMinimumNotice,
  gapEffectBasis,
  lowConfidenceBaseNotice,
  needAgeNotice,
  unknownBaseNotice,
} from '../explain/pension';
import { round2 } from './costs';
import { retirementEstimates, type RetirementEstimate } from './retirement';
import { contributionMonthCount, type Timeline } from './timeline';
import { unique } from '../unique';

const round1 = (n: number) => Math.round(n * 10) / 10;

export interface PensionResult {
  section: PensionReport;
  notices: string[];
  /** The single retirement estimate used (for the pensionYears item and the plan). */
  retirement?: RetirementEstimate;
  projectedMonths?: number;
}

/** The statutory retirement of this person: the group of their original age (women default to 55, flagged). */
export function personalRetirement(
  ctx: PolicyContext,
  situation: Situation,
  asOfMonth: MonthIndex,
): { estimate: RetirementEstimate; assumed: boolean } | undefined {
  if (!situation.birth || !situation.gender) return undefined;
  const all = retirementEstimates(ctx, toMonthIndex(situation.birth), situation.gender, asOfMonth);
  const wanted = situation.originalRetirementAge ?? (situation.gender === 'male' ? 60 : 55);
  const estimate = all.find((r) => r.originalAge === wanted);
  if (!estimate) return undefined;
  return { estimate, assumed: situation.gender === 'female' && situation.originalRetirementAge === undefined };
}

/** 计发月数 at an age in months: the table for whole ages, linear between neighbours to the month (P04). */
export function payoutMonthsAt(table: Record<string, number>, ageMonths: number): number | undefined {
  const years = Math.floor(ageMonths / 12);
  const rest = ageMonths % 12;
  const low = table[String(years)];
  if (low === undefined) return undefined;
  if (rest === 0) return low;
  const high = table[String(years + 1)];
  if (high === undefined) return undefined;
  return round1(low - ((low - high) * rest) / 12);
}

/**
 * Months between the first 职工 contribution and the month before asOf in which nothing was paid, and only those
 * before the statutory retirement month (`until`): a month after it is no gap, the pension could be drawn then
 * (copy review 3 N9).
 */
export function pensionGapMonths(timeline: Timeline, until: MonthIndex = timeline.asOfMonth): number {
  const first = timeline.employeeMonths.first();
  if (first === undefined) return 0;
  let months = 0;
  const end = Math.min(timeline.asOfMonth, until);
  for (let m = first; m < end; m++) if (!timeline.employeeMonths.has(m)) months++;
  return months;
}

export function gapEffect(
  ctx: PolicyContext,
  asOfMonth: MonthIndex,
  months: number,
  ageMonths: number,
  monthlyBase: number | undefined,
  names: { city: string; province: string },
): { effect: GapEffect | null; notices: string[] } {
  const base = ctx.find('pension.calcBase', asOfMonth);
  if (!base) return { effect: null, notices: [unknownBaseNotice(names.province)] };
  const provinceName = base.level === 'city' ? names.city : names.province;
  const table = ctx.find('pension.payoutMonths', asOfMonth);
  const rate = ctx.find('pension.accountRate', asOfMonth);
  const divisor = table && payoutMonthsAt(table.value, ageMonths);
  if (!table || !rate || divisor === undefined) return { effect: null, notices: [] };
  const C = base.value.monthly;
  const raw = monthlyBase ? monthlyBase / C : 1;
  const index = round2(Math.min(3, Math.max(0.6, raw)));
  const basic = round2(((C * (1 + index)) / 2) * (months / 12) * 0.01);
  const account = round2((months * C * index * rate.value) / divisor);
  const interpolated = ageMonths % 12 !== 0;
  const sources = [base.source, table.source, rate.source];
  if (interpolated) sources.push('nat.pension.months-jinan');
  const notices = base.confidence === 'low' ? [lowConfidenceBaseNotice(provinceName, base.value.year)] : [];
  return {
    effect: {
      months,
      perMonth: round2(basic + account),
      basic,
      account,
      basis: gapEffectBasis({
        province: provinceName,
        calcBase: C,
        calcBaseYear: base.value.year,
        index,
        indexFromBase: monthlyBase !== undefined,
        indexClamped: monthlyBase !== undefined && index !== round2(raw),
        age: ageLabel(ageMonths),
        payoutMonths: divisor,
        interpolated,
        months,
        basic,
        account,
        accountRate: rate.value,
      }),
      sources: unique(sources),
      calcBase: C,
      calcBaseYear: base.value.year,
      index,
      payoutMonths: divisor,
    },
    notices,
  };
}

export function buildPension(
  ctx: PolicyContext,
  timeline: Timeline,
  situation: Situation,
  names: { city: string; province: string },
): PensionResult {
  const notices: string[] = [];
  const paidMonths = contributionMonthCount(timeline);
  const personal = personalRetirement(ctx, situation, timeline.asOfMonth);
  const sources = new Set<string>(['nat.law.social-insurance']);
  let retirement: PensionReport['retirement'] = null;
  let projected: number | undefined;
  let shortMonths: number | null = null;
  if (personal) {
    const r = personal.estimate;
    r.sources.forEach((s) => sources.add(s));
    if (personal.assumed) notices.push(assumedAgeNotice());
    if (r.minimumYearsEarly) notices.push(earlyMinimumNotice());
    retirement = {
      month: formatMonth(r.month),
      age: ageLabel(r.ageMonths),
      ageMonths: r.ageMonths,
      originalAge: r.originalAge,
      assumed: personal.assumed,
      minimumYears: r.minimumYears,
      reached: r.month <= timeline.asOfMonth,
    };
    // Projected: every month not yet paid from asOf up to the month before the statutory age is paid.
    let future = 0;
    for (let m = timeline.asOfMonth; m < r.month; m++) if (!timeline.employeeMonths.has(m)) future++;
    projected = paidMonths + future;
    shortMonths = Math.max(0, Math.round(r.minimumYears * 12) - projected);
  }
  const months = pensionGapMonths(timeline, personal?.estimate.month);
  let effect: GapEffect | null = null;
  if (!personal && months > 0) notices.push(needAgeNotice());
  if (personal) {
    const computed = gapEffect(
      ctx,
      timeline.asOfMonth,
      months,
      personal.estimate.ageMonths,
      situation.monthlyBase,
      names,
    );
    effect = computed.effect;
    notices.push(...computed.notices);
    effect?.sources.forEach((s) => sources.add(s));
  }
  return {
    section: {
      retirement,
      years: {
        paid: round1(paidMonths / 12),
        projected: projected === undefined ? null : round1(projected / 12),
        shortMonths,
        paidMonths,
        projectedMonths: projected ?? null,
      },
      gapEffect: effect,
      sources: [...sources],
    },
    notices,
    retirement: personal?.estimate,
    projectedMonths: projected,
  };
}
