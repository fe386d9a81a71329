// Restart bands (employee.resume): what restarting 职工医保 after a gap of N months means, and when benefits
// come back when continuity is not kept.
import type { PolicyContext } from '../policy/resolve';
import type { JurisdictionLevel, ResumeBand } from '../policy/types';
import { formatMonth, type MonthIndex } from '../time';

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
  for (const level of ctx.findAll('employee.resume', month)) {
    // `after`: a band only for people who paid that way before the gap (武汉 F34: 4–6 months after employer cover).
    const bands = level.value.filter(
      (b) =>
        (!b.appliesTo || b.appliesTo.includes(scheme)) &&
        (!b.after || before === undefined || b.after.includes(before)),
    );
    const band = bands.find((b) => b.maxGapMonths === null || months <= b.maxGapMonths);
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

/** The band as it applies after the gap was back-paid in full (福建 C05: a shorter wait, continuity not kept). */
export function afterBackPay(band: ResumeBand): ResumeBand {
  return band.waitingMonthsIfBackPaid !== undefined ? { ...band, waitingMonths: band.waitingMonthsIfBackPaid } : band;
}

/** Whether back-paying within `band` keeps continuity and pays the gap's bills. */
export function keepsContinuity(band: ResumeBand): boolean {
  return band.backPay !== 'no' && band.retroactive;
}
