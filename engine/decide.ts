// decide(situation) → Decision: the facts of a validated Situation — timeline, medical picture, every remedy with
// its consequences, the items, and the one recommendation. No sentence is composed for the report here beyond the
// summaries the rule modules carry; the planner calls this on hypothetical situations.
import type { ItemKey, Period, Report, Situation } from './contract';
import { PolicyContext } from './policy/resolve';
import type { ResolvedRegion } from './policy/regions';
import type { PolicyTables } from './policy/types';
import { buildItems } from './rules/items';
import { medicalPicture } from './rules/medical';
import { buildOptions } from './rules/options';
import { chooseRemedy } from './rules/remedies/choose';
import { buildTimeline, toContractGap } from './rules/timeline';
import type { Decision, Facts } from './run';
import { formatMonth, monthOfDate, toMonthIndex } from './time';

/** The periods by their first month (as given when already in order: the planner's are, and a copy is a cost). */
export function byStart(periods: Period[]): Period[] {
  for (let i = 1; i < periods.length; i++)
    if (periods[i].from < periods[i - 1].from)
      return [...periods].sort((a, b) => toMonthIndex(a.from) - toMonthIndex(b.from));
  return periods;
}

/** A new resolver for the region's rules (one per shown decision; the planner shares one across its runs). */
export const contextFor = (tables: PolicyTables, region: ResolvedRegion) =>
  new PolicyContext(tables, { code: region.code, province: region.province.code, level: region.level });

/** The facts of a decision without the recommendation (the planner's hypotheticals never read one). */
export function decideFacts(
  tables: PolicyTables,
  region: ResolvedRegion,
  situation: Situation & { asOf: string },
  /** Items nobody will read (the planner's hypotheticals read only some). */
  skipItems?: ReadonlySet<ItemKey>,
  /**
   * The rules' resolver, shared by decisions nobody explains (the planner's: what it records of the sources used
   * and the fallbacks is read only by explain()); a new one by default.
   */
  ctx = contextFor(tables, region),
): Facts {
  const periods = byStart(situation.periods);
  const timeline = buildTimeline(periods, monthOfDate(situation.asOf), situation.gapReason);
  const picture = medicalPicture(
    ctx,
    timeline,
    periods === situation.periods ? situation : Object.assign({}, situation, { periods }),
  );
  const options = buildOptions(ctx, timeline, picture, situation);
  // A run that skips items is a planner's hypothetical: nobody reads its sentences either (ItemContext.quiet).
  const items = buildItems({ ctx, timeline, picture, options, situation, quiet: skipItems !== undefined }, skipItems);
  const medical: Report['medical'] = {
    status: picture.status,
    // The gaps as entered: a month still to pay (timeline.pendingMonth) is listed, ongoing (contract v2).
    gaps: (timeline.pendingMonth?.gaps ?? timeline.gaps).map(toContractGap),
    holeMonths: picture.holeMonths.map(formatMonth),
    waiting: picture.waiting,
    // The month picture is painted when the decision is explained (explain()).
    months: [],
  };
  return { ctx, timeline, picture, options, report: { asOf: situation.asOf, medical, items } };
}

export function decide(
  tables: PolicyTables,
  region: ResolvedRegion,
  situation: Situation & { asOf: string },
): Decision {
  const facts = decideFacts(tables, region, situation);
  // The one recommendation, on the whole situation: options, items and prices (rules/remedies/choose.ts).
  const choice = chooseRemedy(Object.assign({ items: facts.report.items, situation }, facts));
  return Object.assign(facts, { choice });
}
