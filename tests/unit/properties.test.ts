// Property-based tests: random valid situations never fail and the report is self-consistent; random invalid
// ones are always refused with a field and a Chinese message.
import fc from 'fast-check';
import { dayBetween } from './support/arbitraries';
import { evaluate, isEvaluateError, type Period, type Report, type Situation } from '../../engine';
import { formatMonth, lastDay, toMonthIndex } from '../../engine/time';
import { MAX_GAP_MONTHS } from '../../engine/plan/history';
import { policyTables } from '../../engine';
import { strayNumbers } from './support/sentence-numbers';
import { styleProblems } from './support/copy-style';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 10_000);
const CITIES = [
  '武汉',
  '长沙',
  '岳阳',
  '上海',
  '南京',
  '重庆',
  '杭州',
  '深圳',
  '广州',
  '北京',
  '青岛',
  '厦门',
  '成都',
  '兰州',
  '济宁',
  '合肥',
  '福州',
  '石家庄',
  '那曲',
  '湖北',
];

const dateArb = dayBetween('2020-01', '2027-12');

/** A history built forward from a start month: paid runs and gaps, some back-paid, some resident years. */
const situationArb: fc.Arbitrary<Situation & { asOf: string }> = fc
  .record({
    asOf: dateArb,
    city: fc.constantFrom(...CITIES),
    startYearsBack: fc.integer({ min: 0, max: 15 }),
    segments: fc.array(
      fc.record({
        kind: fc.constantFrom('employee', 'flexible', 'resident', 'gap', 'backPaid'),
        length: fc.integer({ min: 1, max: 40 }),
        paidLateDays: fc.integer({ min: 0, max: 400 }),
        residentPaid: fc.option(fc.integer({ min: -120, max: 200 }), { nil: undefined }),
      }),
      { maxLength: 8 },
    ),
    ongoing: fc.boolean(),
    gapReason: fc.option(fc.constantFrom('employer', 'jobChange', 'personal'), { nil: undefined }),
    hukou: fc.option(fc.constantFrom('local', 'nonlocal'), { nil: undefined }),
    gender: fc.option(fc.constantFrom('male', 'female'), { nil: undefined }),
    specialGroup: fc.option(fc.constantFrom('newborn', 'lowIncome'), { nil: undefined, freq: 8 }),
    concerns: fc.option(
      fc.subarray(['medical', 'pension', 'housing', 'hukou', 'school', 'maternity', 'car'] as const),
      { nil: undefined },
    ),
    monthlyBase: fc.option(fc.integer({ min: 1000, max: 40000 }), { nil: undefined }),
  })
  .map((r) => {
    const asOfMonth = toMonthIndex(r.asOf.slice(0, 7));
    let m = asOfMonth - r.startYearsBack * 12 - 6;
    const periods: Period[] = [];
    for (const seg of r.segments) {
      if (seg.kind === 'resident') {
        const year = Math.ceil(m / 12); // next January
        const end = year + Math.floor(seg.length / 12);
        if (year * 12 > asOfMonth + 2) break;
        const paid = seg.residentPaid === undefined ? undefined : shiftDate(`${year - 1}-11-15`, seg.residentPaid);
        periods.push({
          scheme: 'resident',
          from: `${year}-01`,
          to: `${Math.min(end, Math.floor((asOfMonth + 12) / 12))}-12`,
          ...(paid && paid <= r.asOf ? { paidOn: paid } : {}),
        });
        m = (Math.min(end, Math.floor((asOfMonth + 12) / 12)) + 1) * 12;
        continue;
      }
      if (m > asOfMonth) break;
      const to = Math.min(m + seg.length - 1, asOfMonth);
      if (seg.kind === 'gap') {
        m = to + 1;
        continue;
      }
      if (seg.kind === 'backPaid') {
        const paidOn = shiftDate(lastDay(to), seg.paidLateDays);
        if (paidOn > r.asOf) {
          m = to + 1;
          continue;
        }
        periods.push({ scheme: 'employee', from: formatMonth(m), to: formatMonth(to), backPaid: true, paidOn });
      } else {
        periods.push({ scheme: seg.kind, from: formatMonth(m), to: formatMonth(to) });
      }
      m = to + 1;
    }
    const last = periods[periods.length - 1];
    if (r.ongoing && last && last.scheme !== 'resident' && !last.backPaid && last.to === formatMonth(asOfMonth))
      last.to = null;
    return {
      asOf: r.asOf,
      city: r.city,
      periods,
      ...(r.gapReason ? { gapReason: r.gapReason } : {}),
      ...(r.hukou ? { hukou: r.hukou } : {}),
      ...(r.gender ? { gender: r.gender } : {}),
      ...(r.specialGroup && periods.every((p) => p.scheme === 'resident') ? { specialGroup: r.specialGroup } : {}),
      ...(r.concerns ? { concerns: [...r.concerns] } : {}),
      ...(r.monthlyBase ? { monthlyBase: r.monthlyBase } : {}),
    } as Situation & { asOf: string };
  });

