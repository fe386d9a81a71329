// What resets (清零) and what is kept: one item per thing the user cares about. Each builder decides the outcome
// and its v2 fields (restartFrom / eligibleFrom for `reset`, action + due or shortMonths for `atRisk`); the Chinese
// comes from engine/explain/items.ts.
import type { Concern, Item, ItemKey } from '../contract';
import * as say from '../explain/items';
import type { PolicyContext } from '../policy/resolve';
import { formatMonth, lastDay, type MonthIndex, toMonthIndex } from '../time';
import { personalRetirement } from './pension';
import { retirementEstimates, type RetirementEstimate } from './retirement';
import { contributionMonthCount, type Timeline } from './timeline';
import { continuityItem } from './items-continuity';
import { item, type ItemContext } from './item';

const ITEMS_BY_CONCERN: Record<Concern, ItemKey[]> = {
  medical: ['medicalAccount', 'medicalContinuity', 'residentIncentive', 'medicalRetirement'],
  pension: ['pensionYears', 'pensionAccount'],
  housing: ['housing'],
  hukou: ['hukou'],
  school: ['school'],
  maternity: ['maternity'],
  car: ['car'],
};

const DEFAULT_CONCERNS: Concern[] = ['medical', 'pension'];

/** The month a continuous run is counted back from: asOf's month, or the one before while asOf's is not yet due. */
function runEnd(timeline: Timeline): MonthIndex {
  return timeline.employeeMonths.has(timeline.asOfMonth) ? timeline.asOfMonth : timeline.asOfMonth - 1;
}

/**
 * Consecutive 职工 contribution months ending at `month`. Back-paid months count only when all of them in the run
 * stay within `tolerated` (more than the city tolerates breaks the run at the first back-paid month).
 */
export function continuousRun(
  timeline: Timeline,
  month: MonthIndex,
  tolerated: number,
): { run: number; start: MonthIndex } {
  let backPaid = 0;
  let latestBackPaid: MonthIndex | undefined;
  let m = month;
  for (let paid = timeline.employeeMonths.get(m); paid; paid = timeline.employeeMonths.get(--m)) {
    if (!paid.backPaid) continue;
    backPaid++;
    latestBackPaid ??= m;
  }
  const start = backPaid > tolerated ? latestBackPaid! + 1 : m + 1;
  return { run: Math.max(0, month - start + 1), start };
}

const hasEmployee = (t: Timeline) => t.employeeMonths.size > 0;

/**
 * The open back-pay of the current gap, if it would keep a continuous run that tolerates `tolerated` months. Only
 * overdue months are back-paid: the current month paid before it ends is on time (contract v2), so the run stays
 * tolerated until the end of the month after the last tolerated one. When that comes before the back-pay's own
 * deadline (the dated action), no single date is right for both: not offered (as before; listed in the report).
 */
/**
 * Back-pay that still keeps an item's chain: the date by which to pay and the action that says so. When the item
 * tolerates fewer months than the back-pay band (青岛 maternity: 2 months, back-pay 3), its own date comes first:
 * the gap outgrows the tolerance once the month `from + tolerated` is overdue, so the last day of that month.
 */
function openBackPay(
  c: ItemContext,
  key: ItemKey,
  tolerated: number,
): { deadline: string; months: number; action: string } | undefined {
  const backPay = c.options.options.find((o) => o.key === 'backPay');
  const gap = c.options.gap;
  if (!backPay || !gap?.interruption.ongoing || backPay.feasible === 'no' || !backPay.deadline) return undefined;
  const overdue = gap.unpaid.filter((m) => m < c.timeline.asOfMonth).length;
  if (backPay.who === 'employer' || overdue > tolerated) return undefined;
  const toleranceEnds = lastDay(gap.interruption.from + tolerated);
  if (toleranceEnds < backPay.deadline) return { deadline: toleranceEnds, months: overdue, action: keepAction(key) };
  return { deadline: backPay.deadline, months: overdue, action: 'backpay-deadline' };
}

/** The to-do of an item whose own tolerance ends before the back-pay deadline (see openBackPay). */
export const KEEP_ACTION_PREFIX = 'backpay-keep-';
const keepAction = (key: ItemKey) => `${KEEP_ACTION_PREFIX}${key}`;

