// The slowest valid Situation we could construct, for `npm run bench` and the bounds test: 120 periods (the most
// allowed) — every resident year the tables cover, alternating back-paid, plus single-month employee/flexible
// records with one-month gaps between them up to the query month — every concern, a birth month, a planned
// birth and a base. Tried and slower before the bounds: one resident period to 9999-12 (~6–24 s), 120 copies of
// the same resident years (now one record per year).
import type { Situation } from '../engine/contract';
import { formatMonth, monthOfDate } from '../engine/time';

export function slowestValidSituation(asOf: string): Situation {
  const asOfMonth = monthOfDate(asOf);
  const lastResidentYear = Math.floor(asOfMonth / 12) + 1;
  const residentYears = Array.from({ length: lastResidentYear - 2000 + 1 }, (_, i) => 2000 + i);
  const employeeCount = 120 - residentYears.length;
  const periods: Situation['periods'] = [
    ...residentYears.map((year, i) => ({
      scheme: 'resident' as const,
      from: `${year}-01`,
      to: `${year}-12`,
      ...(i % 2 === 0 && year <= Number(asOf.slice(0, 4))
        ? { backPaid: true, paidOn: `${asOf.slice(0, 4)}-01-01` }
        : {}),
    })),
    ...Array.from({ length: employeeCount }, (_, i) => {
      const month = formatMonth(asOfMonth - 2 * (employeeCount - 1 - i));
      return {
        scheme: i % 2 ? ('flexible' as const) : ('employee' as const),
        from: month,
        to: month,
        ...(i % 3 === 0 ? { backPaid: true, paidOn: asOf } : {}),
      };
    }),
  ];
  return {
    asOf,
    city: '武汉',
    hukou: 'nonlocal',
    gender: 'female',
    birth: formatMonth(asOfMonth - 12 * 60),
    gapReason: 'personal',
    concerns: ['medical', 'pension', 'housing', 'hukou', 'school', 'maternity', 'car'],
    plannedBirth: formatMonth(asOfMonth + 6),
    monthlyBase: 5000,
    periods,
  } as Situation;
}