function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function paidMonths(s: Situation, asOfMonth: number): Set<number> {
  const months = new Set<number>();
  for (const p of s.periods) {
    const to = p.to === null ? Math.max(asOfMonth, toMonthIndex(p.from)) : toMonthIndex(p.to);
    for (let m = toMonthIndex(p.from); m <= to; m++) months.add(m);
  }
  return months;
}

/**
 * The month of asOf when it is the only unpaid month of a flexible worker and not overdue (contract v3): the month
 * before was paid as 灵活就业, no employer is in arrears, and nothing is paid for asOf's month or later.
 */
function pendingOwnMonth(s: Situation, asOfMonth: number): number | undefined {
  if (s.gapReason === 'employer') return undefined;
  const paid = paidMonths(s, asOfMonth);
  if (!paid.has(asOfMonth - 1) || [...paid].some((m) => m >= asOfMonth)) return undefined;
  const last = s.periods.find(
    (p) =>
      p.scheme !== 'resident' &&
      p.to !== null &&
      toMonthIndex(p.to) === asOfMonth - 1 &&
      toMonthIndex(p.from) <= asOfMonth - 1,
  );
  return last?.scheme === 'flexible' ? asOfMonth : undefined;
}

const MONTH_STATES = ['covered', 'hole', 'repairable', 'waiting', 'reduced', 'upcoming'];

/** `medical.months`: consecutive months through 12 after asOf; past months are never `upcoming`. */
function checkMonths(report: Report, asOfMonth: number, pending?: number) {
  const months = report.medical.months.map((c) => toMonthIndex(c.month));
  const holes = new Set(report.medical.holeMonths);
  const wrong: string[] = []; // one expect for the lot: jest's expect is slow in a 10,000-run loop
  // A repairable month is one an open retroactive remedy reaches back to (a resident switch only from its January).
  const fillers = report.options.filter((o) => o.retroactive && o.feasible !== 'no');
  const filled = (month: string) => fillers.some((o) => !o.benefitsFrom || o.benefitsFrom <= `${month}-01`);
  report.medical.months.forEach((cell, i) => {
    const m = months[i];
    if (cell.state === 'repairable' && !filled(cell.month)) wrong.push(`${cell.month} repairable, no remedy fills it`);
    if (i > 0 && m !== months[i - 1] + 1) wrong.push(`${cell.month} not consecutive`);
    if (!MONTH_STATES.includes(cell.state)) wrong.push(`${cell.month} state ${cell.state}`);
    if (cell.state === 'reduced' && !(cell.rate! > 0)) wrong.push(`${cell.month} reduced without rate`);
    if (m <= asOfMonth && cell.state === 'upcoming' && m !== pending) wrong.push(`${cell.month} upcoming in the past`);
    if (m === pending && cell.state !== 'upcoming') wrong.push(`${cell.month} not yet overdue, painted ${cell.state}`);
    if (m <= asOfMonth && cell.state === 'covered' && holes.has(cell.month)) wrong.push(`${cell.month} covered hole`);
  });
  // asOf's month is painted as the status on the day says: cover that starts later in the month leaves it a hole or
  // waiting, a wait is never painted covered, a stop is a hole (repairable when back-pay still fills it).
  const today = report.medical.months.find((c) => toMonthIndex(c.month) === asOfMonth)?.state ?? 'absent';
  const laterDay = report.asOf.slice(8) !== '01' ? ['hole', 'waiting', 'repairable'] : [];
  const painted: Record<string, string[]> = {
    covered: ['covered', ...laterDay],
    waiting: ['waiting', 'reduced', 'hole', 'repairable'],
    suspended: ['hole', 'repairable'],
    none: ['hole', 'repairable'],
  };
  if (!painted[report.medical.status].includes(today) && pending === undefined)
    wrong.push(`${report.medical.status} painted ${today}`);
  expect(wrong).toEqual([]);
  expect(months[0]).toBeLessThanOrEqual(asOfMonth);
  expect(months[months.length - 1]).toBe(asOfMonth + 12);
  expect(report.headline.text).toMatch(/[\u4e00-\u9fa5]/);
}

