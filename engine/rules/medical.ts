// The medical cover picture: which months are really covered once the rules for interruptions, back-payment,
// switching schemes and waiting periods are applied, and the status on the day asOf. Everything the options,
// items and actions say about medical cover is derived from the structures computed here.
import type { MedicalStatus, Situation, Waiting } from '../contract';
import {
  firstFlexibleReading,
  NEXT_MONTH_READING,
  residentReading,
  upperBoundReading,
  cumulativeReason,
  WAIT_FROM_NEXT_MONTH_READING,
  ASSUMED_PAYMENT_DAY_READING,
} from '../explain/readings';
import { MonthTable } from '../month-table';
import type { PolicyContext } from '../policy/resolve';
import type { JurisdictionLevel } from '../policy/types';
import { addDays, firstDay, formatMonth, januaryOf, monthOfDate, type MonthIndex, toMonthIndex } from '../time';
import { afterBackPay, benefitsMonthAfterRestart, keepsContinuity } from './bands';
import {
  backPayRetroactive,
  findInterruptions,
  type Interruption,
  judgeInterruptions,
  regularEmployee,
  restartPaidOn,
} from './interruptions';
import { type ResidentEnrolment, residentEnrolment } from './resident';
import { coverBefore, residentCovers, type ResidentYear, type Timeline } from './timeline';

// The concepts used to live here; they moved to their own modules and are re-exported for existing importers.
export { resumeBand } from './bands';
export { type Interruption } from './interruptions';
export { type ResidentEnrolment } from './resident';

export type MonthCover = 'covered' | 'hole' | 'waiting';

/** A waiting period estimated at a rule's maximum: N, the rule's level, and the gap length it applies after. */
export interface UpperBound {
  months: number;
  level: JurisdictionLevel;
  afterMonths: number | null;
}

/** A waiting period found in the history: from its first month to the day full benefits start. */
export interface WaitingSpan extends Waiting {
  startMonth: MonthIndex;
}

export interface MedicalPicture {
  cover: MonthTable<MonthCover>;
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
  upperBound?: UpperBound;
}

/** What the steps below build up. */
interface Draft {
  cover: MonthTable<MonthCover>;
  dayStarts: Map<MonthIndex, string>;
  waitings: WaitingSpan[];
  /** The most recent waiting period by history (v1's `waiting`): what "ahead" is judged from. */
  latest: Waiting | null;
  withWaiting: Interruption[];
  upperBound?: MedicalPicture['upperBound'];
}

function markWaiting(d: Draft, from: MonthIndex, until: MonthIndex, end: MonthIndex): void {
  for (let w = from; w < until && w <= end; w++) if (d.cover.get(w) === 'covered') d.cover.set(w, 'waiting');
}

/** Restarting 职工医保 after an interruption without keeping continuity: a waiting period or "from next month". */
function applyRestart(d: Draft, timeline: Timeline, i: Interruption): void {
  const resolved = i.band!;
  const fullyBackPaid = i.backPaidMonths.length === i.to - i.from + 1;
  // 福建 C05: back-paying a longer gap shortens the wait without keeping continuity.
  const band = fullyBackPaid ? afterBackPay(resolved.band) : resolved.band;
  if (fullyBackPaid && keepsContinuity(band)) return;
  const r = i.resumedAt!;
  const scheme = i.resumedAs === 'employee' ? 'employee' : 'flexible';
  if (band.waitingDays !== undefined) return applyDayWait(d, timeline, i, band.waitingDays, scheme);
  const benefitsMonth = benefitsMonthAfterRestart(band, r);
  markWaiting(d, r, benefitsMonth, timeline.end);
  if (benefitsMonth > r && band.waitingMonths === 0) {
    // Benefits "from the month after payment": the payment month itself is a one-month wait.
    const benefitsFrom = firstDay(benefitsMonth);
    d.waitings.push({ months: benefitsMonth - r, benefitsFrom, scheme, reading: NEXT_MONTH_READING, startMonth: r });
  }
  if (band.waitingMonths === 0) return;
  d.withWaiting.push(i);
  if (band.waitingIsUpperBound)
    d.upperBound = {
      months: band.waitingMonths,
      level: resolved.level,
      afterMonths: resolved.tolerance?.maxGapMonths ?? null,
    };
  const reading = i.cumulative
    ? cumulativeReason(i.cumulative)
    : band.waitingIsUpperBound
      ? upperBoundReading(band.waitingMonths, resolved.level)
      : band.waitingCountsFrom === 'nextMonth'
        ? WAIT_FROM_NEXT_MONTH_READING
        : undefined;
  d.latest = {
    months: band.waitingMonths,
    benefitsFrom: firstDay(benefitsMonth),
    scheme,
    reading,
    ...(band.waitingRate ? { rate: band.waitingRate } : {}),
  };
  d.waitings.push(Object.assign({}, d.latest, { startMonth: r }));
}

