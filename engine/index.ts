// The evaluation engine: Situation in, Report out (docs/contract.md). Pure: no platform, no I/O, no clock
// unless the caller passes none (then today in China time). Cloud functions, the local server, the CLI and the
// tests all call evaluate().
import type { EvaluateError, EvaluateResult, ItemKey, Report, Situation, SourceRef } from './contract';
import packedTables from './policy/tables.packed.json';
import { buildPlan } from './plan/plan';
import { checkPlace } from './places/ambiguous';
import { findRegion, PolicyContext, type ResolvedRegion, suggestRegions } from './policy/resolve';
import type { PolicyTables } from './policy/types';
import { type PackedTables, unpackTables } from './policy/pack';
import { ambiguousPlaceMessage, INTERNAL_MESSAGE, unknownCityMessage } from './explain/errors';
import { buildHeadline } from './explain/headline';
import { localRuleSentences, newbornGraceNotice, NO_HISTORY_NOTICE, provinceOnlyNotice } from './explain/notices';
import { buildActions } from './rules/actions';
import { buildItems } from './rules/items';
import { type MedicalPicture, medicalPicture } from './rules/medical';
import { coverMonths } from './rules/months';
import { localRuleFacts } from './rules/local-notices';
import { newbornGraceFact } from './rules/newborn-grace';
import { reducedCapFact } from './rules/reduced-cap';
import { buildNotices, gapYearReading, needsLocalCheck } from './rules/notices';
import { buildOptions, type OptionsResult } from './rules/options';
import { buildPension } from './rules/pension';
import { buildTimeline, type Timeline, toContractGap } from './rules/timeline';
import { formatMonth, monthOfDate, todayInChina, toMonthIndex } from './time';
import { validateSituation } from './validate';

export * from './contract';
export { todayInChina } from './time';

let shipped: PolicyTables | undefined;

/**
 * The tables as shipped (engine/policy/pack.ts: without reviewer notes; tables.generated.json has those), unpacked
 * on first use: in a cloud function they are decompressed then too (scripts/build-functions.mjs), not at load.
 */
function shippedTables(): PolicyTables {
  return (shipped ??= unpackTables(packedTables as unknown as PackedTables));
}

export const policyTables = /* @__PURE__ */ shippedTables();

const RULES_FOR_LEVEL = [
  'employee.resume',
  'employer.arrears',
  'resident.window',
  'resident.waiting',
  'resident.switch',
] as const;

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

/** The cited sources, once each, sorted by id. */
function sourcesOf(tables: PolicyTables, ids: Set<string>): SourceRef[] {
  return [...ids].sort().map((id) => {
    const s = tables.sources[id];
    if (!s) throw new Error(`unknown source ${id}`);
    const { title, docNo, url, confidence, verified, recorded, via, facts } = s;
    return Object.assign(
      { id: s.id, title, docNo, url, confidence, verified, recorded, readAs: s.readAs ?? 'reprint' },
      via ? { via } : {},
      { facts },
    );
  });
}

function evaluateUnsafe(input: unknown, opts: EvaluateOptions): EvaluateResult {
  const tables = opts.tables ?? shippedTables();
  const validated = validateSituation(input, opts.today ?? todayInChina());
  if (!validated.ok) return validated.error;
  const situation = validated.situation;

  const region = regionOf(tables, situation.city);
  if ('error' in region) return region;
  const run = runRules(tables, region, situation);
  if (situation.plan) {
    const plan = buildPlan({ tables, region, situation, plan: situation.plan, today: run, runRules });
    run.report.plan = plan;
    for (const id of plan.sources) run.addSource(id);
  }
  return run.report;
}

export interface RuleRun {
  report: Report;
  ctx: PolicyContext;
  timeline: Timeline;
  picture: MedicalPicture;
  options: OptionsResult;
  /** Adds a cited source to the report's source list (the plan cites the rules its hypotheticals used). */
  addSource: (id: string) => void;
}

/**
 * How much of a report a run builds: `full` (a shown report); `outcome` (the plan's outcome: the picture, the items
 * and the month picture, no notices, actions or sources); `lite` (the planner's hypotheticals: picture and the items
 * it reads).
 */
export type RunDepth = 'full' | 'outcome' | 'lite';

/** Medical items a lite run skips: of the medical items the planner reads only medicalContinuity (plan.ts). */
const UNREAD_BY_PLANNER: ReadonlySet<ItemKey> = new Set<ItemKey>([
  'medicalAccount',
  'residentIncentive',
  'medicalRetirement',
]);

