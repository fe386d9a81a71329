// The cover picture month by month (contract v2 `medical.months`): what the client paints and never recomputes.
// Read from the medical picture and the options: a hole that an open, retroactive remedy still fills is
// `repairable`; months after asOf are `upcoming` unless something is already paid or a running wait reaches them.
// A month in which benefits return after its 1st (a 30-day wait ending on the 17th) is not fully covered: it stays
// `waiting` here, while `medical.status` turns `covered` on the day itself (medical.ts, status on the day).
import type { MonthCell, MonthState, Option, Situation } from '../contract';
import { formatMonth, monthOfDate, type MonthIndex, toMonthIndex } from '../time';
import type { MedicalPicture } from './medical';
import type { OptionsResult } from './options';
import type { Timeline } from './timeline';

/** How far the picture reaches on each side of what matters (contract: 12 months). */
const MARGIN_MONTHS = 12;

/**
 * Months a remedy open today turns into cover: the unpaid months of the current interruption, from the first month
 * that remedy's benefits reach back to, that are not covered already (an employer's first unpaid month is: F35, F41,
 * C09).
 */
function repairableMonths(
  picture: MedicalPicture,
  timeline: Timeline,
  options: OptionsResult,
  asOf: string,
): Set<MonthIndex> {
  const months = new Set<MonthIndex>();
  const current = options.current;
  const fills = (o: Option | undefined) =>
    o !== undefined && o.feasible !== 'no' && o.retroactive === true && (!o.deadline || o.deadline >= asOf);
  const byKey = (key: Option['key']) => options.options.find((o) => o.key === key);
  // A newborn's birth year paid within the grace period covers from birth (copy review 3 N1): the months since
  // birth that nothing covers yet, up to asOf's month (the next year's too, which a newborn pays without a wait).
  const birthYear = newbornBirthYear(options);
  if (birthYear !== undefined && fills(byKey('resident')))
    for (let m = birthYear; m <= timeline.asOfMonth; m++) if (picture.cover.get(m) !== 'covered') months.add(m);
  if (!current) return months;
  const fillers = [byKey('backPay'), byKey('resident')].filter((o): o is Option => fills(o));
  if (!fillers.length) return months;
  // A resident switch covers from January of its year: the months of the year before stay holes.
  const from = Math.min(...fillers.map((o) => (o.benefitsFrom ? monthOfDate(o.benefitsFrom) : current.from)));
  const last = current.ongoing ? Math.max(timeline.asOfMonth, current.to) : current.to;
  for (let m = Math.max(current.from, from); m <= last; m++)
    if (!timeline.employeeMonths.has(m) && picture.cover.get(m) !== 'covered') months.add(m);
  return months;
}

/** The birth month when the resident option proposes a newborn's birth year (counted from its 1st). */
function newbornBirthYear(options: OptionsResult): MonthIndex | undefined {
  const p = options.proposal;
  return p?.countedFrom !== undefined ? monthOfDate(p.countedFrom) : undefined;
}

function firstMonth(
  picture: MedicalPicture,
  timeline: Timeline,
  options: OptionsResult,
  states: (m: MonthIndex) => MonthState,
): MonthIndex {
  const start = Math.min(
    timeline.start ?? timeline.asOfMonth,
    timeline.asOfMonth,
    newbornBirthYear(options) ?? Infinity,
  );
  for (let m = start; m <= timeline.asOfMonth; m++) {
    if (states(m) !== 'covered') return Math.max(start, m - MARGIN_MONTHS);
  }
  return Math.max(start, timeline.asOfMonth - MARGIN_MONTHS);
}

/** A newborn's birth month, from which a child never enrolled is painted without cover (copy review 3 N14). */
export function newbornStart(situation: Situation): MonthIndex | undefined {
  return situation.specialGroup === 'newborn' && situation.birth ? toMonthIndex(situation.birth) : undefined;
}

export function coverMonths(
  picture: MedicalPicture,
  timeline: Timeline,
  options: OptionsResult,
  asOf: string,
  /** A newborn's birth month: never enrolled, the child is without cover from it. */
  born?: MonthIndex,
): MonthCell[] {
  const { asOfMonth } = timeline;
  const repairable = repairableMonths(picture, timeline, options, asOf);
  const running = picture.waiting;
  const runningUntil = running ? monthOfDate(running.benefitsFrom) : undefined;
  const runningFrom = picture.waitings.find((w) => w.benefitsFrom === running?.benefitsFrom)?.startMonth;
  const stillPaying = timeline.employeeMonths.has(asOfMonth) || picture.status === 'waiting';
  const rateOf = (m: MonthIndex) =>
    picture.waitings.find((w) => w.rate !== undefined && w.startMonth <= m && m < monthOfDate(w.benefitsFrom))?.rate;

  const state = (m: MonthIndex): MonthState => {
    // A month still to pay and not overdue is not missed (contract v3).
    if (m === timeline.pendingMonth?.month) return 'upcoming';
    if (repairable.has(m)) return 'repairable';
    // A month an open period runs through after asOf (timeline.openUntil): still to pay.
    if (m > asOfMonth && timeline.employeeMonths.get(m)?.ahead) return 'upcoming';
    const cover = picture.cover.get(m);
    if (m > asOfMonth && cover === undefined) {
      // Nothing paid yet; a wait already running continues for someone who keeps paying.
      const inWait = runningUntil !== undefined && runningFrom !== undefined && m >= runningFrom && m < runningUntil;
      if (!inWait || !stillPaying) return 'upcoming';
      return running?.rate !== undefined ? 'reduced' : 'waiting';
    }
    if (cover === 'covered') return 'covered';
    if (cover === 'waiting') return rateOf(m) !== undefined ? 'reduced' : 'waiting';
    return 'hole';
  };

  const cells: MonthCell[] = [];
  if (timeline.start === null && picture.status === 'none' && !repairable.size) {
    const from = Math.min(born ?? asOfMonth, asOfMonth);
    for (let m = from; m <= asOfMonth + MARGIN_MONTHS; m++)
      cells.push({ month: formatMonth(m), state: m <= asOfMonth ? 'hole' : 'upcoming' });
    return cells;
  }
  for (let m = firstMonth(picture, timeline, options, state); m <= asOfMonth + MARGIN_MONTHS; m++) {
    const s = state(m);
    const rate = s === 'reduced' ? rateOf(m) : undefined;
    const cell: MonthCell =
      rate !== undefined ? { month: formatMonth(m), state: s, rate } : { month: formatMonth(m), state: s };
    const day = picture.dayStarts.get(m);
    if (day && s !== 'covered') cell.coveredFrom = day;
    cells.push(cell);
  }
  return cells;
}
