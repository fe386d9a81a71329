// Issue 9 §3: every number in a sentence is read from the result or a policy value, never typed into the text.
// Each test changes one policy value in every jurisdiction, renders every sentence for every region, and fails
// when a sentence still states the old number (or any number found neither in the fields nor in a cited rule).
import { evaluate, isEvaluateError, policyTables, type Report } from '../../engine';
import type { PolicyTables } from '../../engine/policy/types';
import { sentencesOf, strayNumbers } from './support/sentence-numbers';

const TODAY = '2026-11-23';

function withValue(key: string, change: (value: any) => any): PolicyTables {
  const tables: PolicyTables = JSON.parse(JSON.stringify(policyTables));
  for (const j of Object.values(tables.jurisdictions))
    if (j.rules[key]) j.rules[key] = j.rules[key].map((v) => ({ ...v, value: change(v.value) }));
  return tables;
}

const groupPrices = (price: number) => ({ elderly: price, student: price, workingAge: price });

const REGIONS = policyTables.cities.map((c) => c.code);

function reports(tables: PolicyTables, situation: (city: string) => object): Report[] {
  return REGIONS.map((city) => {
    const r = evaluate(situation(city), { today: TODAY, tables });
    if (isEvaluateError(r)) throw new Error(JSON.stringify(r));
    return r;
  });
}

/** Every number captured by `pattern` in any sentence, with the sentence. */
function captured(all: Report[], pattern: RegExp): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (const r of all)
    for (const s of sentencesOf(r)) for (const m of s.text.matchAll(pattern)) out.push([Number(m[1]), s.text]);
  return out;
}

const SKIP = ['items.pensionYears', 'items.medicalRetirement'];

function noStrays(all: Report[], tables: PolicyTables) {
  expect(all.flatMap((r) => strayNumbers(r, tables, SKIP)).slice(0, 5)).toEqual([]);
}

const jobChange = (city: string) => ({
  asOf: '2026-11-23',
  city,
  gapReason: 'jobChange',
  periods: [{ scheme: 'employee', from: '2015-01', to: '2026-09' }],
  concerns: ['medical', 'pension', 'housing', 'maternity', 'car', 'hukou', 'school'],
  hukou: 'nonlocal',
  monthlyBase: 6000,
});
const arrears = (city: string) => ({ ...jobChange(city), gapReason: 'employer' });
const residentGap = (city: string) => ({
  asOf: '2026-11-25',
  city,
  periods: [{ scheme: 'resident', from: '2015-01', to: '2020-12' }],
});

it('the late fee rate: 0.05% per day becomes 0.07% in every arrears sentence', () => {
  const tables = withValue('employee.lateFeePerDay', () => 0.0007);
  const all = reports(tables, arrears);
  const rates = captured(all, /每天 (\d+(?:\.\d+)?)%/g);
  expect(rates.length).toBeGreaterThanOrEqual(REGIONS.length);
  expect(rates.filter(([n]) => n !== 0.07)).toEqual([]);
  noStrays(all, tables);
});

it('the switching tolerance: 3 months becomes 2 in every switch sentence', () => {
  const tables = withValue('resident.switch', (v) => ({ ...v, maxGapMonths: 2 }));
  const all = reports(tables, (city) => ({
    ...jobChange(city),
    periods: [{ scheme: 'employee', from: '2015-01', to: '2026-09' }],
  }));
  const months = captured(all, /职工医保断缴不超过 (\d+) 个月/g);
  expect(months.length).toBeGreaterThan(0);
  expect(months.filter(([n]) => n !== 2)).toEqual([]);
  noStrays(all, tables);
});

it('the fixed resident wait: 3 months becomes 4 wherever it is stated', () => {
  const tables = withValue('resident.waiting', (v) => ({ ...v, fixedMonths: 4 }));
  const all = reports(tables, residentGap);
  const months = captured(all, /先等 (\d+) 个月/g);
  expect(months.length).toBeGreaterThan(0);
  expect(months.filter(([n]) => n !== 4)).toEqual([]);
  noStrays(all, tables);
});

it('the resident price: 400 yuan becomes 437 wherever it is stated', () => {
  const tables = withValue('resident.individualContribution', () => 437);
  // Where the place prices by group (北京), every group's price changes too.
  for (const j of Object.values(tables.jurisdictions)) {
    const byGroup = j.rules['resident.individualByGroup'];
    if (byGroup) j.rules['resident.individualByGroup'] = byGroup.map((v) => ({ ...v, value: groupPrices(437) }));
  }
  const all = reports(tables, (city) => ({ ...jobChange(city), asOf: '2026-11-23' }));
  const prices = captured(all, /不少于 (\d+) 元/g);
  expect(prices.length).toBeGreaterThan(0);
  expect(prices.filter(([n]) => n !== 437)).toEqual([]);
  for (const r of all) {
    const cost = r.options.find((o) => o.key === 'resident')?.cost;
    if (cost) expect(cost.amount % 437).toBe(0);
  }
  noStrays(all, tables);
});

it('the pension minimum years: a schedule one year higher is stated, not the old one', () => {
  const tables = withValue('pension.minimumYears', (v: number) => v + 1);
  const all = reports(tables, (city) => ({ ...jobChange(city), concerns: ['pension'] }));
  const years = captured(all, /要累计缴费满 (\d+) 年/g);
  expect(years.length).toBeGreaterThan(0);
  expect(years.filter(([n]) => n !== 16)).toEqual([]);
  const final = captured(all, /加到 (\d+) 年/g);
  expect(final.filter(([n]) => n !== 21)).toEqual([]);
});

it("a price's basis is checked too: a number in it that is neither a term nor a cited value is a stray", () => {
  const r = evaluate({ ...jobChange('武汉'), monthlyBase: 6000 }, { today: TODAY });
  if (isEvaluateError(r)) throw new Error(JSON.stringify(r));
  const flexible = r.options.find((o) => o.key === 'flexible')!;
  expect(strayNumbers(r, policyTables, SKIP)).toEqual([]);
  flexible.cost!.basis += '另加 4321 元。';
  expect(strayNumbers(r, policyTables, SKIP)).toEqual([expect.stringContaining('options.flexible.cost: 4321')]);
});
