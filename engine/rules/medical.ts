// Medical cover month by month: which months are really covered once the rules for interruptions, back-payment,
// switching schemes and waiting periods are applied. Everything the options, items and actions say about medical
// cover is derived from the structures computed here.
import type { GapReason, MedicalStatus, Situation, Waiting } from '../contract';
import type { PolicyContext, Resolved } from '../policy/resolve';
import type { RuleValueOf } from '../policy/schema';
import type { JurisdictionLevel, ResidentWaitingRule, ResumeBand, ResidentWindow, SwitchRule } from '../policy/types';
import {
  addDays,
  addMonthsToDate,
  firstDay,
  formatMonth,
  januaryOf,
  lastDay,
  monthOfDate,
  type MonthIndex,
  toMonthIndex,
  yearOf,
} from '../time';
import { coverBefore, residentCovers as residentCoversMonth, type Timeline } from './timeline';

export type MonthCover = 'covered' | 'hole' | 'waiting';

export interface ResolvedBand {
  band: ResumeBand;
  source: string;
  level: JurisdictionLevel;
  /** The band of the same rule set that still allows back-payment with continuity (the tolerance), if any. */
  tolerance?: ResumeBand;
}

/**
 * An interruption of 职工医保: months after a regular employee/flexible contribution that were neither paid on
 * time nor covered by resident insurance. Back-paid months inside it are judged by the band of its length.
 */
export interface Interruption {
  from: MonthIndex;
  to: MonthIndex;
  /** Months counted against the rule: up to the month regular payment resumed, or up to asOf when ongoing. */
  length: number;
  ongoing: boolean;
  resumedAt?: MonthIndex;
  resumedAs?: 'employee' | 'flexible' | 'resident';
  backPaidMonths: MonthIndex[];
  /** Regular cover (employee months) before the interruption, counted back without a break. */
  priorContinuousMonths: number;
  /** How the person paid in the month before the gap (a band may apply only after one of them, 武汉 F34). */
  before?: 'employee' | 'flexible';
  band?: ResolvedBand;
  /** A flexible worker's interrupted months this calendar year, where a local limit exists (武汉 F34). */
  yearToDate?: CumulativeInterruption;
  /** Set when those months reach the limit: the interruption is judged as a new first enrolment. */
  cumulative?: CumulativeInterruption;
}

export interface CumulativeInterruption {
  year: number;
  /** Interrupted months in that year, this interruption included, up to `lastMonth`. */
  months: number;
  lastMonth: MonthIndex;
  limit: number;
  rule: Resolved<RuleValueOf<'flexible.cumulativeInterruption'>>;
}

export interface ResidentEnrolment {
  year: number;
  /** First month the resident cover is meant to cover in that year. */
  startMonth: MonthIndex;
  paidOn?: string;
  inWindow: boolean;
  /** Months without any cover between the previous cover and the start (or the payment, if later). */
  interruption: number;
  firstEver: boolean;
  continuous: boolean;
  switchApplied: boolean;
  exempt: boolean;
  gapYears: number;
  fixedMonths: number;
  variableMonths: number;
  totalMonths: number;
  /** The day benefits start (before any waiting period is added). */
  startDate: string;
  benefitsFrom: string;
  rule: ResidentWaitingRule;
  ruleSource: string;
  /** Months of the repair floor (F05) that apply, 0 when none. */
  floorMonths: number;
}

/** A waiting period found in the history: from its first month to the day full benefits start. */
export interface WaitingSpan extends Waiting {
  startMonth: MonthIndex;
}

export interface MedicalPicture {
  cover: Map<MonthIndex, MonthCover>;
  /** Months in which cover starts on a day after the 1st: that day (status changes on it, not at the month's start). */
  dayStarts: Map<MonthIndex, string>;
  interruptions: Interruption[];
  residentEnrolments: ResidentEnrolment[];
  /** Every waiting period, oldest first. */
  waitings: WaitingSpan[];
  status: MedicalStatus;
  /** The waiting period `asOf` falls in: an object exactly when `status` is `waiting` (contract v2). */
  waiting: Waiting | null;
  /** The latest waiting period that ends after `asOf`, whether or not it has started (e.g. next year's). */
  waitingAhead: Waiting | null;
  holeMonths: MonthIndex[];
  /** Set when a waiting period was estimated at a rule's maximum ("不超过 N 个月"): N and the rule's level. */
  upperBound?: { months: number; level: JurisdictionLevel };
}

