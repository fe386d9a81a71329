// The planner, the pension section and remedy prices: arithmetic checked by hand, boundaries of the planner's
// limits checked against the report of the resume month itself, and the prices that need policy values absent
// from the shipped tables (a minimum base) checked on a copy of the tables with the value injected.
import { evaluate, isEvaluateError, policyTables, type Report } from '../../engine';
import { PolicyContext } from '../../engine/policy/resolve';
import type { PolicyTables } from '../../engine/policy/types';
import { employerArrearsCost, flexibleCost, residentCost } from '../../engine/rules/costs';
import { payoutMonthsAt } from '../../engine/rules/pension';
import { toMonthIndex } from '../../engine/time';
import { strayNumbers } from './support/sentence-numbers';

const TODAY = '2026-11-23';

function report(situation: unknown, tables?: PolicyTables): Report {
  const r = evaluate(situation, { today: TODAY, tables });
  if (isEvaluateError(r)) throw new Error(JSON.stringify(r));
  return r;
}

function withNationalRule(key: string, value: unknown): PolicyTables {
  const copy = JSON.parse(JSON.stringify(policyTables)) as PolicyTables;
  copy.jurisdictions['000000'].rules[key] = [
    { from: '2025-01', to: null, value, source: 'nat.law.social-insurance', confidence: 'medium' },
  ];
  return copy;
}

describe('计发月数 to the month (P04: linear between whole ages)', () => {
  const table = policyTables.jurisdictions['000000'].rules['pension.payoutMonths'][0].value as Record<string, number>;
  it.each([
    [60 * 12, 139],
    [60 * 12 + 1, 138.4],
    [50 * 12 + 1, 194.6],
    [58 * 12 + 1, 151.4],
    [62 * 12 + 10, 118.3],
    [63 * 12, 117],
  ])('age %i months → %d', (age, expected) => expect(payoutMonthsAt(table, age)).toBe(expected));
  it('outside the table → undefined (no number invented)', () =>
    expect(payoutMonthsAt(table, 71 * 12)).toBeUndefined());
});

describe('prices', () => {
  const national = (tables: PolicyTables) =>
    new PolicyContext(tables, { code: '130100', province: '130000', level: 'city' });
  const months = [toMonthIndex('2027-03'), toMonthIndex('2027-04'), toMonthIndex('2027-05')];

  it('flexible cost at the minimum base when no base is given: 3 × 4000 × 8% = 960, says it is the minimum', () => {
    const tables = withNationalRule('employee.baseBand', { lower: 4000, upper: 20000, year: 2025 });
    const priced = flexibleCost(national(tables), months, undefined);
    expect(priced.cost?.amount).toBe(960);
    expect(priced.cost?.terms).toMatchObject({ months: 3, base: 4000, atMinimum: true, rate: 0.08 });
    expect(priced.cost?.basis).toMatch(
      /^3 个月 × 4000 元 × 8% = 960 元。没有填写缴费基数，按当地最低缴费基数 4000 元计算/,
    );
  });

  it('without a recorded minimum base and without a base: price unknown, said so', () => {
    const priced = flexibleCost(national(policyTables), months, undefined);
    expect(priced.cost).toBeNull();
    expect(priced.unknown).toMatch(/价格未知/);
  });

  it('with the person’s base: months × base × rate, the rate’s source named', () => {
    const priced = flexibleCost(national(policyTables), months, 6000);
    expect(priced.cost?.amount).toBe(1440);
    expect(priced.cost?.basis).toContain('国发〔1998〕44号');
  });

  it('employer arrears: late fee 0.05 %/day from the 1st of the following month', () => {
    // 2026-09 due 2026-10-01 → 53 days to 2026-11-23; 2026-10 due 2026-11-01 → 22 days. 75 days × 800 × 0.0005 = 30.
    const priced = employerArrearsCost(
      national(policyTables),
      [toMonthIndex('2026-09'), toMonthIndex('2026-10')],
      10000,
      '2026-11-23',
    );
    expect(priced.cost).toMatchObject({ amount: 1600, lateFee: 30 });
    expect(priced.cost?.basis).toContain('75 天');
  });

  it('北京 2026 resident contribution by group (R10): 60+ → 460, working age → 795, students → 435', () => {
    const bj = new PolicyContext(policyTables, { code: '110000', province: '110000', level: 'city' });
    const at = (birth: string) => residentCost(bj, { city: '北京', periods: [], birth }, 2026, 1).cost?.amount;
    expect(at('1960-06')).toBe(460);
    expect(at('1980-06')).toBe(795);
    expect(at('2015-06')).toBe(435);
    // 2027 has no recorded 北京 values (data review D12): the national minimum, said to be carried from 2026 (N23).
    const y2027 = residentCost(bj, { city: '北京', periods: [], birth: '1960-06' }, 2027, 1).cost;
    expect(y2027?.amount).toBe(400);
    expect(y2027?.basis).toMatch(
      /^1 年 × 不少于 400 元 = 400 元（2027 年标准还没公布，按 2026 年全国最低个人缴费标准估算/,
    );
  });
});

