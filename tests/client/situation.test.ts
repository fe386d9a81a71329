// Building the Situation (the contract's request) from the intake's answers, one case per event, and the payment
// date from the month and day picked.
import { buildSituation, describeSituation, paidOnOf } from '../../client/src/utils/situation';
import type { Answers } from '../../client/src/utils/intake';

const base: Answers = { step: 'concerns', city: '武汉', hukou: 'local', concerns: ['medical'] };

describe('paidOnOf', () => {
  it('uses the day picked', () => {
    expect(paidOnOf('2026-03', 5, '2026-11-20')).toBe('2026-03-05');
    expect(paidOnOf('2026-02', 28, '2026-11-20')).toBe('2026-02-28');
  });
  it('estimates an unknown day: the 15th, or today in the current month', () => {
    expect(paidOnOf('2026-03', 'unknown', '2026-11-20')).toBe('2026-03-15');
    expect(paidOnOf('2026-11', 'unknown', '2026-11-20')).toBe('2026-11-20');
    expect(paidOnOf('2026-11', undefined, '2026-11-03')).toBe('2026-11-03');
  });
});

describe('buildSituation', () => {
  it('job change with a new employer already paying: two employee periods, gapReason jobChange', () => {
    const s = buildSituation({ ...base, event: 'jobChange', from: '2019-07', to: '2026-06', resumed: '2026-09' });
    expect(s.periods).toEqual([
      { scheme: 'employee', from: '2019-07', to: '2026-06' },
      { scheme: 'employee', from: '2026-09', to: null },
    ]);
    expect(s.gapReason).toBe('jobChange');
    expect(s.hukou).toBe('local');
  });

  it('job change not resumed yet: one period', () => {
    const s = buildSituation({ ...base, event: 'jobChange', from: '2019-07', to: '2026-06', resumed: 'none' });
    expect(s.periods).toHaveLength(1);
  });

  it('employer arrears and a stopped flexible worker name their gap reasons', () => {
    expect(buildSituation({ ...base, event: 'employer', from: '2020-01', to: '2026-07' }).gapReason).toBe('employer');
    const flex = buildSituation({ ...base, event: 'flexibleStopped', from: '2020-01', to: '2026-07' });
    expect(flex.periods[0].scheme).toBe('flexible');
    expect(flex.gapReason).toBe('personal');
  });

  it('switch to resident insurance: the previous scheme, then the resident year with its payment day', () => {
    const s = buildSituation({
      ...base,
      event: 'toResident',
      prevScheme: 'flexible',
      from: '2018-01',
      to: '2026-08',
      resYear: 2027,
      resPaid: '2026-10',
      resPaidDay: 8,
    });
    expect(s.periods).toEqual([
      { scheme: 'flexible', from: '2018-01', to: '2026-08' },
      { scheme: 'resident', from: '2027-01', to: '2027-12', paidOn: '2026-10-08' },
    ]);
  });

  it('a payment day the user could not find is sent as an estimate (copy review H14): the 15th, marked', () => {
    const s = buildSituation({
      ...base,
      event: 'toResident',
      prevScheme: 'employee',
      from: '2018-01',
      to: '2025-08',
      resYear: 2026,
      resPaid: '2026-03',
      resPaidDay: 'unknown',
    });
    expect(s.periods[1]).toEqual({
      scheme: 'resident',
      from: '2026-01',
      to: '2026-12',
      paidOn: '2026-03-15',
      paidOnEstimated: true,
    });
  });

  it('resident gap not paid again: only the old years, whole calendar years', () => {
    const s = buildSituation({ ...base, event: 'residentGap', resFrom: 2015, resTo: 2020, resYear: 'none' });
    expect(s.periods).toEqual([{ scheme: 'resident', from: '2015-01', to: '2020-12' }]);
  });

  it('newborn: special group, birth month, cover from the birth month when paid', () => {
    const s = buildSituation({ ...base, event: 'newborn', birth: '2026-10', resPaid: '2026-11', resPaidDay: 2 });
    expect(s.specialGroup).toBe('newborn');
    expect(s.birth).toBe('2026-10');
    expect(s.periods).toEqual([{ scheme: 'resident', from: '2026-10', to: '2026-12', paidOn: '2026-11-02' }]);
    const unpaid = buildSituation({ ...base, event: 'newborn', birth: '2026-10', resPaid: 'none' });
    expect(unpaid.periods).toEqual([]);
  });

  it('unknown hukou is left out; no concern defaults to medical', () => {
    const s = buildSituation({
      ...base,
      hukou: 'unknown',
      concerns: [],
      event: 'employer',
      from: '2020-01',
      to: '2026-07',
    });
    expect(s.hukou).toBeUndefined();
    expect(s.concerns).toEqual(['medical']);
  });

  it('gender and birth month go along only with the pension concern, for an adult', () => {
    const a: Answers = {
      ...base,
      event: 'jobChange',
      from: '2010-01',
      to: '2026-06',
      resumed: 'none',
      gender: 'female',
      personBirth: '1975-06',
    };
    expect(buildSituation({ ...a, concerns: ['medical'] }).gender).toBeUndefined();
    const s = buildSituation({ ...a, concerns: ['medical', 'pension'] });
    expect([s.gender, s.birth]).toEqual(['female', '1975-06']);
    expect(s.originalRetirementAge).toBeUndefined(); // not known: the engine assumes 55 and says so
  });

  it("a woman's original retirement age (50 / 55) goes along when chosen, never for a man (copy review M15)", () => {
    const a: Answers = {
      ...base,
      event: 'jobChange',
      from: '2010-01',
      to: '2026-06',
      resumed: 'none',
      concerns: ['pension'],
      gender: 'female',
      personBirth: '1975-06',
      originalAge: 50,
    };
    expect(buildSituation(a).originalRetirementAge).toBe(50);
    expect(buildSituation({ ...a, gender: 'male' }).originalRetirementAge).toBeUndefined();
    expect(buildSituation({ ...a, concerns: ['medical'] }).originalRetirementAge).toBeUndefined();
  });
});

describe('describeSituation', () => {
  it('names the latest period', () => {
    expect(describeSituation({ city: '武汉', periods: [{ scheme: 'employee', from: '2019-01', to: '2026-06' }] })).toBe(
      '单位交到2026年6月',
    );
    expect(describeSituation({ city: '武汉', periods: [{ scheme: 'flexible', from: '2019-01', to: null }] })).toBe(
      '自己还在交',
    );
    expect(describeSituation({ city: '武汉', periods: [] })).toBe('没有填写缴费记录');
    expect(describeSituation({ city: '长沙', periods: [], specialGroup: 'newborn', birth: '2026-10' })).toBe(
      '宝宝2026年10月出生',
    );
  });
});
