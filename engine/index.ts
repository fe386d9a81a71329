// The evaluation engine: Situation in, Report out (docs/contract.md). Pure: no platform, no I/O, no clock
// unless the caller passes none (then today in China time). Cloud functions, the local server, the CLI and the
// tests all call evaluate().
import type { EvaluateError, EvaluateResult, ItemKey, Situation } from './contract';
import { decide } from './decide';
import packedTables from './policy/tables.packed.json';
import { buildPlan } from './plan/plan';
import { checkPlace } from './places/ambiguous';
import { findRegion, type ResolvedRegion, suggestRegions } from './policy/regions';
import type { PolicyTables } from './policy/types';
import { type PackedTables, unpackTables } from './policy/pack';
import { ambiguousPlaceMessage, INTERNAL_MESSAGE, unknownCityMessage } from './explain/errors';
import { explain, withMonths } from './report';
import type { Decision, RuleRun, RunDepth } from './run';
import { todayInChina } from './time';
import { validateSituation } from './validate';

export * from './contract';
export { todayInChina } from './time';
export type { Decision, RuleRun, RunDepth } from './run';

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
function regionOf(tables: PolicyTables, city: string): ResolvedRegion | EvaluateError {
  const place = checkPlace(city);
  if (place?.kind === 'ambiguous') {
    const message = ambiguousPlaceMessage(city, place.suggestions);
    return { error: { code: 'UNKNOWN_CITY', field: 'city', message, suggestions: place.suggestions } };
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
  const validated = validateSituation(input, opts.today ?? todayInChina());
  if (!validated.ok) return validated.error;
  const situation = validated.situation;

  const region = regionOf(tables, situation.city);
  if ('error' in region) return region;
  const run = runRules(tables, region, situation, 'full');
  if (situation.plan) {
    const plan = buildPlan({ tables, region, situation, plan: situation.plan, today: run, runRules });
    run.report.plan = plan;
    for (const id of plan.sources) run.addSource(id);
  }
  return run.report;
}

/** Medical items a lite run skips: of the medical items the planner reads only medicalContinuity (plan.ts). */
const UNREAD_BY_PLANNER: ReadonlySet<ItemKey> = new Set<ItemKey>([
  'medicalAccount',
  'residentIncentive',
  'medicalRetirement',
]);

/**
 * The rules on an already validated Situation: decide(), then explain() for a shown report. The planner runs it on
 * hypothetical Situations: `lite` is the decision alone, `outcome` the decision with its month picture.
 */
export function runRules(
  tables: PolicyTables,
  region: ResolvedRegion,
  situation: Situation & { asOf: string },
  depth: 'full',
): RuleRun;
export function runRules(
  tables: PolicyTables,
  region: ResolvedRegion,
  situation: Situation & { asOf: string },
  depth?: RunDepth,
): Decision;
export function runRules(
  tables: PolicyTables,
  region: ResolvedRegion,
  situation: Situation & { asOf: string },
  depth: RunDepth = 'full',
): Decision {
  if (depth === 'lite') return decide(tables, region, situation, UNREAD_BY_PLANNER);
  const decision = decide(tables, region, situation);
  if (depth === 'outcome') return withMonths(decision, situation);
  return explain(tables, region, situation, decision);
}