/** The rules on an already validated Situation (also run by the planner on hypothetical Situations). */
export function runRules(
  tables: PolicyTables,
  region: ResolvedRegion,
  situation: Situation & { asOf: string },
  depth: RunDepth = 'full',
): RuleRun {
  const lite = depth !== 'full';
  const ctx = new PolicyContext(tables, { code: region.code, province: region.province.code, level: region.level });
  const asOfMonth = monthOfDate(situation.asOf);
  const periods = [...situation.periods].sort((a, b) => toMonthIndex(a.from) - toMonthIndex(b.from));
  const timeline = buildTimeline(periods, asOfMonth);
  const picture = medicalPicture(ctx, timeline, Object.assign({}, situation, { periods }));
  const options = buildOptions(ctx, timeline, picture, situation);
  const items = buildItems(
    { ctx, timeline, picture, options, situation },
    depth === 'lite' ? UNREAD_BY_PLANNER : undefined,
  );

  const extra: string[] = [];
  if (periods.length === 0 && situation.specialGroup !== 'newborn') extra.push(NO_HISTORY_NOTICE);
  if (region.level === 'province') extra.push(provinceOnlyNotice(region.name));
  const reducedCap = lite ? undefined : reducedCapFact(ctx, timeline);
  if (!lite) extra.push(...localRuleSentences(localRuleFacts(ctx, timeline, picture, region.name, reducedCap)));
  const newbornGrace = lite ? undefined : newbornGraceFact(ctx, timeline, situation);
  if (newbornGrace) extra.push(newbornGraceNotice(newbornGrace));
  // A remedy without a price says why, once (the same missing value can leave several remedies unpriced).
  if (!lite) extra.push(...new Set(options.options.flatMap((o) => (o.costUnknown ? [o.costUnknown] : []))));
  const pension =
    !lite && situation.concerns?.includes('pension')
      ? buildPension(ctx, timeline, situation, { city: region.name, province: region.province.name })
      : undefined;
  if (pension) {
    extra.push(...pension.notices);
  }
  const rulesLevel = ctx.levelOf([...RULES_FOR_LEVEL]);
  // A lite run (the planner's hypotheticals) needs the picture and the items only.
  const reading = lite ? null : gapYearReading(picture);
  const notices = lite
    ? []
    : buildNotices(ctx, {
        regionName: region.name,
        rulesLevel,
        picture,
        timeline,
        optionUpperBound: options.flexibleUpperBound,
        reading,
        extra,
      });
  const actions = lite
    ? []
    : buildActions(ctx, timeline, picture, options, situation, needsLocalCheck(notices, items, options.options), items);

  const sourceIds = new Set<string>(lite ? [] : ctx.usedSources);
  for (const entry of [...options.options, ...items, ...actions])
    for (const id of entry.sources ?? []) sourceIds.add(id);
  for (const id of pension?.section.sources ?? []) sourceIds.add(id);
  const sources: SourceRef[] = lite ? [] : sourcesOf(tables, sourceIds);

  const medical: Report['medical'] = {
    status: picture.status,
    gaps: timeline.gaps.map(toContractGap),
    holeMonths: picture.holeMonths.map(formatMonth),
    waiting: picture.waiting,
    // The month picture is painted only for shown reports (the planner's hypotheticals do not need it).
    months: depth === 'lite' ? [] : coverMonths(picture, timeline, options, situation.asOf),
  };
  if (reducedCap) medical.reducedCap = reducedCap;
  if (newbornGrace) medical.newbornGrace = newbornGrace;
  const headline = buildHeadline({
    asOf: situation.asOf,
    medical,
    waitingAhead: picture.waitingAhead,
    options: options.options,
    gapReason: situation.gapReason,
    dueThisMonth: options.gap?.dueThisMonth,
    paysOwnContribution: timeline.employeeMonths.get(timeline.asOfMonth - 1)?.scheme === 'flexible',
    newborn: situation.specialGroup === 'newborn',
  });
  const report: Report = {
    asOf: situation.asOf,
    region: {
      name: region.name,
      adcode: region.code,
      rulesLevel,
      province: region.province.name,
      ...(region.level === 'province' ? { provinceOnly: true as const } : {}),
    },
    headline,
    medical,
    options: options.options,
    items,
    actions,
    sources,
    notices,
  };
  if (reading) report.readings = [reading];
  if (pension) report.pension = pension.section;
  const addSource = (id: string) => {
    if (sourceIds.has(id)) return;
    sourceIds.add(id);
    report.sources = sourcesOf(tables, sourceIds);
  };
  return { report, ctx, timeline, picture, options, addSource };
}