it.each(['石家庄', '北京', '武汉', '青岛', '上海'])(
  '%s: the bridges’ prices state only their terms and cited values, and cite their sources',
  (city) => {
    for (const resumeFrom of [null, '2028-04'])
      for (const birth of [undefined, '1960-06']) {
        const r = report({
          asOf: TODAY,
          city,
          ...(birth ? { birth } : {}),
          periods: [{ scheme: 'employee', from: '2019-07', to: null }],
          concerns: ['medical'],
          gapReason: 'jobChange',
          plan: { stopAfter: '2027-02', resumeFrom, bridge: 'none' },
        });
        expect(r.plan!.bridges.length).toBe(2);
        expect(strayNumbers(r, policyTables, ['items.pensionYears', 'items.medicalRetirement'])).toEqual([]);
        const cited = new Set(r.sources.map((s) => s.id));
        for (const b of r.plan!.bridges)
          for (const id of b.sources) expect([b.key, id, cited.has(id)]).toEqual([b.key, id, true]);
      }
  },
);

describe('the plan agrees with the report of the resume month', () => {
  const cities = ['石家庄', '北京', '武汉', '青岛', '上海', '济南'];
  const situation = (city: string, resumeFrom: string | null) => ({
    asOf: TODAY,
    city,
    hukou: 'nonlocal',
    periods: [{ scheme: 'employee', from: '2019-07', to: null }],
    concerns: ['medical', 'housing', 'hukou'],
    gapReason: 'jobChange',
    plan: { stopAfter: '2027-02', resumeFrom, bridge: 'none' },
  });
  it.each(cities)('%s: resuming in the last safe month keeps medical cover; the month after does not', (city) => {
    const limit = report(situation(city, null)).plan!.limits.find((l) => l.key === 'medical')!;
    if (limit.latestResume === null) {
      const next = report(situation(city, '2027-04')).plan!.outcome!;
      expect(next.medical.holeMonths.length + (next.medical.waiting ? 1 : 0)).toBeGreaterThan(0);
      return;
    }
    const safe = report(situation(city, limit.latestResume)).plan!.outcome!;
    expect(safe.medical.waiting).toBeNull();
    expect(safe.medical.holeMonths.filter((m) => m >= '2027-03')).toEqual([]);
    const after = toMonthIndex(limit.latestResume) + 1;
    const later = `${Math.floor(after / 12)}-${String((after % 12) + 1).padStart(2, '0')}`;
    const lost = report(situation(city, later)).plan!.outcome!;
    const lostSomething =
      lost.medical.waiting !== null ||
      lost.medical.holeMonths.some((m) => m >= '2027-03') ||
      lost.items.find((i) => i.key === 'medicalContinuity')?.outcome === 'reset';
    expect(lostSomething).toBe(true);
  });

  it('the dated actions of the plan are remindable and due on the last day of the latest month', () => {
    const plan = report(situation('北京', null)).plan!;
    for (const action of plan.actions) {
      const limit = plan.limits.find((l) => action.key === `plan-resume-${l.key}`)!;
      expect(action).toMatchObject({ remindable: true, due: limit.due });
      expect(action.due!.slice(0, 7)).toBe(limit.latestResume);
    }
  });
});

describe('input', () => {
  const base = { asOf: TODAY, city: '北京', periods: [] };
  it.each([
    [{ stopAfter: '2027-02', resumeFrom: '2027-01', bridge: 'none' }, 'plan.resumeFrom'],
    [{ stopAfter: '2037-02', resumeFrom: null, bridge: 'none' }, 'plan.stopAfter'],
    [{ stopAfter: '2027-02', resumeFrom: '2032-03', bridge: 'none' }, 'plan.resumeFrom'],
    [{ stopAfter: '2027-02', resumeFrom: null, bridge: 'car' }, 'plan.bridge'],
    [{ stopAfter: '2027-2', resumeFrom: null, bridge: 'none' }, 'plan.stopAfter'],
  ])('bad plan %j → INVALID_INPUT naming %s', (plan, field) => {
    const r = evaluate({ ...base, plan }, { today: TODAY });
    expect(isEvaluateError(r) && r.error).toMatchObject({ code: 'INVALID_INPUT', field });
    expect(isEvaluateError(r) && r.error.message).toMatch(/[\u4e00-\u9fa5]/);
  });
  it('a woman’s original retirement age is 50 or 55', () => {
    const r = evaluate({ ...base, gender: 'female', originalRetirementAge: 60 }, { today: TODAY });
    expect(isEvaluateError(r) && r.error).toMatchObject({ field: 'originalRetirementAge' });
  });
});
