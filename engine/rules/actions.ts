// The dated to-do list, soonest first. Dated actions can be reminded by subscription message. Alternatives for the
// same months (back-pay or switching to resident insurance) are one action, never two to-dos that mean paying twice.
import type { Action, Concern, Item, Option, OptionKey, Situation } from '../contract';
import { CONCERN_WORDS } from '../explain/words';
import * as say from '../explain/actions';
import type { PolicyContext } from '../policy/resolve';
import { yearOf } from '../time';
import { KEEP_ACTION_PREFIX } from './items';
import type { MedicalPicture } from './medical';
import type { OptionsResult } from './options';
import { isOpen } from './remedies/choose';
import { residentWindow } from './resident';
import type { Timeline } from './timeline';

interface ActionContext {
  ctx: PolicyContext;
  timeline: Timeline;
  picture: MedicalPicture;
  options: OptionsResult;
  situation: Situation & { asOf: string };
  /** The recommended remedy (rules/remedies/choose.ts). */
  lead?: OptionKey;
}

const byKey = (o: OptionsResult, key: Option['key']) => o.options.find((x) => x.key === key);

/** Back-pay (or asking the employer to), possibly together with the switch to resident insurance. */
function backPayActions(a: ActionContext): { actions: Action[]; withResident: boolean } {
  const none = { actions: [] as Action[], withResident: false };
  const { situation, options } = a;
  const asOf = situation.asOf;
  const backPay = byKey(options, 'backPay');
  if (!backPay) return none;
  const now = (key: string, title: string) => ({
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
  });
  const due = options.gap?.dueThisMonth;
  if (situation.gapReason === 'employer' && due)
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
  if (situation.gapReason === 'employer' && backPay.feasible === 'no')
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
  if (situation.gapReason === 'employer' && backPay.deadline && backPay.deadline >= asOf)
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
  if (situation.gapReason === 'employer') return now('employer-arrears', say.EMPLOYER_ARREARS_TITLE);
  if (backPay.feasible === 'depends' && backPay.who === 'employer') return now('ask-employer', say.ASK_EMPLOYER_TITLE);
  if (backPay.feasible === 'no' || !backPay.deadline || backPay.deadline < asOf) return none;
  const resident = byKey(options, 'resident');
  const proposal = options.proposedResident;
  // Back-pay and resident insurance pay for the same months (remedies/table.ts): one to-do, two ways (H10).
  const sameMonths = resident && proposal && isOpen(resident, asOf);
  const title = sameMonths
    ? say.backPayOrResidentTitle({
        deadline: backPay.deadline,
        residentDeadline: resident.deadline ?? null,
        residentUsualWindow: usualWindow(a, resident, proposal.year),
        year: proposal.year,
        // The resident option's own price (for the person's group where the place prices by group).
        price: resident.cost?.terms?.price ?? null,
        backPayCost: backPay.cost && !backPay.cost.per ? backPay.cost.amount + backPay.cost.lateFee : null,
        switching: proposal.switchApplied,
        nextYear: nextYearAfterSwitch(a),
      })
    : say.backPayTitle({ deadline: backPay.deadline });
  const sources = [...new Set([...backPay.sources, ...(sameMonths ? resident.sources : [])])];
  const option: OptionKey = sameMonths && a.lead === 'resident' ? 'resident' : 'backPay';
  const alternatives: OptionKey[] = sameMonths ? [option === 'resident' ? 'backPay' : 'resident'] : [];
  return {
    actions: [
      Object.assign(
        { key: 'backpay-deadline', title, due: backPay.deadline, remindable: true, option },
        alternatives.length ? { alternatives } : {},
        { sources },
      ),
    ],
    withResident: Boolean(sameMonths),
  };
}

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
        // The deadline is the usual closing day of the national pattern, not a local notice's (issue 19).
        usualWindow: usualWindow(a, resident, year),
      }),
      due: resident.deadline ?? asOf,
    },
    // Without a deadline (a year that can be paid any time): as soon as possible.
    resident.deadline ? {} : { asap: true as const },
    { remindable: Boolean(resident.deadline), option: 'resident' as const, sources: resident.sources },
  );
}

