// The dated to-do list, soonest first. Dated actions can be reminded by subscription message. Alternatives for the
// same months (back-pay or switching to resident insurance) are one action, never two to-dos that mean paying twice.
import type { Action, Concern, Item, Option, Situation } from '../contract';
import { CONCERN_WORDS } from '../explain/plan';
import * as say from '../explain/actions';
import type { PolicyContext } from '../policy/resolve';
import { yearOf } from '../time';
import { KEEP_ACTION_PREFIX } from './items';
import type { MedicalPicture } from './medical';
import type { OptionsResult } from './options';
import { residentWindow } from './resident';
import type { Timeline } from './timeline';

interface ActionContext {
  ctx: PolicyContext;
  timeline: Timeline;
  picture: MedicalPicture;
  options: OptionsResult;
  situation: Situation & { asOf: string };
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
    actions: [{ key, title, due: asOf, asap: true as const, remindable: false, sources: backPay.sources }],
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
  const sameMonths = resident?.deadline && proposal?.switchApplied;
  const title = sameMonths
    ? say.backPayOrResidentTitle({
        deadline: backPay.deadline,
        residentDeadline: resident.deadline!,
        year: proposal.year,
        // The resident option's own price (for the person's group where the place prices by group).
        price: resident.cost?.terms?.price ?? null,
      })
    : say.backPayTitle({ deadline: backPay.deadline });
  const sources = [...new Set([...backPay.sources, ...(sameMonths ? resident.sources : [])])];
  return {
    actions: [{ key: 'backpay-deadline', title, due: backPay.deadline, remindable: true, sources }],
    withResident: Boolean(sameMonths),
  };
}

function enrolActions(a: ActionContext, backPayCovers: boolean): Action[] {
  const { ctx, options, situation, timeline } = a;
  const asOf = situation.asOf;
  const actions: Action[] = [];
  const flexible = byKey(options, 'flexible');
  if (flexible && flexible.feasible !== 'no' && ((flexible.waitingMonths ?? 0) > 0 || flexible.waitingDays)) {
    const upperBound = options.flexibleUpperBound !== undefined;
    // "As soon as possible"; undated when a dated remedy is listed, so the sooner remedy comes first (H9).
    const undated = Boolean(byKey(options, 'resident')?.deadline) || backPayCovers;
    actions.push({
      key: 'flexible-enrol',
      title: say.flexibleTitle({ benefitsFrom: flexible.benefitsFrom!, upperBound }),
      due: undated ? null : asOf,
      ...(undated ? {} : { asap: true as const }),
      remindable: false,
      sources: flexible.sources,
    });
  }
  const resident = byKey(options, 'resident');
  if (resident && resident.feasible !== 'no' && !backPayCovers) {
    const year = options.proposedResident?.year ?? yearOf(timeline.asOfMonth) + 1;
    const window = residentWindow(ctx, year);
    actions.push({
      key: 'resident-window',
      title: say.residentTitle({
        year,
        deadline: resident.deadline ?? null,
        waitingMonths: resident.waitingMonths ?? 0,
        estimatedFromBirthMonth: resident.deadlineCountedFrom !== undefined,
        // The deadline is the usual closing day of the national pattern, not a local notice's (issue 19).
        usualWindow: window.pattern && resident.deadline === window.closes,
      }),
      due: resident.deadline ?? asOf,
      // Without a deadline (a year that can be paid any time): as soon as possible.
      ...(resident.deadline ? {} : { asap: true as const }),
      remindable: Boolean(resident.deadline),
      sources: resident.sources,
    });
  }
  const repair = byKey(options, 'repair');
  const enrolment = options.repairFor;
  if (repair?.feasible === 'yes' && repair.deadline && enrolment) {
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
      sources: repair.sources,
    });
  }
  return actions;
}

/** Next year's resident insurance, whenever this year's is (or is proposed to be) resident cover (copy review H12). */
function nextYearAction(a: ActionContext): Action | undefined {
  const { ctx, timeline, options, situation } = a;
  const thisYear = yearOf(timeline.asOfMonth);
  if (timeline.residentYears.has(thisYear + 1)) return undefined;
  const proposedThisYear = options.proposedResident?.year === thisYear;
  if (!timeline.residentYears.has(thisYear) && !proposedThisYear) return undefined;
  if (options.proposedResident?.year === thisYear + 1) return undefined; // the resident option's own to-do
  const window = residentWindow(ctx, thisYear + 1);
  if (window.closes < situation.asOf) return undefined;
  const waiting = ctx.get('resident.waiting', (thisYear + 1) * 12);
  // Only "if you switch" when staying in 职工医保 (back-pay or flexible enrolment) is also offered.
  const stays = (['backPay', 'flexible'] as const).some((k) => (byKey(options, k)?.feasible ?? 'no') !== 'no');
  const conditional = proposedThisYear && stays;
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
): Action[] {
  const a: ActionContext = { ctx, timeline, picture, options, situation };
  const backPay = backPayActions(a);
  const actions = [...backPay.actions, ...keepChainActions(items), ...enrolActions(a, backPay.withResident)];
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
  return actions.sort((x, y) => (x.due ?? '9999').localeCompare(y.due ?? '9999'));
}
