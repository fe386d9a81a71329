// The policy tables as data: the compiler refuses what a reviewer could get wrong, the committed table is current,
// and every rule the engine reads resolves, for every region and every month 2020-01…2027-12, to exactly one
// value or to its documented fallback.
import { policyTables } from '../../engine';
import { compilePolicies, PolicyError } from '../../engine/policy/compile';
import { PolicyContext, valueAt } from '../../engine/policy/resolve';
import type { RuleKey } from '../../engine/policy/schema';
import { resumeBand } from '../../engine/rules/medical';
import { toMonthIndex } from '../../engine/time';
import { renderTables, loadPolicyFiles } from '../../scripts/build-policies';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const files = loadPolicyFiles();

it('the committed table is what the YAML files compile to', () => {
  expect(readFileSync(join(__dirname, '../../engine/policy/tables.generated.json'), 'utf8')).toBe(renderTables());
});

describe('the compiler refuses', () => {
  const national = files.jurisdictions.find((f) => f.path.endsWith('national.yaml'))!;
  const withNational = (mutate: (data: any) => void) => {
    const data = JSON.parse(JSON.stringify(national.data));
    mutate(data);
    return () => compilePolicies(files.regions, [{ path: national.path, data }]);
  };
  it('an unknown rule key', () => {
    expect(
      withNational((d) => {
        d.rules['employee.resumee'] = d.rules['employee.resume'];
      }),
    ).toThrow(/national\.yaml：规则 employee\.resumee：没有这种规则/);
  });
  it('a value of the wrong shape', () => {
    expect(
      withNational((d) => {
        d.rules['resident.waiting'][1].value.fixedMonths = 'three';
      }),
    ).toThrow(PolicyError);
  });
  it('overlapping effective months', () => {
    expect(
      withNational((d) => {
        d.rules['resident.individualContribution'][1].from = '2023-06';
      }),
    ).toThrow(/规则 resident\.individualContribution（居民医保个人缴费标准）第 2 条取值：生效月份与另一条取值重叠/);
  });
  it('a source that does not exist', () => {
    expect(
      withNational((d) => {
        d.rules['employee.rates'][0].source = 'nat.nowhere';
      }),
    ).toThrow(/来源 nat\.nowhere 不存在/);
  });
  it('a source without a link', () => {
    expect(
      withNational((d) => {
        d.sources[0].url = 'gov.cn';
      }),
    ).toThrow(PolicyError);
  });
  it('bands out of order', () => {
    expect(
      withNational((d) => {
        d.rules['employee.resume'][1].value.reverse();
      }),
    ).toThrow(/从短到长排列/);
  });
  it('a city file for a region that does not exist', () => {
    const city = files.jurisdictions.find((f) => f.path.includes('420100'))!;
    const data = JSON.parse(JSON.stringify(city.data));
    data.jurisdiction.code = '429999';
    expect(() => compilePolicies(files.regions, [national, { path: 'policies/city/429999-x.yaml', data }])).toThrow(
      /429999 不是 regions\.yaml 里的城市/,
    );
  });
});