// ---- Rule lookups ---------------------------------------------------------------------------------------------------

/** The band for a gap of `months` when restarting as `scheme`: the most specific level with a matching band wins. */
export function resumeBand(
  ctx: PolicyContext,
  month: MonthIndex,
  months: number,
  scheme: 'employee' | 'flexible',
  before?: 'employee' | 'flexible',
): ResolvedBand {
  for (const level of ctx.findAll('employee.resume', month)) {
    const bands = level.value.filter(
      (b) =>
        (!b.appliesTo || b.appliesTo.includes(scheme)) &&
        (!b.after || before === undefined || b.after.includes(before)),
    );
    const band = bands.find((b) => b.maxGapMonths === null || months <= b.maxGapMonths);
    if (!band) continue;
    ctx.use('employee.resume', level);
    const tolerance = bands.find((b) => b.backPay !== 'no' && b.retroactive) ?? bands.find((b) => b.backPay === 'yes');
    return { band, source: level.source, level: level.level, tolerance };
  }
  throw new Error(`employee.resume has no band for ${months} months at ${formatMonth(month)}`);
}

/**
 * The first covered month when 职工医保 restarts in `restartMonth` without keeping continuity: after the waiting
 * period, which some cities count from the month after payment (苏州); with no wait, that month or the next.
 */
export function benefitsMonthAfterRestart(band: ResumeBand, restartMonth: MonthIndex): MonthIndex {
  const from = band.waitingMonths > 0 ? band.waitingCountsFrom : band.benefitsStart;
  return restartMonth + (from === 'nextMonth' ? 1 : 0) + band.waitingMonths;
}

export const LEVEL_WORD: Record<JurisdictionLevel, string> = { national: '国家', province: '省里', city: '本市' };

/** A waiting period the rule only caps ("不超过 N 个月"), estimated at the cap. */
export function upperBoundReading(months: number, level: JurisdictionLevel): string {
  return `${LEVEL_WORD[level]}规定最长 ${months} 个月，实际可能更短；按最长估算`;
}

/** The resident enrolment window for insured year `year`, as dates. */
export function residentWindow(
  ctx: PolicyContext,
  year: number,
): { opens: string; closes: string; extensionUntil?: string; rule: Resolved<ResidentWindow> } {
  const rule = ctx.get('resident.window', januaryOf(year));
  const w = rule.value;
  // "MM-DD" or "MM-end" in a given year; "02-end" is 28 or 29 February.
  const day = (y: number, mmdd: string) =>
    mmdd.endsWith('-end') ? lastDay(toMonthIndex(`${y}-${mmdd.slice(0, 2)}`)) : `${y}-${mmdd}`;
  return {
    opens: day(year - 1, w.opens),
    closes: day(w.closesInInsuredYear ? year : year - 1, w.closes),
    extensionUntil: w.extensionUntil ? day(year, w.extensionUntil) : undefined,
    rule,
  };
}

export function residentSwitchRule(ctx: PolicyContext, month: MonthIndex): Resolved<SwitchRule> | undefined {
  return ctx.find('resident.switch', month);
}

/**
 * A flexible worker's interruptions counted together over the calendar year in which this one ends (or, ongoing,
 * the current year). Only interruptions after flexible payments count; restarting as an employee is not affected.
 */