/** reset → restartFrom; atRisk → a dated action that is in the list, or how much a projection is short. */
function checkItems(report: Report) {
  const actions = new Map(report.actions.map((a) => [a.key, a]));
  const wrong: string[] = [];
  for (const i of report.items) {
    if (i.outcome === 'reset' && !/^\d{4}-\d{2}$/.test(i.restartFrom ?? ''))
      wrong.push(`${i.key}: reset without restartFrom`);
    if (i.outcome !== 'atRisk') continue;
    if (i.shortMonths !== undefined) {
      if (!(i.shortMonths > 0)) wrong.push(`${i.key}: shortMonths ${i.shortMonths}`);
    } else if (!i.due || !i.action || actions.get(i.action)?.due !== i.due) {
      wrong.push(`${i.key}: atRisk without a listed action and due (${i.action}, ${i.due})`);
    }
  }
  expect(wrong).toEqual([]);
}

function checkInvariants(s: Situation & { asOf: string }, report: Report) {
  const asOfMonth = toMonthIndex(s.asOf.slice(0, 7));
  const paid = paidMonths(s, asOfMonth);
  const pending = pendingOwnMonth(s, asOfMonth);
  // Gaps and paid months partition the timeline from the first paid month to max(asOf, last paid month).
  if (paid.size) {
    const start = Math.min(...paid);
    const end = Math.max(asOfMonth, ...paid);
    const gapMonths = new Set<number>();
    const arrearsCovered = new Set<number>();
    let previousEnd = -Infinity;
    report.medical.gaps.forEach((g, i) => {
      const from = toMonthIndex(g.from);
      const to = toMonthIndex(g.to);
      expect(g.months).toBe(to - from + 1);
      expect(from).toBeGreaterThan(previousEnd);
      expect(g.ongoing).toBe(i === report.medical.gaps.length - 1 && to === end && !paid.has(end));
      previousEnd = to;
      for (let m = from; m <= to; m++) gapMonths.add(m);
      // Employer arrears: cover runs to the end of the first unpaid month and stops from the next (F35, F41, C09).
      if (s.gapReason === 'employer') arrearsCovered.add(from);
    });
    const partitionBroken: number[] = [];
    for (let m = start; m <= end; m++) if (paid.has(m) === gapMonths.has(m)) partitionBroken.push(m);
    expect(partitionBroken).toEqual([]);
    // Every gap month is a hole (but an employer's first unpaid month); holes are sorted, unique, inside the timeline.
    const holes = report.medical.holeMonths.map(toMonthIndex);
    const holeSet = new Set(holes);
    expect(holes.every((h, i) => i === 0 || h > holes[i - 1])).toBe(true);
    // A flexible worker's month that is not overdue yet is no hole (contract v3).
    expect([...gapMonths].filter((m) => !holeSet.has(m) && !arrearsCovered.has(m) && m !== pending)).toEqual([]);
    if (pending !== undefined) expect([holeSet.has(pending), report.medical.status]).not.toEqual([true, 'suspended']);
    expect(holes.filter((h) => h < start || h > end)).toEqual([]);
    // Status is the state on the day: a month whose cover starts on a later day is still listed as a hole.
    if (report.medical.status === 'covered' && holeSet.has(asOfMonth)) expect(s.asOf.slice(8)).not.toBe('01');
    if (report.medical.status === 'suspended') expect(holeSet.has(asOfMonth)).toBe(true);
    // Waiting: paid, no benefits yet; before the first paid month (a year paid ahead) it is no hole yet. A month of a
    // wait paid at a reduced share (福建 50 %) is shown `reduced` with the wait's rate and is no hole. asOf's own month
    // not paid yet and not overdue is `upcoming` (contract v3; checkMonths checks its state), counted as paid on time:
    // a hole in a wait without benefits, none in a wait at a reduced share.
    const cellOf = (m: number) => report.medical.months.find((c) => c.month === formatMonth(m));
    if (report.medical.status === 'waiting') {
      const cell = cellOf(asOfMonth);
      if (cell?.state === 'reduced')
        expect([holeSet.has(asOfMonth), cell.rate]).toEqual([false, report.medical.waiting?.rate]);
      else if (asOfMonth === pending) expect(holeSet.has(asOfMonth)).toBe(report.medical.waiting?.rate === undefined);
      else expect(holeSet.has(asOfMonth) || asOfMonth < start).toBe(true);
    }
    // From the first paid month to asOf, the picture paints exactly the hole months as holes: hole, repairable (a hole
    // back-pay still fills) or waiting (paid, no benefits); a covered or reduced month is none (an employer's first
    // unpaid month is covered, so it is painted covered, not repairable).
    const misPainted = report.medical.months.filter((c) => {
      const m = toMonthIndex(c.month);
      const holeState = c.state === 'hole' || c.state === 'repairable' || c.state === 'waiting';
      return m >= start && m <= asOfMonth && m !== pending && holeState !== holeSet.has(m);
    });
    expect(misPainted).toEqual([]);
  } else {
    expect(report.medical.status).toBe('none');
  }
  const waiting = report.medical.waiting;
  // waiting ⇔ status (contract v2), and a waiting period reported is one that has not ended on asOf.
  expect(report.medical.status === 'waiting').toBe(waiting !== null);
  if (waiting) expect(waiting.benefitsFrom > s.asOf).toBe(true);
  // The day a current wait ends is the day full benefits resume, whatever follows: the headline and a dated action
  // say that day, never the end of a wait that an enrolment stopping during it cuts short.
  if (waiting) expect(report.actions.filter((a) => a.due === waiting.benefitsFrom)).not.toEqual([]);
  if (waiting && report.headline.key === 'waiting') expect(report.headline.due).toBe(waiting.benefitsFrom);
  checkMonths(report, asOfMonth, pending);
  if (waiting) {
    // A wait is written either in months or in days (岳阳 F35 "缴费后 30 天"), never both, never empty.
    expect([waiting.months > 0, (waiting.days ?? 0) > 0].filter(Boolean)).toHaveLength(1);
    if (waiting.scheme !== 'resident') expect(waiting.months).toBeLessThanOrEqual(6);
    expect(waiting.benefitsFrom > (s.periods[0]?.from ?? '')).toBe(true);
  }
  const keys = report.options.map((o) => o.key);
  expect(new Set(keys).size).toBe(keys.length);
  for (const o of report.options) {
    if (o.key !== 'resident' && o.key !== 'repair' && o.waitingMonths) expect(o.waitingMonths).toBeLessThanOrEqual(6);
    // A remedy with a waiting period cannot bring benefits back before today.
    if (o.waitingMonths && o.benefitsFrom) expect(o.benefitsFrom >= s.asOf).toBe(true);
    if (o.cost) expect(o.cost.amount).toBeGreaterThanOrEqual(0);
    // Every remedy the person can take has a price or says why it has none (issue 11); only a closed gap an
    // employer may still back-pay has neither (the employer's price is not the person's).
    const employerMay = o.feasible === 'depends' && o.who === 'employer';
    if (o.feasible !== 'no' && !employerMay) expect([o.key, !o.cost !== !o.costUnknown]).toEqual([o.key, true]);
    if (o.cost) expect(o.costUnknown).toBeUndefined();
    // No option's deadline is already past (a closed gap says when it closed, deadlinePassed); an employer's option
    // without a benefits date says when benefits run (benefitsWhen), so the client need not guess (issue 11).
    if (o.deadline) expect([o.key, o.deadline >= s.asOf]).toEqual([o.key, true]);
    if (o.deadlinePassed) expect([o.key, o.deadlinePassed < s.asOf, o.deadline ?? null]).toEqual([o.key, true, null]);
    if (o.who === 'employer' && o.feasible === 'yes')
      expect([o.key, !o.benefitsFrom !== !o.benefitsWhen]).toEqual([o.key, true]);
    // A contribution price is its terms' arithmetic; the minimum base is used only when no base was given.
    const t = o.cost?.terms;
    if (t?.months && t.base !== undefined && t.rate !== undefined)
      expect(Math.abs(o.cost!.amount - t.months * (t.base * t.rate + (t.monthlyExtra ?? 0)))).toBeLessThan(0.01);
    if (t?.atMinimum) expect(s.monthlyBase).toBeUndefined();
    if (t?.givenBase !== undefined) expect(t.givenBase).toBe(s.monthlyBase);
  }
  // What a sentence rests on is always cited: every option, and every item that says kept / reset / at risk.
  for (const o of report.options) expect(o.sources.length).toBeGreaterThan(0);
  for (const i of report.items)
    if (i.outcome !== 'unknown' && i.outcome !== 'notApplicable') expect(i.sources.length).toBeGreaterThan(0);
  const sourceIds = new Set(report.sources.map((x) => x.id));
  for (const entry of [...report.options, ...report.items, ...report.actions]) {
    for (const id of entry.sources ?? []) expect(sourceIds.has(id)).toBe(true);
  }
  checkItems(report);
  // Every number in a sentence is in a structured field or a cited rule (the retirement projections of the pension
  // items are the pension section's, see the plan answer).
  expect(strayNumbers(report, policyTables, ['items.pensionYears', 'items.medicalRetirement'])).toEqual([]);
  // One date style, no ISO dates or dash ranges in prose, the hotline once (copy review glossary).
  expect(styleProblems(report)).toEqual([]);
  const dues = report.actions.map((a) => a.due ?? '9999');
  expect([...dues].sort()).toEqual(dues);
  checkDates(report, s.asOf);
}