/**
 * A wait written in days (岳阳 F35 "缴费后 30 天"), counted from the day of payment: the months from the restart are
 * `waiting`; when benefits return after the 1st, that month stays `waiting` in the picture and `status` turns
 * `covered` on the day itself (the same status-on-the-day rule as a resident wait ending mid-month).
 */
function applyDayWait(d: Draft, timeline: Timeline, i: Interruption, days: number, scheme: 'employee' | 'flexible') {
  const paid = restartPaidOn(timeline, i);
  const benefitsFrom = addDays(paid.on, days);
  const benefitsMonth = monthOfDate(benefitsFrom);
  const midMonth = benefitsFrom.slice(8) !== '01';
  markWaiting(d, i.resumedAt!, benefitsMonth + (midMonth ? 1 : 0), timeline.end);
  if (midMonth && d.cover.get(benefitsMonth) === 'waiting') d.dayStarts.set(benefitsMonth, benefitsFrom);
  d.withWaiting.push(i);
  d.latest = {
    months: 0,
    days,
    benefitsFrom,
    scheme,
    ...(paid.assumed ? { reading: ASSUMED_PAYMENT_DAY_READING } : {}),
    estimated: paid.estimated || undefined,
  };
  d.waitings.push(Object.assign({}, d.latest, { startMonth: i.resumedAt! }));
}

/**
 * Employer arrears paid late without retroactive cover: benefits resume on the day the money arrives (onPayment:
 * 长沙 F35, F41) or on the 1st of the month after it (nextMonth: 山东); months paid on time before that day give no
 * benefits, and a month in which they resume after its 1st stays a hole while `status` turns on the day itself.
 */
function applyArrearsPaid(d: Draft, ctx: PolicyContext, timeline: Timeline, i: Interruption): void {
  const paidOn = restartPaidOn(timeline, i).on;
  const paidMonth = monthOfDate(paidOn);
  const rule = ctx.get('employer.arrears', i.resumedAt ?? timeline.asOfMonth);
  const nextMonth = rule.value.resumes === 'nextMonth';
  const midMonth = !nextMonth && paidOn.slice(8) !== '01';
  // Months paid on time before the arrears were paid give no benefits; so does the payment month before that day.
  for (let m = i.to + 1; m <= Math.min(paidMonth - (midMonth ? 0 : 1), timeline.end); m++)
    if (d.cover.get(m) === 'covered') d.cover.set(m, 'hole');
  if (midMonth && d.cover.get(paidMonth) === 'hole') d.dayStarts.set(paidMonth, paidOn);
  // "From the month after payment": the rest of the payment month is paid, without benefits yet (a one-month wait).
  if (nextMonth && d.cover.get(paidMonth) === 'covered') {
    d.cover.set(paidMonth, 'waiting');
    const benefitsFrom = firstDay(paidMonth + 1);
    d.waitings.push({
      months: 1,
      benefitsFrom,
      scheme: 'employee',
      reading: NEXT_MONTH_READING,
      startMonth: paidMonth,
    });
  }
}

