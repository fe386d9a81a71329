// The plan's bridges: what paying 灵活就业 or buying 居民医保 for the months between would cost and keep (judged
// on the planner's decisions for those fills), and the resident bridge's dated to-dos (copy review 3 N11).
import type { Action, Concern, Item, PlanBridge } from '../contract';
import { flexibleCost, monthsBetween, residentCost, round2 } from '../rules/costs';
import { residentWindow } from '../rules/resident';
import { januaryOf, type MonthIndex, yearOf } from '../time';
import { NOTHING_TO_PAY } from '../explain/costs';
import { bridgeActionTitle, bridgeSummary, NO_MONTH_BETWEEN, residentBridgeSummary } from '../explain/plan';
import type { Fill } from './history';
import { itemOf, type PlanArgs, type Planner } from './planner';
import { unique } from '../unique';

/** The concerns a fill keeps, on the planner's run resuming in `until` with the months between paid that way. */
function keptBy(planner: Planner, concerns: Concern[], until: MonthIndex, fill: Fill): Concern[] {
  const stop = planner.stop;
  return concerns.filter((c) => {
    if (c === 'pension') return fill === 'flexible';
    if (c === 'school') return false;
    const run = planner.run(until, fill);
    if (c === 'medical') {
      const hole = run.picture.holeMonths.some((m) => m > stop && m < until);
      return !hole && run.picture.waiting === null;
    }
    const mine = itemOf(run.report, c as Item['key']);
    if (!mine || mine.outcome === 'notApplicable' || mine.outcome === 'unknown') return false;
    return c === 'maternity' ? mine.outcome === 'kept' : mine.outcome !== 'reset';
  });
}

function residentBridge(a: PlanArgs, planner: Planner, concerns: Concern[], until: MonthIndex, assumed: boolean) {
  const years: number[] = [];
  const proposal = planner.residentProposal();
  for (let y = Math.min(proposal.year, yearOf(until - 1)); y <= yearOf(until - 1); y++) years.push(y);
  const priced = years.map((y) => residentCost(a.today.ctx, a.situation, y, 1));
  const unknown = priced.find((p) => p.cost === null)?.unknown;
  const total = priced.reduce((sum, p) => sum + (p.cost?.amount ?? 0), 0);
  const bridge: PlanBridge = {
    key: 'resident',
    cost: unknown ? null : { amount: round2(total), lateFee: 0, basis: priced.map((p) => p.cost!.basis).join('；') },
    keeps: keptBy(planner, concerns, until, 'resident'),
    summary: assumed
      ? bridgeSummary('resident', years.length, assumed, unknown)
      : residentBridgeSummary({
          year: years[0],
          lastYear: years[years.length - 1],
          due: proposal.deadline,
          payBy: proposal.fromPayment ? proposal.due : null,
          // A resident year is bought whole: the months of its last year from the resumption on are paid twice.
          overlapFrom: until,
          overlapTo: januaryOf(years[years.length - 1]) + 11,
          unknown,
        }),
    due: assumed ? undefined : proposal.due,
    sources: unique(priced.flatMap((p) => p.sources)),
  };
  return bridge;
}

export function buildBridges(a: PlanArgs, planner: Planner, concerns: Concern[], resume: MonthIndex | null) {
  const stop = planner.stop;
  // Without a restart month the bridge is priced per month and judged on a 6-month gap (said in the summary).
  const assumed = resume === null;
  const until = resume ?? stop + 7;
  const months = monthsBetween(stop + 1, until - 1);

  // Paying resumes the month after the stop: no month between, so neither bridge has anything to pay or keep
  // (not "0 months", nor a resident year for no month). What stays kept is what resuming on time keeps.
  if (!assumed && months.length === 0) {
    const kept = keptBy(planner, concerns, until, 'none');
    const keeps = concerns.filter((c) => c === 'pension' || kept.includes(c));
    return (['flexible', 'resident'] as const).map((key): PlanBridge => ({
      key,
      cost: { amount: 0, lateFee: 0, basis: NOTHING_TO_PAY },
      keeps,
      summary: NO_MONTH_BETWEEN,
      sources: [],
    }));
  }

  const flexPrice = flexibleCost(a.today.ctx, assumed ? months.slice(0, 1) : months, a.situation.monthlyBase);
  const flexible: PlanBridge = {
    key: 'flexible',
    cost: flexPrice.cost,
    keeps: keptBy(planner, concerns, until, 'flexible'),
    summary: bridgeSummary('flexible', months.length, assumed, flexPrice.unknown),
    sources: flexPrice.sources,
  };
  return [flexible, residentBridge(a, planner, concerns, until, assumed)];
}

/**
 * The resident bridge's payments as dated to-dos (copy review 3 N11): the first year by the day the plan assumes it
 * paid (planner.ts residentProposal), each later year by the end of its window (paid ahead, no wait).
 */
export function bridgeActions(a: PlanArgs, planner: Planner, bridges: PlanBridge[], resume: MonthIndex | null) {
  const bridge = bridges.find((b) => b.key === 'resident');
  if (a.plan.bridge !== 'resident' || !bridge || resume === null || !bridge.due) return [];
  const { year } = planner.residentProposal();
  const out: Action[] = [
    {
      key: 'plan-bridge-resident',
      title: bridgeActionTitle(year, bridge.due),
      due: bridge.due,
      remindable: true,
      sources: bridge.sources,
    },
  ];
  for (let y = year + 1; y <= yearOf(resume - 1); y++) {
    const closes = residentWindow(a.today.ctx, y).closes;
    if (closes >= a.situation.asOf)
      out.push({
        key: `plan-bridge-resident-${y}`,
        title: bridgeActionTitle(y, closes),
        due: closes,
        remindable: true,
        sources: bridge.sources,
      });
  }
  return out;
}
