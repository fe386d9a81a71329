// The chain of continuous 职工 months that housing, 落户, car quotas and maternity ask for: how long it runs, and the
// open back-pay that would still keep it (with the date by which to pay). Facts only; the Chinese is
// engine/explain/items-eligibility.ts.
import type { Item, ItemKey, Option } from '../contract';
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

/**
 * The day to ask the employer for its arrears: the month's own day when it is due this month, else the back-pay's
 * deadline while it is ahead, else today. The continuity item and the chains' items (N8) carry the same day.
 */
export function employerArrearsDue(c: ItemContext, backPay: Option): string {
  const asOf = c.situation.asOf;
  return c.options.gap?.dueThisMonth ?? (backPay.deadline && backPay.deadline >= asOf ? backPay.deadline : asOf);
}

/**
 * Employer arrears the employer can still pay, within what the chain tolerates (北京 F48 ①: the employer's
 * back-pay of ≤ 3 months does not break the purchase test): the chain hinges on the employer, not reset.
 */
function employerArrears(c: ItemContext, tolerated: number): { due: string; months: number } | undefined {
  const backPay = c.options.options.find((o) => o.key === 'backPay');
  const gap = c.options.gap;
  if (c.situation.gapReason !== 'employer' || !c.options.current || !backPay || !gap?.interruption.ongoing)
    return undefined;
  const overdue = gap.unpaid.filter((m) => m < c.timeline.asOfMonth).length;
  if (backPay.feasible === 'no' || overdue > tolerated) return undefined;
  return { due: employerArrearsDue(c, backPay), months: overdue };
}

/** A chain's rule as the item reads it (the words are the rule's; the numbers decide). */
export interface ChainRule {
  months: number;
  tolerated: number;
  what: string;
  orTax?: boolean;
  /** Only the employer's back-pay counts (北京 F48), not the person's own as 灵活就业. */
  byEmployer?: boolean;
  /** The requirement is months of 医保 (深圳 car quota F57), not 社保. */
  medical?: boolean;
  zones: string;
  /** Per zone, when a city sets different months by zone (北京 五环内 / 五环外). */
  zoneMonths?: { label: string; months: number }[];
  tolerance: string;
  /** The rule counts no back-paid month at all (its tolerance is said beside a reset). */
  backPayNeverCounts: boolean;
  source: string;
}

/** The reset chain: restart, the month each zone is met again (soonest first), the back-pay rule only when none counts. */
function resetItem(c: ItemContext, key: ItemKey, r: ChainRule, restart: MonthIndex): Item {
  const zoneDates = (r.zoneMonths ?? []).map((z) => ({ label: z.label, eligibleFrom: restart + z.months }));
  if (zoneDates.length > 1) zoneDates.sort((a, b) => a.eligibleFrom - b.eligibleFrom);
  const summary = c.quiet
    ? ''
    : say.continuousReset(
        Object.assign({}, r, {
          restartFrom: restart,
          eligibleFrom: restart + r.months,
          zoneDates: zoneDates.length > 1 ? zoneDates : [],
          tolerance: r.backPayNeverCounts ? r.tolerance : '',
          never: c.timeline.employeeMonths.size === 0,
        }),
      );
  const extra = { restartFrom: formatMonth(restart), eligibleFrom: formatMonth(restart + r.months) };
  if (zoneDates.length > 1)
    Object.assign(extra, {
      eligibleByZone: zoneDates.map((z) => ({ label: z.label, eligibleFrom: formatMonth(z.eligibleFrom) })),
    });
  return item(key, 'reset', summary, [r.source], extra);
}

/** A requirement of N continuous months (housing, hukou, car): kept, at risk until back-paid, short, or reset. */
export function continuousItem(c: ItemContext, key: ItemKey, r: ChainRule): Item {
  const { timeline } = c;
  const { run, start } = continuousRun(timeline, runEnd(timeline), r.tolerated);
  const sources = [r.source];
  const arrears = employerArrears(c, r.tolerated);
  if (arrears) {
    const summary = c.quiet ? '' : say.continuousEmployerArrears(Object.assign({}, r, { months: arrears.months }));
    return item(key, 'atRisk', summary, sources, { action: 'employer-arrears', due: arrears.due });
  }
  const open = openBackPay(c, key, r.tolerated);
  if (open) {
    const summary = c.quiet
      ? ''
      : say.continuousBackPay(Object.assign({}, r, { months: open.months, deadline: open.deadline }));
    return item(key, 'atRisk', summary, sources, { action: open.action, due: open.deadline });
  }
  if (run >= r.months)
    return item(
      key,
      'kept',
      c.quiet ? '' : say.continuousRequirement(Object.assign({}, r, { shortMonths: 0 })),
      sources,
    );
  const broken =
    run === 0 || timeline.employeeMonths.has(start - 1) || (timeline.employeeMonths.first() ?? start) < start;
  if (!broken) {
    const shortMonths = r.months - run;
    return item(
      key,
      'atRisk',
      c.quiet ? '' : say.continuousRequirement(Object.assign({}, r, { shortMonths })),
      sources,
      {
        shortMonths,
      },
    );
  }
  return resetItem(c, key, r, run === 0 ? timeline.asOfMonth : start);
}