function applyInterruptions(
  d: Draft,
  ctx: PolicyContext,
  timeline: Timeline,
  interruptions: Interruption[],
  situation: Situation,
): void {
  for (const i of interruptions) {
    // Employer arrears stop benefits from the month after the unpaid month (长沙 F35, F41, 东莞 C09; 浙江 C01 "自第二个
    // 自然月起" counts the unpaid month as the first): the first unpaid month stays covered to its end.
    if (situation.gapReason === 'employer' && d.cover.get(i.from) === 'hole') d.cover.set(i.from, 'covered');
    const backPaid = i.backPaidMonths.length > 0;
    const retroactive = backPaid && backPayRetroactive(ctx, i, situation.gapReason, timeline.asOfMonth);
    if (retroactive) for (const b of i.backPaidMonths) d.cover.set(b, 'covered');
    if (backPaid && !retroactive && situation.gapReason === 'employer') applyArrearsPaid(d, ctx, timeline, i);
    if (i.resumedAt !== undefined && i.resumedAs !== 'resident' && situation.gapReason !== 'employer')
      applyRestart(d, timeline, i);
  }
}

/**
 * A flexible worker's first enrolment (no 职工医保 before): some cities set a waiting period (F33, F34, F37).
 * Coming from resident insurance within the switching tolerance counts as continuous (上海 F33).
 */
function applyFirstFlexibleEnrolment(d: Draft, ctx: PolicyContext, timeline: Timeline, interruptions: Interruption[]) {
  const m = timeline.employeeMonths.first();
  const paid = m === undefined ? undefined : timeline.employeeMonths.get(m);
  if (
    m === undefined ||
    !paid ||
    paid.backPaid ||
    paid.scheme !== 'flexible' ||
    interruptions.some((i) => i.resumedAt === m)
  )
    return;
  const rule = ctx.find('flexible.firstEnrolmentWaitingMonths', m);
  if (!rule || rule.value === 0) return;
  let lastResident: MonthIndex | undefined;
  for (let p = m - 1; p >= timeline.start! && lastResident === undefined; p--)
    if (residentCovers(timeline, p)) lastResident = p;
  const tolerance = ctx.find('flexible.firstEnrolmentExemptAfterGapMonths', m)?.value ?? 0;
  if (lastResident !== undefined && m - lastResident - 1 <= tolerance) return;
  const nextMonth = ctx.find('flexible.firstEnrolmentCountsFrom', m)?.value === 'nextMonth';
  const benefitsMonth = m + (nextMonth ? 1 : 0) + rule.value;
  markWaiting(d, m, benefitsMonth, timeline.end);
  // A first enrolment is older than any interruption after it: their waiting periods, if any, are the latest.
  const benefitsFrom = firstDay(benefitsMonth);
  const reading = firstFlexibleReading(nextMonth);
  d.waitings.push({ months: rule.value, benefitsFrom, scheme: 'flexible', reading, startMonth: m });
  if (!d.latest || benefitsFrom > d.latest.benefitsFrom)
    d.latest = { months: rule.value, benefitsFrom, scheme: 'flexible', reading };
}

function enrolmentOf(
  d: Draft,
  ctx: PolicyContext,
  timeline: Timeline,
  year: ResidentYear,
  startMonth: MonthIndex,
  s: Situation,
) {
  const before = coverBefore(timeline, startMonth, (m) => d.cover.get(m) === 'covered');
  const newborn = s.specialGroup === 'newborn';
  return residentEnrolment(ctx, {
    year: year.year,
    startMonth,
    paidOn: year.paidOn,
    paidOnEstimated: year.paidOnEstimated,
    previousCovered: before.last,
    previousScheme: before.scheme,
    priorContinuousMonths: before.continuousMonths,
    exempt: s.specialGroup !== undefined,
    newbornBirthMonth: newborn ? (s.birth ? toMonthIndex(s.birth) : year.from) : undefined,
  });
}

