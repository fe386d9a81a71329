// The lines under the month grid, on reports the engine makes (copy review 3 N14): a wait that ends mid-month
// prints the day, an estimated day says 约, a red cell is never "没有看病不能报销的月份", and a child never
// insured is 没参保, not 断缴.
import { evaluate, isEvaluateError, type Report } from '../../engine';
import { monthsSummary } from '../../client/src/utils/months-summary';

function report(situation: object): Report {
  const r = evaluate(situation, { today: '2026-12-15' });
  if (isEvaluateError(r)) throw new Error(JSON.stringify(r));
  return r;
}

const resident = (paidOn: string, estimated?: boolean) => ({
  asOf: '2026-03-20',
  city: '长沙',
  periods: [
    { scheme: 'resident', from: '2022-01', to: '2024-12' },
    { scheme: 'resident', from: '2026-01', to: '2026-12', paidOn, ...(estimated ? { paidOnEstimated: true } : {}) },
  ],
  concerns: ['medical'],
});

describe('months summary', () => {
  it('a wait that ends on the 5th: the lost months end the day before, and whole months are not claimed', () => {
    const r = report(resident('2026-03-05'));
    expect(r.medical.waiting?.benefitsFrom).toBe('2026-06-05');
    const s = monthsSummary(r);
    expect(s.lost).toBe('看病不能报销：2025年1月至2026年6月4日，共 17 个多月。');
    expect(s.none).toBe(false);
  });

  it('an estimated payment day: the last lost day is 约', () => {
    const s = monthsSummary(report(resident('2026-03-15', true)));
    expect(s.lost).toBe('看病不能报销：2025年1月至约2026年6月14日，共 17 个多月。');
  });

  it('a newborn never enrolled: the red cell is listed, as 没参保, never "nothing lost"', () => {
    const r = report({ asOf: '2026-12-15', city: '长沙', specialGroup: 'newborn', birth: '2026-08', periods: [] });
    expect(r.medical.months?.some((m) => m.state === 'hole')).toBe(true);
    const s = monthsSummary(r);
    expect(s.none).toBe(false);
    expect(s.neverInsured).toBe(true);
    expect(s.lost).toBe('还没有参保，看病不能报销：2026年8月至12月，共 5 个月。');
  });

  it('nothing lost: says so', () => {
    const r = report({
      asOf: '2026-12-15',
      city: '长沙',
      periods: [{ scheme: 'employee', from: '2018-01', to: null }],
    });
    expect(monthsSummary(r)).toMatchObject({ lost: null, fixable: null, none: true, neverInsured: false });
  });
});