/**
 * Dated advice is never already past: an action's or item's due is today or later (a closed deadline is said by
 * `deadlinePassed`, never by a due), "as soon as possible" is today, and what can be reminded has a day. The
 * headline's day is one the report stands behind: an action's due, an option's deadline, the wait's end, or the end
 * of asOf's month (this month's contribution is due by then).
 */
function checkDates(report: Report, asOf: string) {
  const wrong: string[] = [];
  for (const a of report.actions) {
    if (a.due !== null && a.due < asOf) wrong.push(`action ${a.key} due ${a.due}`);
    if (a.asap && a.due !== asOf) wrong.push(`action ${a.key} asap on ${a.due}`);
    if (a.remindable && !a.due) wrong.push(`action ${a.key} remindable without a day`);
  }
  for (const i of report.items) if (i.due !== undefined && i.due < asOf) wrong.push(`item ${i.key} due ${i.due}`);
  const days = new Set<string | null | undefined>([
    ...report.actions.map((a) => a.due),
    ...report.options.map((o) => o.deadline),
    report.medical.waiting?.benefitsFrom,
    lastDay(toMonthIndex(asOf.slice(0, 7))),
  ]);
  if (report.headline.due !== null && !days.has(report.headline.due))
    wrong.push(`headline ${report.headline.key} due ${report.headline.due}`);
  expect(wrong).toEqual([]);
}

