// A newborn's grace period counted without the birth day (not asked): the engine counts it from the 1st of the birth
// month, the earliest reading. When the payment day (or today, before paying) is past that reading but still within
// the grace period of a child born later in the month, the answer hinges on the birth day: this fact says from which
// birth day the payment still covers from birth.
import type { NewbornGrace, Situation } from '../contract';
import type { PolicyContext } from '../policy/resolve';
import { addDays, firstDay, lastDay, toMonthIndex, yearOf } from '../time';
import type { Timeline } from './timeline';

export function newbornGraceFact(
  ctx: PolicyContext,
  timeline: Timeline,
  situation: Situation & { asOf: string },
): NewbornGrace | undefined {
  if (situation.specialGroup !== 'newborn' || !situation.birth) return undefined;
  const birthMonth = toMonthIndex(situation.birth);
  const year = timeline.residentYears.get(yearOf(birthMonth));
  // A birth year recorded without a payment day was paid in time as far as the engine knows.
  if (year && !year.paidOn) return undefined;
  const paidOn = year?.paidOn ?? situation.asOf;
  const grace = ctx.find('resident.newbornGraceDays', birthMonth);
  if (!grace) return undefined;
  const countedFrom = firstDay(birthMonth);
  if (paidOn <= addDays(countedFrom, grace.value) || paidOn > addDays(lastDay(birthMonth), grace.value))
    return undefined;
  return {
    rule: 'resident.newbornGraceDays',
    graceDays: grace.value,
    countedFrom,
    paidOn,
    paid: year !== undefined,
    bornOnOrAfter: addDays(paidOn, -grace.value),
  };
}