/** Switching for this year late in the year: the next year's window, which the resident branch also needs. */
function nextYearAfterSwitch(a: ActionContext): { year: number; closes: string } | undefined {
  const thisYear = yearOf(a.timeline.asOfMonth);
  if (a.options.proposedResident?.year !== thisYear || a.timeline.residentYears.has(thisYear + 1)) return undefined;
  const window = residentWindow(a.ctx, thisYear + 1);
  return window.closes >= a.situation.asOf ? { year: thisYear + 1, closes: window.closes } : undefined;
}

/** The resident deadline is only the national pattern's usual closing day, not a local notice's (issue 19). */
function usualWindow(a: ActionContext, resident: Option, year: number): boolean {
  const window = residentWindow(a.ctx, year);
  return window.pattern && resident.deadline === window.closes;
}

/** 灵活就业 and 居民医保 pay for the same months: one to-do, both ways with their dates and prices (H10). */
function flexibleOrResident(a: ActionContext, flexible: Option, resident: Option): Action {
  const asOf = a.situation.asOf;
  const leadResident = a.lead === 'resident';
  const base = leadResident ? residentAction(a, resident) : flexibleAction(a, flexible, true);
  const year = a.options.proposedResident?.year ?? yearOf(a.timeline.asOfMonth) + 1;
  const title = say.flexibleOrResidentTitle({
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
  return Object.assign(base, {
    title,
    alternatives: [leadResident ? 'flexible' : 'resident'] as OptionKey[],
    sources: [...new Set([...flexible.sources, ...resident.sources])],
  });
}

function enrolActions(a: ActionContext, backPayCovers: boolean): Action[] {
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
      title: say.repairTitle({
        years: enrolment.totalMonths - (repair.waitingMonths ?? 0),
        benefitsFrom: repair.benefitsFrom!,
        withoutRepair: enrolment.benefitsFrom,
        due: repair.deadline,
      }),
      due: repair.deadline,
      remindable: repair.deadline > asOf,
      option: 'repair' as const,
      sources: repair.sources,
    });
  }
  return actions;
}

/** Next year's resident insurance, whenever this year's is (or is proposed to be) resident cover (copy review H12). */
function nextYearAction(a: ActionContext): Action | undefined {
  const { ctx, timeline, options, situation } = a;
  const thisYear = yearOf(timeline.asOfMonth);
  const newborn = newbornNextYear(a);
  if (newborn) return newborn;
  if (timeline.residentYears.has(thisYear + 1)) return undefined;
  // Paying 职工医保 (an open period): next year's resident insurance would pay for months it covers (N5, D1).
  if (situation.periods.some((p) => p.scheme !== 'resident' && p.to === null)) return undefined;
  const proposedThisYear = options.proposedResident?.year === thisYear;
  if (!timeline.residentYears.has(thisYear) && !proposedThisYear) return undefined;
  if (options.proposedResident?.year === thisYear + 1) return undefined; // the resident option's own to-do
  const window = residentWindow(ctx, thisYear + 1);
  if (window.closes < situation.asOf) return undefined;
  const waiting = ctx.get('resident.waiting', (thisYear + 1) * 12);
  // Only "if you switch" when staying in 职工医保 (back-pay or flexible enrolment) is also offered.
  const stays = (['backPay', 'flexible'] as const).some((k) => (byKey(options, k)?.feasible ?? 'no') !== 'no');
  const conditional = proposedThisYear && stays;
  // Only for those who switch: the 二选一 to-do says it in its resident branch (nextYearAfterSwitch), never as a
  // to-do of its own that would have those who stay in 职工医保 pay twice.
  if (conditional) return undefined;
  // The usual window (no local notice): remind when it usually opens, so the local notice can be checked in time.
  const checkNotice = window.pattern && situation.asOf < window.opens;
  return {
    key: 'resident-next-year',
    title: say.nextYearResidentTitle({
      year: thisYear + 1,
      closes: window.closes,
      opens: window.opens,
      conditional,
      fixedMonths: waiting.value.fixedMonths,
      window: window.pattern ? 'pattern' : window.rule.confidence === 'low' ? 'hedged' : 'notice',
      opened: situation.asOf >= window.opens,
    }),
    due: checkNotice ? window.opens : window.closes,
    remindable: true,
    sources: [...new Set([window.rule.source, waiting.source])],
  };
}

