// The medicalContinuity item: whether the months of 职工医保 or 居民医保 run on without a break. The latest event
// decides: an open gap (at risk until its deadline), a resident enrolment, or the last interruption of 职工医保.
import type { Item } from '../contract';
import * as say from '../explain/items';
import { firstDay, formatMonth, type MonthIndex, yearOf } from '../time';
import { afterBackPay, hasWait } from './bands';
import type { Interruption } from './interruptions';
import type { MedicalPicture } from './medical';
import { item, type ItemContext } from './item';
import { employerArrearsDue } from './items-chain';
import { isOpen } from './remedies/choose';
import type { ResidentEnrolment } from './resident';

/** An open gap: at risk until the back-pay deadline, or hinging on the employer. */
function openGapItem(c: ItemContext): Item | undefined {
  const { options, situation } = c;
  const backPay = options.options.find((o) => o.key === 'backPay');
  if (!options.current || !backPay) return undefined;
  const sources = backPay.sources;
  // Arrears past the local limit cannot be back-paid (东莞 C09): continuity is broken like any gap (N6).
  if (situation.gapReason === 'employer' && backPay.feasible !== 'no')
    return item('medicalContinuity', 'atRisk', say.CONTINUITY_EMPLOYER_ARREARS, sources, {
      action: 'employer-arrears',
      due: employerArrearsDue(c, backPay),
    });
  if (backPay.feasible === 'depends' && backPay.who === 'employer')
    return item('medicalContinuity', 'atRisk', say.CONTINUITY_ASK_EMPLOYER, sources, {
      action: 'ask-employer',
      due: situation.asOf,
    });
  // A local rule that names no limit and no deadline (上海 C66): back-pay would reconnect, the office says whether it
  // can still be made, as the back-pay card says; not 'reset' beside it.
  if (backPay.feasible === 'depends' && !backPay.deadline)
    return item('medicalContinuity', 'atRisk', say.CONTINUITY_ASK_OFFICE_NO_DEADLINE, sources, {
      action: 'call-local-office',
      due: situation.asOf,
    });
  if (backPay.feasible === 'no' || !backPay.deadline) return undefined;
  const summary =
    backPay.feasible === 'depends'
      ? say.continuityAskOffice({ deadline: backPay.deadline })
      : say.continuityOpen({
          months: options.gap!.unpaid.length,
          deadline: backPay.deadline,
          employerStillPaying: false,
        });
  return item('medicalContinuity', 'atRisk', summary, sources, { action: 'backpay-deadline', due: backPay.deadline });
}

function resetItem(i: Interruption, restart: MonthIndex, ongoing: boolean): Item {
  const sources = i.cumulative ? [i.cumulative.rule.source] : i.band ? [i.band.source] : [];
  const summary = say.continuityReset({
    from: i.from,
    missed: i.length,
    restartFrom: restart,
    cumulative: i.cumulative,
    ongoing,
  });
  return item('medicalContinuity', 'reset', summary, sources, {
    restartFrom: formatMonth(restart),
    eligibleFrom: null,
  });
}

function residentItem(c: ItemContext, e: ResidentEnrolment): Item {
  const sources = [e.ruleSource];
  if (e.continuous || e.exempt) {
    if (!e.switchApplied) {
      // Which year the run began and whether this year's was paid late (N18): not "每年都按时缴了" for either.
      const enrolments = c.picture.residentEnrolments;
      let i = enrolments.indexOf(e);
      while (
        i > 0 &&
        (enrolments[i].continuous || enrolments[i].exempt) &&
        enrolments[i - 1].year === enrolments[i].year - 1
      )
        i--;
      const summary = say.continuityResidentKept({
        from: enrolments[i]?.year ?? e.year,
        year: e.year,
        waitedLate: !e.inWindow && e.totalMonths > 0,
      });
      const from = enrolments[i]?.year ?? e.year;
      return item('medicalContinuity', 'kept', summary, sources, {
        months: { from: formatMonth(from * 12), to: formatMonth(e.year * 12 + 11) },
      });
    }
    const holeFrom = e.startMonth - e.interruption;
    let hole = false;
    for (let m = holeFrom; m < e.startMonth && !hole; m++) hole = c.picture.cover.get(m) === 'hole';
    const summary = say.continuitySwitch({
      interruption: e.interruption,
      holeFrom: hole ? holeFrom : null,
      holeTo: hole ? e.startMonth - 1 : null,
    });
    return item('medicalContinuity', 'kept', summary, sources);
  }
  const restart = e.startMonth;
  return item('medicalContinuity', 'reset', say.continuityResidentReset({ restartFrom: restart }), sources, {
    restartFrom: formatMonth(restart),
    eligibleFrom: null,
  });
}

