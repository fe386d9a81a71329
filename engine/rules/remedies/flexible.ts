// Remedy: enrol (or go on) as a flexible worker (灵活就业) from now. Not when the employer is in arrears: the
// person is still employed, and 职工医保 through the employer is the only right cover (no duplicate enrolment, F12).
import type { Option, Situation } from '../../contract';
import { flexibleSummary, yearCapNote } from '../../explain/options';
import { cumulativeReason, upperBoundReading } from '../../explain/readings';
import type { PolicyContext } from '../../policy/resolve';
import type { MonthIndex } from '../../time';
import { hasWait, resumeBand } from '../bands';
import type { UpperBound } from '../medical';
import { flexibleCost } from '../costs';
import { priceOf, restartDates } from './backpay';
import { bandDeadlineOf, type CurrentGap } from './current';
import { unique } from '../../unique';

export function flexibleOption(
  ctx: PolicyContext,
  gap: CurrentGap,
  situation: Situation & { asOf: string },
  asOfMonth: MonthIndex,
  /** The employer's arrears can no longer be back-paid (东莞 C09): the person enrols again like anyone else (N6). */
  arrearsClosed = false,
): { option: Option; upperBound?: UpperBound } | undefined {
  const i = gap.interruption;
  if (!i.ongoing || (situation.gapReason === 'employer' && !arrearsClosed)) return undefined;
  const flexBand = i.cumulative ? gap.band : resumeBand(ctx, asOfMonth, Math.max(i.length, 1), 'flexible', i.before);
  const band = flexBand.band;
  const openRule = ctx.find('flexible.openToNonlocal', asOfMonth);
  const askOffice = situation.hukou === 'nonlocal' && !openRule?.value;
  const retroactive = band.backPay !== 'no' && band.retroactive;
  const bandDeadline =
    band.maxGapMonths !== null && !hasWait(band)
      ? bandDeadlineOf(i.from, Object.assign({}, band, { maxGapMonths: band.maxGapMonths }))
      : null;
  const capped = gap.cap !== undefined && bandDeadline !== null && gap.cap.until < bandDeadline;
  const deadline = capped ? gap.cap!.until : bandDeadline;
  const dates = restartDates(band, i.from, situation.asOf, deadline);
  const { benefitsFrom } = dates;
  const price = priceOf(flexibleCost(ctx, [asOfMonth], situation.monthlyBase), 'month');
  const option: Option = {
    key: 'flexible',
    feasible: askOffice ? 'depends' : 'yes',
    ...(askOffice ? { who: 'office' as const } : {}),
    deadline,
    retroactive,
    waitingMonths: band.waitingMonths,
    ...(band.waitingDays !== undefined ? { waitingDays: band.waitingDays } : {}),
    waitingRate: band.waitingMonths > 0 ? band.waitingRate : undefined,
    // Within the band 灵活就业 means back-paying the gap, then paying on: the back-pay's payment plus the months.
    alsoPays: retroactive ? 'backPay' : undefined,
    ...dates,
    cost: price.cost,
    costUnknown: price.costUnknown,
    summary: flexibleSummary({
      deadline,
      waitingMonths: band.waitingMonths,
      waitingDays: band.waitingDays,
      retroactive,
      benefitsFrom,
      benefitsFromAtDeadline: dates.benefitsFromAtDeadline,
      upperBoundNote: band.waitingIsUpperBound ? upperBoundReading(band.waitingMonths, flexBand.level) : undefined,
      nextMonth: band.waitingCountsFrom === 'nextMonth',
      rate: band.waitingRate,
      cumulativeNote: i.cumulative ? cumulativeReason(i.cumulative) : undefined,
      capNote: capped ? yearCapNote(gap.cap!) : undefined,
      askOffice,
    }),
    sources: unique([
      flexBand.source,
      ...(i.cumulative ? [i.cumulative.rule.source] : []),
      ...(capped ? [gap.cap!.source] : []),
      ...(openRule ? [openRule.source] : []),
      ...price.sources,
    ]),
  };
  const atCap = band.waitingIsUpperBound === true && band.waitingMonths > 0;
  const afterMonths = flexBand.tolerance?.maxGapMonths ?? null;
  return {
    option,
    upperBound: atCap ? { months: band.waitingMonths, level: flexBand.level, afterMonths } : undefined,
  };
}
