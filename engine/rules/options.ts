// The remedies open today, side by side: back-pay the gap, enrol as a flexible worker, enrol in resident
// insurance, and repair the resident waiting period by paying extra years. One function per remedy in ./remedies.
import type { Option, Situation } from '../contract';
import type { PolicyContext } from '../policy/resolve';
import type { Interruption } from './interruptions';
import type { MedicalPicture, UpperBound } from './medical';
import { backPayOption } from './remedies/backpay';
import { type CurrentGap, currentGap } from './remedies/current';
import { flexibleOption } from './remedies/flexible';
import {
  newbornBirthYearOpen,
  proposeResident,
  repairOption,
  type ResidentProposal,
  residentOption,
} from './remedies/resident';
import type { ResidentEnrolment } from './resident';
import type { Timeline } from './timeline';
import { toMonthIndex } from '../time';

export interface OptionsResult {
  options: Option[];
  /** The resident enrolment the resident option proposes (for actions and items). */
  proposedResident?: ResidentEnrolment;
  proposal?: ResidentProposal;
  /** The interruption the back-pay and flexible options are about. */
  current?: Interruption;
  gap?: CurrentGap;
  /** Employer arrears past the local limit (东莞 C09): no back-pay, membership stopped (copy review N6). */
  arrearsClosed?: { months: number; limit: number };
  /** The resident enrolment the repair option shortens (the proposed one, or a year already paid). */
  repairFor?: ResidentEnrolment;
  /** Set when the flexible option's wait is a rule's maximum ("不超过 N 个月"), estimated at the cap. */
  flexibleUpperBound?: UpperBound;
}

export function buildOptions(
  ctx: PolicyContext,
  timeline: Timeline,
  picture: MedicalPicture,
  situation: Situation & { asOf: string },
): OptionsResult {
  const options: Option[] = [];
  const { asOfMonth } = timeline;
  const gap = currentGap(ctx, timeline, picture, situation);
  const current = gap?.interruption;
  const result: OptionsResult = { options, current, gap };
  // A flexible worker whose only unpaid month is not due yet pays it on time: no gap to fill, no remedy to choose
  // (contract v2; copy review N4: the to-do is paying this month, actions.ts).
  const ownMonthDue =
    gap?.dueThisMonth !== undefined &&
    situation.gapReason !== 'employer' &&
    timeline.employeeMonths.get(asOfMonth - 1)?.scheme === 'flexible';
  if (gap && !ownMonthDue) {
    const backPay = backPayOption(ctx, gap, situation, asOfMonth);
    if (backPay) options.push(backPay);
    if (backPay?.who === 'employer' && backPay.feasible === 'no') {
      const limit = ctx.get('employer.arrears', asOfMonth).value.maxArrearsMonths;
      if (limit !== undefined) result.arrearsClosed = { months: gap.missed, limit };
    }
    const flexible = flexibleOption(ctx, gap, situation, asOfMonth, result.arrearsClosed !== undefined);
    if (flexible) options.push(flexible.option);
    result.flexibleUpperBound = flexible?.upperBound;
  }
  // Resident insurance as a remedy: when nothing covers today. (Someone covered by resident insurance this
  // year gets a reminder to pay next year instead, see actions.) Never while 职工医保 is paid for this month or an
  // open period runs on: the resident year would pay for months it covers (duplicate cover, F12; D1).
  // (A flexible worker's month still to pay, timeline.pendingMonth, is paid on time: they pay 职工医保 too.)
  const workerNow =
    timeline.employeeMonths.has(asOfMonth) &&
    (timeline.pendingMonth !== undefined ||
      situation.periods.some((p) => p.scheme !== 'resident' && (p.to === null || toMonthIndex(p.to) >= asOfMonth)));
  const employerOk = situation.gapReason !== 'employer' || result.arrearsClosed !== undefined;
  const newbornOpen = newbornBirthYearOpen(ctx, timeline, situation);
  if ((picture.status !== 'covered' || current?.ongoing || newbornOpen) && employerOk && !workerNow && !ownMonthDue) {
    const proposal = proposeResident(ctx, timeline, picture, situation, current);
    if (proposal) {
      result.proposal = proposal;
      result.proposedResident = proposal.enrolment;
      const resident = residentOption(ctx, proposal, current, situation, asOfMonth);
      // Paid outside the window, the wait runs from the day of payment: the date assumes today (issue 9 c2).
      const e = proposal.enrolment;
      if (proposal.now && !e.inWindow && !resident.retroactive && e.benefitsFrom > situation.asOf)
        resident.assumingPaidOn = situation.asOf;
      options.push(resident);
      const repair = repairOption(ctx, proposal.enrolment, situation, proposal.deadline);
      if (repair) {
        options.push(repair);
        result.repairFor = proposal.enrolment;
      }
    }
  }
  // A resident year already paid with a variable wait (e.g. paid in the window for next year) can be repaired.
  if (!options.some((o) => o.key === 'repair')) {
    const latest = picture.residentEnrolments[picture.residentEnrolments.length - 1];
    if (latest && latest.variableMonths > 0 && latest.benefitsFrom > situation.asOf) {
      const repair = repairOption(ctx, latest, situation, null);
      if (repair) {
        options.push(repair);
        result.repairFor = latest;
      }
    }
  }
  return result;
}
