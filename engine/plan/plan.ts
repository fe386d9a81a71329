// The what-if planner: "I stop paying after month S; until when can I resume without losing anything, what will
// stand when I resume, and what would bridging the gap cost?" Every answer comes from decide() on hypothetical
// Situations (planner.ts: history stopping at S, paying again from a candidate month R with the back-pay the rules
// allow), so the plan can never disagree with the report the person would get on that day.
import type { Concern, PlanReport } from '../contract';
import { toMonthIndex } from '../time';
import { unique } from '../unique';
import type { Fill } from './history';
import { bridgeActions, buildBridges } from './bridges';
import { buildLimits, limitActions, searchedConcerns } from './limits';
import { buildOutcome } from './outcome';
import { type PlanArgs, Planner, runKey } from './planner';

export type { PlanArgs } from './planner';

export interface PlanResult extends PlanReport {
  /** Every source the plan cites (added to the report's list). */
  sources: string[];
}

export function buildPlan(a: PlanArgs): PlanResult {
  const planner = new Planner(a);
  const concerns = a.situation.concerns?.length ? a.situation.concerns : (['medical', 'pension'] as Concern[]);
  const searched = searchedConcerns(a, concerns);
  planner.concerns = unique<Concern>(['medical', ...searched]);
  const resume = a.plan.resumeFrom ? toMonthIndex(a.plan.resumeFrom) : null;
  const outcomeFill: Fill = a.plan.bridge === 'none' ? 'backPay' : a.plan.bridge;
  if (resume !== null) planner.outcome = { key: runKey(resume, outcomeFill), concerns };
  const limits = buildLimits(a, planner, concerns, searched);
  const outcome = resume === null ? null : buildOutcome(a, planner, concerns, resume, outcomeFill);
  const bridges = buildBridges(a, planner, concerns, resume);
  const actions = limitActions(limits)
    .concat(bridgeActions(a, planner, bridges, resume))
    .sort((x, y) => (x.due! < y.due! ? -1 : x.due! > y.due! ? 1 : 0));

  const sources = new Set<string>();
  for (const l of limits) l.sources.forEach((s) => sources.add(s));
  outcome?.items.forEach((i) => i.sources.forEach((s) => sources.add(s)));
  outcome?.pension?.sources.forEach((s) => sources.add(s));
  bridges.forEach((b) => b.sources.forEach((s) => sources.add(s)));
  return {
    stopAfter: a.plan.stopAfter,
    resumeFrom: a.plan.resumeFrom,
    bridge: a.plan.bridge,
    limits,
    outcome,
    bridges,
    actions,
    sources: [...sources].filter((s) => a.tables.sources[s]),
  };
}
