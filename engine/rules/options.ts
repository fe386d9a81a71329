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

export interface OptionsResult {
  options: Option[];
  /** The resident enrolment the resident option proposes (for actions and items). */
  proposedResident?: ResidentEnrolment;
  proposal?: ResidentProposal;
  /** The interruption the back-pay and flexible options are about. */
  current?: Interruption;
  gap?: CurrentGap;
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
  if (gap) {
    const backPay = backPayOption(ctx, gap, situation, asOfMonth);
    if (backPay) options.push(backPay);
    const flexible = flexibleOption(ctx, gap, situation, asOfMonth);
    if (flexible) options.push(flexible.option);
    result.flexibleUpperBound = flexible?.upperBound;
  }
  // Resident insurance as a remedy: when nothing covers today. (Someone covered by resident insurance this
  // year gets a reminder to pay next year instead, see actions.)
  const newbornOpen = newbornBirthYearOpen(ctx, timeline, situation);
  if ((picture.status !== 'covered' || current?.ongoing || newbornOpen) && situation.gapReason !== 'employer') {
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