/**
 * Situations a random run once found (fast-check's counterexamples, shrunk), run first on every run: a flexible
 * worker in the wait on the first day of a month not yet paid and not yet overdue. That month is `upcoming`
 * (contract v3), and the invariant of the waiting status did not allow it (CI seed 472952431); in 福州 the wait pays
 * 50 % (no hole), in 武汉 nothing (a hole).
 */
const FOUND: Array<Situation & { asOf: string }> = [
  {
    asOf: '2024-07-01',
    city: '福州',
    periods: [
      { scheme: 'employee', from: '2021-01', to: '2021-01' },
      { scheme: 'employee', from: '2021-02', to: '2022-09' },
      { scheme: 'flexible', from: '2024-04', to: '2024-06' },
    ],
  },
  {
    asOf: '2020-01-01',
    city: '武汉',
    periods: [
      { scheme: 'employee', from: '2014-07', to: '2016-12' },
      { scheme: 'flexible', from: '2019-09', to: '2019-12' },
    ],
  },
];

it(`${RUNS} random valid situations: no error, consistent report`, () => {
  fc.assert(
    fc.property(situationArb, (s) => {
      const report = evaluate(s, { today: '2026-11-23' });
      if (isEvaluateError(report)) throw new Error(`${JSON.stringify(report)} for ${JSON.stringify(s)}`);
      checkInvariants(s, report);
    }),
    { numRuns: RUNS, examples: FOUND.map((s) => [s]) },
  );
});

