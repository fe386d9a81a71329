// The enrolment to-dos: 灵活就业, 居民医保 (one 二选一 to-do when both are open, H10) and repairing a resident
// enrolment.
import type { Action, Option, OptionKey } from '../contract';
import * as say from '../explain/actions';
import { repairTitle } from '../explain/repair';
import { yearOf } from '../time';
import { type ActionContext, byKey, nextYearAfterSwitch, usualWindow } from './actions-context';
import { isOpen } from './remedies/choose';
import { unique } from '../unique';

function flexibleAction(a: ActionContext, flexible: Option, dated: boolean): Action {
  const asOf = a.situation.asOf;
  return Object.assign(
    {
      key: 'flexible-enrol',
      title: say.flexibleTitle({
        benefitsFrom: flexible.benefitsFrom ?? asOf,
        upperBound: a.options.flexibleUpperBound !== undefined,
        now: !flexible.benefitsFrom || flexible.benefitsFrom <= asOf,
      }),
      due: dated ? asOf : null,
    },
    dated ? { asap: true as const } : {},
    { remindable: false, option: 'flexible' as const, sources: flexible.sources },
  );
}

function residentAction(a: ActionContext, resident: Option): Action {
  const { options, timeline } = a;
  const asOf = a.situation.asOf;
  const year = options.proposedResident?.year ?? yearOf(timeline.asOfMonth) + 1;
  return Object.assign(
    {
      key: 'resident-window',
      title: say.residentTitle({
        year,
        deadline: resident.deadline ?? null,
        waitingMonths: resident.waitingMonths ?? 0,
        estimatedFromBirthMonth: resident.deadlineCountedFrom !== undefined,
        usualWindow: usualWindow(a, resident, year),
      }),
      due: resident.deadline ?? asOf,
    },
    // Without a deadline (a year that can be paid any time): as soon as possible.
    resident.deadline ? {} : { asap: true as const },
    { remindable: Boolean(resident.deadline), option: 'resident' as const, sources: resident.sources },
  );
}

/** 灵活就业 and 居民医保 pay for the same months: one to-do, both ways with their dates and prices (H10). */
function flexibleOrResident(a: ActionContext, flexible: Option, resident: Option): Action {
  const asOf = a.situation.asOf;
  const leadResident = a.lead === 'resident';
  const base = leadResident ? residentAction(a, resident) : flexibleAction(a, flexible, true);
  const year = a.options.proposedResident?.year ?? yearOf(a.timeline.asOfMonth) + 1;
  const choice = say.flexibleOrResidentChoice({
    residentFirst: leadResident,
    flexibleFrom: flexible.benefitsFrom && flexible.benefitsFrom > asOf ? flexible.benefitsFrom : null,
    flexiblePrice: flexible.cost?.per === 'month' ? flexible.cost.amount : null,
    year,
    flexibleDeadline: flexible.deadline ?? null,
    residentDeadline: resident.deadline ?? null,
    residentUsualWindow: usualWindow(a, resident, year),
    residentFrom: resident.benefitsFrom && resident.benefitsFrom > asOf ? resident.benefitsFrom : null,
    residentPrice: resident.cost?.terms?.price ?? null,
    nextYear: nextYearAfterSwitch(a),
  });
  const flexibleWay: [OptionKey, string | null] = ['flexible', flexible.deadline ?? null];
  const residentWay: [OptionKey, string | null] = ['resident', resident.deadline ?? null];
  return Object.assign(
    base,
    say.eitherOr(choice, leadResident ? [residentWay, flexibleWay] : [flexibleWay, residentWay]),
    {
      alternatives: [leadResident ? 'flexible' : 'resident'] as OptionKey[],
      sources: unique([...flexible.sources, ...resident.sources]),
    },
  );
}

export function enrolActions(a: ActionContext, backPayCovers: boolean): Action[] {
  const { options, situation } = a;
  const asOf = situation.asOf;
  const actions: Action[] = [];
  const flexible = byKey(options, 'flexible');
  const resident = byKey(options, 'resident');
  const flexibleOpen = flexible !== undefined && isOpen(flexible, asOf);
  const residentOpen = resident !== undefined && resident.feasible !== 'no' && !backPayCovers;
  const flexibleWaits = (flexible?.waitingMonths ?? 0) > 0 || Boolean(flexible?.waitingDays);
  const flexibleWanted = flexibleOpen && (flexibleWaits || a.lead === 'flexible');
  if (flexibleWanted && residentOpen && isOpen(resident, asOf)) {
    actions.push(flexibleOrResident(a, flexible!, resident));
  } else {
    if (flexibleWanted) {
      // "As soon as possible"; undated when a dated remedy is listed, so the sooner remedy comes first (H9), unless
      // it is the recommended one (the headline's to-do).
      const undated = a.lead !== 'flexible' && (Boolean(resident?.deadline) || backPayCovers);
      actions.push(flexibleAction(a, flexible!, !undated));
    }
    if (resident && residentOpen) actions.push(residentAction(a, resident));
  }
  const repair = byKey(options, 'repair');
  const enrolment = options.repairFor;
  // Repairing a proposed resident year is part of choosing resident insurance: no to-do when 职工医保 is advised.
  const repairsProposal = enrolment !== undefined && enrolment === options.proposedResident;
  const advisedWorker = a.lead === 'backPay' || a.lead === 'flexible';
  if (repair?.feasible === 'yes' && repair.deadline && enrolment && !(repairsProposal && advisedWorker)) {
    actions.push({
      key: 'repair',
      title: repairTitle({
        now: repair.benefitsFrom === asOf,
        years: enrolment.totalMonths - (repair.waitingMonths ?? 0),
        benefitsFrom: repair.benefitsFrom!,
        withoutRepair: enrolment.benefitsFrom,
        due: repair.deadline,
        estimated: repair.estimated,
      }),
      due: repair.deadline,
      remindable: repair.deadline > asOf,
      option: 'repair' as const,
      sources: repair.sources,
    });
  }
  return actions;
}
