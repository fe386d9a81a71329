// The dated to-do list, soonest first. Dated actions can be reminded by subscription message. Alternatives for the
// same months (back-pay or switching to resident insurance) are one action, never two to-dos that mean paying twice.
import type { Action, Concern, Item, OptionKey, Situation } from '../contract';
import { CONCERN_WORDS } from '../explain/words';
import * as say from '../explain/actions';
import type { PolicyContext } from '../policy/resolve';
import type { ActionContext } from './actions-context';
import { backPayActions } from './actions-backpay';
import { enrolActions } from './actions-enrol';
import { nextYearAction } from './actions-next-year';
import { KEEP_ACTION_PREFIX } from './items-chain';
import type { MedicalPicture } from './medical';
import type { OptionsResult } from './options';
import type { Timeline } from './timeline';

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
      title: say.waitingEndsTitle({ benefitsFrom: ahead.benefitsFrom, rate: ahead.rate, estimated: ahead.estimated }),
      due: ahead.benefitsFrom,
      remindable: true,
    });
  }
  const next = nextYearAction(a);
  if (next) actions.push(next);
  // An item that hinges on the office's answer (上海 C66: no limit, no deadline) asks today, as soon as possible.
  const askedToday = items.find((i) => i.action === 'call-local-office' && i.due)?.due;
  if (askedToday)
    actions.push({
      key: 'call-local-office',
      title: say.CALL_OFFICE_TITLE,
      due: askedToday,
      asap: true,
      remindable: false,
    });
  else if (needsLocalCheck)
    actions.push({ key: 'call-local-office', title: say.CALL_OFFICE_TITLE, due: null, remindable: false });
  for (const x of actions) if (x.option === undefined) x.option = null;
  return actions.sort((x, y) => (x.due ?? '9999').localeCompare(y.due ?? '9999'));
}
