// Restart bands (employee.resume): what restarting 职工医保 after a gap of N months means, and when benefits
// come back when continuity is not kept.
import type { PolicyContext } from '../policy/resolve';
import type { JurisdictionLevel, ResumeBand } from '../policy/types';
import { addDays, formatMonth, type MonthIndex } from '../time';

export interface ResolvedBand {
  band: ResumeBand;
  source: string;
  level: JurisdictionLevel;
  /** The band of the same rule set that still allows back-payment with continuity (the tolerance), if any. */
  tolerance?: ResumeBand;
}

/** The band for a gap of `months` when restarting as `scheme`: the most specific level with a matching band wins. */
export function resumeBand(
  ctx: PolicyContext,
  month: MonthIndex,
  months: number,
  scheme: 'employee' | 'flexible',
  before?: 'employee' | 'flexible',
): ResolvedBand {
  // A resume before the first rules written down (2000-01, security probe 3 P53) is read under the earliest ones,
  // themselves an estimate flagged low confidence (nat.estimate.pre-43): such an old gap decides nothing today.
  const first = ctx.firstMonth('employee.resume');
  const at = first !== undefined && month < first ? first : month;
  for (const level of ctx.findAll('employee.resume', at)) {
    // `after`: a band only for people who paid that way before the gap (武汉 F34: 4–6 months after employer cover).
    const bands = level.value.filter(
      (b) =>
        (!b.appliesTo || b.appliesTo.includes(scheme)) &&
        (!b.after || before === undefined || b.after.includes(before)),
    );
    // A level may leave short gaps to the level above (岳阳 F35 only says what happens after more than 3 months).
    const band = bands.find(
      (b) =>
        (b.minGapMonths === undefined || months >= b.minGapMonths) &&
        (b.maxGapMonths === null || months <= b.maxGapMonths),
    );
    if (!band) continue;
    ctx.use('employee.resume', level);
    const tolerance = bands.find((b) => b.backPay !== 'no' && b.retroactive) ?? bands.find((b) => b.backPay === 'yes');
    return { band, source: level.source, level: level.level, tolerance };
  }
  throw new Error(`employee.resume has no band for ${months} months at ${formatMonth(month)}`);
}

/**
 * The first covered month when 职工医保 restarts in `restartMonth` without keeping continuity: after the waiting
 * period, which some cities count from the month after payment (苏州); with no wait, that month or the next.
 */
export function benefitsMonthAfterRestart(band: ResumeBand, restartMonth: MonthIndex): MonthIndex {
  const from = band.waitingMonths > 0 ? band.waitingCountsFrom : band.benefitsStart;
  return restartMonth + (from === 'nextMonth' ? 1 : 0) + band.waitingMonths;
}

/** Whether restarting under `band` has a waiting period, in months or in days. */
export function hasWait(band: ResumeBand): boolean {
  return band.waitingMonths > 0 || band.waitingDays !== undefined;
}

/**
 * A wait written in days (岳阳 F35 "缴费后 30 天") is counted in days from the payment day S (contract v2): benefits
 * from S + N days, day-exact across month ends, 29 February and year ends. Undefined for a band without one.
 */
export function benefitsDayAfterPayment(band: ResumeBand, paidOn: string): string | undefined {
  return band.waitingDays === undefined ? undefined : addDays(paidOn, band.waitingDays);
}

/** The band as it applies after the gap was back-paid in full (福建 C05: a shorter wait, continuity not kept). */
export function afterBackPay(band: ResumeBand): ResumeBand {
  return band.waitingMonthsIfBackPaid !== undefined
    ? Object.assign({}, band, { waitingMonths: band.waitingMonthsIfBackPaid })
    : band;
}

/** Whether back-paying within `band` keeps continuity and pays the gap's bills. */
export function keepsContinuity(band: ResumeBand): boolean {
  return band.backPay !== 'no' && band.retroactive;
}
