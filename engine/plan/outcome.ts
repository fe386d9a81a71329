// The plan's outcome: the report as it would stand on the first day of resumeFrom (the planner's decision for the
// chosen fill, its months painted as evaluate paints them), and the pension section then.
import type { Concern, PlanReport } from '../contract';
import { byStart, contextFor } from '../decide';
import { buildPension } from '../rules/pension';
import { buildTimeline } from '../rules/timeline';
import { monthOfDate, type MonthIndex } from '../time';
import type { Fill } from './history';
import type { PlanArgs, Planner } from './planner';

export function buildOutcome(
  a: PlanArgs,
  planner: Planner,
  concerns: Concern[],
  resume: MonthIndex,
  fill: Fill,
): NonNullable<PlanReport['outcome']> {
  const run = planner.run(resume, fill);
  const keys = new Set(a.today.report.items.map((i) => i.key));
  const outcome: NonNullable<PlanReport['outcome']> = {
    asOf: run.report.asOf,
    medical: run.report.medical,
    items: run.report.items.filter((i) => keys.has(i.key)),
  };
  if (concerns.includes('pension')) {
    // The pension cost of the plan: the months nobody pays pension for stay unpaid (a flexible bridge pays them).
    const s = planner.situationAt(resume, a.plan.bridge === 'flexible' ? 'flexible' : 'none');
    // Only the contribution months matter here: the timeline of that Situation, not a whole decision.
    const periods = byStart(s.periods);
    const ctx = contextFor(a.tables, a.region);
    const names = { city: a.region.name, province: a.region.province.name };
    outcome.pension = buildPension(ctx, buildTimeline(periods, monthOfDate(s.asOf)), s, names).section;
  }
  return outcome;
}
