// Valid situations with early dates (security probe 3, P52–P54): people born before 1948 (women) or 1938 (men)
// asking about pension, 职工医保 resuming before 2000, employer arrears on a query date before 2011-07. Each must
// give a report (or a field-named Chinese error), never INTERNAL.
import { evaluate, isEvaluateError, type Situation } from '../../engine';

const TODAY = '2026-11-23';

function report(s: Situation) {
  const errors: unknown[] = [];
  const r = evaluate(s, { today: TODAY, onInternalError: (e) => errors.push(e) });
  expect([errors.map(String), isEvaluateError(r) ? r.error.code : 'report']).toEqual([[], 'report']);
  if (isEvaluateError(r)) throw new Error('unreachable');
  return r;
}

describe('pension for people who reached retirement age before the minimum-years table starts (P52)', () => {
  it.each([
    ['female', '1940-01', undefined],
    ['female', '1942-12', 55],
    ['female', '1947-12', 50],
    ['male', '1937-12', undefined],
    ['male', '1930-06', undefined],
  ] as const)(
    '%s born %s (original age %s): a report with the retirement month, the rule marked as estimated',
    (gender, birth, age) => {
      const r = report({
        asOf: '2026-11-23',
        city: '深圳',
        gender,
        birth,
        ...(age ? { originalRetirementAge: age } : {}),
        periods: [{ scheme: 'employee', from: '1985-01', to: '1995-12' }],
        concerns: ['medical', 'pension'],
      });
      expect(r.pension?.retirement?.month).toMatch(/^19\d\d-\d\d$/);
      expect(r.notices.some((n) => n.includes('最低缴费年限') && n.includes('没有收录'))).toBe(true);
    },
  );

  it('the same with a plan', () => {
    const r = report({
      asOf: '2026-11-23',
      city: '深圳',
      gender: 'female',
      birth: '1945-03',
      periods: [{ scheme: 'employee', from: '2010-01', to: null }],
      concerns: ['medical', 'pension'],
      plan: { stopAfter: '2027-02', resumeFrom: '2027-06', bridge: 'none' },
    });
    expect(r.plan?.limits.length).toBeGreaterThan(0);
  });

  it('born 1948-01 (a woman retiring at 50 in 1998-01) is inside the table: no such notice', () => {
    const r = report({
      asOf: '2026-11-23',
      city: '深圳',
      gender: 'female',
      birth: '1948-01',
      originalRetirementAge: 50,
      periods: [{ scheme: 'employee', from: '1985-01', to: '1997-12' }],
      concerns: ['pension'],
    });
    expect(r.pension?.retirement?.month).toBe('1998-01');
    expect(r.notices.some((n) => n.includes('最低缴费年限') && n.includes('没有收录'))).toBe(false);
  });
});

describe('职工医保 resuming before the resume rules start (P53)', () => {
  it.each([
    [
      [
        { scheme: 'employee', from: '1998-01', to: '1998-06' },
        { scheme: 'employee', from: '1998-09', to: null },
      ],
    ],
    [
      [
        { scheme: 'flexible', from: '1993-08', to: '1993-12' },
        { scheme: 'employee', from: '1994-10', to: '2026-10' },
      ],
    ],
    [
      [
        { scheme: 'employee', from: '1990-01', to: '1999-06' },
        { scheme: 'employee', from: '1999-12', to: null },
      ],
    ],
  ] as const)('%j: a report', (periods) => {
    const r = report({ asOf: '2026-11-23', city: '深圳', periods: [...periods], concerns: ['medical', 'pension'] });
    expect(r.medical.gaps.length).toBeGreaterThan(0);
  });
});

describe('employer arrears on a query date before the late-fee rule (P54)', () => {
  it.each(['2005-12-22', '2011-06-30'])(
    'asOf %s: a report; the late fee is said to be unknown, not computed',
    (asOf) => {
      const r = report({
        asOf,
        city: '深圳',
        periods: [
          { scheme: 'employee', from: '2003-01', to: `${asOf.slice(0, 4)}-0${asOf.slice(5, 7) === '12' ? 8 : 2}` },
        ],
        gapReason: 'employer',
        concerns: ['medical'],
        monthlyBase: 5000,
      });
      const backPay = r.options.find((o) => o.key === 'backPay');
      expect(backPay).toBeDefined();
      expect([backPay?.cost, backPay?.costUnknown]).toEqual([undefined, expect.stringContaining('滞纳金')]);
    },
  );

  it('asOf 2011-07-01: the late fee is computed', () => {
    const r = report({
      asOf: '2011-07-01',
      city: '深圳',
      periods: [{ scheme: 'employee', from: '2003-01', to: '2011-02' }],
      gapReason: 'employer',
      concerns: ['medical'],
      monthlyBase: 5000,
    });
    expect(r.options.find((o) => o.key === 'backPay')?.cost?.lateFee).toBeGreaterThan(0);
  });
});

describe('a newborn born before the grace rule starts (2000-01; found by a random search of helper slim)', () => {
  it.each([
    ['1998-08', '2020-10-03'],
    ['1999-12', '2000-01-15'],
    ['1999-12', '2000-03-01'],
  ])('born %s, asked on %s: a report, not INTERNAL', (birth, asOf) => {
    const r = report({ asOf, city: '深圳', specialGroup: 'newborn', birth, periods: [], concerns: ['medical'] });
    expect(r.medical.status).toBeDefined();
  });
});