/**
 * A newborn whose birth year is proposed (paid within the grace period): the year after it is to pay too, by the end
 * of its window — or, once that has passed, with the birth year — and a newborn is not told of a wait (F02).
 */
function newbornNextYear(a: ActionContext): Action | undefined {
  const { ctx, options, situation, timeline } = a;
  const proposal = options.proposal;
  if (situation.specialGroup !== 'newborn' || !proposal?.countedFrom || !proposal.deadline) return undefined;
  const year = proposal.enrolment.year + 1;
  if (timeline.residentYears.has(year)) return undefined;
  const window = residentWindow(ctx, year);
  const by = window.closes >= situation.asOf ? window.closes : proposal.deadline;
  return {
    key: 'resident-next-year',
    title: say.newbornNextYearTitle({ year, by }),
    due: by,
    remindable: true,
    sources: [window.rule.source],
  };
}

/** Items at risk with a date of their own, earlier than the back-pay deadline (items.ts openBackPay). */
function keepChainActions(items: Item[]): Action[] {
  return items.flatMap((i) =>
    i.outcome === 'atRisk' && i.action?.startsWith(KEEP_ACTION_PREFIX) && i.due
      ? [
          {
            key: i.action,
            title: say.keepChainTitle({ what: CONCERN_WORDS[i.key as Concern], deadline: i.due }),
            due: i.due,
            remindable: true,
            option: 'backPay' as const,
            sources: i.sources,
          },
        ]
      : [],
  );
}

export function buildActions(
  ctx: PolicyContext,
  timeline: Timeline,
  picture: MedicalPicture,
  options: OptionsResult,
  situation: Situation & { asOf: string },
  needsLocalCheck: boolean,
  items: Item[] = [],
  lead?: OptionKey,
): Action[] {
  const a: ActionContext = { ctx, timeline, picture, options, situation, lead };
  const backPay = backPayActions(a);
  const actions = [...backPay.actions, ...keepChainActions(items), ...enrolActions(a, backPay.withResident)];
  // This month's own contribution, not yet paid and not overdue (rules/timeline.ts pendingMonth; copy review 3 N4).
  const pending = timeline.pendingMonth;
  if (pending && situation.gapReason !== 'employer')
    actions.push({
      key: 'pay-this-month',
      title: say.payThisMonthTitle({ month: timeline.asOfMonth, due: pending.due }),
      due: pending.due,
      remindable: true,
      option: null,
    });
  const ahead = picture.waitingAhead;
  if (ahead && ahead.benefitsFrom > situation.asOf) {
    actions.push({
      key: 'waiting-ends',
      title: say.waitingEndsTitle({ benefitsFrom: ahead.benefitsFrom, rate: ahead.rate }),
      due: ahead.benefitsFrom,
      remindable: true,
    });
  }
  const next = nextYearAction(a);
  if (next) actions.push(next);
  if (needsLocalCheck)
    actions.push({ key: 'call-local-office', title: say.CALL_OFFICE_TITLE, due: null, remindable: false });
  for (const x of actions) if (x.option === undefined) x.option = null;
  return actions.sort((x, y) => (x.due ?? '9999').localeCompare(y.due ?? '9999'));
}
