// The back-pay to-do: the employer's arrears, asking the employer, or paying back oneself — together with the switch
// to resident insurance when both pay for the same months (one to-do, two ways: H10).
import type { Action, Option, OptionKey } from '../contract';
import * as say from '../explain/actions';
import { type ActionContext, byKey, nextYearAfterSwitch, usualWindow } from './actions-context';
import { isOpen } from './remedies/choose';
import { unique } from '../unique';

/** A to-do due today, as soon as possible (not remindable). */
function asap(asOf: string, backPay: Option, key: string, title: string) {
  return {
    actions: [
      {
        key,
        title,
        due: asOf,
        asap: true as const,
        remindable: false,
        option: 'backPay' as const,
        sources: backPay.sources,
      },
    ],
    withResident: false,
  };
}

/** The employer did not pay: the employer's own arrears, dated where this month's or a local limit dates them. */
function employerArrears(a: ActionContext, backPay: Option): { actions: Action[]; withResident: boolean } {
  const { situation, options } = a;
  const asOf = situation.asOf;
  const due = options.gap?.dueThisMonth;
  if (due)
    return {
      actions: [
        {
          key: 'employer-arrears',
          title: say.employerDueTitle({ due }),
          due,
          remindable: false,
          option: 'backPay' as const,
          sources: backPay.sources,
        },
      ],
      withResident: false,
    };
  // Past the local limit (东莞 C09): nothing to ask of the employer but the loss (N6).
  if (backPay.feasible === 'no')
    return {
      actions: [
        {
          key: 'employer-arrears',
          title: say.EMPLOYER_ARREARS_CLOSED_TITLE,
          due: null,
          remindable: false,
          option: null,
          sources: backPay.sources,
        },
      ],
      withResident: false,
    };
  // A local limit on arrears (东莞 C09): the day after which the employer can no longer pay, a dated to-do (N30).
  if (backPay.deadline && backPay.deadline >= asOf)
    return {
      actions: [
        {
          key: 'employer-arrears',
          title: say.employerByTitle({ deadline: backPay.deadline }),
          due: backPay.deadline,
          remindable: true,
          option: 'backPay' as const,
          sources: backPay.sources,
        },
      ],
      withResident: false,
    };
  return asap(asOf, backPay, 'employer-arrears', say.EMPLOYER_ARREARS_TITLE);
}

/** Back-pay (or asking the employer to), possibly together with the switch to resident insurance. */
export function backPayActions(a: ActionContext): { actions: Action[]; withResident: boolean } {
  const none = { actions: [] as Action[], withResident: false };
  const { situation, options } = a;
  const asOf = situation.asOf;
  const backPay = byKey(options, 'backPay');
  if (!backPay) return none;
  if (situation.gapReason === 'employer') return employerArrears(a, backPay);
  if (backPay.feasible === 'depends' && backPay.who === 'employer')
    return asap(asOf, backPay, 'ask-employer', say.ASK_EMPLOYER_TITLE);
  if (backPay.feasible === 'no' || !backPay.deadline || backPay.deadline < asOf) return none;
  const resident = byKey(options, 'resident');
  const proposal = options.proposedResident;
  // Back-pay and resident insurance pay for the same months (remedies/table.ts): one to-do, two ways (H10).
  const sameMonths = resident && proposal && isOpen(resident, asOf);
  const choice = sameMonths
    ? say.eitherOr(
        say.backPayOrResidentChoice({
          deadline: backPay.deadline,
          residentDeadline: resident.deadline ?? null,
          residentUsualWindow: usualWindow(a, resident, proposal.year),
          year: proposal.year,
          // The resident option's own price (for the person's group where the place prices by group).
          price: resident.cost?.terms?.price ?? null,
          backPayCost: backPay.cost && !backPay.cost.per ? backPay.cost.amount + backPay.cost.lateFee : null,
          switching: proposal.switchApplied,
          nextYear: nextYearAfterSwitch(a),
        }),
        [
          ['backPay', backPay.deadline],
          ['resident', resident.deadline ?? null],
        ],
      )
    : undefined;
  const title = choice?.title ?? say.backPayTitle({ deadline: backPay.deadline });
  const sources = unique([...backPay.sources, ...(sameMonths ? resident.sources : [])]);
  const option: OptionKey = sameMonths && a.lead === 'resident' ? 'resident' : 'backPay';
  const alternatives: OptionKey[] = sameMonths ? [option === 'resident' ? 'backPay' : 'resident'] : [];
  return {
    actions: [
      Object.assign(
        { key: 'backpay-deadline', title, due: backPay.deadline, remindable: true, option },
        alternatives.length ? { alternatives } : {},
        choice ? { choices: choice.choices } : {},
        { sources },
      ),
    ],
    withResident: Boolean(sameMonths),
  };
}