/** A requirement of N continuous months (housing, hukou, car): kept, at risk until back-paid, short, or reset. */
function continuousItem(
  c: ItemContext,
  key: ItemKey,
  r: {
    months: number;
    tolerated: number;
    what: string;
    orTax?: boolean;
    zones: string;
    tolerance: string;
    source: string;
  },
): Item {
  const { timeline } = c;
  const { run, start } = continuousRun(timeline, runEnd(timeline), r.tolerated);
  const sources = [r.source];
  const open = openBackPay(c, key, r.tolerated);
  if (open) {
    const summary = say.continuousBackPay(Object.assign({}, r, { months: open.months, deadline: open.deadline }));
    return item(key, 'atRisk', summary, sources, { action: open.action, due: open.deadline });
  }
  if (run >= r.months)
    return item(key, 'kept', say.continuousRequirement(Object.assign({}, r, { shortMonths: 0 })), sources);
  const broken =
    run === 0 || timeline.employeeMonths.has(start - 1) || (timeline.employeeMonths.first() ?? start) < start;
  if (!broken) {
    const shortMonths = r.months - run;
    return item(key, 'atRisk', say.continuousRequirement(Object.assign({}, r, { shortMonths })), sources, {
      shortMonths,
    });
  }
  const restart = run === 0 ? timeline.asOfMonth : start;
  const extra = { restartFrom: formatMonth(restart), eligibleFrom: formatMonth(restart + r.months) };
  return item(
    key,
    'reset',
    say.continuousReset(Object.assign({}, r, { restartFrom: restart, eligibleFrom: restart + r.months })),
    sources,
    extra,
  );
}