function cumulativeInterruption(
  ctx: PolicyContext,
  timeline: Timeline,
  all: Interruption[],
  interruption: Interruption,
  ruleMonth: MonthIndex,
): CumulativeInterruption | undefined {
  if (interruption.resumedAs === 'employee') return undefined;
  const flexibleBefore = (i: Interruption) => timeline.employeeMonths.get(i.from - 1)?.scheme === 'flexible';
  if (!flexibleBefore(interruption)) return undefined;
  const [rule] = ctx.findAll('flexible.cumulativeInterruption', ruleMonth); // recorded as used only if it applies
  if (!rule) return undefined;
  const lastMonthOf = (i: Interruption) => (i.ongoing ? Math.max(timeline.asOfMonth, i.to) : i.to);
  const lastMonth = lastMonthOf(interruption);
  const year = yearOf(lastMonth);
  let months = 0;
  for (const i of all) {
    if (i.from > interruption.from || !flexibleBefore(i)) continue;
    for (let m = i.from; m <= lastMonthOf(i); m++) if (yearOf(m) === year) months++;
  }
  return { year, months, lastMonth, limit: rule.value.months, rule };
}

/** Why a short interruption is judged as a new start (武汉 F34). */
export function cumulativeReason(c: CumulativeInterruption): string {
  return `${c.year} 年内已累计断缴 ${c.months} 个月，当地规定一年内累计断缴满 ${c.limit} 个月按首次参保处理`;
}

// ---- Resident enrolment (国办发〔2024〕38号) -----------------------------------------------------------------------

export interface ResidentQuery {
  year: number;
  startMonth: MonthIndex;
  paidOn?: string;
  /** Last covered month before the start (undefined: no cover ever before). */
  previousCovered?: MonthIndex;
  previousScheme?: 'employee' | 'flexible' | 'resident';
  priorContinuousMonths: number;
  exempt: boolean;
  /** Newborns: the birth month; paid within the grace period, cover starts at birth. */
  newbornBirthMonth?: MonthIndex;
}

export function residentEnrolment(ctx: PolicyContext, q: ResidentQuery): ResidentEnrolment {
  const window = residentWindow(ctx, q.year);
  const paidOn = q.paidOn;
  const inRegularWindow = paidOn === undefined || (paidOn >= window.opens && paidOn <= window.closes);
  const inExtension =
    !inRegularWindow &&
    paidOn !== undefined &&
    window.extensionUntil !== undefined &&
    paidOn > window.closes &&
    paidOn <= window.extensionUntil;
  const inWindow = inRegularWindow || inExtension;
  const paidMonth = paidOn ? monthOfDate(paidOn) : undefined;
  const firstEver = q.previousCovered === undefined;
  const gapBeforeStart = firstEver ? 0 : q.startMonth - q.previousCovered! - 1;
  const gapToPayment = !firstEver && paidMonth !== undefined ? paidMonth - q.previousCovered! : 0;
  // Paying inside the window (or its extension) is on time; outside it, the months until payment count too.
  const interruption = inWindow ? Math.max(gapBeforeStart, 0) : Math.max(gapBeforeStart, gapToPayment, 0);

  const switchRule =
    q.previousScheme && q.previousScheme !== 'resident' ? residentSwitchRule(ctx, q.startMonth) : undefined;
  const switchApplied =
    switchRule !== undefined &&
    interruption > 0 &&
    interruption <= switchRule.value.maxGapMonths &&
    q.priorContinuousMonths >= switchRule.value.priorYears * 12;
  const waitingRule = ctx.get('resident.waiting', januaryOf(q.year));
  const rule = waitingRule.value;
  // Gap years before `gapYearsCountFrom` are ignored altogether (厦门 F07(b)): a gap entirely before it is no break.
  const ignoredGap =
    !firstEver &&
    interruption > 0 &&
    rule.gapYearsCountFrom !== null &&
    yearOf(inWindow || paidMonth === undefined ? q.startMonth - 1 : Math.max(q.startMonth, paidMonth) - 1) <
      rule.gapYearsCountFrom;
  const continuous = firstEver || interruption === 0 || switchApplied || ignoredGap;

  let gapYears = 0;
  if (!continuous && !firstEver) {
    for (let y = yearOf(q.previousCovered!) + 1; y < q.year; y++) {
      if (rule.gapYearsCountFrom === null || y >= rule.gapYearsCountFrom) gapYears++;
    }
  }
  const fixedMonths = q.exempt || (inWindow && continuous) || switchApplied ? 0 : rule.fixedMonths;
  const countedYears = Math.max(0, gapYears - (rule.firstGapYearFree ? 1 : 0));
  const variableMonths = q.exempt || continuous ? 0 : countedYears * rule.variablePerGapYear;
  const totalMonths = fixedMonths + variableMonths;
  const floorMonths = gapYears >= rule.floorAfterGapYears ? rule.floorMonths : 0;

  // In the window: the insured year starts the clock (Qingdao's worked example, J.3); otherwise the payment day
  // (Jiangxi "自缴费之日起"). A switch within the tolerance counts from the start when retroactive (F14).
  const yearStart = firstDay(q.startMonth);
  let startDate = yearStart;
  if (paidOn && paidOn > yearStart) {
    const retroactiveSwitch = switchApplied && switchRule!.value.retroactive;
    startDate = retroactiveSwitch ? yearStart : inRegularWindow ? yearStart : paidOn;
    if (q.newbornBirthMonth !== undefined) {
      // The birth day is not asked; the first day of the birth month stands for it (generous by < 1 month).
      const grace = ctx.get('resident.newbornGraceDays', q.startMonth);
      const birth = firstDay(q.newbornBirthMonth);
      if (paidOn <= addDays(birth, grace.value)) startDate = birth > yearStart ? birth : yearStart;
    }
  }
  return {
    year: q.year,
    startMonth: q.startMonth,
    paidOn,
    inWindow,
    interruption,
    firstEver,
    continuous,
    switchApplied,
    exempt: q.exempt,
    gapYears,
    fixedMonths,
    variableMonths,
    totalMonths,
    startDate,
    benefitsFrom: addMonthsToDate(startDate, totalMonths),
    rule,
    ruleSource: waitingRule.source,
    floorMonths,
  };
}

