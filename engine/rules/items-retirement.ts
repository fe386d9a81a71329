// The retirement items: 职工养老 years toward a pension, and the 职工医保 years needed to keep medical cover without
// paying after retirement, projected to the person's own retirement month. The Chinese is
// engine/explain/items-retirement.ts.
import type { Item } from '../contract';
import * as say from '../explain/items-retirement';
import type { PolicyContext } from '../policy/resolve';
import { type MonthIndex, toMonthIndex } from '../time';
import { hasEmployee, item, type ItemContext } from './item';
import { personalRetirement } from './pension';
import { retirementEstimates, type RetirementEstimate } from './retirement';
import { contributionMonthCount } from './timeline';

export function pensionYears({ timeline, ctx, situation }: ItemContext): Item {
  if (!hasEmployee(timeline))
    return item('pensionYears', 'notApplicable', say.PENSION_NONE, ['nat.law.social-insurance']);
  const total = contributionMonthCount(timeline);
  const min = ctx.get('pension.minimumYears', timeline.asOfMonth);
  const sources = [min.source, 'nat.law.social-insurance'];
  let transfer = '';
  if (situation.hukou === 'nonlocal') {
    sources.push('nat.pension.transfer-66');
    const age = situation.birth ? Math.floor((timeline.asOfMonth - toMonthIndex(situation.birth)) / 12) : undefined;
    const threshold = situation.gender === 'male' ? 50 : situation.gender === 'female' ? 40 : undefined;
    transfer = say.transferSentence({
      ageThreshold: age !== undefined && threshold !== undefined && age >= threshold ? threshold : undefined,
    });
  }
  let retirement = '';
  let shortMonths = 0;
  const r = personalProjection({ ctx, timeline, situation } as ItemContext);
  if (r) {
    sources.push(...r.sources);
    shortMonths = shortOf(r);
    retirement = say.retirementSentence(Object.assign({}, r, { past: r.month <= timeline.asOfMonth, shortMonths }));
    if (r.other)
      retirement = say.assumedRetirement({
        assumedAge: r.originalAge,
        verdict: retirement,
        otherAge: r.other.originalAge,
        otherPast: r.other.month <= timeline.asOfMonth,
        otherShort: shortOf(r.other) > 0,
      });
  }
  const schedule = retirement ? undefined : minimumYearsSchedule(ctx, timeline.asOfMonth);
  if (schedule) sources.push(schedule.source);
  const summary = say.pensionYearsSummary({
    paidMonths: total,
    minimumYears: min.value,
    retirement,
    transfer,
    schedule,
  });
  return shortMonths > 0
    ? item('pensionYears', 'atRisk', summary, sources, { shortMonths })
    : item('pensionYears', 'kept', summary, sources);
}

/** How the minimum years rise from the current value (渐进式延迟退休 F24), read from the rule's future values. */
function minimumYearsSchedule(ctx: PolicyContext, asOfMonth: MonthIndex) {
  const at = (year: number) => ctx.findAll('pension.minimumYears', year * 12)[0];
  const now = at(Math.floor(asOfMonth / 12));
  if (!now) return undefined;
  let year = Math.floor(asOfMonth / 12) + 1;
  while (year < Math.floor(asOfMonth / 12) + 30 && at(year)?.value === now.value) year++;
  const first = at(year);
  if (!first || first.value <= now.value) return undefined;
  let last = year;
  while (last < year + 40 && at(last + 1) && at(last + 1)!.value !== at(last)!.value) last++;
  const final = at(last)!;
  ctx.use('pension.minimumYears', first);
  return { from: year, step: first.value - now.value, final: final.value, source: first.source };
}

const shortOf = (r: { minimumYears: number; projectedMonths: number }) =>
  Math.max(0, Math.round(r.minimumYears * 12) - r.projectedMonths);

/**
 * The person's one retirement estimate, the pension section's (the given original age, else 60 for a man and 55 for
 * a woman), projected to that month; for a woman whose original age was assumed, also the other group (copy review
 * M15: one verdict, and what would change in the other).
 */
function personalProjection({ ctx, timeline, situation }: ItemContext) {
  const personal = personalRetirement(ctx, situation, timeline.asOfMonth);
  if (!personal) return undefined;
  const total = contributionMonthCount(timeline);
  const paidThisMonth = timeline.employeeMonths.has(timeline.asOfMonth);
  const project = (r: RetirementEstimate) =>
    Object.assign({}, r, {
      projectedMonths: total + Math.max(0, r.month - timeline.asOfMonth - (paidThisMonth ? 1 : 0)),
    });
  const other = personal.assumed
    ? retirementEstimates(ctx, toMonthIndex(situation.birth!), situation.gender!, timeline.asOfMonth).find(
        (e) => e.originalAge !== personal.estimate.originalAge,
      )
    : undefined;
  return Object.assign(project(personal.estimate), { other: other && project(other) });
}

export function medicalRetirement(c: ItemContext): Item | undefined {
  const { ctx, timeline, situation } = c;
  if (!hasEmployee(timeline)) return undefined;
  const rule = ctx.find('medical.retirementYears', timeline.asOfMonth);
  const total = contributionMonthCount(timeline);
  if (!rule)
    return item('medicalRetirement', 'unknown', say.medicalRetirementUnknown({ paidMonths: total }), [
      'nat.law.social-insurance',
    ]);
  const r = rule.value;
  const required =
    situation.gender === 'female' ? r.femaleYears : situation.gender === 'male' ? r.maleYears : undefined;
  const requiredYears = say.requiredYears({ required: required ?? null, male: r.maleYears, female: r.femaleYears });
  const sources = [rule.source, 'nat.law.social-insurance'];
  const retirement = personalProjection(c);
  // A target year's values (广东 F43: 2030) are the years from then on; a retirement before it meets the city's own
  // yearly value, not recorded and possibly lower: said so, with the shortfall counted on the target (N36).
  const retirementYear = retirement ? Math.floor(retirement.month / 12) : undefined;
  const beforeTarget =
    r.targetYear !== undefined && retirementYear !== undefined && retirementYear < r.targetYear ? retirementYear : null;
  const shortMonths =
    retirement && required !== undefined ? Math.max(0, required * 12 - retirement.projectedMonths) : 0;
  const summary = say.medicalRetirementSummary({
    paidMonths: total,
    requiredYears,
    targetYear: r.targetYear ?? null,
    beforeTarget,
    localYears: r.localYears ?? null,
    projectedMonths: retirement && required !== undefined ? retirement.projectedMonths : null,
    shortMonths,
    retirementMonth: retirement && required !== undefined ? retirement.month : null,
    past: retirement !== undefined && retirement.month <= timeline.asOfMonth,
    assumedAge: retirement?.other ? retirement.originalAge : null,
  });
  if (retirement) sources.push(...retirement.sources);
  return shortMonths > 0
    ? item('medicalRetirement', 'atRisk', summary, sources, { shortMonths })
    : item('medicalRetirement', 'kept', summary, sources);
}