/**
 * This year's resident year not paid yet, but paying it by the deadline still counts as on time (福建's January–
 * February extension F28/R14: no wait, no interruption): the last day, when the 居民医保 to-do carries it (no open
 * 灵活就业 to share a to-do with). Continuity and the incentive are at risk until then, not reset (N34).
 */
export function residentYearStillOnTime(c: ItemContext): string | undefined {
  const { options, timeline, situation } = c;
  const p = options.proposedResident;
  const resident = options.options.find((o) => o.key === 'resident');
  if (!p || !resident?.deadline || resident.feasible === 'no' || resident.deadline < situation.asOf) return undefined;
  if (p.year !== yearOf(timeline.asOfMonth) || p.firstEver || !p.continuous || p.totalMonths > 0) return undefined;
  const flexible = options.options.find((o) => o.key === 'flexible');
  return flexible && isOpen(flexible, situation.asOf) ? undefined : resident.deadline;
}

/** Resident insurance that stopped: the last resident year is over and nothing covers today (copy review H5). */
function lapsedResident(c: ItemContext): Item | undefined {
  const { timeline, picture, options } = c;
  const years = [...timeline.residentYears.keys()];
  if (!years.length || picture.status === 'covered' || picture.status === 'waiting') return undefined;
  const lastYear = Math.max(...years);
  const thisYear = yearOf(timeline.asOfMonth);
  if (lastYear >= thisYear || yearOf(timeline.employeeMonths.last() ?? Number.NEGATIVE_INFINITY) > lastYear)
    return undefined;
  const e = picture.residentEnrolments[picture.residentEnrolments.length - 1];
  const onTime = residentYearStillOnTime(c);
  if (onTime) {
    const p = options.proposedResident!;
    const summary = say.continuityResidentOnTime({
      year: p.year,
      deadline: onTime,
      fromPayment: p.startDate > firstDay(p.startMonth),
    });
    return item('medicalContinuity', 'atRisk', summary, [p.ruleSource], { action: 'resident-window', due: onTime });
  }
  const restart = options.proposedResident?.startMonth ?? timeline.asOfMonth;
  const summary = say.continuityResidentLapsed({ lastYear, years: thisYear - lastYear, restartFrom: restart });
  return item('medicalContinuity', 'reset', summary, e ? [e.ruleSource] : ['nat.medical.longterm-38'], {
    restartFrom: formatMonth(restart),
    eligibleFrom: null,
  });
}

/** The back-paid interruption the summary speaks of, as report months. */
function monthsOf(i: Interruption): { from: string; to: string } {
  return { from: formatMonth(i.from), to: formatMonth(i.to) };
}

function pastInterruptionItem(i: Interruption, picture: MedicalPicture): Item {
  const band = i.band!;
  const fullyBackPaid = i.backPaidMonths.length === i.to - i.from + 1;
  // A back-payment after which a wait remains (福建 C05, 岳阳 F35 "30 天") restores cover, not continuity.
  if (fullyBackPaid && band.band.backPay !== 'no' && !hasWait(afterBackPay(band.band)) && !i.cumulative) {
    // Whether the gap's bills are paid is read from the picture (an employer's arrears follow employer.arrears).
    const retroactive = i.backPaidMonths.every((b) => picture.cover.get(b) === 'covered');
    const summary = say.continuityBackPaid({ from: i.from, to: i.to, retroactive });
    return item('medicalContinuity', 'kept', summary, [band.source], { months: monthsOf(i) });
  }
  const restart = i.resumedAt ?? i.to + 1;
  if (i.backPaidMonths.length && !i.cumulative) {
    const summary = say.continuityLateBackPaid({ from: i.from, to: i.to, restartFrom: restart });
    return item('medicalContinuity', 'reset', summary, [band.source], {
      restartFrom: formatMonth(restart),
      eligibleFrom: null,
      months: monthsOf(i),
    });
  }
  return resetItem(i, restart, false);
}

export function continuityItem(c: ItemContext): Item {
  const { timeline, picture, options } = c;
  if (timeline.start === null) return item('medicalContinuity', 'notApplicable', say.CONTINUITY_NONE, []);
  const open = openGapItem(c);
  if (open) return open;
  if (options.current?.ongoing) return resetItem(options.current, timeline.asOfMonth, true);
  const lapsed = lapsedResident(c);
  if (lapsed) return lapsed;
  const last = picture.interruptions[picture.interruptions.length - 1];
  const lastResident = picture.residentEnrolments[picture.residentEnrolments.length - 1];
  if (lastResident && (!last || lastResident.startMonth > last.to)) return residentItem(c, lastResident);
  if (last) return pastInterruptionItem(last, picture);
  return item('medicalContinuity', 'kept', say.CONTINUITY_ALWAYS, ['nat.medical.transfer-43']);
}
