// The F07 reading notice states the waiting months under the other reading: that number must be a report field
// (`readings`), found by the property test (武汉, resident year after employee years back-paid, asOf 2025-05-01;
// each back-payment made after its last month, so that no month of it counts as paid on time).
import { evaluate, isEvaluateError, policyTables } from '../../engine';
import { strayNumbers } from './support/sentence-numbers';

const situation = {
  asOf: '2025-05-01',
  city: '武汉',
  periods: [
    { scheme: 'employee', from: '2013-11', to: '2013-11' },
    { scheme: 'employee', from: '2017-02', to: '2018-06', backPaid: true, paidOn: '2018-07-02' },
    { scheme: 'employee', from: '2018-07', to: '2020-01', backPaid: true, paidOn: '2020-02-03' },
    { scheme: 'employee', from: '2020-02', to: '2022-03', backPaid: true, paidOn: '2022-04-01' },
    { scheme: 'employee', from: '2022-04', to: '2024-01', backPaid: true, paidOn: '2024-02-01' },
    { scheme: 'resident', from: '2025-01', to: '2025-12' },
  ],
};

it('the gap-year reading is a field, and its notice states only numbers from it', () => {
  const report = evaluate(situation, { today: '2026-11-23' });
  if (isEvaluateError(report)) throw new Error(JSON.stringify(report));
  const [reading] = report.readings ?? [];
  expect(reading).toMatchObject({ rule: 'resident.waiting', year: 2025 });
  expect(Math.abs(reading.otherReadingMonths - reading.waitingMonths)).toBe(reading.perGapYear);
  const notice = report.notices.find((n) => n.includes('断缴年数'));
  expect(notice).toContain(`${reading.otherReadingMonths} 个月`);
  expect(strayNumbers(report, policyTables, ['items.pensionYears', 'items.medicalRetirement'])).toEqual([]);
});

it('no gap years, no reading', () => {
  const report = evaluate({ ...situation, periods: situation.periods.slice(4) }, { today: '2026-11-23' });
  if (isEvaluateError(report)) throw new Error(JSON.stringify(report));
  expect(report.readings).toBeUndefined();
});
