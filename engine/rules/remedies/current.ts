// The interruption today's remedies are about, with the months to pay and the last day back-payment still keeps
// continuity: the band's limit (the month after the last tolerated one may still be paid before it ends, contract
// v2), capped where earlier interruptions this year use up part of a yearly allowance (武汉 F34).
import type { Situation } from '../../contract';
import type { PolicyContext } from '../../policy/resolve';
import type { ResumeBand } from '../../policy/types';
import { lastDay, type MonthIndex } from '../../time';
import type { ResolvedBand } from '../bands';
import type { Interruption } from '../interruptions';
import type { MedicalPicture } from '../medical';
import type { Timeline } from '../timeline';

export interface YearCap {
  year: number;
  months: number;
  limit: number;
  until: string;
  source: string;
}

export interface CurrentGap {
  interruption: Interruption;
  band: ResolvedBand;
  /** Months without contribution to pay now (the current month included while the gap runs). */
  unpaid: MonthIndex[];
  /** Months already overdue. */
  missed: number;
  /**
   * Set while only the month asOf falls in is unpaid and not yet overdue (contract v2): the last day it can still
   * be paid on time, the end of that month.
   */
  dueThisMonth?: string;
  /** Last day back-payment keeps continuity under the band (before any yearly cap); null when no limit applies. */
  bandDeadline: string | null;
  /** The same, capped by the yearly allowance. */
  deadline: string | null;
  /** Set when the yearly allowance moved the deadline earlier. */
  cap?: YearCap;
  sources: string[];
}

/**
 * The last day paying keeps a gap starting in `from` within `maxGapMonths` missed months: the end of the month
 * after the last tolerated one (that month is not missed before it ends), or of the last tolerated month itself
 * where the month of payment counts ("含办理当月").
 */
export function bandDeadlineOf(from: MonthIndex, band: ResumeBand & { maxGapMonths: number }): string {
  return lastDay(from + band.maxGapMonths - (band.countsPaymentMonth ? 1 : 0));
}

function yearCapOf(ctx: PolicyContext, i: Interruption): YearCap | undefined {
  const ytd = i.yearToDate;
  if (!ytd || i.cumulative) return undefined;
  // The yearly limit is reached when one more month is missed; where the month of payment counts, one earlier.
  const until = lastDay(ytd.lastMonth + ytd.limit - ytd.months - (i.band?.band.countsPaymentMonth ? 1 : 0));
  return { year: ytd.year, months: ytd.months, limit: ytd.limit, until, source: ytd.rule.source };
}

export function currentGap(
  ctx: PolicyContext,
  timeline: Timeline,
  picture: MedicalPicture,
  situation: Situation,
): CurrentGap | undefined {
  const { asOfMonth } = timeline;
  const last = picture.interruptions[picture.interruptions.length - 1];
  const recent = last && (last.ongoing || (last.resumedAs !== 'resident' && last.to >= asOfMonth - 3));
  if (!recent) return undefined;
  const band = last.band!;
  const unpaid: MonthIndex[] = [];
  const through = last.ongoing ? Math.max(asOfMonth, last.to) : last.to;
  for (let m = last.from; m <= through; m++) if (!timeline.employeeMonths.has(m)) unpaid.push(m);
  const b = band.band;
  const bandDeadline =
    b.backPay !== 'no' && b.maxGapMonths !== null
      ? bandDeadlineOf(last.from, Object.assign({}, b, { maxGapMonths: b.maxGapMonths }))
      : null;
  const sources = [band.source, ...(last.cumulative ? [last.cumulative.rule.source] : [])];
  let cap = situation.gapReason === 'employer' ? undefined : yearCapOf(ctx, last);
  if (cap && (bandDeadline === null || cap.until >= bandDeadline)) cap = undefined;
  if (cap) {
    ctx.use('flexible.cumulativeInterruption', last.yearToDate!.rule);
    sources.push(cap.source);
  }
  const deadline = cap && bandDeadline !== null ? cap.until : bandDeadline;
  const dueThisMonth = last.ongoing && last.length === 0 ? lastDay(asOfMonth) : undefined;
  return { interruption: last, band, unpaid, missed: last.length, dueThisMonth, bandDeadline, deadline, cap, sources };
}
