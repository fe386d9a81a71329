// explain(decision) → Report: the decision of decide() told in Chinese for a shown report — notices, the dated
// to-dos, the headline, the month picture, the pension section and the cited sources. Nothing here changes a fact.
import type { Report, Situation, SourceRef } from './contract';
import { buildHeadline, finishHeadline } from './explain/headline';
import {
  localRuleSentences,
  newbornGraceNotice,
  NO_HISTORY_NOTICE,
  openUntilNotice,
  provinceOnlyNotice,
} from './explain/notices';
import type { ResolvedRegion } from './policy/regions';
import type { PolicyTables } from './policy/types';
import { buildActions } from './rules/actions';
import { localRuleFacts } from './rules/local-notices';
import { coverMonths, newbornStart } from './rules/months';
import { newbornGraceFact } from './rules/newborn-grace';
import { buildNotices, gapYearReading, needsLocalCheck } from './rules/notices';
import { buildPension } from './rules/pension';
import { reducedCapFact } from './rules/reduced-cap';
import type { Decision, RuleRun } from './run';
import { unique } from './unique';

const RULES_FOR_LEVEL = [
  'employee.resume',
  'employer.arrears',
  'resident.window',
  'resident.waiting',
  'resident.switch',
] as const;

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

/** The month picture painted on a decision (the planner's outcome paints it the same way, plan/planner.ts). */
function withMonths(d: Decision, situation: Situation & { asOf: string }): Decision {
  d.report.medical.months = coverMonths(d.picture, d.timeline, d.options, situation.asOf, newbornStart(situation));
  return d;
}

/** The headline's draft from the decision (explain/headline.ts words it). */
function headlineDraft(decision: Decision, situation: Situation & { asOf: string }) {
  const { timeline, picture, options, choice } = decision;
  const medical = decision.report.medical;
  return buildHeadline({
    asOf: situation.asOf,
    medical,
    waitingAhead: picture.waitingAhead,
    options: options.options,
    gapReason: situation.gapReason,
    dueThisMonth: options.gap?.dueThisMonth ?? timeline.pendingMonth?.due,
    paysOwnContribution: timeline.employeeMonths.get(timeline.asOfMonth - 1)?.scheme === 'flexible',
    newborn: situation.specialGroup === 'newborn',
    choice,
    residentYear: options.proposedResident?.year,
    arrearsClosed: options.arrearsClosed,
  });
}

export function explain(
  tables: PolicyTables,
  region: ResolvedRegion,
  situation: Situation & { asOf: string },
  decision: Decision,
): RuleRun {
  const { ctx, timeline, picture, options, choice } = withMonths(decision, situation);
  const { items, medical } = decision.report;
  const extra: string[] = [];
  if (situation.periods.length === 0 && situation.specialGroup !== 'newborn') extra.push(NO_HISTORY_NOTICE);
  if (region.level === 'province') extra.push(provinceOnlyNotice(region.name));
  if (timeline.openUntil) extra.push(openUntilNotice(timeline.openUntil));
  const reducedCap = reducedCapFact(ctx, timeline);
  extra.push(...localRuleSentences(localRuleFacts(ctx, timeline, picture, region.name, reducedCap)));
  const newbornGrace = newbornGraceFact(ctx, timeline, situation);
  if (newbornGrace) extra.push(newbornGraceNotice(newbornGrace));
  // A remedy without a price says why, once (the same missing value can leave several remedies unpriced).
  extra.push(...unique(options.options.flatMap((o) => (o.costUnknown ? [o.costUnknown] : []))));
  const pension = situation.concerns?.includes('pension')
    ? buildPension(ctx, timeline, situation, { city: region.name, province: region.province.name })
    : undefined;
  if (pension) extra.push(...pension.notices);
  const rulesLevel = ctx.levelOf([...RULES_FOR_LEVEL]);
  const reading = gapYearReading(picture);
  const notices = buildNotices(ctx, {
    regionName: region.name,
    rulesLevel,
    picture,
    timeline,
    optionUpperBound: options.flexibleUpperBound,
    reading,
    extra,
  });
  const localCheck = needsLocalCheck(notices, items, options.options);
  const actions = buildActions(ctx, timeline, picture, options, situation, localCheck, items, choice.lead?.key);

  const sourceIds = new Set<string>(ctx.usedSources);
  for (const entry of [...options.options, ...items, ...actions])
    for (const id of entry.sources ?? []) sourceIds.add(id);
  for (const id of pension?.section.sources ?? []) sourceIds.add(id);
  const sources: SourceRef[] = sourcesOf(tables, sourceIds);

  if (reducedCap) medical.reducedCap = reducedCap;
  if (newbornGrace) medical.newbornGrace = newbornGrace;
  const headline = finishHeadline(headlineDraft(decision, situation), choice, actions);
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
  const cite = (ids: string[]) => {
    const before = sourceIds.size;
    for (const id of ids) sourceIds.add(id);
    if (sourceIds.size > before) report.sources = sourcesOf(tables, sourceIds);
  };
  return Object.assign({}, decision, { report, cite });
}