/** Marks a resident year's months: a hole before its start, waiting until benefits, covered after. */
function markResidentYear(d: Draft, timeline: Timeline, e: ResidentEnrolment): void {
  const lastMonth = januaryOf(e.year) + 11;
  const benefitsMonth = monthOfDate(e.benefitsFrom);
  const partial = e.benefitsFrom.slice(8) !== '01';
  const startCovered = monthOfDate(e.startDate);
  const startsMidMonth = e.startDate.slice(8) !== '01';
  for (let m = e.startMonth; m <= lastMonth; m++) {
    if (regularEmployee(timeline, m)) continue;
    if (m < startCovered || (m === startCovered && startsMidMonth && e.totalMonths === 0)) d.cover.set(m, 'hole');
    else if (m < benefitsMonth || (m === benefitsMonth && partial))
      d.cover.set(m, e.totalMonths > 0 ? 'waiting' : 'hole');
    else d.cover.set(m, 'covered');
  }
  if (e.totalMonths > 0) {
    const reading = residentReading(e);
    const estimated = e.estimated || undefined;
    d.latest = { months: e.totalMonths, benefitsFrom: e.benefitsFrom, scheme: 'resident', reading, estimated };
    d.waitings.push(Object.assign({}, d.latest, { startMonth: Math.max(e.startMonth, startCovered) }));
    if (partial) d.dayStarts.set(benefitsMonth, e.benefitsFrom);
    return;
  }
  if (startsMidMonth) d.dayStarts.set(startCovered, e.startDate);
  // A later enrolment without waiting supersedes an old one.
  if (d.latest && d.latest.benefitsFrom <= firstDay(e.startMonth)) d.latest = null;
}

function applyResidentYears(d: Draft, ctx: PolicyContext, timeline: Timeline, s: Situation): ResidentEnrolment[] {
  const enrolments: ResidentEnrolment[] = [];
  const years = [...timeline.residentYears.values()].sort((a, b) => a.year - b.year);
  for (const year of years) {
    let startMonth = year.from;
    const lastMonth = januaryOf(year.year) + 11;
    while (startMonth <= lastMonth && regularEmployee(timeline, startMonth)) startMonth++;
    if (startMonth > lastMonth) continue; // fully covered by employee insurance: nothing to decide
    const enrolment = enrolmentOf(d, ctx, timeline, year, startMonth, s);
    enrolments.push(enrolment);
    markResidentYear(d, timeline, enrolment);
  }
  return enrolments;
}

/** The status on the day asOf: a month whose cover starts on a later day is not covered before that day. */
function statusOnTheDay(d: Draft, timeline: Timeline, asOf: string): MedicalStatus {
  const { asOfMonth, start } = timeline;
  const dayStart = d.dayStarts.get(asOfMonth);
  const asOfCover = dayStart !== undefined && asOf >= dayStart ? 'covered' : d.cover.get(asOfMonth);
  if (asOfCover === 'covered') return 'covered';
  if (asOfCover === 'waiting') return 'waiting';
  if (start === null || asOfMonth < start) return 'none';
  return d.cover.find((c, m) => m < asOfMonth && c !== 'hole') !== undefined ? 'suspended' : 'none';
}

/**
 * The waiting period the day `asOf` falls in (the latest to start, when several overlap). When the enrolment stops
 * during its wait and a later one, already paid, has a wait of its own (灵活就业 in its wait, then a resident year),
 * full benefits resume when the picture is first covered after asOf: the wait that ends then is the one reported.
 */
