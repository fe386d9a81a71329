// The evaluation engine: Situation in, Report out (docs/contract.md). Pure: no platform, no I/O, no clock
// unless the caller passes none (then today in China time). Cloud functions, the local server, the CLI and the
// tests all call evaluate().
import type { EvaluateError, EvaluateResult } from './contract';
import { adoptChoice } from './rules/remedies/choose';
import type { Decision } from './run';
import { decide } from './decide';
import packedTables from './policy/tables.packed.json';
import { buildPlan } from './plan/plan';
import { checkPlace } from './places/ambiguous';
import { findRegion, provinceOrCity, type ResolvedRegion, suggestRegions } from './policy/regions';
import type { PolicyTables } from './policy/types';
import { type PackedTables, unpackTables } from './policy/pack';
import { ambiguousPlaceMessage, INTERNAL_MESSAGE, provinceOrCityMessage, unknownCityMessage } from './explain/errors';
import { explain } from './report';
import { todayInChina } from './time';
import { validateSituation } from './validate';

export * from './contract';
export { todayInChina } from './time';
export type { Decision, RuleRun } from './run';

let shipped: PolicyTables | undefined;

/**
 * The tables as shipped (engine/policy/pack.ts: without reviewer notes; tables.generated.json has those), unpacked
 * on first use: in a cloud function they are decompressed then too (scripts/build-functions.mjs), not at load.
 */
function shippedTables(): PolicyTables {
  return (shipped ??= unpackTables(packedTables as unknown as PackedTables));
}

export const policyTables = /* @__PURE__ */ shippedTables();

export interface EvaluateOptions {
  /** Today in China time, "YYYY-MM-DD"; defaults to the real date. */
  today?: string;
  tables?: PolicyTables;
  /**
   * The whole situation the recommendation is decided on, when `input` leaves personal fields out (a shared
   * snapshot: functions/share). The report is of `input`; its recommended remedy, trade-off and first to-do are
   * those of this situation's decision (issue 18). Ignored unless valid and in the same place.
   */
  decidedOn?: unknown;
  /** Told about an unexpected exception (the answer is then INTERNAL, without details). Adapters log here. */
  onInternalError?: (error: unknown) => void;
}

export function evaluate(input: unknown, opts: EvaluateOptions = {}): EvaluateResult {
  try {
    return evaluateUnsafe(input, opts);
  } catch (error) {
    // Never a stack trace to the user; the caller decides where the error itself goes.
    opts.onInternalError?.(error);
    return { error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } };
  }
}

/** The region asked about, or the UNKNOWN_CITY error (ambiguous district names list their candidates). */
export function regionOf(tables: PolicyTables, city: string): ResolvedRegion | EvaluateError {
  const place = checkPlace(city);
  if (place?.kind === 'ambiguous') {
    const message = ambiguousPlaceMessage(city, place.suggestions);
    return { error: { code: 'UNKNOWN_CITY', field: 'city', message, suggestions: place.suggestions } };
  }
  const both = provinceOrCity(tables, city);
  if (both) {
    const message = provinceOrCityMessage(both);
    return { error: { code: 'UNKNOWN_CITY', field: 'city', message, suggestions: [both.city, both.province] } };
  }
  const region = findRegion(tables, place?.kind === 'city' ? place.city : city);
  if (region) return region;
  return {
    error: {
      code: 'UNKNOWN_CITY',
      field: 'city',
      message: unknownCityMessage(city),
      suggestions: suggestRegions(tables, city),
    },
  };
}

function evaluateUnsafe(input: unknown, opts: EvaluateOptions): EvaluateResult {
  const tables = opts.tables ?? shippedTables();
  const today = opts.today ?? todayInChina();
  const validated = validateSituation(input, today);
  if (!validated.ok) return validated.error;
  const situation = validated.situation;

  const region = regionOf(tables, situation.city);
  if ('error' in region) return region;
  // decide(), then explain() for the shown report; the planner calls decideFacts() (decide() without the
  // recommendation) on its hypothetical situations.
  const decision = decide(tables, region, situation);
  if (opts.decidedOn !== undefined) decideOnWhole(tables, region, decision, opts.decidedOn, today);
  const run = explain(tables, region, situation, decision);
  if (situation.plan) {
    const plan = buildPlan({ tables, region, situation, plan: situation.plan, today: run });
    run.report.plan = plan;
    run.cite(plan.sources);
  }
  return run.report;
}

/** The recommendation of the whole situation's decision, written on `decision` (EvaluateOptions.decidedOn). */
function decideOnWhole(
  tables: PolicyTables,
  region: ResolvedRegion,
  decision: Decision,
  whole: unknown,
  today: string,
): void {
  const validated = validateSituation(whole, today);
  if (!validated.ok || validated.situation.asOf !== decision.report.asOf) return;
  const wholeRegion = regionOf(tables, validated.situation.city);
  if ('error' in wholeRegion || wholeRegion.code !== region.code) return;
  const from = decide(tables, region, validated.situation).choice;
  decision.choice = adoptChoice(decision.options, decision.choice, from, decision.report.asOf);
}
