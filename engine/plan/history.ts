// The planner's hypothetical Situations: the history cut at the planned stop, and the situation on the first day of
// a candidate resume month with the months between filled one way (back-paid, flexible, resident, or not at all).
// The planner decides these with decide(); nothing here judges a rule.
import type { Concern, Period, Situation } from '../contract';
import { firstDay, formatMonth, type MonthIndex, toMonthIndex, yearOf } from '../time';

/** The longest gap searched; beyond it a limit is reported as "more than this". */
export const MAX_GAP_MONTHS = 24;

export type Fill = 'backPay' | 'flexible' | 'resident' | 'none';

export type Dated = Situation & { asOf: string };

/** The resident bridge's purchases: the first year and the day each year is assumed paid (planner.ts). */
export interface ResidentPurchases {
  year: number;
  /** The day year `y` is paid, for a resume on the first day of `resume`. */
  paidOn: (y: number, resume: MonthIndex) => string;
}

/** The history up to and including `stop`: later months dropped, open periods closed at `stop`. */
export function historyUntil(periods: Period[], stop: MonthIndex): Period[] {
  const out: Period[] = [];
  for (const p of periods) {
    const from = toMonthIndex(p.from);
    const to = p.to === null ? Number.POSITIVE_INFINITY : toMonthIndex(p.to);
    if (p.scheme === 'resident') {
      if (to <= stop) out.push(p);
      continue;
    }
    if (from > stop) continue;
    out.push(to > stop ? Object.assign({}, p, { to: formatMonth(stop) }) : p);
  }
  return out;
}

/** The scheme paid again on resuming: flexible when the last paid period before the stop was flexible. */
export function resumeSchemeOf(history: Period[]): 'employee' | 'flexible' {
  for (let i = history.length - 1; i >= 0; i--)
    if (history[i].scheme !== 'resident') return history[i].scheme === 'flexible' ? 'flexible' : 'employee';
  return 'employee';
}

export interface Hypothesis {
  base: Dated;
  history: Period[];
  stop: MonthIndex;
  resumeScheme: 'employee' | 'flexible';
  concerns: Concern[];
}

/** The months between the stop and `resume`, as `fill` pays them. */
function fillPeriods(h: Hypothesis, resume: MonthIndex, fill: Fill, resident: () => ResidentPurchases): Period[] {
  const { stop } = h;
  if (resume <= stop + 1 || fill === 'none') return [];
  const from = formatMonth(stop + 1);
  const to = formatMonth(resume - 1);
  if (fill === 'backPay') return [{ scheme: h.resumeScheme, from, to, backPaid: true, paidOn: firstDay(resume) }];
  if (fill === 'flexible') return [{ scheme: 'flexible', from, to }];
  // The years the engine's own resident option proposes right after the stop, each bought on the day the plan's
  // to-do for it says (planner.ts residentPurchases).
  const purchases = resident();
  const out: Period[] = [];
  for (let y = purchases.year; y <= yearOf(resume - 1); y++)
    out.push({ scheme: 'resident', from: `${y}-01`, to: `${y}-12`, paidOn: purchases.paidOn(y, resume) });
  return out;
}

/** The Situation on the first day of `resume`: paying again that month, the months between filled by `fill`. */
export function situationAt(h: Hypothesis, resume: MonthIndex, fill: Fill, resident: () => ResidentPurchases): Dated {
  const periods: Period[] = [...h.history, ...fillPeriods(h, resume, fill, resident)];
  periods.push({ scheme: h.resumeScheme, from: formatMonth(resume), to: null });
  return onResumeDay(h, resume, periods);
}

/** The person's situation on the first day of `resume` with these periods (no plan of its own). */
function onResumeDay(h: Hypothesis, resume: MonthIndex, periods: Period[]): Dated {
  return Object.assign({}, h.base, {
    asOf: firstDay(resume),
    periods,
    gapReason: h.base.gapReason === 'personal' ? ('personal' as const) : ('jobChange' as const),
    concerns: h.concerns,
    plan: undefined,
  });
}

/** The same history paid through without a gap until `resume` (what "nothing lost" is measured against). */
export function paidThroughAt(h: Hypothesis, resume: MonthIndex): Dated {
  const periods = [...h.history];
  const last = periods.length ? periods[periods.length - 1] : undefined;
  if (last && last.scheme !== 'resident') periods[periods.length - 1] = Object.assign({}, last, { to: null });
  else periods.push({ scheme: h.resumeScheme, from: formatMonth(h.stop + 1), to: null });
  return onResumeDay(h, resume, periods);
}