function currentWaiting(d: Draft, asOfMonth: MonthIndex, asOf: string): Waiting | null {
  const inside = d.waitings.filter((w) => w.startMonth <= asOfMonth && w.benefitsFrom > asOf);
  let span = inside.sort((a, b) => a.startMonth - b.startMonth)[inside.length - 1];
  if (!span) return null;
  let covered = asOfMonth + 1;
  while (d.cover.has(covered) && d.cover.get(covered) !== 'covered') covered++;
  // A wait ending after the 1st leaves its month `waiting`: benefits resume within the month before.
  const endsBy = (w: WaitingSpan) => monthOfDate(w.benefitsFrom) + (w.benefitsFrom.endsWith('-01') ? 0 : 1);
  const resumes = d.waitings.find(
    (w) => w.startMonth > span.startMonth && w.benefitsFrom > asOf && endsBy(w) === covered,
  );
  if (d.cover.has(covered) && endsBy(span) !== covered && resumes) span = resumes;
  const { startMonth: _start, ...waiting } = span;
  return waiting;
}

const EMPTY: Omit<MedicalPicture, 'cover'> = {
  dayStarts: new Map(),
  interruptions: [],
  residentEnrolments: [],
  waitings: [],
  status: 'none',
  waiting: null,
  waitingAhead: null,
  holeMonths: [],
};

export function medicalPicture(
  ctx: PolicyContext,
  timeline: Timeline,
  situation: Situation & { asOf: string },
): MedicalPicture {
  const { asOfMonth, start, end } = timeline;
  const asOf = situation.asOf;
  const d: Draft = {
    // Without a paid month (a newborn, no history) the table grows from the first month set: sizing it from month 0
    // allocated ~24,000 slots a run, the corpus's slowest evaluations.
    cover: start === null ? new MonthTable() : new MonthTable(start, end),
    dayStarts: new Map(),
    waitings: [],
    latest: null,
    withWaiting: [],
  };
  if (start === null) return Object.assign({}, EMPTY, { cover: d.cover });

  // Employee/flexible months paid on time are covered; everything else is a hole until a rule says otherwise.
  for (let m = start; m <= end; m++) d.cover.set(m, regularEmployee(timeline, m) ? 'covered' : 'hole');
  const interruptions = findInterruptions(timeline);
  judgeInterruptions(ctx, timeline, interruptions);
  applyInterruptions(d, ctx, timeline, interruptions, situation);
  if (timeline.employeeMonths.size) applyFirstFlexibleEnrolment(d, ctx, timeline, interruptions);
  const residentEnrolments = applyResidentYears(d, ctx, timeline, situation);

  let status = statusOnTheDay(d, timeline, asOf);
  // A wait paid at a reduced share (福建 C05: 50 %) is not a hole: the fund pays part of each bill.
  const reduced = (m: MonthIndex) =>
    d.waitings.some((w) => w.rate !== undefined && w.startMonth <= m && m < monthOfDate(w.benefitsFrom));
  const holeMonths: MonthIndex[] = [];
  // Ascending already (MonthTable.forEach): no sort, which copies the array on every run.
  d.cover.forEach((c, m) => {
    if (c !== 'covered' && !(c === 'waiting' && reduced(m))) holeMonths.push(m);
  });
  // A later interruption that set no waiting period of its own makes an earlier, finished one history.
  const latestEnded = d.latest ? monthOfDate(d.latest.benefitsFrom) : undefined;
  if (latestEnded !== undefined && interruptions.some((i) => i.from >= latestEnded && !d.withWaiting.includes(i)))
    d.latest = null;
  const paidAhead = d.latest && d.latest.benefitsFrom > asOf ? d.latest : null;
  // Not covered today but already paid for an enrolment whose wait has not ended: that is waiting (contract v2).
  if ((status === 'suspended' || status === 'none') && paidAhead) status = 'waiting';
  const waiting = status === 'waiting' ? (currentWaiting(d, asOfMonth, asOf) ?? paidAhead) : null;
  if (status === 'waiting' && !waiting)
    throw new Error(`waiting without a waiting period at ${formatMonth(asOfMonth)}`);
  return {
    cover: d.cover,
    dayStarts: d.dayStarts,
    interruptions,
    residentEnrolments,
    waitings: d.waitings,
    status,
    waiting,
    waitingAhead: paidAhead ?? waiting,
    holeMonths,
    upperBound: d.upperBound,
  };
}
