// fast-check generators the property suites share: a calendar day ("YYYY-MM-DD") in a range of months, drawn so that
// month ends and leap days come up as often as any other day.
import fc from 'fast-check';
import { formatMonth, lastDay, toMonthIndex } from '../../../engine/time';

export function dayBetween(fromMonth: string, toMonth: string): fc.Arbitrary<string> {
  return fc
    .integer({ min: toMonthIndex(fromMonth), max: toMonthIndex(toMonth) })
    .chain((m) =>
      fc
        .integer({ min: 1, max: Number(lastDay(m).slice(8)) })
        .map((d) => `${formatMonth(m)}-${String(d).padStart(2, '0')}`),
    );
}
