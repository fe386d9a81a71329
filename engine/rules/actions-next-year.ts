// Next year's resident insurance as a to-do: after a resident year (copy review H12) and a newborn's birth year.
import type { Action } from '../contract';
import * as say from '../explain/actions';
import { yearOf } from '../time';
import { type ActionContext, byKey } from './actions-context';
import { residentWindow } from './resident';
import { unique } from '../unique';

/** Next year's resident insurance, whenever this year's is (or is proposed to be) resident cover (copy review H12). */
export function nextYearAction(a: ActionContext): Action | undefined {
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
    sources: unique([window.rule.source, waiting.source]),
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