it('every source has a title, a link, a confidence and a verified date; every value cites one', () => {
  for (const s of Object.values(policyTables.sources)) {
    expect(s.title.length).toBeGreaterThan(3);
    expect(s.url).toMatch(/^https?:\/\/\S+$/);
    expect(s.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  for (const j of Object.values(policyTables.jurisdictions)) {
    for (const values of Object.values(j.rules))
      for (const v of values) expect(policyTables.sources[v.source]).toBeDefined();
  }
});

// Rules read with ctx.get(): must resolve everywhere. Rules read with ctx.find(): may be absent, and the engine
// has a documented answer when they are (listed here so that a new rule has to be classified).
const REQUIRED: RuleKey[] = [
  'employee.rates',
  'employer.arrears',
  'resident.window',
  'resident.waiting',
  'resident.newbornGraceDays',
  'pension.minimumYears',
  'employee.lateFeePerDay',
];
const OPTIONAL_WITH_FALLBACK: Record<string, string> = {
  'resident.individualContribution': 'no cost shown before 2023 (amount unknown)',
  'resident.switch': 'no switching tolerance before 43号 (2021-11)',
  'resident.incentive': 'incentive summary without amounts',
  'flexible.openToNonlocal': 'feasible: depends for non-local hukou',
  'flexible.firstEnrolmentWaitingMonths': 'no first-enrolment wait estimated without a local rule',
  'flexible.cumulativeInterruption': 'each interruption judged by its own length only',
  'flexible.firstEnrolmentCountsFrom': 'the waiting period counts from the payment month',
  'flexible.firstEnrolmentExemptAfterGapMonths': 'no exemption from the first-enrolment wait',
  'employee.reducedCap': 'no reduced cap: the normal cap applies from the first covered month',
  'medical.retirementYears': 'item outcome unknown',
  'pension.retirementAge': 'no retirement date estimated (before 2025 the old ages applied and are not needed)',
  'maternity.qualifying': 'item outcome unknown',
  'housing.nonlocal': 'item outcome unknown',
  'hukou.points': 'item outcome unknown',
  'school.nonlocal': 'item outcome unknown',
  'car.quota': 'item outcome unknown',
  'pension.calcBase': 'gapEffect null with a notice naming the province',
  'pension.payoutMonths': 'gapEffect null (before 2006 the 38号 table did not apply)',
  'pension.accountRate': 'gapEffect null (before 2006 the 8 % account did not apply)',
  'employee.baseBand': 'no minimum-base price: the cost says the price is unknown unless a base is given',
  'resident.individualByGroup': 'the single individual contribution of the place',
};

it('every rule key is classified as required or optional-with-fallback', async () => {
  const { RULE_VALUE_SCHEMAS } = await import('../../engine/policy/schema');
  for (const key of Object.keys(RULE_VALUE_SCHEMAS)) {
    expect(REQUIRED.includes(key as RuleKey) || key in OPTIONAL_WITH_FALLBACK || key === 'employee.resume').toBe(true);
  }
});

it('for every region and month 2020-01…2027-12 each required rule resolves to exactly one value', () => {
  const months: number[] = [];
  for (let m = toMonthIndex('2020-01'); m <= toMonthIndex('2027-12'); m++) months.push(m);
  const regions = [
    ...policyTables.cities.map((c) => ({ code: c.code, province: c.province, level: 'city' as const })),
    ...policyTables.provinces.map((p) => ({ code: p.code, province: p.code, level: 'province' as const })),
  ];
  let lookups = 0;
  for (const region of regions) {
    const ctx = new PolicyContext(policyTables, region);
    for (const m of months) {
      for (const key of REQUIRED) {
        ctx.get(key, m); // throws when no level has a value
        lookups++;
      }
      // employee.resume falls back band by band: every gap length and way of restarting must find a band.
      for (const gap of [1, 3, 4, 6, 7, 48]) {
        for (const scheme of ['employee', 'flexible'] as const) {
          if (!resumeBand(ctx, m, gap, scheme).band)
            throw new Error(`no band for ${region.code} ${m} ${gap} ${scheme}`);
        }
      }
    }
  }
  // Exactly one value per level and month: valueAt throws on overlaps.
  for (const j of Object.values(policyTables.jurisdictions)) {
    for (const values of Object.values(j.rules)) for (const m of months) valueAt(values, m);
  }
  expect(lookups).toBe(regions.length * months.length * REQUIRED.length);
});

it('at least 12 cities have interruption rules of their own (employee.resume at city level), each cited', () => {
  const cities = Object.values(policyTables.jurisdictions).filter(
    (j) => j.level === 'city' && j.rules['employee.resume']?.length,
  );
  expect(cities.map((j) => j.name).length).toBeGreaterThanOrEqual(12);
  for (const j of cities) {
    for (const v of j.rules['employee.resume']) expect(policyTables.sources[v.source]).toBeDefined();
  }
});