function pensionYears({ timeline, ctx, situation }: ItemContext): Item {
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

function medicalRetirement(c: ItemContext): Item | undefined {
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
  const targetApplies =
    r.targetYear !== undefined && (!retirement || Math.floor(retirement.month / 12) >= r.targetYear);
  const shortMonths =
    retirement && required !== undefined ? Math.max(0, required * 12 - retirement.projectedMonths) : 0;
  const summary = say.medicalRetirementSummary({
    paidMonths: total,
    requiredYears,
    targetYear: targetApplies ? r.targetYear! : null,
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

function residentIncentive({ ctx, timeline, picture }: ItemContext): Item | undefined {
  // Only for people who have (had) resident insurance: the incentive counts resident years.
  if (timeline.residentYears.size === 0) return undefined;
  const latest = picture.residentEnrolments[picture.residentEnrolments.length - 1];
  if (!latest) return undefined;
  const thisYear = Math.floor(timeline.asOfMonth / 12);
  const incentive = ctx.find('resident.incentive', Math.max(timeline.asOfMonth, latest.startMonth));
  const sources = incentive ? [incentive.source] : [latest.ruleSource];
  const lapsed =
    !timeline.residentYears.has(thisYear) && !timeline.residentYears.has(thisYear + 1) && picture.status !== 'covered';
  const restarted =
    !latest.continuous && !latest.exempt && !latest.firstEver ? latest.year : lapsed ? thisYear + 1 : undefined;
  if (restarted !== undefined) {
    const summary = say.incentiveReset({ restartYear: restarted, penalty: incentive?.value.penaltyAfterGap ?? null });
    return item('residentIncentive', 'reset', summary, sources, {
      restartFrom: formatMonth(restarted * 12),
      eligibleFrom: null,
    });
  }
  // Years count from the incentive's start (国办发〔2024〕38号 from 2025), paid years only.
  const ruleYear = Math.max(thisYear, latest.year);
  let countFrom = ruleYear;
  while (incentive && countFrom > ruleYear - 50 && ctx.findAll('resident.incentive', (countFrom - 1) * 12).length)
    countFrom--;
  if (incentive && latest.year < countFrom) return undefined; // resident years before the incentive existed
  let years = 0;
  for (let y = latest.year; y >= countFrom && timeline.residentYears.has(y); y--) years++;
  const need = incentive?.value.continuousYears ?? 4;
  return item(
    'residentIncentive',
    'kept',
    say.incentiveKept({
      years,
      need,
      raise: incentive?.value.raisePerYear ?? null,
      countFrom: incentive ? countFrom : null,
    }),
    sources,
  );
}

function maternity(c: ItemContext): Item {
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

function housing(c: ItemContext): Item {
  const { ctx, timeline, situation } = c;
  if (situation.hukou === 'local') return item('housing', 'notApplicable', say.HOUSING_LOCAL, []);
  const rule = ctx.find('housing.nonlocal', timeline.asOfMonth);
  if (!rule) return item('housing', 'unknown', say.HOUSING_UNKNOWN, []);
  const r = rule.value;
  const jobChange = situation.gapReason === 'jobChange' || situation.gapReason === 'employer';
  const tolerated = jobChange ? r.backPaidMonthsTolerated : 0;
  const zones = r.zones?.map((z) => `${z.label} ${say.duration(z.months)}`).join('，') ?? say.duration(r.months);
  // 北京 F49/F50: 社保 or 个税; only 社保 is checked here.
  const tolerance = say.housingTolerance(r.backPaidMonthsTolerated) + (r.taxAlternative ? say.TAX_ROUTE : '');
  return continuousItem(c, 'housing', {
    months: r.months,
    tolerated,
    what: say.WHAT_HOUSING,
    orTax: r.taxAlternative,
    zones,
    tolerance,
    source: rule.source,
  });
}

function hukou(c: ItemContext): Item {
  const { ctx, timeline, situation } = c;
  if (situation.hukou === 'local') return item('hukou', 'notApplicable', say.HUKOU_LOCAL, []);
  const rule = ctx.find('hukou.points', timeline.asOfMonth);
  if (!rule) return item('hukou', 'unknown', say.HUKOU_UNKNOWN, []);
  const r = rule.value;
  if (r.continuous === false) {
    // 上海居转户 F55: contribution years in total, no continuity condition stated.
    let total = 0;
    for (const m of timeline.employeeMonths.keys()) if (m <= timeline.asOfMonth) total++;
    const summary = say.cumulativeRequirement({ what: say.WHAT_HUKOU, months: r.months, total });
    return total >= r.months
      ? item('hukou', 'kept', summary, [rule.source])
      : item('hukou', 'atRisk', summary, [rule.source], { shortMonths: r.months - total });
  }
  const tolerance = say.housingTolerance(r.backPaidMonthsTolerated);
  const zones = say.duration(r.months);
  return continuousItem(c, 'hukou', {
    months: r.months,
    tolerated: r.backPaidMonthsTolerated,
    what: say.WHAT_HUKOU,
    zones,
    tolerance,
    source: rule.source,
  });
}

function car(c: ItemContext): Item {
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
    what: say.WHAT_CAR,
    zones,
    tolerance: say.carTolerance(r.lateMonthsCount),
    source: rule.source,
  });
}

function school({ ctx, timeline, situation, picture }: ItemContext): Item {
  if (situation.hukou === 'local') return item('school', 'notApplicable', say.SCHOOL_LOCAL, []);
  const rule = ctx.find('school.nonlocal', timeline.asOfMonth);
  if (!rule) return item('school', 'unknown', say.SCHOOL_UNKNOWN, []);
  const covered = picture.status === 'covered';
  return item('school', covered ? 'kept' : 'unknown', say.schoolNote({ note: rule.value.note, covered }), [
    rule.source,
  ]);
}

type ItemBuilder = (c: ItemContext) => Item | undefined;

const BUILDERS: Record<ItemKey, ItemBuilder> = {
  pensionYears,
  pensionAccount: ({ timeline }) =>
    hasEmployee(timeline)
      ? item('pensionAccount', 'kept', say.PENSION_ACCOUNT_KEPT, [
          'nat.law.social-insurance',
          'nat.pension.transfer-66',
        ])
      : item('pensionAccount', 'notApplicable', say.PENSION_ACCOUNT_NONE, ['nat.law.social-insurance']),
  medicalAccount: ({ timeline }) =>
    hasEmployee(timeline)
      ? item('medicalAccount', 'kept', say.MEDICAL_ACCOUNT_KEPT, ['nat.medical.transfer-43'])
      : item(
          'medicalAccount',
          'notApplicable',
          timeline.residentYears.size ? say.MEDICAL_ACCOUNT_NONE : say.MEDICAL_ACCOUNT_NO_RECORDS,
          ['nat.medical.longterm-38'],
        ),
  medicalContinuity: continuityItem,
  residentIncentive,
  medicalRetirement,
  maternity,
  housing,
  hukou,
  school,
  car,
};

/** The items of the situation's concerns, except those in `skip` (what a planner's hypothetical never reads). */
export function buildItems(c: ItemContext, skip?: ReadonlySet<ItemKey>): Item[] {
  const concerns = c.situation.concerns?.length ? c.situation.concerns : DEFAULT_CONCERNS;
  const keys = new Set<ItemKey>();
  for (const concern of concerns) for (const key of ITEMS_BY_CONCERN[concern]) if (!skip?.has(key)) keys.add(key);
  const items: Item[] = [];
  for (const key of keys) {
    const built = BUILDERS[key](c);
    if (built) items.push(built);
  }
  return items;
}