/** (d) Histories whose only unpaid month is asOf's, after months paid as a flexible worker (contract v3). */
const pendingArb = fc
  .record({ situation: situationArb, flexibleMonths: fc.integer({ min: 1, max: 30 }) })
  .map(({ situation, flexibleMonths }) => {
    const m = toMonthIndex(situation.asOf.slice(0, 7));
    const from = m - flexibleMonths;
    const before = situation.periods.flatMap((p): Period[] => {
      if (p.scheme === 'resident') return toMonthIndex(p.to!) < from ? [p] : [];
      const to = p.to === null ? m : toMonthIndex(p.to);
      if (toMonthIndex(p.from) >= from) return [];
      return [Object.assign({}, p, { to: formatMonth(Math.min(to, from - 1)) })];
    });
    const periods = [...before, { scheme: 'flexible' as const, from: formatMonth(from), to: formatMonth(m - 1) }];
    const gapReason = situation.gapReason === 'employer' ? 'personal' : situation.gapReason;
    const s = Object.assign({}, situation, { periods, gapReason });
    delete s.specialGroup;
    if (!gapReason) delete s.gapReason;
    return s;
  });

it(`${RUNS} random situations whose only unpaid month is asOf's and not overdue: nothing treats it as missed`, () => {
  fc.assert(
    fc.property(pendingArb, (s) => {
      const asOfMonth = toMonthIndex(s.asOf.slice(0, 7));
      expect(pendingOwnMonth(s, asOfMonth)).toBe(asOfMonth);
      const report = evaluate(s, { today: '2026-11-23' });
      if (isEvaluateError(report)) throw new Error(`${JSON.stringify(report)} for ${JSON.stringify(s)}`);
      // The same history with this month paid: the items and options must not differ.
      const last = s.periods[s.periods.length - 1];
      const paidPeriods = [...s.periods.slice(0, -1), Object.assign({}, last, { to: formatMonth(asOfMonth) })];
      const paid = evaluate(Object.assign({}, s, { periods: paidPeriods }), { today: '2026-11-23' });
      if (isEvaluateError(paid)) throw new Error(JSON.stringify(paid));
      const wrong: string[] = [];
      const cell = report.medical.months.find((c) => toMonthIndex(c.month) === asOfMonth);
      if (cell?.state !== 'upcoming') wrong.push(`this month painted ${cell?.state}`);
      if (report.medical.status === 'suspended') wrong.push('suspended');
      if (report.medical.status !== paid.medical.status) wrong.push(`status ${report.medical.status}`);
      if (report.medical.holeMonths.join() !== paid.medical.holeMonths.join()) wrong.push('holes differ');
      // An option that is `no` or an item that is `reset` is so because of an earlier gap, as when the month is paid.
      const paidFeasible = new Map(paid.options.map((o) => [o.key, o.feasible]));
      for (const o of report.options)
        if (o.feasible !== paidFeasible.get(o.key))
          wrong.push(`option ${o.key} ${o.feasible}, paid: ${paidFeasible.get(o.key)}`);
      const paidOutcome = new Map(paid.items.map((i) => [i.key, i.outcome]));
      for (const i of report.items)
        if (i.outcome !== paidOutcome.get(i.key)) wrong.push(`${i.key} ${i.outcome}, paid: ${paidOutcome.get(i.key)}`);
      if (!report.actions.some((a) => a.key === 'pay-this-month' && a.due === lastDay(asOfMonth)))
        wrong.push('no to-do to pay this month');
      expect(wrong).toEqual([]);
    }),
    { numRuns: RUNS },
  );
});

