// Duplicate enrolment (43号: benefits are not paid twice) is named only for months both schemes covered: a resident
// year paid after the employee months ended (a switch after leaving a job) did not cover those months.
import { evaluate, isEvaluateError } from '../../engine';

const employee = { scheme: 'employee', from: '2018-01', to: '2026-10' };
const notices = (paidOn?: string) => {
  const resident = { scheme: 'resident', from: '2026-01', to: '2026-12', ...(paidOn ? { paidOn } : {}) };
  const r = evaluate({ asOf: '2026-11-25', city: '长沙', periods: [employee, resident] }, { today: '2026-11-25' });
  if (isEvaluateError(r)) throw new Error(JSON.stringify(r));
  return r.notices.filter((n) => n.includes('同时缴了'));
};

it('paid in the window before the year: January to October were paid twice', () => {
  expect(notices()).toEqual([expect.stringContaining('2026年1月至10月同时缴了职工医保和居民医保')]);
});

it('paid on 31 May: only the months from May on were covered twice', () => {
  expect(notices('2026-05-31')).toEqual([expect.stringContaining('2026年5月至10月同时缴了')]);
});

it('paid on 1 June: May had ended, so June to October', () => {
  expect(notices('2026-06-01')).toEqual([expect.stringContaining('2026年6月至10月同时缴了')]);
});

it('paid after the job ended (a switch): no duplicate', () => {
  expect(notices('2026-11-20')).toEqual([]);
});
