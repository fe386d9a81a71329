// The chain of continuous 职工 months that housing, 落户, car quotas and maternity ask for: how long it runs, and the
// open back-pay that would still keep it (with the date by which to pay). Facts only; the Chinese is
// engine/explain/items-eligibility.ts.
import type { Item, ItemKey } from '../contract';
import * as say from '../explain/items-eligibility';
import { formatMonth, lastDay, type MonthIndex } from '../time';
import { item, type ItemContext } from './item';
import type { Timeline } from './timeline';

/** The month a continuous run is counted back from: asOf's month, or the one before while asOf's is not yet due. */
export function runEnd(timeline: Timeline): MonthIndex {
  return timeline.employeeMonths.has(timeline.asOfMonth) ? timeline.asOfMonth : timeline.asOfMonth - 1;
}

/**
 * Consecutive 职工 contribution months ending at `month`. Back-paid months count only when all of them in the run
 * stay within `tolerated` (more than the city tolerates breaks the run at the first back-paid month).
 */
export function continuousRun(
  timeline: Timeline,
  month: MonthIndex,
  tolerated: number,
): { run: number; start: MonthIndex } {
  let backPaid = 0;
  let latestBackPaid: MonthIndex | undefined;
  let m = month;
  for (let paid = timeline.employeeMonths.get(m); paid; paid = timeline.employeeMonths.get(--m)) {
    if (!paid.backPaid) continue;
    backPaid++;
    latestBackPaid ??= m;
  }
  const start = backPaid > tolerated ? latestBackPaid! + 1 : m + 1;
  return { run: Math.max(0, month - start + 1), start };
}

/**
 * The open back-pay of the current gap, if it would keep a continuous run that tolerates `tolerated` months. Only
 * overdue months are back-paid: the current month paid before it ends is on time (contract v2), so the run stays
 * tolerated until the end of the month after the last tolerated one. When that comes before the back-pay's own
 * deadline (the dated action), no single date is right for both: not offered (as before; listed in the report).
 */
/**
 * Back-pay that still keeps an item's chain: the date by which to pay and the action that says so. When the item
 * tolerates fewer months than the back-pay band (青岛 maternity: 2 months, back-pay 3), its own date comes first:
 * the gap outgrows the tolerance once the month `from + tolerated` is overdue, so the last day of that month.
 */
export function openBackPay(
  c: ItemContext,
  key: ItemKey,
  tolerated: number,
): { deadline: string; months: number; action: string } | undefined {
  const backPay = c.options.options.find((o) => o.key === 'backPay');
  const gap = c.options.gap;
  if (!backPay || !gap?.interruption.ongoing || backPay.feasible === 'no' || !backPay.deadline) return undefined;
  const overdue = gap.unpaid.filter((m) => m < c.timeline.asOfMonth).length;
  if (backPay.who === 'employer' || overdue > tolerated) return undefined;
  const toleranceEnds = lastDay(gap.interruption.from + tolerated);
  if (toleranceEnds < backPay.deadline) return { deadline: toleranceEnds, months: overdue, action: keepAction(key) };
  return { deadline: backPay.deadline, months: overdue, action: 'backpay-deadline' };
}

/** The to-do of an item whose own tolerance ends before the back-pay deadline (see openBackPay). */
export const KEEP_ACTION_PREFIX = 'backpay-keep-';
const keepAction = (key: ItemKey) => `${KEEP_ACTION_PREFIX}${key}`;

/** A requirement of N continuous months (housing, hukou, car): kept, at risk until back-paid, short, or reset. */
export function continuousItem(
  c: ItemContext,
  key: ItemKey,
  r: {
    months: number;
    tolerated: number;
    what: string;
    orTax?: boolean;
    zones: string;
    tolerance: string;
    source: string;
  },
): Item {
  const { timeline } = c;
  const { run, start } = continuousRun(timeline, runEnd(timeline), r.tolerated);
  const sources = [r.source];
  const open = openBackPay(c, key, r.tolerated);
  if (open) {
    const summary = say.continuousBackPay(Object.assign({}, r, { months: open.months, deadline: open.deadline }));
    return item(key, 'atRisk', summary, sources, { action: open.action, due: open.deadline });
  }
  if (run >= r.months)
    return item(key, 'kept', say.continuousRequirement(Object.assign({}, r, { shortMonths: 0 })), sources);
  const broken =
    run === 0 || timeline.employeeMonths.has(start - 1) || (timeline.employeeMonths.first() ?? start) < start;
  if (!broken) {
    const shortMonths = r.months - run;
    return item(key, 'atRisk', say.continuousRequirement(Object.assign({}, r, { shortMonths })), sources, {
      shortMonths,
    });
  }
  const restart = run === 0 ? timeline.asOfMonth : start;
  const extra = { restartFrom: formatMonth(restart), eligibleFrom: formatMonth(restart + r.months) };
  return item(
    key,
    'reset',
    say.continuousReset(Object.assign({}, r, { restartFrom: restart, eligibleFrom: restart + r.months })),
    sources,
    extra,
  );
}
