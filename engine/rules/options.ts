// The remedies open today, side by side: back-pay the gap, enrol as a flexible worker, enrol in resident
// insurance, and repair the resident waiting period by paying extra years.
import type { Cost, Option, Situation } from '../contract';
import type { PolicyContext } from '../policy/resolve';
import { employerArrearsCost, flexibleCost, residentCost } from './costs';
import type { ResumeBand } from '../policy/types';
import {
  addDays,
  chineseDate,
  chineseMonthDay,
  firstDay,
  januaryOf,
  lastDay,
  type MonthIndex,
  toMonthIndex,
  yearOf,
  addMonthsToDate,
} from '../time';
import {
  benefitsMonthAfterRestart,
  cumulativeReason,
  upperBoundReading,
  type Interruption,
  type MedicalPicture,
  type ResidentEnrolment,
  residentEnrolment,
  residentSwitchRule,
  residentWindow,
  resumeBand,
} from './medical';
import { coverBefore, type Timeline } from './timeline';

export interface OptionsResult {
  options: Option[];
  /** The resident enrolment the resident option proposes (for actions and items). */
  proposedResident?: ResidentEnrolment;
  /** The interruption the back-pay and flexible options are about. */
  current?: Interruption;
}

function money(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

/** The price of paying `months` (engine/rules/costs.ts): the person's base, else the local minimum, else none. */
function contributionCost(
  ctx: PolicyContext,
  months: MonthIndex[],
  base: number | undefined,
  asOf: string,
  who: 'flexible' | 'employer',
): Cost | undefined {
  const priced = who === 'employer' ? employerArrearsCost(ctx, months, base, asOf) : flexibleCost(ctx, months, base);
  return priced.cost ?? undefined;
}

/** When benefits restart if 职工医保 contributions restart this month under `band`. */
function restartDate(band: ResumeBand, gapFrom: MonthIndex, asOfMonth: MonthIndex): string {
  if (band.backPay !== 'no' && band.retroactive) return firstDay(gapFrom);
  return firstDay(benefitsMonthAfterRestart(band, asOfMonth));
}

function monthsOf(from: MonthIndex, to: MonthIndex): MonthIndex[] {
  const out: MonthIndex[] = [];
  for (let m = from; m <= to; m++) out.push(m);
  return out;
}

export function buildOptions(
  ctx: PolicyContext,
  timeline: Timeline,
  picture: MedicalPicture,
  situation: Situation & { asOf: string },
): OptionsResult {
  const options: Option[] = [];
  const { asOfMonth } = timeline;
  const asOf = situation.asOf;
  const base = situation.monthlyBase;
  const result: OptionsResult = { options };

  // The interruption today's options are about: an ongoing one, or one closed so recently that back-pay is open.
  const last = picture.interruptions[picture.interruptions.length - 1];
  const current =
    last && (last.ongoing || (last.resumedAs !== 'resident' && last.to >= asOfMonth - 3)) ? last : undefined;
  result.current = current;

  if (current) {
    const unpaid = monthsOf(current.from, current.ongoing ? Math.max(asOfMonth, current.to) : current.to).filter(
      (m) => !timeline.employeeMonths.has(m),
    );
    const band = current.band!;
    const tolerance = band.tolerance;
    const sources = [band.source, ...(current.cumulative ? [current.cumulative.rule.source] : [])];
    // Earlier interruptions this year use up part of the allowance (武汉 F34): paying after the month before the
    // yearly limit is reached would no longer keep continuity, so that month's end caps every deadline.
    const ytd = current.yearToDate;
    const yearCap = ytd && !current.cumulative ? lastDay(ytd.lastMonth + ytd.limit - 1 - ytd.months) : null;
    const capByYear = (d: string | null) => (d !== null && yearCap !== null && yearCap < d ? yearCap : d);
    const capNote =
      ytd && yearCap
        ? `${ytd.year} 年内已断缴 ${ytd.months} 个月，当地规定一年内累计断缴满 ${ytd.limit} 个月按首次参保处理，所以期限提前到${chineseMonthDay(yearCap)}。`
        : '';
    const bandDeadline =
      band.band.backPay !== 'no' && band.band.maxGapMonths !== null
        ? lastDay(current.from + band.band.maxGapMonths - 1)
        : null;
    const deadline = capByYear(bandDeadline);
    const capped = deadline !== bandDeadline;
    if (capped) {
      ctx.use('flexible.cumulativeInterruption', ytd!.rule);
      sources.push(ytd!.rule.source);
    }

    // Back-pay (补缴) of the missed months.
    if (unpaid.length) {
      if (situation.gapReason === 'employer') {
        const arrears = ctx.get('employer.arrears', asOfMonth);
        const late = ctx.get('employee.lateFeePerDay', asOfMonth);
        sources.push(arrears.source, late.source);
        options.push({
          key: 'backPay',
          feasible: 'yes',
          deadline: null,
          retroactive: arrears.value.retroactive,
          waitingMonths: 0,
          benefitsFrom: null,
          cost: contributionCost(ctx, unpaid, base, asOf, 'employer'),
          summary:
            `单位欠缴 ${unpaid.length} 个月：单位必须补足本金并按日加收万分之五滞纳金，` +
            (arrears.value.resumes === 'nextMonth' ? '补齐后的次月起恢复待遇。' : '钱到账后恢复待遇。') +
            (arrears.value.retroactive
              ? '欠费期间的医疗费可以补报。'
              : '欠费期间看病的费用基金不追溯支付，依法由单位承担，请保留票据。'),
          sources: unique(sources),
        });
      } else {
        const feasible = band.band.backPay;
        const open = feasible !== 'no' && (deadline === null || asOf <= deadline);
        const retroactive = open && band.band.retroactive;
        // 福建 C05: back-paying shortens the wait without keeping continuity.
        const paid =
          band.band.waitingMonthsIfBackPaid !== undefined
            ? { ...band.band, waitingMonths: band.band.waitingMonthsIfBackPaid }
            : band.band;
        const benefitsFrom = open ? restartDate(paid, current.from, asOfMonth) : null;
        options.push({
          key: 'backPay',
          feasible: open ? feasible : 'no',
          deadline: open ? deadline : null,
          retroactive,
          waitingMonths: open ? paid.waitingMonths : 0,
          benefitsFrom,
          cost: open ? contributionCost(ctx, unpaid, base, asOf, 'flexible') : undefined,
          summary: open
            ? `断缴 ${unpaid.length} 个月，${deadline ? `${chineseMonthDay(deadline)}前` : ''}补缴（以灵活就业身份或由新单位补缴）` +
              (retroactive
                ? '可保持连续参保，断缴期间看病的费用可以追溯报销。'
                : paid.waitingMonths > 0
                  ? `补缴后仍有 ${paid.waitingMonths} 个月等待期${paid.waitingRate ? `（期间按 ${Math.round(paid.waitingRate * 100)}% 报销）` : ''}，断缴期间的费用不追溯报销。`
                  : '可保持连续参保，但断缴期间的费用不追溯报销。') +
              (capped ? capNote : '') +
              (feasible === 'depends' ? '能否补缴以当地医保经办机构答复为准。' : '')
            : current.cumulative
              ? `${cumulativeReason(current.cumulative)}，补缴也不能再保持连续。`
              : `已断缴 ${current.length} 个月，超过可补缴的期限${tolerance?.maxGapMonths ? `（${tolerance.maxGapMonths} 个月）` : ''}，不能再通过补缴保持连续。`,
          sources: unique(sources),
        });
      }
    }

    // Enrol (or go on) as a flexible worker from now. Not when the employer is in arrears: the person is still
    // employed, and 职工医保 through the employer is the only right cover (no duplicate enrolment, F12).
    if (current.ongoing && situation.gapReason !== 'employer') {
      const flexBand = current.cumulative
        ? band
        : resumeBand(ctx, asOfMonth, current.length, 'flexible', current.before);
      const open = ctx.find('flexible.openToNonlocal', asOfMonth);
      const feasible = situation.hukou === 'nonlocal' && !open?.value ? 'depends' : 'yes';
      const retroactive = flexBand.band.backPay !== 'no' && flexBand.band.retroactive;
      const waitingMonths = flexBand.band.waitingMonths;
      const flexBandDeadline =
        flexBand.band.maxGapMonths !== null && flexBand.band.waitingMonths === 0
          ? lastDay(current.from + flexBand.band.maxGapMonths - 1)
          : null;
      const flexDeadline = capByYear(flexBandDeadline);
      const flexCapped = flexDeadline !== flexBandDeadline;
      const benefitsFrom = restartDate(flexBand.band, current.from, asOfMonth);
      options.push({
        key: 'flexible',
        feasible,
        deadline: flexDeadline,
        retroactive,
        waitingMonths,
        benefitsFrom,
        cost: contributionCost(ctx, [asOfMonth], base, asOf, 'flexible'),
        summary:
          (current.cumulative ? `${cumulativeReason(current.cumulative)}。` : '') +
          (waitingMonths === 0
            ? `${flexDeadline ? `${chineseMonthDay(flexDeadline)}前` : '现在'}以灵活就业身份参加职工医保${retroactive ? '并补缴断缴月份，没有等待期，断缴期间的费用可追溯报销' : '，没有等待期'}。${flexCapped ? capNote : ''}`
            : `现在以灵活就业身份参保，需先连续缴费 ${waitingMonths} 个月（等待期${flexBand.band.waitingCountsFrom === 'nextMonth' ? '从缴费次月起算' : ''}${flexBand.band.waitingIsUpperBound ? `，${upperBoundReading(waitingMonths, flexBand.level)}` : ''}），${chineseDate(benefitsFrom)}起才能${flexBand.band.waitingRate ? `全额报销（等待期内按 ${Math.round(flexBand.band.waitingRate * 100)}% 报销）` : '报销'}。`) +
          (feasible === 'depends' ? '外地户籍能否以灵活就业身份参保，请向当地医保经办机构确认。' : '') +
          (base ? '费用为每月金额。' : ''),
        sources: unique([
          flexBand.source,
          ...(current.cumulative || flexCapped ? [ytd!.rule.source] : []),
          ...(open ? [open.source] : []),
        ]),
      });
    }
  }

  // Resident insurance as a remedy: when nothing covers today. (Someone covered by resident insurance this
  // year gets a reminder to pay next year instead, see actions.)
  if ((picture.status !== 'covered' || current?.ongoing) && situation.gapReason !== 'employer') {
    const proposal = proposeResident(ctx, timeline, picture, situation, current);
    if (proposal) {
      const { enrolment, window, now, deadline } = proposal;
      result.proposedResident = enrolment;
      const sources = unique([window.rule.source, enrolment.ruleSource]);
      options.push({
        key: 'resident',
        feasible: 'yes',
        deadline,
        retroactive: enrolment.switchApplied && (residentSwitchRule(ctx, asOfMonth)?.value.retroactive ?? false),
        waitingMonths: enrolment.totalMonths,
        benefitsFrom: enrolment.benefitsFrom,
        cost: residentCost(ctx, situation, enrolment.year, 1).cost ?? undefined,
        summary: residentSummary(enrolment, window, now, deadline),
        sources,
      });
      const repair = repairOption(ctx, enrolment, asOf, situation);
      if (repair) options.push(repair);
    }
  }
  // A resident year already paid with a variable wait (e.g. paid in the window for next year) can be repaired.
  if (!options.some((o) => o.key === 'repair')) {
    const latest = picture.residentEnrolments[picture.residentEnrolments.length - 1];
    if (latest && latest.variableMonths > 0 && latest.benefitsFrom > asOf) {
      const repair = repairOption(ctx, latest, asOf, situation);
      if (repair) options.push(repair);
    }
  }
  return result;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/** years × the individual contribution of `year`; undefined where that amount is not known (no invented prices). */

interface ResidentProposal {
  enrolment: ResidentEnrolment;
  window: ReturnType<typeof residentWindow>;
  /** True: enrol for the current year now (outside the window or under the switch rule). */
  now: boolean;
  /** Last day the proposal holds: window close, end of the switching tolerance, a newborn's grace period. */
  deadline: string | null;
}

/** Which resident year to enrol in from today, and what waiting that brings. */
function proposeResident(
  ctx: PolicyContext,
  timeline: Timeline,
  picture: MedicalPicture,
  situation: Situation & { asOf: string },
  current: Interruption | undefined,
): ResidentProposal | undefined {
  const asOf = situation.asOf;
  const asOfMonth = timeline.asOfMonth;
  const thisYear = yearOf(asOfMonth);
  const exempt = situation.specialGroup !== undefined;
  const newbornBirth =
    situation.specialGroup === 'newborn' && situation.birth ? toMonthIndex(situation.birth) : undefined;

  // Already paid next year: nothing to propose.
  if (timeline.residentYears.has(thisYear + 1)) return undefined;

  const next = residentWindow(ctx, thisYear + 1);
  const current_ = residentWindow(ctx, thisYear);
  // Enrolling for `year` from `startMonth`, paying on `paidOn` (today, or the day the window opens if later).
  const query = (year: number, startMonth: MonthIndex, paidOn: string) => {
    const before = coverBefore(timeline, startMonth);
    return residentEnrolment(ctx, {
      year,
      startMonth,
      paidOn,
      previousCovered: before.last,
      previousScheme: before.scheme,
      priorContinuousMonths: before.continuousMonths,
      exempt,
      newbornBirthMonth: newbornBirth,
    });
  };

  // A newborn not yet enrolled for the birth year: enrol now; within the grace period cover starts at birth (F31).
  if (newbornBirth !== undefined && yearOf(newbornBirth) === thisYear && !timeline.residentYears.has(thisYear)) {
    const grace = ctx.get('resident.newbornGraceDays', newbornBirth);
    const graceEnds = addDays(firstDay(newbornBirth), grace.value);
    return {
      enrolment: query(thisYear, newbornBirth, asOf),
      window: current_,
      now: true,
      deadline: graceEnds >= asOf ? graceEnds : null,
    };
  }

  // Switching from 职工医保 within the tolerance: enrol now for this year, from the first month without cover.
  if (current?.ongoing && !timeline.residentYears.has(thisYear)) {
    const now = query(thisYear, Math.max(current.from, januaryOf(thisYear)), asOf);
    if (now.switchApplied) {
      const tolerance = residentSwitchRule(ctx, asOfMonth)?.value.maxGapMonths ?? 0;
      return { enrolment: now, window: current_, now: true, deadline: lastDay(current.from + tolerance - 1) };
    }
  }
  // Inside next year's window: pay next year.
  if (asOf >= next.opens && asOf <= next.closes) {
    return {
      enrolment: query(thisYear + 1, januaryOf(thisYear + 1), asOf),
      window: next,
      now: false,
      deadline: next.closes,
    };
  }
  // Inside this year's window (windows that close in the insured year) or its extension.
  if (
    !timeline.residentYears.has(thisYear) &&
    asOf >= current_.opens &&
    asOf <= (current_.extensionUntil ?? current_.closes)
  ) {
    return {
      enrolment: query(thisYear, januaryOf(thisYear), asOf),
      window: current_,
      now: true,
      deadline: current_.extensionUntil ?? current_.closes,
    };
  }
  // Outside every window: enrol for this year now (fixed waiting from payment), unless this year is paid.
  if (!timeline.residentYears.has(thisYear) && picture.status !== 'covered') {
    return { enrolment: query(thisYear, asOfMonth, asOf), window: current_, now: true, deadline: null };
  }
  return {
    enrolment: query(thisYear + 1, januaryOf(thisYear + 1), asOf > next.opens ? asOf : next.opens),
    window: next,
    now: false,
    deadline: next.closes,
  };
}

function residentSummary(
  e: ResidentEnrolment,
  window: { opens: string; closes: string },
  now: boolean,
  deadline: string | null,
): string {
  const year = `${e.year} 年居民医保`;
  if (e.exempt && e.startDate === firstDay(e.startMonth) && deadline && now) {
    return `新生儿等特殊人群不设等待期：${chineseDate(deadline)}前（出生后 90 天内）缴纳 ${year}，从出生当月起就能报销。`;
  }
  if (e.switchApplied) {
    return `职工医保断缴未超过 3 个月，现在转入居民医保（${year}）不设等待期，缴费后即可享受待遇。`;
  }
  const timing = now ? `现在缴纳 ${year}` : `在 ${chineseDate(window.closes)}前（集中参保期内）缴纳 ${year}`;
  if (e.totalMonths === 0) return `${timing}，${chineseDate(e.benefitsFrom)}起享受待遇，没有等待期。`;
  const parts = [];
  if (e.fixedMonths)
    parts.push(`固定等待期 ${e.fixedMonths} 个月${e.inWindow ? '（未连续参保）' : '（不在集中参保期内参保）'}`);
  if (e.variableMonths) parts.push(`变动等待期 ${e.variableMonths} 个月（断保 ${e.gapYears} 年）`);
  return `${timing}，${parts.join(' + ')}，${chineseDate(e.benefitsFrom)}起才能报销。`;
}

function repairOption(
  ctx: PolicyContext,
  e: ResidentEnrolment,
  asOf: string,
  situation: Situation,
): Option | undefined {
  if (e.variableMonths <= 0) return undefined;
  const sources = [e.ruleSource];
  if (!e.rule.repairable) {
    return {
      key: 'repair',
      feasible: 'no',
      deadline: null,
      waitingMonths: e.totalMonths,
      benefitsFrom: e.benefitsFrom,
      summary: '当地未开放缴费修复等待期。',
      sources,
    };
  }
  const target = Math.max(e.fixedMonths, e.floorMonths);
  const years = e.totalMonths - target;
  if (years <= 0) {
    return {
      key: 'repair',
      feasible: 'no',
      deadline: null,
      waitingMonths: e.totalMonths,
      benefitsFrom: e.benefitsFrom,
      summary: `连续断保 ${e.gapYears} 年，修复后等待期仍不少于 ${e.floorMonths} 个月，再多缴也不能缩短。`,
      sources,
    };
  }
  const cost = residentCost(ctx, situation, e.year, years).cost ?? undefined;
  const price = ctx.find('resident.individualContribution', januaryOf(e.year));
  if (price) sources.push(price.source);
  // Paying the extra years today cannot bring cover back before today.
  const repaired = addMonthsToDate(e.startDate, target);
  const benefitsFrom = repaired > asOf ? repaired : asOf;
  return {
    key: 'repair',
    feasible: 'yes',
    deadline: null,
    retroactive: false,
    waitingMonths: target,
    benefitsFrom,
    cost,
    summary:
      `多缴 ${years} 年（按 ${e.year} 年个人缴费标准${price ? `，每年 ${money(price.value)} 元` : ''}）可减少 ${years} 个月变动等待期，` +
      `等待期变为 ${target} 个月，${chineseDate(benefitsFrom)}起报销${e.floorMonths ? `（连续断保 ${e.gapYears} 年，修复后不少于 ${e.floorMonths} 个月）` : ''}。固定等待期不能修复。`,
    sources: unique(sources),
  };
}
