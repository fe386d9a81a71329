// Waits written in days (岳阳 F35 "补缴欠费后 30 天", band field waitingDays): counted in days from the payment day,
// for every payment day of three years (month ends, 29 February, year ends), with status changing on the exact day;
// and the number in every sentence follows the policy value when it changes.
import { evaluate, isEvaluateError, policyTables, type Report } from '../../engine';
import type { PolicyTables } from '../../engine/policy/types';
import { sentencesOf, strayNumbers } from './support/sentence-numbers';

const TODAY = '2026-11-23';
const DAY_MS = 24 * 60 * 60 * 1000;

/** The oracle, independent of the engine's helpers: a calendar date plus n days, in UTC. */
function plusDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

function month(date: string, back = 0): string {
  const [y, m] = date.split('-').map(Number);
  const index = y * 12 + m - 1 - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function run(situation: object, tables: PolicyTables = policyTables): Report {
  const r = evaluate(situation, { today: TODAY, tables });
  if (isEvaluateError(r)) throw new Error(JSON.stringify(r));
  return r;
}

/** A flexible worker in 岳阳 who missed 4 months and back-paid them on `paidOn`, paying again from that month. */
const backPaidOn = (paidOn: string, asOf: string) => ({
  asOf,
  city: '岳阳',
  gapReason: 'personal',
  periods: [
    { scheme: 'flexible', from: '2022-01', to: month(paidOn, 5) },
    { scheme: 'flexible', from: month(paidOn, 4), to: month(paidOn, 1), backPaid: true, paidOn },
    { scheme: 'flexible', from: month(paidOn), to: null },
  ],
});

it('every payment day 2026-01-01…2028-12-31: benefits from the payment day + 30 days; waiting the day before, covered on it', () => {
  const wrong: string[] = [];
  for (let paidOn = '2026-01-01'; paidOn <= '2028-12-31'; paidOn = plusDays(paidOn, 1)) {
    const expected = plusDays(paidOn, 30);
    const before = run(backPaidOn(paidOn, plusDays(expected, -1))).medical;
    const on = run(backPaidOn(paidOn, expected)).medical;
    const got = [before.status, before.waiting?.benefitsFrom, before.waiting?.days, on.status, on.waiting];
    const want = ['waiting', expected, 30, 'covered', null];
    if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${paidOn}: ${JSON.stringify(got)}`);
    // The month benefits return in: covered when they return on the 1st, a waiting month otherwise.
    const cell = on.months.find((c) => c.month === expected.slice(0, 7));
    if (cell?.state !== (expected.endsWith('-01') ? 'covered' : 'waiting')) wrong.push(`${paidOn}: ${cell?.state}`);
  }
  expect(wrong.slice(0, 5)).toEqual([]);
});

/** The same 岳阳 rule with a different number of days. */
function withDays(days: number): PolicyTables {
  const tables: PolicyTables = JSON.parse(JSON.stringify(policyTables));
  const values = tables.jurisdictions['430600'].rules['employee.resume'];
  for (const v of values)
    v.value = (v.value as Array<Record<string, unknown>>).map((b) =>
      b.waitingDays === undefined ? b : { ...b, waitingDays: days },
    );
  return tables;
}

it('the 30 days: 45 days is stated, and dated, wherever the wait is (options, actions, headline, the picture)', () => {
  const tables = withDays(45);
  const ongoing = {
    asOf: '2026-06-17',
    city: '岳阳',
    gapReason: 'personal',
    periods: [{ scheme: 'flexible', from: '2022-01', to: '2026-01' }],
  };
  const reports = [run(ongoing, tables), run(backPaidOn('2026-06-02', '2026-07-10'), tables)];
  const [now, paid] = reports;
  for (const key of ['backPay', 'flexible']) {
    const o = now.options.find((x) => x.key === key)!;
    expect([key, o.waitingDays, o.benefitsFrom, o.summary.includes('缴费后 45 天')]).toEqual([
      key,
      45,
      '2026-08-01',
      true,
    ]);
  }
  expect(paid.medical.waiting).toMatchObject({ months: 0, days: 45, benefitsFrom: '2026-07-17' });
  for (const r of reports) {
    expect(sentencesOf(r).filter((s) => /30 ?天/.test(s.text))).toEqual([]);
    expect(strayNumbers(r, tables, ['items.pensionYears', 'items.medicalRetirement'])).toEqual([]);
  }
});

it('a resumption without a stated payment day counts from the 1st of that month and says so', () => {
  const r = run({
    asOf: '2026-06-20',
    city: '岳阳',
    gapReason: 'personal',
    periods: [
      { scheme: 'flexible', from: '2022-01', to: '2026-01' },
      { scheme: 'flexible', from: '2026-06', to: null },
    ],
  });
  expect(r.medical.waiting).toMatchObject({ days: 30, benefitsFrom: '2026-07-01' });
  expect(r.medical.waiting?.reading).toContain('月初');
  const stated = run({
    asOf: '2026-06-20',
    city: '岳阳',
    gapReason: 'personal',
    periods: [
      { scheme: 'flexible', from: '2022-01', to: '2026-01' },
      { scheme: 'flexible', from: '2026-06', to: null, paidOn: '2026-06-10' },
    ],
  });
  expect(stated.medical.waiting).toMatchObject({ days: 30, benefitsFrom: '2026-07-10' });
  expect(stated.medical.waiting?.reading).toBeUndefined();
});

/** An employer that missed 3 months and paid them (not retroactively) on `paidOn`, paying on time again since. */
const arrearsPaidOn = (city: string, paidOn: string, asOf: string) => ({
  asOf,
  city,
  gapReason: 'employer',
  periods: [
    { scheme: 'employee', from: '2019-01', to: month(paidOn, 4) },
    { scheme: 'employee', from: month(paidOn, 3), to: month(paidOn, 1), backPaid: true, paidOn },
    { scheme: 'employee', from: month(paidOn), to: null },
  ],
});

it('employer arrears paid late, every day of 2026: 长沙 covered from the day the money arrives, 济南 from the next month', () => {
  const wrong: string[] = [];
  for (let paidOn = '2026-01-01'; paidOn <= '2026-12-31'; paidOn = plusDays(paidOn, 1)) {
    const cs = run(arrearsPaidOn('长沙', paidOn, paidOn));
    const jn = run(arrearsPaidOn('济南', paidOn, paidOn));
    const nextFirst = `${month(paidOn, -1)}-01`;
    const csCell = cs.medical.months.find((c) => c.month === month(paidOn))?.state;
    const got = [cs.medical.status, csCell, jn.medical.status, jn.medical.waiting?.benefitsFrom];
    const want = ['covered', paidOn.endsWith('-01') ? 'covered' : 'hole', 'waiting', nextFirst];
    if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${paidOn}: ${JSON.stringify(got)}`);
    // Not retroactive: no sentence promises the arrears months' bills are paid.
    for (const r of [cs, jn]) {
      const continuity = r.items.find((i) => i.key === 'medicalContinuity')!;
      if (continuity.summary.includes('也能补报')) wrong.push(`${paidOn}: ${continuity.summary}`);
    }
  }
  expect(wrong.slice(0, 5)).toEqual([]);
});