// ---- The picture --------------------------------------------------------------------------------------------------

export function medicalPicture(
  ctx: PolicyContext,
  timeline: Timeline,
  situation: Situation & { asOf: string },
): MedicalPicture {
  const cover = new Map<MonthIndex, MonthCover>();
  const { asOfMonth, start, end } = timeline;
  const gapReason: GapReason | undefined = situation.gapReason;
  let upperBound: MedicalPicture['upperBound'];
  let latestWaiting: Waiting | null = null;
  const waitings: WaitingSpan[] = [];
  const dayStarts = new Map<MonthIndex, string>();
  if (start === null) {
    return {
      cover,
      dayStarts: new Map(),
      interruptions: [],
      residentEnrolments: [],
      waitings: [],
      status: 'none',
      waiting: null,
      waitingAhead: null,
      holeMonths: [],
      upperBound,
    };
  }

  const regularEmployee = (m: MonthIndex) => {
    const paid = timeline.employeeMonths.get(m);
    return paid !== undefined && !paid.backPaid;
  };
  const residentCovers = (m: MonthIndex) => residentCoversMonth(timeline, m);

  // 1. Employee/flexible months paid on time are covered; everything else is a hole until a rule says otherwise.
  for (let m = start; m <= end; m++) cover.set(m, regularEmployee(m) ? 'covered' : 'hole');

  // 2. Interruptions of 职工医保 and what restarting after them means.
  const interruptions: Interruption[] = [];
  for (let m = start + 1; m <= end; m++) {
    if (!regularEmployee(m - 1) || regularEmployee(m) || residentCovers(m)) continue;
    let to = m;
    while (to + 1 <= end && !regularEmployee(to + 1) && !residentCovers(to + 1)) to++;
    const next = to + 1 <= end ? to + 1 : undefined;
    const resumedAs =
      next === undefined
        ? undefined
        : regularEmployee(next)
          ? (timeline.employeeMonths.get(next)!.scheme as 'employee' | 'flexible')
          : 'resident';
    let prior = 0;
    for (let p = m - 1; p >= start && regularEmployee(p); p--) prior++;
    const ongoing = next === undefined && to >= asOfMonth;
    const backPaidMonths: MonthIndex[] = [];
    for (let b = m; b <= to; b++) if (timeline.employeeMonths.get(b)?.backPaid) backPaidMonths.push(b);
    // Length counted against the rule: the run itself, or (ongoing) up to and including the asOf month.
    const length = ongoing ? Math.max(asOfMonth, to) - m + 1 : to - m + 1;
    interruptions.push({
      from: m,
      to,
      length,
      ongoing,
      resumedAt: next,
      resumedAs,
      backPaidMonths,
      priorContinuousMonths: prior,
      before: timeline.employeeMonths.get(m - 1)?.scheme as 'employee' | 'flexible' | undefined,
    });
    m = to;
  }

  const withWaiting = new Set<Interruption>();
  for (const interruption of interruptions) {
    const scheme = interruption.resumedAs === 'employee' ? 'employee' : 'flexible';
    const ruleMonth = interruption.resumedAt ?? asOfMonth;
    // Back-paid months: their own payment date decides when the run had no regular resumption.
    const lastPayment = Math.max(
      ...interruption.backPaidMonths.map((b) => timeline.employeeMonths.get(b)!.paidMonth),
      -Infinity,
    );
    const judgedLength =
      interruption.resumedAt !== undefined
        ? interruption.length
        : Number.isFinite(lastPayment)
          ? lastPayment - interruption.from + 1
          : interruption.length;
    let resolved = resumeBand(ctx, ruleMonth, Math.max(judgedLength, 1), scheme, interruption.before);
    const yearToDate = cumulativeInterruption(ctx, timeline, interruptions, interruption, ruleMonth);
    interruption.yearToDate = yearToDate;
    if (
      yearToDate &&
      yearToDate.months >= yearToDate.limit &&
      (resolved.band.backPay !== 'no' || resolved.band.retroactive)
    ) {
      ctx.use('flexible.cumulativeInterruption', yearToDate.rule);
      interruption.cumulative = yearToDate;
      resolved = resumeBand(ctx, ruleMonth, Number.MAX_SAFE_INTEGER, 'flexible'); // the "first enrolment" band
    }
    interruption.band = resolved;
    if (resolved.band.waitingIsUpperBound && resolved.band.waitingMonths > 0) {
      upperBound = { months: resolved.band.waitingMonths, level: resolved.level };
    }

    if (interruption.backPaidMonths.length) {
      let retroactive: boolean;
      if (gapReason === 'employer') {
        retroactive = ctx.get('employer.arrears', ruleMonth).value.retroactive;
      } else {
        retroactive = resolved.band.backPay !== 'no' && resolved.band.retroactive;
      }
      if (retroactive) for (const b of interruption.backPaidMonths) cover.set(b, 'covered');
    }

    // Restarting 职工医保 after the interruption: waiting period or "from next month".
    if (interruption.resumedAt !== undefined && interruption.resumedAs !== 'resident' && gapReason !== 'employer') {
      const fullyBackPaid = interruption.backPaidMonths.length === interruption.to - interruption.from + 1;
      // 福建 C05: back-paying a longer gap shortens the wait (3 months instead of 6) without keeping continuity.
      const band =
        fullyBackPaid && resolved.band.waitingMonthsIfBackPaid !== undefined
          ? { ...resolved.band, waitingMonths: resolved.band.waitingMonthsIfBackPaid }
          : resolved.band;
      const continuityKept = fullyBackPaid && band.backPay !== 'no' && band.retroactive;
      if (!continuityKept) {
        const r = interruption.resumedAt;
        const benefitsMonth = benefitsMonthAfterRestart(band, r);
        for (let w = r; w < benefitsMonth && w <= end; w++) if (cover.get(w) === 'covered') cover.set(w, 'waiting');
        if (benefitsMonth > r && band.waitingMonths === 0) {
          // Benefits "from the month after payment": the payment month itself is a one-month wait.
          waitings.push({
            months: benefitsMonth - r,
            benefitsFrom: firstDay(benefitsMonth),
            scheme,
            reading: '缴费的次月起才能报销',
            startMonth: r,
          });
        }
        if (band.waitingMonths > 0) {
          withWaiting.add(interruption);
          latestWaiting = {
            months: band.waitingMonths,
            benefitsFrom: firstDay(benefitsMonth),
            scheme: scheme,
            reading: interruption.cumulative
              ? cumulativeReason(interruption.cumulative)
              : band.waitingIsUpperBound
                ? upperBoundReading(band.waitingMonths, resolved.level)
                : band.waitingCountsFrom === 'nextMonth'
                  ? '等待期从缴费的次月起算'
                  : undefined,
            ...(band.waitingRate ? { rate: band.waitingRate } : {}),
          };
          waitings.push({ ...latestWaiting, startMonth: r });
        }
      }
    }
  }

  // 2b. A flexible worker's first enrolment (no 职工医保 before): some cities set a waiting period (F33, F34, F37).
  //     Coming from resident insurance within the switching tolerance counts as continuous (上海 F33).
  const resumedAt = new Set(interruptions.map((i) => i.resumedAt));
  for (let m = start; m <= end; m++) {
    const paid = timeline.employeeMonths.get(m);
    if (!paid || paid.backPaid || paid.scheme !== 'flexible' || timeline.employeeMonths.has(m - 1) || resumedAt.has(m))
      continue;
    if ([...timeline.employeeMonths.keys()].some((e) => e < m)) continue; // not a first enrolment
    const rule = ctx.find('flexible.firstEnrolmentWaitingMonths', m);
    if (!rule || rule.value === 0) continue;
    let lastResident: MonthIndex | undefined;
    for (let p = m - 1; p >= start && lastResident === undefined; p--) if (residentCovers(p)) lastResident = p;
    const tolerance = ctx.find('flexible.firstEnrolmentExemptAfterGapMonths', m)?.value ?? 0;
    if (lastResident !== undefined && m - lastResident - 1 <= tolerance) continue;
    const nextMonth = ctx.find('flexible.firstEnrolmentCountsFrom', m)?.value === 'nextMonth';
    const benefitsMonth = m + (nextMonth ? 1 : 0) + rule.value;
    for (let w = m; w < benefitsMonth && w <= end; w++) if (cover.get(w) === 'covered') cover.set(w, 'waiting');
    // A first enrolment is older than any interruption after it: their waiting periods, if any, are the latest.
    const benefitsFrom = firstDay(benefitsMonth);
    const reading = `灵活就业人员首次参保的等待期${nextMonth ? '，从缴费的次月起算' : ''}`;
    waitings.push({ months: rule.value, benefitsFrom, scheme: 'flexible', reading, startMonth: m });
    if (!latestWaiting || benefitsFrom > latestWaiting.benefitsFrom) {
      latestWaiting = { months: rule.value, benefitsFrom, scheme: 'flexible', reading };
    }
  }

  // 3. Resident insurance years.
  const residentEnrolments: ResidentEnrolment[] = [];
  const years = [...timeline.residentYears.values()].sort((a, b) => a.year - b.year);
  for (const year of years) {
    let startMonth = year.from;
    const lastMonth = januaryOf(year.year) + 11;
    while (startMonth <= lastMonth && regularEmployee(startMonth)) startMonth++;
    if (startMonth > lastMonth) continue; // fully covered by employee insurance: nothing to decide
    const before = coverBefore(timeline, startMonth);
    const enrolment = residentEnrolment(ctx, {
      year: year.year,
      startMonth,
      paidOn: year.paidOn,
      previousCovered: before.last,
      previousScheme: before.scheme,
      priorContinuousMonths: before.continuousMonths,
      exempt: situation.specialGroup !== undefined,
      newbornBirthMonth:
        situation.specialGroup === 'newborn'
          ? situation.birth
            ? toMonthIndex(situation.birth)
            : year.from
          : undefined,
    });
    residentEnrolments.push(enrolment);
    const benefitsMonth = monthOfDate(enrolment.benefitsFrom);
    const partial = enrolment.benefitsFrom.slice(8) !== '01';
    const startCovered = monthOfDate(enrolment.startDate);
    for (let m = startMonth; m <= lastMonth; m++) {
      if (regularEmployee(m)) continue;
      if (
        m < startCovered ||
        (m === startCovered && enrolment.startDate.slice(8) !== '01' && enrolment.totalMonths === 0)
      ) {
        cover.set(m, 'hole');
      } else if (m < benefitsMonth || (m === benefitsMonth && partial)) {
        cover.set(m, enrolment.totalMonths > 0 ? 'waiting' : 'hole');
      } else {
        cover.set(m, 'covered');
      }
    }
    if (enrolment.totalMonths > 0) {
      latestWaiting = {
        months: enrolment.totalMonths,
        benefitsFrom: enrolment.benefitsFrom,
        scheme: 'resident',
        reading: residentReading(enrolment),
      };
      waitings.push({ ...latestWaiting, startMonth: Math.max(startMonth, startCovered) });
      if (partial) dayStarts.set(benefitsMonth, enrolment.benefitsFrom);
    } else {
      if (enrolment.startDate.slice(8) !== '01') dayStarts.set(startCovered, enrolment.startDate);
      // A later enrolment without waiting supersedes an old one.
      if (latestWaiting && latestWaiting.benefitsFrom <= firstDay(startMonth)) latestWaiting = null;
    }
  }

  // 4. Status on the day `asOf`, and the months nobody pays for.
  const dayStart = dayStarts.get(asOfMonth);
  const asOfCover = dayStart !== undefined && situation.asOf >= dayStart ? 'covered' : cover.get(asOfMonth);
  let status: MedicalStatus;
  if (asOfCover === 'covered') status = 'covered';
  else if (asOfCover === 'waiting') status = 'waiting';
  else if (asOfMonth < start) status = 'none';
  else status = [...cover.entries()].some(([m, c]) => m < asOfMonth && c !== 'hole') ? 'suspended' : 'none';

  const holeMonths = [...cover.entries()]
    .filter(([, c]) => c !== 'covered')
    .map(([m]) => m)
    .sort((a, b) => a - b);
  // A later interruption that set no waiting period of its own makes an earlier, finished one history.
  if (latestWaiting) {
    const ended = monthOfDate(latestWaiting.benefitsFrom);
    if (interruptions.some((i) => i.from >= ended && !withWaiting.has(i))) latestWaiting = null;
  }
  const asOf = situation.asOf;
  const paidAhead = latestWaiting && latestWaiting.benefitsFrom > asOf ? latestWaiting : null;
  // Not covered today but already paid for an enrolment whose wait has not ended: that is waiting (contract v2).
  if (status === 'suspended' || status === 'none') {
    if (paidAhead) status = 'waiting';
  }
  const waiting = status === 'waiting' ? (currentWaiting(waitings, asOfMonth, asOf) ?? paidAhead) : null;
  const waitingAhead = paidAhead ?? waiting;
  return {
    cover,
    dayStarts,
    interruptions,
    residentEnrolments,
    waitings,
    status,
    waiting,
    waitingAhead,
    holeMonths,
    upperBound,
  };
}

/** The waiting period the day `asOf` falls in (the latest to start, when several overlap). */
function currentWaiting(waitings: WaitingSpan[], asOfMonth: MonthIndex, asOf: string): Waiting | null {
  const inside = waitings.filter((w) => w.startMonth <= asOfMonth && w.benefitsFrom > asOf);
  const span = inside.sort((a, b) => a.startMonth - b.startMonth)[inside.length - 1];
  if (!span) return null;
  const { startMonth: _start, ...waiting } = span;
  return waiting;
}

export function residentReading(e: ResidentEnrolment): string | undefined {
  if (e.gapYears === 0) return undefined;
  const counted =
    e.rule.gapYearsCountFrom === null ? '断保年份全部计入' : `${e.rule.gapYearsCountFrom} 年以前的断保年份不计`;
  return e.rule.firstGapYearFree
    ? `断保 ${e.gapYears} 年，按“断保第一年不加变动等待期”计算（青岛实例口径），${counted}`
    : `断保 ${e.gapYears} 年，按“每断保一年加 1 个月”计算，${counted}`;
}
