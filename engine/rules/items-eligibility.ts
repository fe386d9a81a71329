// The items a continuous chain qualifies for: 生育津贴, non-hukou housing, 落户, car quota, school. Each reads its
// local rule and decides kept / atRisk / reset; the chain itself is items-chain.ts, the Chinese
// engine/explain/items-eligibility.ts.
import type { Item } from '../contract';
import * as say from '../explain/items-eligibility';
import { formatMonth, toMonthIndex } from '../time';
import { hasEmployee, item, type ItemContext } from './item';
import { continuousItem, continuousRun, openBackPay, runEnd } from './items-chain';

export function maternity(c: ItemContext): Item {
  const { ctx, timeline, situation } = c;
  const when = situation.plannedBirth ? toMonthIndex(situation.plannedBirth) : timeline.asOfMonth;
  if (!hasEmployee(timeline))
    return item('maternity', 'notApplicable', say.MATERNITY_NONE, ['nat.law.social-insurance']);
  const rule = ctx.find('maternity.qualifying', when);
  if (!rule) return item('maternity', 'unknown', say.MATERNITY_UNKNOWN, ['nat.law.social-insurance']);
  const r = rule.value;
  const open = openBackPay(c, 'maternity', r.toleratedGapMonths);
  if (open) {
    const summary = say.maternityBackPay({ qualifying: r.qualifyingMonths, deadline: open.deadline });
    return item('maternity', 'atRisk', summary, [rule.source], { action: open.action, due: open.deadline });
  }
  const end = runEnd(timeline);
  const { run } = continuousRun(timeline, Math.min(when, end), r.toleratedGapMonths);
  const paying = end === timeline.asOfMonth || timeline.employeeMonths.has(timeline.asOfMonth - 1);
  if (run === 0 || !paying) {
    const restart = timeline.asOfMonth;
    const eligible = restart + r.qualifyingMonths - 1;
    const summary = say.maternityReset({
      qualifying: r.qualifyingMonths,
      tolerated: r.toleratedGapMonths,
      restartFrom: restart,
      eligibleFrom: eligible,
    });
    return item('maternity', 'reset', summary, [rule.source], {
      restartFrom: formatMonth(restart),
      eligibleFrom: formatMonth(eligible),
    });
  }
  const projected = run + Math.max(0, when - end);
  const summary = say.maternityProjection({
    shortMonths: Math.max(0, r.qualifyingMonths - projected),
    qualifying: r.qualifyingMonths,
  });
  return projected >= r.qualifyingMonths
    ? item('maternity', 'kept', summary, [rule.source])
    : item('maternity', 'atRisk', summary, [rule.source], { shortMonths: r.qualifyingMonths - projected });
}

export function housing(c: ItemContext): Item {
  const { ctx, timeline, situation } = c;
  if (situation.hukou === 'local') return item('housing', 'notApplicable', say.HOUSING_LOCAL, []);
  const rule = ctx.find('housing.nonlocal', timeline.asOfMonth);
  if (!rule) return item('housing', 'unknown', say.HOUSING_UNKNOWN, []);
  const r = rule.value;
  const jobChange = situation.gapReason === 'jobChange' || situation.gapReason === 'employer';
  const tolerated = jobChange ? r.backPaidMonthsTolerated : 0;
  const zones = c.quiet
    ? ''
    : (r.zones?.map((z) => `${z.label} ${say.duration(z.months)}`).join('，') ?? say.duration(r.months));
  // 北京 F49/F50: 社保 or 个税; only 社保 is checked here.
  const byEmployer = r.backPaidBy === 'employer';
  return continuousItem(c, 'housing', {
    months: r.months,
    tolerated,
    what: say.WHAT_HOUSING,
    orTax: r.taxAlternative,
    byEmployer,
    zones,
    zoneMonths: r.zones,
    tolerance: c.quiet ? '' : say.housingTolerance(r.backPaidMonthsTolerated, byEmployer),
    backPayNeverCounts: r.backPaidMonthsTolerated === 0,
    source: rule.source,
  });
}

export function hukou(c: ItemContext): Item {
  const { ctx, timeline, situation } = c;
  if (situation.hukou === 'local') return item('hukou', 'notApplicable', say.HUKOU_LOCAL, []);
  const rule = ctx.find('hukou.points', timeline.asOfMonth);
  if (!rule) return item('hukou', 'unknown', say.HUKOU_UNKNOWN, []);
  const r = rule.value;
  if (r.continuous === false) {
    // 上海居转户 F55: contribution years in total, no continuity condition stated.
    let total = 0;
    for (const m of timeline.employeeMonths.keys()) if (m <= timeline.asOfMonth) total++;
    const summary = say.cumulativeRequirement({
      what: say.WHAT_HUKOU,
      months: r.months,
      total,
      whilePermitHeld: r.whilePermitHeld === true,
    });
    return total >= r.months
      ? item('hukou', 'kept', summary, [rule.source], { paidMonths: total })
      : item('hukou', 'atRisk', summary, [rule.source], { paidMonths: total, shortMonths: r.months - total });
  }
  const tolerance = c.quiet ? '' : say.hukouTolerance(r.backPaidMonthsTolerated, r.backPaidByYearEnd === true);
  const zones = c.quiet ? '' : say.duration(r.months);
  return continuousItem(c, 'hukou', {
    months: r.months,
    tolerated: r.backPaidMonthsTolerated,
    what: say.WHAT_HUKOU,
    zones,
    tolerance,
    backPayNeverCounts: r.backPaidMonthsTolerated === 0,
    source: rule.source,
  });
}

export function car(c: ItemContext): Item {
  const { ctx, timeline, situation } = c;
  if (situation.hukou === 'local') return item('car', 'notApplicable', say.CAR_LOCAL, []);
  const rule = ctx.find('car.quota', timeline.asOfMonth);
  if (!rule) return item('car', 'unknown', say.CAR_UNKNOWN, []);
  const r = rule.value;
  const tolerated = r.lateMonthsCount ? Number.MAX_SAFE_INTEGER : 0;
  const zones = say.carZones(r.months);
  return continuousItem(c, 'car', {
    months: r.months,
    tolerated,
    what: r.newEnergyExempt ? say.WHAT_CAR_FUEL : say.WHAT_CAR,
    medical: true,
    zones,
    tolerance: say.carTolerance(r.lateMonthsCount, r.newEnergyExempt === true),
    backPayNeverCounts: !r.lateMonthsCount,
    source: rule.source,
  });
}

export function school({ ctx, timeline, situation, picture }: ItemContext): Item {
  if (situation.hukou === 'local') return item('school', 'notApplicable', say.SCHOOL_LOCAL, []);
  const rule = ctx.find('school.nonlocal', timeline.asOfMonth);
  if (!rule) return item('school', 'unknown', say.SCHOOL_UNKNOWN, []);
  const covered = picture.status === 'covered';
  return item('school', covered ? 'kept' : 'unknown', say.schoolNote({ note: rule.value.note, covered }), [
    rule.source,
  ]);
}
