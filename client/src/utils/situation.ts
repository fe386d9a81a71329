// The Situation (the contract's request) built from the intake's answers, and the one-line description of a
// Situation shown in the recent-results list.
import type { Period, Situation } from '../types/contract';
import { fmtMonth, makeDate, makeMonth, monthIndex, todayInChina } from './dates';
import { asksRetirement, type Answers } from './intake';

/**
 * The payment date from the month and day picked. A day the user does not know is estimated: today in the
 * current month, otherwise the 15th (the intake says so where it asks).
 */
export function paidOnOf(m: string, day?: number | 'unknown', today = todayInChina()): string {
  if (typeof day === 'number') return makeDate(m, day);
  if (m === today.slice(0, 7)) return today;
  return makeDate(m, 15);
}

export function buildSituation(a: Answers): Situation {
  const s: Situation = { city: a.city ?? '', periods: [] };
  if (a.hukou === 'local' || a.hukou === 'nonlocal') s.hukou = a.hukou;
  const periods: Period[] = [];
  const resident = (year: number | 'none' | undefined, from?: string) => {
    if (typeof year !== 'number' || !a.resPaid || a.resPaid === 'none') return;
    periods.push({
      scheme: 'resident',
      from: from ?? makeMonth(year, 1),
      to: makeMonth(year, 12),
      paidOn: paidOnOf(a.resPaid, a.resPaidDay),
      // A day not picked is estimated: the engine then says 约 before the dates counted from it (copy review H14).
      ...(typeof a.resPaidDay === 'number' ? {} : { paidOnEstimated: true }),
    });
  };
  switch (a.event) {
    case 'jobChange':
    case 'employer':
      periods.push({ scheme: 'employee', from: a.from!, to: a.to! });
      if (a.event === 'jobChange' && a.resumed && a.resumed !== 'none') {
        periods.push({ scheme: 'employee', from: a.resumed, to: null });
      }
      s.gapReason = a.event;
      break;
    case 'flexibleStopped':
      periods.push({ scheme: 'flexible', from: a.from!, to: a.to! });
      s.gapReason = 'personal';
      break;
    case 'toResident':
      periods.push({ scheme: a.prevScheme ?? 'employee', from: a.from!, to: a.to! });
      resident(a.resYear);
      break;
    case 'residentGap':
      periods.push({ scheme: 'resident', from: makeMonth(a.resFrom!, 1), to: makeMonth(a.resTo!, 12) });
      resident(a.resYear);
      break;
    case 'newborn':
      s.specialGroup = 'newborn';
      s.birth = a.birth;
      if (a.birth) resident(Number(a.birth.slice(0, 4)), a.birth);
      break;
  }
  s.periods = periods;
  s.concerns = a.concerns && a.concerns.length ? a.concerns : ['medical'];
  if (asksRetirement(a) && a.gender && a.personBirth) {
    s.gender = a.gender;
    s.birth = a.personBirth;
    if (a.gender === 'female' && a.originalAge) s.originalRetirementAge = a.originalAge;
  }
  return s;
}

/** One line describing a Situation, for the recent-results list. */
export function describeSituation(s: Situation): string {
  const ps = s.periods ?? [];
  if (s.specialGroup === 'newborn') return s.birth ? `宝宝${fmtMonth(s.birth)}出生` : '新生儿参保';
  if (ps.length === 0) return '没有填写缴费记录';
  const last = [...ps].sort((x, y) => monthIndex(x.from) - monthIndex(y.from))[ps.length - 1];
  const who = last.scheme === 'resident' ? '居民医保' : last.scheme === 'flexible' ? '自己' : '单位';
  return last.to ? `${who}交到${fmtMonth(last.to)}` : `${who}还在交`;
}