/** (e) People with a birth month and gender who ask about pension, some of them past retirement age. */
const pensionArb = fc
  .record({
    situation: situationArb,
    birth: fc.integer({ min: toMonthIndex('1945-01'), max: toMonthIndex('2000-12') }),
    gender: fc.constantFrom('male', 'female'),
    originalAge: fc.constantFrom(undefined, 50, 55),
  })
  .map(({ situation, birth, gender, originalAge }) => {
    const s = Object.assign({}, situation, { birth: formatMonth(birth), gender, concerns: ['pension', 'medical'] });
    if (gender === 'female' && originalAge) Object.assign(s, { originalRetirementAge: originalAge });
    delete s.specialGroup;
    return s as Situation & { asOf: string };
  });

it(`${RUNS} random pension situations: a gap counts no month after the retirement month, years agree`, () => {
  fc.assert(
    fc.property(pensionArb, (s) => {
      const report = evaluate(s, { today: '2026-11-23' });
      if (isEvaluateError(report)) throw new Error(`${JSON.stringify(report)} for ${JSON.stringify(s)}`);
      const p = report.pension!;
      const asOfMonth = toMonthIndex(s.asOf.slice(0, 7));
      const paid = new Set<number>();
      for (const period of s.periods) {
        if (period.scheme === 'resident') continue;
        const to = period.to === null ? Math.max(asOfMonth, toMonthIndex(period.from)) : toMonthIndex(period.to);
        for (let m = toMonthIndex(period.from); m <= to; m++) paid.add(m);
      }
      const wrong: string[] = [];
      if (p.retirement && p.gapEffect) {
        const until = Math.min(asOfMonth, toMonthIndex(p.retirement.month));
        let gap = 0;
        if (paid.size) for (let m = Math.min(...paid); m < until; m++) if (!paid.has(m)) gap++;
        if (p.gapEffect.months !== gap) wrong.push(`gap ${p.gapEffect.months}, months before retirement ${gap}`);
        if (p.retirement.reached !== toMonthIndex(p.retirement.month) <= asOfMonth) wrong.push('reached');
      }
      // Whole months are the years' source: the decimal is their rounding, and the month count is what was paid
      // (a flexible worker's month not yet due is not paid yet).
      const pending = pendingOwnMonth(s, asOfMonth);
      if (p.years.paidMonths !== paid.size - (pending !== undefined && paid.has(pending) ? 1 : 0))
        wrong.push(`paidMonths ${p.years.paidMonths} of ${paid.size}`);
      if (p.years.paid !== Math.round((p.years.paidMonths / 12) * 10) / 10) wrong.push('paid years');
      if (p.retirement?.reached && p.years.projectedMonths !== p.years.paidMonths)
        wrong.push('projected after retirement');
      expect(wrong).toEqual([]);
    }),
    { numRuns: RUNS },
  );
});

/** A what-if plan: a stop within two years of asOf (or last month), a resume up to 30 months later or unknown. */
const plannedArb = fc
  .record({
    situation: situationArb,
    stopIn: fc.integer({ min: -1, max: 24 }),
    resumeAfter: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
    bridge: fc.constantFrom('none', 'flexible', 'resident'),
  })
  .map(({ situation, stopIn, resumeAfter, bridge }) => {
    const stop = toMonthIndex(situation.asOf.slice(0, 7)) + stopIn;
    const resumeFrom = resumeAfter === null ? null : formatMonth(stop + resumeAfter);
    const concerns = ['medical', 'pension', 'housing', 'hukou', 'school', 'car'] as const;
    return Object.assign({}, situation, {
      concerns: [...concerns],
      plan: { stopAfter: formatMonth(stop), resumeFrom, bridge: bridge as 'none' | 'flexible' | 'resident' },
    });
  });

