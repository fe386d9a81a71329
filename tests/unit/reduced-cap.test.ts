// 佛山's reduced cap (C10) as a dated report field: for every restart month of 2026 and every day asked, the months
// under the 5000 元 cap are the first two of the run, the third is at the normal cap, and only a run that began
// within the last 12 months is shown.
import { evaluate, type Report } from '../../engine';
import { formatMonth, toMonthIndex } from '../../engine/time';

const ask = (restart: number, asOfMonth: number, day: string) =>
  evaluate(
    {
      asOf: `${formatMonth(asOfMonth)}-${day}`,
      city: '佛山',
      periods: [
        { scheme: 'employee', from: '2016-01', to: formatMonth(restart - 2) },
        { scheme: 'employee', from: formatMonth(restart), to: null },
      ],
      gapReason: 'jobChange',
    },
    { today: '2026-11-23' },
  ) as Report;

it('the capped months are the run’s first two; the third is at the normal cap; a run older than 12 months shows none', () => {
  for (let r = toMonthIndex('2026-01'); r <= toMonthIndex('2026-12'); r++)
    for (let k = 0; k <= 13; k++)
      for (const day of ['01', '28']) {
        const { medical } = ask(r, r + k, day);
        const expected =
          k >= 12
            ? undefined
            : {
                from: formatMonth(r),
                to: formatMonth(r + 1),
                normalFrom: formatMonth(r + 2),
                paidMonths: k + 1,
              };
        const got = medical.reducedCap && {
          from: medical.reducedCap.from,
          to: medical.reducedCap.to,
          normalFrom: medical.reducedCap.normalFrom,
          paidMonths: medical.reducedCap.paidMonths,
        };
        expect([formatMonth(r), k, day, got]).toEqual([formatMonth(r), k, day, expected]);
        expect(medical.status).toBe('covered');
      }
});

it('a place without a reduced cap has no such field', () => {
  const report = evaluate(
    { asOf: '2026-11-20', city: '广州', periods: [{ scheme: 'employee', from: '2026-10', to: null }] },
    { today: '2026-11-23' },
  ) as Report;
  expect(report.medical.reducedCap).toBeUndefined();
});
