// 佛山's reduced cap (C10, employee.reducedCap) as a dated fact: the months of the current run of regular 职工医保
// payments that fall under the lower cap. The months stay `covered` (a total cap is not a share of each bill).
import type { ReducedCap } from '../contract';
import type { PolicyContext } from '../policy/resolve';
import { formatMonth, type MonthIndex } from '../time';
import type { Timeline } from './timeline';

/** Regular (not back-paid) 职工医保 months ending at `month`, counted back without a break. */
function consecutivePaid(timeline: Timeline, month: MonthIndex): number {
  let run = 0;
  for (let m = month; timeline.employeeMonths.get(m) && !timeline.employeeMonths.get(m)!.backPaid; m--) run++;
  return run;
}

/**
 * The reduced-cap months of the run of regular payments that reaches `asOf`, when that run began within the last
 * 12 months (the span the month picture shows). Back-paid months end a run, so a gap restarts the reduced cap.
 * The month in which the run reaches `months` paid months is the first at the normal cap.
 */
export function reducedCapFact(ctx: PolicyContext, timeline: Timeline): ReducedCap | undefined {
  const { asOfMonth } = timeline;
  const paidMonths = consecutivePaid(timeline, asOfMonth);
  if (paidMonths === 0) return undefined;
  const start = asOfMonth - paidMonths + 1;
  if (asOfMonth - start >= 12) return undefined;
  const cap = ctx.find('employee.reducedCap', start);
  if (!cap) return undefined;
  const normalFrom = start + cap.value.months - 1;
  return {
    rule: 'employee.reducedCap',
    from: formatMonth(start),
    to: formatMonth(normalFrom - 1),
    normalFrom: formatMonth(normalFrom),
    paidMonths,
    months: cap.value.months,
    capYuan: cap.value.capYuan,
    normalCapYuan: cap.value.normalCapYuan,
    source: cap.source,
  };
}