it(`${Math.max(100, RUNS / 20)} random plans: each limit's latest resume is after the stop and is a dated action`, () => {
  fc.assert(
    fc.property(plannedArb, (s) => {
      const report = evaluate(s, { today: '2026-11-23' });
      if (isEvaluateError(report)) throw new Error(`${JSON.stringify(report)} for ${JSON.stringify(s)}`);
      const plan = report.plan!;
      const stop = toMonthIndex(s.plan.stopAfter);
      const wrong: string[] = [];
      for (const l of plan.limits) {
        if (l.latestResume === null) {
          if (l.due !== null) wrong.push(`${l.key}: due ${l.due} without a latest resume`);
          continue;
        }
        const latest = toMonthIndex(l.latestResume);
        if (latest < stop + 1) wrong.push(`${l.key}: latest resume ${l.latestResume} before the month after the stop`);
        // Never lost within the months searched (the last one, stop + 25, is where the search ends): no deadline,
        // no to-do (copy review 3 N29); every other latest resume is a dated to-do.
        if (latest === stop + 1 + MAX_GAP_MONTHS) {
          if (l.due !== null) wrong.push(`${l.key}: the search's end ${l.latestResume} dated ${l.due}`);
          if (plan.actions.some((a) => a.key === `plan-resume-${l.key}`)) wrong.push(`${l.key}: a to-do for no limit`);
          continue;
        }
        if (l.due !== lastDay(latest)) wrong.push(`${l.key}: due ${l.due} is not the last day of ${l.latestResume}`);
        if (!plan.actions.some((a) => a.due === l.due)) wrong.push(`${l.key}: no plan action on ${l.due}`);
      }
      for (const a of plan.actions) {
        if (a.due !== null && a.due < s.asOf) wrong.push(`plan action ${a.key} due ${a.due}`);
        if (a.remindable && !a.due) wrong.push(`plan action ${a.key} remindable without a day`);
      }
      expect(wrong).toEqual([]);
    }),
    { numRuns: Math.max(100, RUNS / 20) },
  );
});

const corruptions: Array<[string, (s: Record<string, unknown>) => void]> = [
  [
    'city',
    (s) => {
      s.city = '';
    },
  ],
  [
    'city',
    (s) => {
      s.city = 42;
    },
  ],
  [
    'asOf',
    (s) => {
      s.asOf = '2026-13-01';
    },
  ],
  [
    'asOf',
    (s) => {
      s.asOf = '20261123';
    },
  ],
  [
    'periods',
    (s) => {
      s.periods = 'none';
    },
  ],
  [
    'periods',
    (s) => {
      delete s.periods;
    },
  ],
  [
    'periods[0]',
    (s) => {
      s.periods = [{ scheme: 'employee', from: '2024-05', to: '2024-02' }];
    },
  ],
  [
    'periods[0]',
    (s) => {
      s.periods = [{ scheme: 'pension', from: '2024-01', to: null }];
    },
  ],
  [
    'periods[0]',
    (s) => {
      s.periods = [{ scheme: 'employee', from: '2024/01', to: null }];
    },
  ],
  [
    'periods[0]',
    (s) => {
      s.periods = [{ scheme: 'resident', from: '2024-01', to: '2024-06' }];
    },
  ],
  [
    'gapReason',
    (s) => {
      s.gapReason = 'fired';
    },
  ],
  [
    'concerns',
    (s) => {
      s.concerns = ['lottery'];
    },
  ],
  [
    'monthlyBase',
    (s) => {
      s.monthlyBase = -5;
    },
  ],
  [
    'monthlyBase',
    (s) => {
      s.monthlyBase = '8000';
    },
  ],
  [
    'hukou',
    (s) => {
      s.hukou = 'beijing';
    },
  ],
];

it('random invalid situations are refused with INVALID_INPUT, the field and a Chinese message', () => {
  fc.assert(
    fc.property(situationArb, fc.constantFrom(...corruptions), (s, [field, corrupt]) => {
      const broken = JSON.parse(JSON.stringify(s));
      corrupt(broken);
      const result = evaluate(broken, { today: '2026-11-23' });
      expect(isEvaluateError(result)).toBe(true);
      if (!isEvaluateError(result)) return;
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.field?.startsWith(field)).toBe(true);
      expect(result.error.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(result.error.message).not.toMatch(/at .*\.ts|Error:/);
    }),
    { numRuns: Math.min(RUNS, 2000) },
  );
});
